package poller

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/ingest/article"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

// hostileSite serves one RSS feed whose items are given as raw XML, and
// pages from a map.
func hostileSite(t *testing.T, items func(base string) string, pages map[string]string) string {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>hostile</title>%s</channel></rss>`, items(srv.URL))
		default:
			body, ok := pages[r.URL.Path]
			if !ok {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/feed"
}

// dollars is a test extractor: one amount mention per "$1".
type dollars struct{}

func (dollars) Name() string { return "amount" }

func (dollars) Extract(d *extract.Doc) []extract.Mention {
	var out []extract.Mention
	for i := 0; ; {
		k := strings.Index(d.Text[i:], "$1")
		if k < 0 {
			return out
		}
		i += k
		out = append(out, extract.Mention{Type: extract.TypeAmount, Start: i, End: i + 2, Text: "$1",
			Amount: &extract.Amount{Kind: extract.KindMoney, Value: 1, Currency: "USD"}})
		i += 2
	}
}

func hostileHarness(t *testing.T, feedURL string, log *bytes.Buffer) (*Poller, *bolt.DB) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "t.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.AddFeed(&store.Feed{URL: feedURL, Interval: time.Minute}); err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(log, nil))
	client := fetch.New(fetch.Options{AllowPrivate: true, HostRate: -1, Timeout: 10 * time.Second})
	p := New(db, client, extract.NewPipeline(nil, dollars{}), Options{Logger: logger, Extractor: store.ExtractorInfo{Name: "test", Version: 1}})
	return p, db
}

type stored struct {
	a  *store.Article
	ex *store.Extraction
}

func storedArticles(t *testing.T, db *bolt.DB) []stored {
	var out []stored
	err := db.Each(store.Filter{}, func(r store.Record) error {
		ex, err := r.Decode()
		out = append(out, stored{r.Article, ex})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestItemLinksOtherThanHTTPAreNotStored: javascript:, data:, file: and
// other schemes never become articles (their feed text would otherwise be
// stored under that link, and exported as a link to click).
func TestItemLinksOtherThanHTTPAreNotStored(t *testing.T) {
	links := []string{
		"javascript:alert(document.cookie)",
		"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
		"file:///etc/passwd",
		"ftp://example.com/story",
		"JavaScript:alert(1)",
		"mailto:desk@example.com",
	}
	feedURL := hostileSite(t, func(base string) string {
		var b strings.Builder
		for i, l := range links {
			fmt.Fprintf(&b, `<item><title>Bad %d</title><link>%s</link><guid isPermaLink="false">bad-%d</guid><description>Feed text %d.</description></item>`, i, html.EscapeString(l), i, i)
		}
		fmt.Fprintf(&b, `<item><title>Good</title><link>%s/story/1</link><guid>good</guid><description>Good text.</description></item>`, base)
		return b.String()
	}, map[string]string{"/story/1": "<html><body><article><p>SEOUL -- The good story, long enough to be kept as text.</p></article></body></html>"})
	var log bytes.Buffer
	p, db := hostileHarness(t, feedURL, &log)
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	arts := storedArticles(t, db)
	if len(arts) != 1 || !strings.HasSuffix(arts[0].a.URL, "/story/1") {
		for _, s := range arts {
			t.Errorf("stored %q (%s)", s.a.URL, s.a.Title)
		}
		t.Fatalf("stored %d articles, want only the http one", len(arts))
	}
	if !strings.Contains(log.String(), "not http or https") {
		t.Errorf("log does not say why the items were skipped:\n%s", log.String())
	}
}

// TestTextAndMentionCaps: a page of megabytes of text, and one dense with
// amounts, are stored cut to the caps and marked truncated, with every
// mention's span holding in the stored text.
func TestTextAndMentionCaps(t *testing.T) {
	long := "<html><body><article><p>" + strings.Repeat("The committee met again and talked at length. ", 60_000) + "</p></article></body></html>"
	dense := "<html><body><article><p>" + strings.Repeat("Paid $1 each. ", 25_000) + "</p></article></body></html>"
	feedURL := hostileSite(t, func(base string) string {
		return fmt.Sprintf(`<item><title>Long</title><link>%s/long</link></item><item><title>Dense</title><link>%s/dense</link></item>`, base, base) +
			fmt.Sprintf(`<item><title>Feed only</title><link>%s/missing</link><description>%s</description></item>`, base, strings.Repeat("Words in the feed. ", 100_000))
	}, map[string]string{"/long": long, "/dense": dense})
	var log bytes.Buffer
	p, db := hostileHarness(t, feedURL, &log)
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	arts := storedArticles(t, db)
	if len(arts) != 3 {
		t.Fatalf("stored %d articles, want 3", len(arts))
	}
	for _, s := range arts {
		a := s.a
		if !a.Truncated || len(a.Text) > article.MaxText || !utf8.ValidString(a.Text) {
			t.Errorf("%s: truncated %v, %d bytes; want truncated, at most %d bytes of UTF-8", a.URL, a.Truncated, len(a.Text), article.MaxText)
		}
		if len(s.ex.Mentions) > article.MaxMentions {
			t.Errorf("%s: %d mentions stored, want at most %d", a.URL, len(s.ex.Mentions), article.MaxMentions)
		}
		for _, m := range s.ex.Mentions {
			if m.End > len(a.Text) || a.Text[m.Start:m.End] != m.Text {
				t.Fatalf("%s: mention %q [%d,%d) does not hold in the stored text of %d bytes", a.URL, m.Text, m.Start, m.End, len(a.Text))
			}
		}
		switch {
		case strings.HasSuffix(a.URL, "/dense"):
			if len(s.ex.Mentions) < article.MaxMentions*9/10 || strings.Count(a.Text, "$1") != len(s.ex.Mentions) {
				t.Errorf("dense: %d mentions for %d amounts in the stored text; want the text cut near the cap and matching its mentions",
					len(s.ex.Mentions), strings.Count(a.Text, "$1"))
			}
		case strings.HasSuffix(a.URL, "/long"), strings.HasSuffix(a.URL, "/missing"):
			if len(a.Text) < article.MaxText-4096 {
				t.Errorf("%s: %d bytes kept, want the text cut close to the %d byte cap", a.URL, len(a.Text), article.MaxText)
			}
		}
	}
	for _, line := range strings.Split(log.String(), "\n") {
		if len(line) > 2000 {
			t.Errorf("log line of %d bytes: %.200s...", len(line), line)
		}
	}
}

// TestHostileFeedFieldsKeepLogLinesShort: an item without a link but with
// a title of megabytes gives a short warning, not a megabyte log line.
func TestHostileFeedFieldsKeepLogLinesShort(t *testing.T) {
	feedURL := hostileSite(t, func(string) string {
		return `<item><title>` + strings.Repeat("Headline ", 500_000) + `</title><description>no link</description></item>`
	}, nil)
	var log bytes.Buffer
	p, _ := hostileHarness(t, feedURL, &log)
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "item without link") {
		t.Fatalf("no warning for the item without link:\n%.500s", log.String())
	}
	for _, line := range strings.Split(log.String(), "\n") {
		if len(line) > 2000 {
			t.Errorf("log line of %d bytes: %.200s...", len(line), line)
		}
	}
}
