package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store/postgres/pgtest"
)

// farm is a set of loopback news hosts that log every request with its
// time: feeds at /feed/N list items stories at /story/N-I.
type farm struct {
	servers []*httptest.Server
	mu      sync.Mutex
	hits    map[string][]time.Time // host -> request times
	paths   map[string]int         // host+path -> requests
	pages   atomic.Int64
}

func newFarm(t *testing.T, hosts, feedsPerHost, items int) *farm {
	f := &farm{hits: map[string][]time.Time{}, paths: map[string]int{}}
	for h := 0; h < hosts; h++ {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			now := time.Now()
			f.mu.Lock()
			f.hits[r.Host] = append(f.hits[r.Host], now)
			f.paths[r.Host+r.URL.Path]++
			f.mu.Unlock()
			switch {
			case r.URL.Path == "/robots.txt":
				fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			case strings.HasPrefix(r.URL.Path, "/feed/"):
				n := strings.TrimPrefix(r.URL.Path, "/feed/")
				w.Header().Set("Content-Type", "application/rss+xml")
				fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk %s</title>`, n)
				for i := 0; i < items; i++ {
					fmt.Fprintf(w, `<item><title>Bulletin %s-%d</title><link>http://%s/story/%s-%d</link><guid>%s-%d</guid><pubDate>Wed, 12 Mar 2025 %02d:%02d:00 +0000</pubDate></item>`,
						n, i, r.Host, n, i, n, i, i%24, len(n)%60)
				}
				fmt.Fprint(w, `</channel></rss>`)
			case strings.HasPrefix(r.URL.Path, "/story/"):
				f.pages.Add(1)
				id := strings.TrimPrefix(r.URL.Path, "/story/")
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprintf(w, `<html><head><title>Bulletin %[1]s</title></head><body><article><h1>Bulletin %[1]s</h1>
<p>LISBON, March 12 (Harbour Wire) -- Port officials on Wednesday opened bidding round %[1]s for a dredging contract worth 12 million euros, the harbour authority said.</p>
<p>Bulletin %[1]s on host %[2]s: the winning bid is due on March 30, and work would start in the summer.</p></article></body></html>`, id, r.Host)
			default:
				http.NotFound(w, r)
			}
		}))
		t.Cleanup(srv.Close)
		f.servers = append(f.servers, srv)
	}
	return f
}

// feedList writes the farm's feeds as a feeds import file.
func (f *farm) feedList(t *testing.T, feedsPerHost int) string {
	var b strings.Builder
	for h, srv := range f.servers {
		for i := 0; i < feedsPerHost; i++ {
			fmt.Fprintf(&b, "- url: %s/feed/%d\n  interval: 30m\n", srv.URL, h*feedsPerHost+i)
		}
	}
	p := filepath.Join(t.TempDir(), "feeds.yaml")
	writeFile(t, p, b.String())
	return p
}

// maxInWindow returns the most requests any host got within one window.
func (f *farm) maxInWindow(window time.Duration) (int, string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	best, where := 0, ""
	for host, ts := range f.hits {
		ts = slices.Clone(ts)
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
		j := 0
		for i := range ts {
			for ts[i].Sub(ts[j]) >= window {
				j++
			}
			if n := i - j + 1; n > best {
				best, where = n, host
			}
		}
	}
	return best, where
}

// minGap returns the shortest time between two requests to one host.
func (f *farm) minGap() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	gap := time.Hour
	for _, ts := range f.hits {
		ts = slices.Clone(ts)
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
		for i := 1; i < len(ts); i++ {
			gap = min(gap, ts[i].Sub(ts[i-1]))
		}
	}
	return gap
}

// refetched counts story and feed paths asked for more than once.
func (f *farm) refetched() (stories, feeds int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for p, n := range f.paths {
		if n > 1 && strings.Contains(p, "/story/") {
			stories += n - 1
		}
		if n > 1 && strings.Contains(p, "/feed/") {
			feeds += n - 1
		}
	}
	return
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "eventwire")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// storedOnce exports the articles and checks that each story is stored
// exactly once.
func storedOnce(t *testing.T, bin, url string, want int) {
	t.Helper()
	out, err := exec.Command(bin, "export", "--db", url, "--records", "articles", "--no-text").Output()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct {
			CanonicalURL string `json:"canonical_url"`
			TextSource   string `json:"text_source"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("export line: %v", err)
		}
		if a.TextSource != "page" {
			t.Errorf("%s: text from %q, want the page", a.CanonicalURL, a.TextSource)
		}
		seen[a.CanonicalURL]++
	}
	if len(seen) != want {
		t.Errorf("%d distinct articles stored, want %d", len(seen), want)
	}
	for u, n := range seen {
		if n != 1 {
			t.Errorf("%s exported %d times", u, n)
		}
	}
}

const (
	farmHosts        = 20
	farmFeedsPerHost = 10
	farmItems        = 10 // 200 feeds, 2,000 pages
	farmRate         = 20 // requests per second per host
)

// TestWorkersShareFeeds runs four "eventwire run" processes at once on one
// PostgreSQL database and 200 loopback feeds of 2,000 pages on 20 hosts:
// every article is stored once, no page or feed is fetched twice, and no
// host gets more requests in any second than its limit allows between
// all four. Then the same with one worker killed (SIGKILL) midway.
func TestWorkersShareFeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("four workers on 2,000 pages: not in -short mode")
	}
	pgtest.Require(t)
	bin := buildBinary(t)
	for _, kill := range []bool{false, true} {
		t.Run(map[bool]string{false: "all finish", true: "one killed"}[kill], func(t *testing.T) {
			url := pgtest.URL(t)
			f := newFarm(t, farmHosts, farmFeedsPerHost, farmItems)
			if out, err := exec.Command(bin, "migrate", "--db", url).CombinedOutput(); err != nil {
				t.Fatalf("migrate: %v\n%s", err, out)
			}
			if out, err := exec.Command(bin, "feeds", "import", f.feedList(t, farmFeedsPerHost), "--db", url).CombinedOutput(); err != nil {
				t.Fatalf("feeds import: %v\n%s", err, out)
			}
			args := []string{"run", "--db", url, "--allow-private", "--host-rate", fmt.Sprint(farmRate), "--concurrency", "8", "--lease", "3s"}
			start := time.Now()
			var cmds []*exec.Cmd
			var outs []*bytes.Buffer
			for w := 0; w < 4; w++ {
				c := exec.Command(bin, args...)
				var b bytes.Buffer
				c.Stderr = &b
				if err := c.Start(); err != nil {
					t.Fatal(err)
				}
				cmds, outs = append(cmds, c), append(outs, &b)
			}
			if kill {
				deadline := time.Now().Add(2 * time.Minute)
				for f.pages.Load() < 500 && time.Now().Before(deadline) {
					time.Sleep(5 * time.Millisecond)
				}
				cmds[0].Process.Signal(syscall.SIGKILL)
				t.Logf("worker 0 killed after %d pages, %.1f s", f.pages.Load(), time.Since(start).Seconds())
			}
			for w, c := range cmds {
				err := c.Wait()
				if kill && w == 0 {
					continue
				}
				if err != nil {
					t.Errorf("worker %d: %v\n%s", w, err, outs[w])
				}
				t.Logf("worker %d: %s", w, strings.TrimSpace(outs[w].String()))
			}
			t.Logf("four workers: %.1f s, %d story fetches", time.Since(start).Seconds(), f.pages.Load())
			if kill {
				// The killed worker's feeds come back when its leases run
				// out; the next cron pass takes them.
				time.Sleep(3500 * time.Millisecond)
				out, err := exec.Command(bin, args...).CombinedOutput()
				if err != nil {
					t.Fatalf("next pass: %v\n%s", err, out)
				}
				t.Logf("next pass: %s", strings.TrimSpace(string(out)))
			}
			storedOnce(t, bin, url, farmHosts*farmFeedsPerHost*farmItems)
			stories, feeds := f.refetched()
			if !kill && (stories > 0 || feeds > 0) {
				t.Errorf("%d story and %d feed fetches were repeats; want none", stories, feeds)
			}
			if kill {
				// Only what the killed worker had fetched and not yet
				// committed is fetched again: at most one page per feed it
				// was polling (8 at once), and those feeds themselves.
				t.Logf("after the kill: %d story and %d feed fetches were repeats", stories, feeds)
				if stories > 8 || feeds > 8 {
					t.Errorf("%d story and %d feed fetches were repeats; want at most the killed worker's 8 in flight", stories, feeds)
				}
			}
			// The database books each host's slots exactly 1/rate apart;
			// requests reach the host a little off their slots (a sleeping
			// process wakes late on a busy machine), so one second can
			// hold a request or two more. Over five seconds that jitter is
			// small beside the limit, while four workers each keeping the
			// limit alone would send four times as many.
			n1, _ := f.maxInWindow(time.Second)
			n5, host := f.maxInWindow(5 * time.Second)
			t.Logf("most requests to one host: %d in any second, %d in any 5 s (limit %d/s); shortest gap %v", n1, n5, farmRate, f.minGap())
			if n5 > 5*farmRate+2 {
				t.Errorf("host %s got %d requests within 5 s; its limit is %d per second across all workers", host, n5, farmRate)
			}
		})
	}
}
