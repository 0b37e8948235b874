package poller

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedCorpus returns ../shared/corpus/realworld from the repository root,
// or skips the test when the shared material is absent.
func sharedCorpus(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "realworld")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: the shared corpus is absent (%s): this test runs a real feed end to end", dir)
	}
	return dir
}

// TestRealFeedEndToEnd serves the real Global Voices feed with every page
// it links to, and runs two passes over it.
func TestRealFeedEndToEnd(t *testing.T) {
	dir := filepath.Join(sharedCorpus(t), "pairs", "globalvoices-2009")
	feedXML, err := os.ReadFile(filepath.Join(dir, "feed.rss"))
	if err != nil {
		t.Fatal(err)
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(strings.ReplaceAll(string(feedXML), "<BASE_WEBSITE_URL/>", srv.URL+"/")))
		case strings.HasPrefix(r.URL.Path, "/gv/"):
			http.ServeFile(w, r, filepath.Join(dir, "pages", filepath.Base(r.URL.Path)))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	h := newHarness(t, Options{})
	h.addFeed(t, srv.URL+"/feed.rss")
	sum := h.pass(t)
	if sum.FeedsFailed != 0 || sum.ArticlesNew != 15 {
		t.Fatalf("first pass = %+v, failures %+v; want 15 new articles", sum.Run, sum.Failures)
	}
	for _, a := range h.articles(t) {
		if a.TextSource != "page" || len(a.Text) < 300 {
			t.Errorf("%s: text source %q, %d bytes of text; want the page's article", a.URL, a.TextSource, len(a.Text))
		}
		if a.Title == "" || a.Published.IsZero() {
			t.Errorf("%s: title %q published %v; want both", a.URL, a.Title, a.Published)
		}
		// Every page's <h1> is the site's name; the headline is in the
		// item and in h2.post-title.
		if a.Title == "Global Voices Online" || a.Title != a.Feed.ItemTitle {
			t.Errorf("%s: title %q, feed item title %q; want the story's headline", a.URL, a.Title, a.Feed.ItemTitle)
		}
	}
	sum = h.pass(t)
	if sum.ArticlesNew != 0 || len(h.articles(t)) != 15 {
		t.Errorf("second pass = %+v; want nothing new and 15 articles stored", sum.Run)
	}
}
