package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// feedSite serves /feed/N (RSS with one item each), /front.html (an HTML
// page linking to /feed/7), /plain.html (a page linking to no feed), and
// story pages; /story/bad answers 503.
func feedSite(t *testing.T, hits *atomic.Int64) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case strings.HasPrefix(r.URL.Path, "/feed/"):
			if hits != nil {
				hits.Add(1)
			}
			n := strings.TrimPrefix(r.URL.Path, "/feed/")
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire %s</title><item><title>Story %s</title><link>http://%s/story/%s</link><pubDate>Tue, 11 Mar 2025 09:15:00 +0000</pubDate></item><item><title>Bad</title><link>http://%s/story/bad</link><description>Feed text only.</description></item></channel></rss>`, n, n, r.Host, n, r.Host)
		case r.URL.Path == "/front.html":
			fmt.Fprint(w, `<html><head><title>Front</title><link rel="alternate" type="application/rss+xml" href="/feed/7"></head><body>News</body></html>`)
		case r.URL.Path == "/plain.html":
			fmt.Fprint(w, `<html><head><title>Plain</title></head><body>No feed here</body></html>`)
		case r.URL.Path == "/story/bad":
			w.WriteHeader(http.StatusServiceUnavailable)
		case strings.HasPrefix(r.URL.Path, "/story/"):
			fmt.Fprintf(w, `<html><head><title>Story</title></head><body><article><p>GENEVA, March 11 (Wire) -- Negotiators met on Tuesday for round %s of the fisheries talks, officials said.</p></article></body></html>`, r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFeedsAddChecksTheURL(t *testing.T) {
	srv := feedSite(t, nil)
	db := filepath.Join(t.TempDir(), "x.db")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"private address names the flag", []string{srv.URL + "/feed/1"}, exitFatal, "--allow-private"},
		{"a feed", []string{srv.URL + "/feed/1", "--allow-private"}, exitOK, "added feed 1: " + srv.URL + "/feed/1"},
		{"a page that links to its feed", []string{srv.URL + "/front.html", "--allow-private"}, exitOK, "added feed 2: " + srv.URL + "/feed/7"},
		{"a page with no feed", []string{srv.URL + "/plain.html", "--allow-private"}, exitFatal, "links to none"},
		{"a missing feed", []string{srv.URL + "/nothing", "--allow-private"}, exitFatal, "--no-check"},
		{"no check", []string{srv.URL + "/nothing", "--no-check"}, exitOK, "added feed 3"},
		{"tiny interval", []string{srv.URL + "/feed/9", "--no-check", "--interval", "10s"}, exitUsage, "at least 1m"},
		{"negative interval", []string{srv.URL + "/feed/9", "--no-check", "--interval=-5m"}, exitUsage, "at least 1m"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", append(append([]string{"feeds", "add"}, tc.args...), "--db", db)...)
			if code != tc.code || !strings.Contains(out+stderr, tc.want) {
				t.Errorf("feeds add %v: exit %d, %q %q; want exit %d mentioning %q", tc.args, code, out, stderr, tc.code, tc.want)
			}
		})
	}
}

func TestFeedsEditAndExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	runCLI(t, "", "feeds", "add", "https://a.example/rss", "--no-check", "--name", "A", "--db", db)
	runCLI(t, "", "feeds", "add", "https://b.example/rss", "--no-check", "--db", db)
	if code, out, stderr := runCLI(t, "", "feeds", "edit", "2", "--interval", "2h", "--selector", "article .body", "--name", "B", "--db", db); code != 0 || !strings.Contains(out, `interval 2h`) {
		t.Fatalf("feeds edit: exit %d %s %s", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, "", "feeds", "edit", "9", "--name", "x", "--db", db); code != exitUsage || !strings.Contains(stderr, "no feed with id 9") {
		t.Errorf("editing a missing feed: exit %d %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "feeds", "edit", "1", "--interval", "5s", "--db", db); code != exitUsage {
		t.Errorf("editing to a tiny interval: exit %d, want 2", code)
	}
	code, opml, stderr := runCLI(t, "", "feeds", "export", "--db", db)
	if code != 0 || !strings.Contains(opml, "<opml") {
		t.Fatalf("feeds export: exit %d %s %s", code, opml, stderr)
	}
	file := filepath.Join(t.TempDir(), "feeds.opml")
	os.WriteFile(file, []byte(opml), 0o644)
	db2 := filepath.Join(t.TempDir(), "y.db")
	if code, out, _ := runCLI(t, "", "feeds", "import", file, "--db", db2); code != 0 || !strings.Contains(out, "imported 2 feeds") {
		t.Fatalf("importing the export: exit %d %s", code, out)
	}
	_, out, _ := runCLI(t, "", "feeds", "list", "--json", "--db", db2)
	feeds := listedFeeds(t, out)
	if len(feeds) != 2 || feeds[1].Name != "B" || feeds[1].Interval != 2*time.Hour || feeds[1].Selector != "article .body" || feeds[0].Name != "A" {
		t.Errorf("feeds after export and import: %s", out)
	}
	if !strings.Contains(out, `"interval": "2h"`) {
		t.Errorf("feeds list --json gives intervals as %s, want a duration string", out)
	}
	if _, out, _ := runCLI(t, "", "feeds", "import", file, "--db", filepath.Join(t.TempDir(), "z.db")); !strings.Contains(out, "imported 2 feeds") {
		t.Errorf("import summary %q", out)
	}
}

// TestRunFeedForceAndStats: run --feed polls one feed, --force polls a
// feed before its time, and stats (text and --json) counts per feed and
// the retry queue.
func TestRunFeedForceAndStats(t *testing.T) {
	var hits atomic.Int64
	srv := feedSite(t, &hits)
	db := filepath.Join(t.TempDir(), "x.db")
	for _, n := range []string{"1", "2"} {
		if code, _, stderr := runCLI(t, "", "feeds", "add", srv.URL+"/feed/"+n, "--no-check", "--db", db); code != 0 {
			t.Fatal(stderr)
		}
	}
	run := func(args ...string) (int, string) {
		code, _, stderr := runCLI(t, "", append([]string{"run", "--db", db, "--allow-private", "--host-rate", "1000"}, args...)...)
		return code, stderr
	}
	if code, stderr := run("--feed", "2"); code != 0 || !strings.Contains(stderr, "feeds 1 polled") {
		t.Fatalf("run --feed 2: exit %d %s", code, stderr)
	}
	if code, stderr := run("--feed", "99"); code != exitUsage || !strings.Contains(stderr, "99") {
		t.Errorf("run --feed 99: exit %d %q, want 2", code, stderr)
	}
	if code, stderr := run(); code != 0 || !strings.Contains(stderr, "feeds 1 polled") {
		t.Errorf("run after --feed 2: %s; want only feed 1 due", stderr)
	}
	before := hits.Load()
	if _, stderr := run(); !strings.Contains(stderr, "feeds 0 polled") || hits.Load() != before {
		t.Errorf("run with nothing due: %s", stderr)
	}
	if _, stderr := run("--force"); !strings.Contains(stderr, "feeds 2 polled") || hits.Load() != before+2 {
		t.Errorf("run --force: %s; want both feeds polled", stderr)
	}
	code, out, stderr := runCLI(t, "", "stats", "--json", "--db", db)
	if code != 0 {
		t.Fatalf("stats --json: exit %d %s", code, stderr)
	}
	var st struct {
		Retry struct{ Waiting int } `json:"retry_queue"`
		Feeds []struct {
			ID          string    `json:"id"`
			Articles    int       `json:"articles"`
			FailedPages int       `json:"failed_pages"`
			LastSuccess time.Time `json:"last_success"`
		} `json:"feeds"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, out)
	}
	// Both feeds list /story/bad: one article holds it (the first to
	// store it), with the feed's text and its page queued.
	articles, failed := 0, 0
	for _, f := range st.Feeds {
		articles += f.Articles
		failed += f.FailedPages
		if f.LastSuccess.IsZero() {
			t.Errorf("feed %s: no last success after polling", f.ID)
		}
	}
	if len(st.Feeds) != 2 || articles != 3 || failed != 1 || st.Retry.Waiting != 1 {
		t.Errorf("stats --json: %d feeds, %d articles, %d failed pages, %d queued; want 2, 3, 1, 1\n%s", len(st.Feeds), articles, failed, st.Retry.Waiting, out)
	}
	_, text, _ := runCLI(t, "", "stats", "--db", db)
	if !strings.Contains(text, "retry queue: 1 page waiting") || !strings.Contains(text, "FAILED PAGES") {
		t.Errorf("stats text lacks the retry queue or per-feed counts:\n%s", text)
	}
}

// TestBlockedFeedNamesAllowPrivate: a run that refuses a private address
// says which flag permits it.
func TestBlockedFeedNamesAllowPrivate(t *testing.T) {
	srv := feedSite(t, nil)
	db := filepath.Join(t.TempDir(), "x.db")
	runCLI(t, "", "feeds", "add", srv.URL+"/feed/1", "--no-check", "--db", db)
	code, _, stderr := runCLI(t, "", "run", "--db", db)
	if code != 0 || !strings.Contains(stderr, "[blocked]") || !strings.Contains(stderr, "--allow-private") {
		t.Errorf("run on a loopback feed without --allow-private: exit %d\n%s", code, stderr)
	}
	if _, out, _ := runCLI(t, "", "stats", "--db", db); !strings.Contains(out, "1 error,") {
		t.Errorf("stats should say \"1 error\":\n%s", out)
	}
}
