package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/export"
)

// runCLI runs the command in-process and returns its exit code and output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrorsExit2(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"bad published", []string{"extract", "--published", "yesterday-ish"}, "--published"},
		{"bad format", []string{"export", "--format", "xml", "--db", "/nonexistent/x.db"}, "format"},
		{"bad feed url", []string{"feeds", "add", "ftp://example.com/feed"}, "http or https"},
		{"bad log format", []string{"--log-format", "xml", "stats"}, "log-format"},
		{"bad selector", []string{"feeds", "add", "https://example.com/rss", "--selector", "div[[", "--db", "/nonexistent/x.db"}, "selector"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code != exitUsage || !strings.Contains(stderr, tc.want) {
				t.Errorf("eventwire %v: exit %d, stderr %q; want exit 2 mentioning %q", tc.args, code, stderr, tc.want)
			}
		})
	}
}

func TestExtractJSONLKeepsOrderAndReportsBadLines(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&in, `{"id":"%d","text":"Line %d of the batch."}`+"\n", i, i)
		if i == 10 {
			in.WriteString("this is not json\n")
		}
		if i == 20 {
			in.WriteString(`{"id":"nothing"}` + "\n")
		}
	}
	code, out, stderr := runCLI(t, in.String(), "extract", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 52 {
		t.Fatalf("%d output lines, want 52 (one per input line)", len(lines))
	}
	var ids []string
	errs := 0
	for _, l := range lines {
		var o struct {
			ID       any               `json:"id"`
			Error    string            `json:"error"`
			Mentions []json.RawMessage `json:"mentions"`
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("output line is not JSON: %s", l)
		}
		if o.Error != "" {
			errs++
			continue
		}
		ids = append(ids, fmt.Sprint(o.ID))
	}
	if errs != 2 {
		t.Errorf("%d error lines, want 2", errs)
	}
	for i, id := range ids {
		if id != fmt.Sprint(i) {
			t.Fatalf("output %d has id %s: order not kept", i, id)
		}
	}
}

func TestStripJSONL(t *testing.T) {
	in := `{"id":1,"html":"<html><head><title>Hello</title></head><body><article><h1>Hello</h1><p>SEOUL, March 3 (Wire) -- A paragraph with enough words in it to be the body of a story.</p></article></body></html>","url":"https://example.com/a"}
{"id":2}
`
	code, out, stderr := runCLI(t, in, "strip", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "A paragraph with enough words") || !strings.Contains(lines[1], `"error"`) {
		t.Errorf("strip output = %s", out)
	}
}

func TestLockedDatabaseExits3(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := bolt.Open(path, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	code, _, stderr := runCLI(t, "", "run", "--db", path)
	if code != exitLocked || !strings.Contains(stderr, "another eventwire process holds the database") {
		t.Errorf("run on a locked database: exit %d, stderr %q; want 3 and a clear message", code, stderr)
	}
}

func TestFeedsAddListRemove(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	if code, _, stderr := runCLI(t, "", "feeds", "add", "https://example.com/rss", "--no-check", "--name", "Example", "--interval", "45m", "--db", path); code != 0 {
		t.Fatalf("feeds add: exit %d: %s", code, stderr)
	}
	code, out, _ := runCLI(t, "", "feeds", "list", "--json", "--db", path)
	feeds := listedFeeds(t, out)
	if code != 0 || len(feeds) != 1 || feeds[0].Interval != 45*time.Minute || feeds[0].Name != "Example" {
		t.Fatalf("feeds list --json: exit %d, %s", code, out)
	}
	if code, _, stderr := runCLI(t, "", "feeds", "add", "https://example.com/rss", "--no-check", "--db", path); code == 0 || !strings.Contains(stderr, "already exists") {
		t.Errorf("adding a feed twice: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "feeds", "remove", "1", "--db", path); code != 0 {
		t.Errorf("feeds remove: exit %d", code)
	}
	if code, _, stderr := runCLI(t, "", "feeds", "remove", "1", "--db", path); code != exitUsage || !strings.Contains(stderr, "no feed with id 1") {
		t.Errorf("removing a missing feed: exit %d, %q", code, stderr)
	}
}

// TestDemo runs the offline demo and checks what a newcomer sees: every
// bundled story stored once, the syndicated copy marked, the EUC-KR page
// decoded, one feed unchanged on the second pass, and exports that validate
// against the JSON Schemas.
func TestDemo(t *testing.T) {
	v, err := export.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	for _, records := range []string{"articles", "mentions", "events", "event-mentions"} {
		t.Run(records, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", "demo", "--records", records)
			if code != 0 {
				t.Fatalf("demo: exit %d\n%s", code, stderr)
			}
			if !strings.Contains(stderr, "pass 2: ") || !strings.Contains(stderr, "2 not modified") {
				t.Errorf("demo stderr lacks a second pass with the conditional feeds unchanged:\n%s", stderr)
			}
			sc := bufio.NewScanner(strings.NewReader(out))
			sc.Buffer(nil, 4<<20)
			n, dups := 0, 0
			var korean bool
			for sc.Scan() {
				n++
				if err := v.Validate(records, sc.Bytes()); err != nil {
					t.Errorf("%s record %d does not validate: %v\n%s", records, n, err, sc.Text())
				}
				if records == "articles" {
					var a struct {
						Title       string `json:"title"`
						DuplicateOf string `json:"duplicate_of"`
						HTTP        struct {
							Charset string `json:"charset"`
						} `json:"http"`
					}
					json.Unmarshal(sc.Bytes(), &a)
					if a.DuplicateOf != "" {
						dups++
					}
					if strings.Contains(a.Title, "서울시") && strings.EqualFold(a.HTTP.Charset, "euc-kr") {
						korean = true
					}
				}
			}
			if records == "articles" {
				if n != 12 || dups != 1 || !korean {
					t.Errorf("demo articles: %d records, %d duplicates, EUC-KR decoded %v; want 12, 1, true", n, dups, korean)
				}
			}
			if (records == "mentions" || records == "event-mentions") && n == 0 {
				t.Errorf("demo printed no %s", records)
			}
		})
	}
}

// TestKilledRunResumes kills a run with SIGKILL in the middle of a pass and
// checks that the next run stores every article exactly once.
func TestKilledRunResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "eventwire")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	const stories = 12
	var pages atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := 0; i < stories; i++ {
				fmt.Fprintf(w, `<item><title>S%d</title><link>http://%s/s/%d</link><guid>g%d</guid></item>`, i, r.Host, i, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
		default:
			pages.Add(1)
			time.Sleep(150 * time.Millisecond)
			fmt.Fprintf(w, `<html><body><article><p>Story %s has a body long enough to keep as the text of an article.</p></article></body></html>`, r.URL.Path)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "k.db")
	if code, _, stderr := runCLI(t, "", "feeds", "add", srv.URL+"/feed", "--no-check", "--db", db); code != 0 {
		t.Fatalf("feeds add: %s", stderr)
	}
	cmd := exec.Command(bin, "run", "--db", db, "--allow-private", "--host-rate", "1000")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for pages.Load() < 4 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	for i := 0; i < 2; i++ {
		time.Sleep(5 * time.Millisecond)
		if out, err := exec.Command(bin, "run", "--force", "--db", db, "--allow-private", "--host-rate", "1000").CombinedOutput(); err != nil {
			t.Fatalf("rerun: %v\n%s", err, out)
		}
	}
	out, err := exec.Command(bin, "export", "--db", db, "--no-text").Output()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var a struct {
			CanonicalURL string `json:"canonical_url"`
		}
		json.Unmarshal([]byte(l), &a)
		seen[a.CanonicalURL]++
	}
	if len(seen) != stories {
		t.Errorf("after kill and rerun: %d distinct articles, want %d", len(seen), stories)
	}
	for u, n := range seen {
		if n != 1 {
			t.Errorf("%s stored %d times", u, n)
		}
	}
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}

func TestFeedsImport(t *testing.T) {
	tests := []struct {
		file  string
		want  int
		check func(t *testing.T, feeds []store.Feed)
	}{
		{"feeds.opml", 3, func(t *testing.T, feeds []store.Feed) {
			if feeds[0].Name != "Korea desk" || feeds[0].URL != "https://news.example.com/rss/korea.xml" {
				t.Errorf("first OPML feed = %+v", feeds[0])
			}
		}},
		{"feeds.yaml", 2, func(t *testing.T, feeds []store.Feed) {
			if feeds[1].Interval != time.Hour || feeds[1].Selector != "article .story-body" {
				t.Errorf("second YAML feed = %+v, want interval 1h and its selector", feeds[1])
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "f.db")
			src := filepath.Join("..", "..", "testdata", tc.file)
			code, out, stderr := runCLI(t, "", "feeds", "import", src, "--db", db)
			if code != 0 || !strings.Contains(out, fmt.Sprintf("imported %d feeds", tc.want)) {
				t.Fatalf("feeds import %s: exit %d, %s %s", tc.file, code, out, stderr)
			}
			code, out, _ = runCLI(t, "", "feeds", "import", src, "--db", db)
			if code != 0 || !strings.Contains(out, fmt.Sprintf("imported 0 feeds, skipped %d", tc.want)) {
				t.Errorf("importing again should skip every feed: %s", out)
			}
			_, out, _ = runCLI(t, "", "feeds", "list", "--json", "--db", db)
			feeds := listedFeeds(t, out)
			if len(feeds) != tc.want {
				t.Fatalf("feeds list: %s", out)
			}
			tc.check(t, feeds)
		})
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("- url: [unclosed\n"), 0o644)
	if code, _, stderr := runCLI(t, "", "feeds", "import", bad, "--db", filepath.Join(t.TempDir(), "g.db")); code == 0 || !strings.Contains(stderr, "bad.yaml") {
		t.Errorf("a broken YAML list: exit %d, %q; want a failure naming the file", code, stderr)
	}
}

func TestStatsListsFailingFeedsAndRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 12, 8, 0, 0, 0, time.UTC)
	db.AddFeed(&store.Feed{URL: "https://ok.example/rss", Interval: time.Hour})
	bad := &store.Feed{URL: "https://bad.example/rss", Interval: time.Hour}
	db.AddFeed(bad)
	bad.ErrorCount, bad.ErrorClass, bad.LastError, bad.NextPoll = 3, "rate-limited", "http status 429", now.Add(8*time.Hour)
	db.UpdateFeed(bad)
	db.AddRun(&store.Run{Started: now, Finished: now.Add(2 * time.Second), FeedsPolled: 2, FeedsFailed: 1, ArticlesNew: 5})
	db.Close()
	code, out, stderr := runCLI(t, "", "stats", "--db", path)
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"feeds 2, articles 0", "failing feeds:", "[rate-limited] https://bad.example/rss: 3 errors", "last runs:", "articles 5 new"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats output lacks %q:\n%s", want, out)
		}
	}
	failing := out[strings.Index(out, "failing feeds:"):strings.Index(out, "last runs:")]
	if strings.Contains(failing, "ok.example") {
		t.Errorf("stats lists a healthy feed as failing:\n%s", out)
	}
}

// listedFeeds reads "feeds list --json", whose intervals are duration
// strings ("45m"), into feeds.
func listedFeeds(t *testing.T, out string) []store.Feed {
	t.Helper()
	var raw []struct {
		store.Feed
		Interval string `json:"interval"`
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("feeds list --json: %v\n%s", err, out)
	}
	feeds := make([]store.Feed, len(raw))
	for i, r := range raw {
		d, err := time.ParseDuration(r.Interval)
		if err != nil {
			t.Fatalf("feeds list --json: interval %q is no duration string: %v", r.Interval, err)
		}
		feeds[i] = r.Feed
		feeds[i].Interval = d
	}
	return feeds
}
