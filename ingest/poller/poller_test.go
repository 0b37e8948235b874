package poller

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

// site is a local news site: feeds at /feed/NAME, pages at /story/N.
type site struct {
	srv *httptest.Server
	mu  sync.Mutex
	// feeds maps a feed name to the story numbers it lists.
	feeds map[string][]int
	// pageStatus overrides the status of a story page.
	pageStatus map[int]int
	// text overrides a story's body text (for syndicated copies).
	text map[int]string
	// desc overrides an item's description in the feed.
	desc map[int]string
	// pub overrides an item's pubDate ("" leaves it out).
	pub map[int]string
	// title overrides a page's <title>; chanTitle and chanDate set the
	// feed's own title and date.
	title               map[int]string
	chanTitle, chanDate string
	// redirect maps a feed name to a status and target (301, 302, 308).
	redirect map[string][2]string
	// brokenFeed names a feed that serves malformed XML.
	brokenFeed string
	// pageDelay slows every page, to interrupt a pass in the middle.
	pageDelay   time.Duration
	feedHits    atomic.Int64
	pageHits    atomic.Int64
	conditional bool
}

func newSite(t testing.TB) *site {
	s := &site{feeds: map[string][]int{}, pageStatus: map[int]int{}, text: map[int]string{}, desc: map[int]string{}, pub: map[int]string{}, title: map[int]string{}, redirect: map[string][2]string{}, conditional: true}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	case strings.HasPrefix(r.URL.Path, "/feed/"):
		s.feedHits.Add(1)
		name := strings.TrimPrefix(r.URL.Path, "/feed/")
		if rd, ok := s.redirect[name]; ok {
			code := map[string]int{"301": 301, "302": 302, "308": 308}[rd[0]]
			http.Redirect(w, r, rd[1], code)
			return
		}
		if name == s.brokenFeed {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, "<rss><channel><item><title>unclosed")
			return
		}
		items, ok := s.feeds[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"%s-%d"`, name, len(items))
		if s.conditional && r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		chanTitle := name
		if s.chanTitle != "" {
			chanTitle = s.chanTitle
		}
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title>`, chanTitle)
		if s.chanDate != "" {
			fmt.Fprintf(w, `<pubDate>%s</pubDate>`, s.chanDate)
		}
		for _, n := range items {
			desc, ok := s.desc[n]
			if !ok {
				desc = fmt.Sprintf("Feed text of story %d.", n)
			}
			pub, ok := s.pub[n]
			if !ok {
				pub = fmt.Sprintf("Mon, 10 Mar 2025 0%d:00:00 +0000", n%10)
			}
			if pub != "" {
				pub = "<pubDate>" + pub + "</pubDate>"
			}
			fmt.Fprintf(w, `<item><title>Story %d</title><link>%s/story/%d?utm_source=rss</link><guid>story-%d</guid><description>%s</description>%s</item>`,
				n, s.srv.URL, n, n, desc, pub)
		}
		fmt.Fprint(w, `</channel></rss>`)
	case strings.HasPrefix(r.URL.Path, "/story/"):
		s.pageHits.Add(1)
		var n int
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/story/"), &n)
		if st, ok := s.pageStatus[n]; ok {
			if st == http.StatusTooManyRequests {
				delete(s.pageStatus, n) // once
			}
			w.WriteHeader(st)
			return
		}
		if s.pageDelay > 0 {
			s.mu.Unlock()
			time.Sleep(s.pageDelay)
			s.mu.Lock()
		}
		body, ok := s.text[n]
		if !ok {
			body = fmt.Sprintf("BUSAN, March 10 (Wire) -- Story number %d happened on Monday in Busan.</p><p>Second paragraph of story %d with enough words to count.", n, n)
		}
		title, ok := s.title[n]
		if !ok {
			title = fmt.Sprintf("Story %d", n)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><h1>Story %d</h1><p>%s</p></article></body></html>`, title, n, body)
	default:
		http.NotFound(w, r)
	}
}

func (s *site) url(p string) string { return s.srv.URL + p }

type harness struct {
	db     *bolt.DB
	p      *Poller
	now    time.Time
	client *fetch.Client
	opts   Options
}

func newHarness(t testing.TB, opts Options) *harness {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "t.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h := &harness{db: db, now: time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)}
	opts.Now = func() time.Time { return h.now }
	opts.Extractor = store.ExtractorInfo{Name: "test", Version: 1}
	h.client = fetch.New(fetch.Options{AllowPrivate: true, HostRate: 1e6, Timeout: 5 * time.Second})
	h.opts = opts
	h.p = New(db, h.client, extract.NewPipeline(nil), opts)
	return h
}

// withPipeline makes the harness's passes run pl.
func (h *harness) withPipeline(pl *extract.Pipeline) { h.p = New(h.db, h.client, pl, h.opts) }

func (h *harness) addFeed(t testing.TB, url string) *store.Feed {
	f := &store.Feed{URL: url, Interval: time.Minute}
	if err := h.db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	return f
}

// pass runs one pass a little after the previous one, so feeds are due.
func (h *harness) pass(t testing.TB) *Summary {
	t.Helper()
	h.now = h.now.Add(2 * time.Minute)
	sum, err := h.p.Run(context.Background())
	if err != nil {
		t.Fatalf("pass: %v", err)
	}
	return sum
}

func (h *harness) articles(t testing.TB) []*store.Article {
	var out []*store.Article
	h.db.Each(store.Filter{}, func(r store.Record) error { out = append(out, r.Article); return nil })
	return out
}

func TestPassStoresThenNotModified(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2, 3}
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	sum := h.pass(t)
	if sum.FeedsPolled != 1 || sum.ArticlesNew != 3 || sum.FeedsFailed != 0 {
		t.Fatalf("first pass = %+v, want 1 feed polled, 3 new", sum.Run)
	}
	arts := h.articles(t)
	for _, a := range arts {
		if strings.Contains(a.CanonicalURL, "utm_") {
			t.Errorf("canonical URL kept tracking parameter: %s", a.CanonicalURL)
		}
		if a.TextSource != "page" || !strings.Contains(a.Text, "Story number") {
			t.Errorf("article %s text = %q (source %s), want the page's text", a.URL, a.Text, a.TextSource)
		}
		if page, err := h.db.Page(a.ID); err != nil || !strings.Contains(string(page), "<article>") {
			t.Errorf("raw page of %s not stored: %v", a.ID, err)
		}
	}
	pages := s.pageHits.Load()
	sum = h.pass(t)
	if sum.FeedsNotModified != 1 || sum.ArticlesNew != 0 {
		t.Errorf("second pass = %+v, want 1 not modified, 0 new", sum.Run)
	}
	if s.pageHits.Load() != pages {
		t.Errorf("a 304 pass fetched %d pages", s.pageHits.Load()-pages)
	}
	if len(h.articles(t)) != 3 {
		t.Errorf("articles after two passes = %d, want 3", len(h.articles(t)))
	}
}

func TestFeedNotDueIsSkipped(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1}
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	hits := s.feedHits.Load()
	h.now = h.now.Add(10 * time.Second) // interval is a minute
	sum, err := h.p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.FeedsPolled != 0 || s.feedHits.Load() != hits {
		t.Errorf("a feed polled before its interval: %+v", sum.Run)
	}
}

func TestSameStoryInTwoFeedsStoredOnce(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2}
	s.feeds["b"] = []int{2, 3}
	h := newHarness(t, Options{Concurrency: 1})
	h.addFeed(t, s.url("/feed/a"))
	h.addFeed(t, s.url("/feed/b"))
	h.pass(t)
	if n := len(h.articles(t)); n != 3 {
		t.Errorf("articles = %d, want 3 (story 2 once)", n)
	}
}

func TestSyndicatedCopyMarkedDuplicate(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2}
	s.text[2] = "BUSAN, March 10 (Wire) -- Story number 1 happened on Monday in Busan, where the port authority opened a new container terminal worth $300 million, officials said."
	s.text[1] = s.text[2]
	h := newHarness(t, Options{Concurrency: 1})
	h.addFeed(t, s.url("/feed/a"))
	sum := h.pass(t)
	if sum.ArticlesNew != 1 || sum.ArticlesDup != 1 {
		t.Errorf("pass = %+v, want 1 new and 1 duplicate", sum.Run)
	}
	var dups int
	for _, a := range h.articles(t) {
		if a.DuplicateOf != "" {
			dups++
		}
	}
	if dups != 1 {
		t.Errorf("articles with duplicate_of = %d, want 1 (kept, not dropped)", dups)
	}
}

// TestEmptyTextsAreNotDuplicates: pages that fail with no feed text leave
// empty articles, which are no copies of each other; and the run summary
// counts duplicates as stats does, failed pages included.
func TestEmptyTextsAreNotDuplicates(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2, 3, 4, 5}
	long := "GENEVA, March 10 (Wire) -- Negotiators from both sides met for a third round of talks on the fisheries accord, which is worth $40 million a year, officials said."
	for _, n := range []int{1, 2, 3} {
		s.pageStatus[n] = http.StatusNotFound
		s.desc[n] = ""
	}
	s.text[4] = long
	s.pageStatus[5] = http.StatusNotFound
	s.desc[5] = long // a syndicated copy, known only from the feed
	h := newHarness(t, Options{Concurrency: 1})
	h.addFeed(t, s.url("/feed/a"))
	sum := h.pass(t)
	c, err := h.db.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Duplicates != 1 || sum.ArticlesDup != c.Duplicates {
		t.Errorf("duplicates: run summary %d, stats %d; want 1 and 1 (only the syndicated copy)", sum.ArticlesDup, c.Duplicates)
	}
	for _, a := range h.articles(t) {
		if a.Text == "" && a.DuplicateOf != "" {
			t.Errorf("%s has no text and is marked a duplicate of %s", a.URL, a.DuplicateOf)
		}
	}
}

func TestBrokenFeedFailsOthersGoOn(t *testing.T) {
	s := newSite(t)
	s.feeds["good"] = []int{1}
	s.brokenFeed = "bad"
	h := newHarness(t, Options{})
	bad := h.addFeed(t, s.url("/feed/bad"))
	h.addFeed(t, s.url("/feed/good"))
	missing := h.addFeed(t, s.url("/feed/missing"))
	sum := h.pass(t)
	if sum.FeedsFailed != 2 || sum.ArticlesNew != 1 {
		t.Fatalf("pass = %+v, want 2 failed feeds and the good one's article", sum.Run)
	}
	classes := map[string]string{}
	for _, f := range sum.Failures {
		classes[f.FeedID] = f.Class
	}
	if classes[bad.ID] != "parse" || classes[missing.ID] != "not-found" {
		t.Errorf("failure classes = %v, want parse and not-found", classes)
	}
	f, _ := h.db.Feed(bad.ID)
	if f.ErrorCount != 1 || f.LastError == "" || !f.NextPoll.After(h.now.Add(time.Minute)) {
		t.Errorf("failed feed state = count %d, error %q, next %v; want backoff past the interval", f.ErrorCount, f.LastError, f.NextPoll)
	}
	// A failing feed backs off but is never disabled: it is polled again once due.
	h.now = f.NextPoll
	sum = h.pass(t)
	f, _ = h.db.Feed(bad.ID)
	if f.ErrorCount != 2 {
		t.Errorf("after a second failure ErrorCount = %d, want 2", f.ErrorCount)
	}
}

func TestPageFailureKeepsFeedText(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2}
	s.pageStatus[2] = http.StatusServiceUnavailable
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	sum := h.pass(t)
	if sum.ArticlesNew != 2 || sum.ArticlesFailed != 1 {
		t.Errorf("pass = %+v, want 2 stored, 1 with a failed page", sum.Run)
	}
	for _, a := range h.articles(t) {
		if strings.HasSuffix(a.CanonicalURL, "/story/2") {
			if a.TextSource != "feed" || a.Text != "Feed text of story 2." || !strings.Contains(a.FetchError, "503") {
				t.Errorf("failed page article = source %q text %q error %q; want the feed's text and why", a.TextSource, a.Text, a.FetchError)
			}
		}
	}
}

func TestRateLimitedPageIsRetriedNextPass(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2}
	s.pageStatus[2] = http.StatusTooManyRequests
	h := newHarness(t, Options{})
	f := h.addFeed(t, s.url("/feed/a"))
	sum := h.pass(t)
	if sum.ArticlesNew != 1 || sum.FeedsFailed != 0 {
		t.Fatalf("first pass = %+v, want 1 stored and the rate-limited page left for later", sum.Run)
	}
	if got, _ := h.db.Feed(f.ID); got.ETag != "" || got.ErrorCount != 0 {
		t.Errorf("feed after a deferred item: ETag %q errors %d; want no validators saved and no error", got.ETag, got.ErrorCount)
	}
	h.pass(t)
	arts := h.articles(t)
	if len(arts) != 2 {
		t.Fatalf("after the second pass: %d articles, want 2", len(arts))
	}
	for _, a := range arts {
		if a.TextSource != "page" {
			t.Errorf("%s kept the feed's text (%s); the page should have been fetched on retry", a.URL, a.FetchError)
		}
	}
}

func TestPermanentRedirectMovesFeedAfterRepeats(t *testing.T) {
	s := newSite(t)
	s.feeds["new"] = []int{1}
	s.redirect["old"] = [2]string{"301", "/feed/new"}
	s.redirect["temp"] = [2]string{"302", "/feed/new"}
	h := newHarness(t, Options{RedirectsToMove: 2})
	moved := h.addFeed(t, s.url("/feed/old"))
	temp := h.addFeed(t, s.url("/feed/temp"))
	for i := 0; i < 2; i++ {
		h.pass(t)
	}
	f, _ := h.db.Feed(moved.ID)
	if f.URL != s.url("/feed/new") || len(f.URLHistory) != 1 || f.URLHistory[0] != s.url("/feed/old") {
		t.Errorf("after two 301 passes: URL %s history %v; want moved with history", f.URL, f.URLHistory)
	}
	f, _ = h.db.Feed(temp.ID)
	if f.URL != s.url("/feed/temp") {
		t.Errorf("a 302 moved the feed to %s", f.URL)
	}
}

func TestInterruptedPassResumesWithoutLossOrDuplicates(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2, 3, 4, 5, 6}
	s.pageDelay = 30 * time.Millisecond
	h := newHarness(t, Options{MaxDuration: 70 * time.Millisecond})
	h.addFeed(t, s.url("/feed/a"))
	h.now = h.now.Add(2 * time.Minute)
	sum, err := h.p.Run(context.Background())
	if !errors.Is(err, ErrStopped) {
		t.Fatalf("interrupted pass: err = %v, want ErrStopped", err)
	}
	first := len(h.articles(t))
	if first >= 6 {
		t.Fatalf("pass was not interrupted (stored %d); the test needs a slower page", first)
	}
	f, _ := h.db.Feed("1")
	if f.ETag != "" {
		t.Errorf("validators saved although the feed's items were not all stored")
	}
	_ = sum
	h.p.opts.MaxDuration = 0
	h.pass(t)
	arts := h.articles(t)
	if len(arts) != 6 {
		t.Errorf("after resuming: %d articles, want 6", len(arts))
	}
	seen := map[string]bool{}
	for _, a := range arts {
		if seen[a.CanonicalURL] {
			t.Errorf("%s stored twice", a.CanonicalURL)
		}
		seen[a.CanonicalURL] = true
	}
	f, _ = h.db.Feed("1")
	if f.ETag == "" {
		t.Errorf("validators not saved after a complete pass")
	}
}

func TestRunRecordSaved(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1}
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	runs, err := h.db.Runs(10)
	if err != nil || len(runs) != 1 || runs[0].ArticlesNew != 1 {
		t.Errorf("runs = %+v, %v; want one run with 1 new article", runs, err)
	}
}

// BenchmarkPass polls 200 feeds of 20 items with pages, then polls them
// again when every feed answers 304; "first-with-readers" stores the same
// while two readers export and count in a loop. articles/s is the write
// throughput.
func BenchmarkPass(b *testing.B) {
	for _, mode := range []string{"first", "second-304", "first-with-readers"} {
		b.Run(mode, func(b *testing.B) {
			s := newSite(b)
			for f := 0; f < 200; f++ {
				items := make([]int, 20)
				for i := range items {
					items[i] = f*20 + i
				}
				s.feeds[fmt.Sprint(f)] = items
			}
			b.ReportAllocs()
			stored := 0
			var elapsed time.Duration
			for b.Loop() {
				b.StopTimer()
				h := newHarness(b, Options{Concurrency: 8})
				for f := 0; f < 200; f++ {
					h.addFeed(b, s.url(fmt.Sprintf("/feed/%d", f)))
				}
				if mode == "second-304" {
					h.pass(b)
				}
				stop := make(chan struct{})
				var wg sync.WaitGroup
				if mode == "first-with-readers" {
					for r := 0; r < 2; r++ {
						wg.Add(1)
						go func() {
							defer wg.Done()
							readLoop(b, h.db.Path(), stop)
						}()
					}
				}
				b.StartTimer()
				start := time.Now()
				sum := h.pass(b)
				elapsed += time.Since(start)
				b.StopTimer()
				close(stop)
				wg.Wait()
				b.StartTimer()
				stored += sum.ArticlesNew
				if mode != "second-304" && sum.ArticlesNew != 4000 || mode == "second-304" && sum.FeedsNotModified != 200 {
					b.Fatalf("pass = %+v", sum.Run)
				}
			}
			if stored > 0 {
				b.ReportMetric(float64(stored)/elapsed.Seconds(), "articles/s")
			}
		})
	}
}

// readLoop exports and counts until stop is closed, as "eventwire export"
// and "eventwire stats" do.
func readLoop(b *testing.B, path string, stop chan struct{}) {
	for {
		select {
		case <-stop:
			return
		default:
		}
		db, err := bolt.Open(path, bolt.Options{ReadOnly: true, LockTimeout: time.Second})
		if err != nil {
			b.Error(err)
			return
		}
		err = db.Each(store.Filter{NoText: true}, func(store.Record) error { return nil })
		if err == nil {
			_, err = db.Counts()
		}
		db.Close()
		if err != nil {
			b.Error(err)
			return
		}
	}
}

// TestFailedPageRetried: a page that failed is queued, fetched on a later
// pass once due (the feed itself unchanged), and the article then has the
// page's text, its raw page and no fetch error.
func TestFailedPageRetried(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2}
	s.pageStatus[2] = http.StatusServiceUnavailable
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	id := store.ArticleID(s.url("/story/2"))
	if c, _ := h.db.Retries(h.now.Add(time.Hour)); c.Waiting != 1 {
		t.Fatalf("retry queue after the failure = %+v, want 1 waiting", c)
	}
	s.mu.Lock()
	delete(s.pageStatus, 2)
	s.mu.Unlock()
	sum := h.pass(t) // two minutes later: not due yet
	if sum.PagesRetried != 0 {
		t.Errorf("a queued page was retried before its time: %+v", sum.Run)
	}
	h.now = h.now.Add(time.Hour)
	sum = h.pass(t)
	if sum.PagesRetried != 1 || sum.FeedsNotModified != 1 {
		t.Errorf("pass after an hour = %+v, want the feed unchanged and 1 page retried", sum.Run)
	}
	a, err := h.db.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	if a.TextSource != "page" || a.FetchError != "" || !strings.Contains(a.Text, "Story number 2") {
		t.Errorf("retried article: source %q error %q text %q; want the page's text", a.TextSource, a.FetchError, a.Text)
	}
	if _, err := h.db.Page(id); err != nil {
		t.Errorf("raw page not stored on retry: %v", err)
	}
	if c, _ := h.db.Retries(h.now.Add(48 * time.Hour)); c != (store.RetryCounts{}) {
		t.Errorf("retry queue after success = %+v, want empty", c)
	}
}

// TestRetryBoundedAndPolite: a page that never comes back is tried a
// bounded number of times with growing waits, then given up; a host that
// fails a retry gets no more tries in that pass.
func TestRetryBoundedAndPolite(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2, 3}
	for _, n := range []int{1, 2, 3} {
		s.pageStatus[n] = http.StatusServiceUnavailable
	}
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	first := s.pageHits.Load()
	h.now = h.now.Add(time.Hour)
	sum := h.pass(t)
	if got := s.pageHits.Load() - first; got != 1 || sum.RetriesFailed != 1 {
		t.Errorf("retry pass fetched %d pages (%d failed), want 1: a host that fails with 503 waits for the next pass", got, sum.RetriesFailed)
	}
	for i := 0; i < 40; i++ {
		h.now = h.now.Add(25 * time.Hour)
		h.pass(t)
	}
	c, _ := h.db.Retries(h.now)
	if c.GaveUp != 3 || c.Waiting != 0 {
		t.Errorf("after many passes the queue = %+v, want 3 given up", c)
	}
	hits := s.pageHits.Load()
	h.now = h.now.Add(25 * time.Hour)
	h.pass(t)
	if s.pageHits.Load() != hits {
		t.Errorf("pages given up were fetched again")
	}
	if maxHits := first + 3*retryAttempts; hits > maxHits {
		t.Errorf("%d page fetches in all, want at most %d (bounded attempts)", hits, maxHits)
	}
}

// TestPublishedOrder: the page's own metadata, then the feed item's date,
// then the dateline with the feed's year, then the fetch time.
func TestPublishedOrder(t *testing.T) {
	tests := []struct {
		name, pub, chanDate, head string
		want, source              string
	}{
		{"feed date beats a yearless dateline", "Tue, 03 Mar 2020 09:00:00 +0900", "", "", "2020-03-03T00:00:00Z", "feed"},
		{"page metadata beats the feed", "Tue, 03 Mar 2020 09:00:00 +0900", "", `<meta property="article:published_time" content="2020-03-02T23:10:00+09:00">`, "2020-03-02T14:10:00Z", "meta:article:published_time"},
		{"dateline takes the feed's year", "", "Mon, 01 Jun 2020 10:00:00 +0000", "", "2020-03-03T00:00:00Z", "dateline"},
		{"fetch time last", "", "", "", "2025-03-10T12:02:00Z", store.PublishedFetched},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			s.feeds["a"] = []int{1}
			s.pub[1] = tc.pub
			s.chanDate = tc.chanDate
			s.text[1] = "SEOUL, March 3 (Yonhap) -- The talks opened on Tuesday in Seoul.</p><p>A second paragraph of the story with enough words to count."
			if tc.name == "fetch time last" {
				s.text[1] = "The talks opened in Seoul.</p><p>A second paragraph of the story with enough words to count."
			}
			if tc.head != "" {
				s.title[1] = "Story 1</title>" + tc.head + "<title>Story 1"
			}
			h := newHarness(t, Options{})
			h.addFeed(t, s.url("/feed/a"))
			h.pass(t)
			arts := h.articles(t)
			if len(arts) != 1 {
				t.Fatalf("%d articles", len(arts))
			}
			a := arts[0]
			if got := a.Published.Format(time.RFC3339); got != tc.want || a.PublishedSource != tc.source {
				t.Errorf("published %s from %q, want %s from %q", got, a.PublishedSource, tc.want, tc.source)
			}
			if a.Published.Location() != time.UTC {
				t.Errorf("published %v is not in UTC", a.Published)
			}
		})
	}
}

// TestFeedItemKept: the item's title and summary stay on the article, and
// a page whose title is only the site's name takes the item's title.
func TestFeedItemKept(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2}
	s.chanTitle = "Example Wire &#187; World"
	s.title[1] = "Example Wire"
	s.desc[2] = "Ministers met in &lt;b&gt;Oslo&lt;/b&gt; on the fisheries accord."
	h := newHarness(t, Options{})
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	for _, a := range h.articles(t) {
		switch {
		case strings.HasSuffix(a.CanonicalURL, "/story/1"):
			if a.Title != "Story 1" || a.Feed.ItemTitle != "Story 1" {
				t.Errorf("story 1: title %q, item title %q; want the item's headline, not the site name", a.Title, a.Feed.ItemTitle)
			}
		case strings.HasSuffix(a.CanonicalURL, "/story/2"):
			if a.Feed.ItemSummary != "Ministers met in Oslo on the fisheries accord." || a.Title != "Story 2" {
				t.Errorf("story 2: item summary %q title %q", a.Feed.ItemSummary, a.Title)
			}
		}
	}
}

// TestLanguageGatesEnglishRules: the article's language is detected from
// its text; German and Korean articles keep their text with no mentions,
// an English one is extracted.
func TestLanguageGatesEnglishRules(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2, 3}
	s.text[1] = "BERLIN, 10. März (Draht) -- Der Entwickler Sasha Levin hat am Montag in Berlin einen neuen Patch für den Linux-Kernel veröffentlicht.</p><p>Der Patch verbessert die Speicherverwaltung, sagte Levin der Zeitung am Dienstag."
	s.text[2] = "서울, 3월 10일 -- 서울시는 10일 내년 예산안을 발표했다.</p><p>시는 교통과 복지에 중점을 두었다고 밝혔다. 예산은 작년보다 늘었다고 시 관계자가 말했다."
	s.text[3] = "BUSAN, March 10 (Wire) -- Finance Minister Choi Sang-mok said on Monday in Busan that the budget would rise by 3 percent.</p><p>The ministry will publish the plan in April, officials said."
	h := newHarness(t, Options{})
	h.withPipeline(standard.New())
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	want := map[string]string{"/story/1": "de", "/story/2": "ko", "/story/3": "en"}
	var n int
	err := h.db.Each(store.Filter{}, func(r store.Record) error {
		n++
		ex, err := r.Decode()
		if err != nil {
			return err
		}
		a := r.Article
		for suffix, lang := range want {
			if !strings.HasSuffix(a.CanonicalURL, suffix) {
				continue
			}
			if a.Lang != lang || a.LangSource != "text" {
				t.Errorf("%s: lang %q from %q, want %q detected from the text", suffix, a.Lang, a.LangSource, lang)
			}
			if got := len(ex.Mentions) > 0; got != (lang == "en") {
				t.Errorf("%s (%s): %d mentions; want mentions only for English", suffix, lang, len(ex.Mentions))
			}
			if lang != "en" && a.Text == "" {
				t.Errorf("%s: text dropped", suffix)
			}
		}
		return nil
	})
	if err != nil || n != 3 {
		t.Fatalf("Each: %d articles, %v", n, err)
	}
}

// TestOneWarningPerHost: unreachable pages give one warning per host, not
// one per page; and the progress counts pages as well as feeds.
func TestOneWarningPerHost(t *testing.T) {
	s := newSite(t)
	s.feeds["a"] = []int{1, 2, 3, 4}
	for _, n := range []int{1, 2, 3} {
		s.pageStatus[n] = http.StatusNotFound
	}
	var logs strings.Builder
	var last Progress
	h := newHarness(t, Options{
		Logger:   slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo})),
		Progress: func(p Progress) { last = p },
	})
	h.addFeed(t, s.url("/feed/a"))
	h.pass(t)
	warns := strings.Count(logs.String(), "level=WARN")
	if warns != 1 || !strings.Contains(logs.String(), "pages=3") {
		t.Errorf("%d warnings, want one for the host with pages=3:\n%s", warns, logs.String())
	}
	if last.FeedsDone != 1 || last.FeedsTotal != 1 || last.Pages != 4 {
		t.Errorf("last progress = %+v, want 1 of 1 feeds and 4 pages", last)
	}
}
