package article

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/ingest/feed"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

var fetchedAt = time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)

func openDB(t *testing.T) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "a.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func newStage(db *bolt.DB) *Stage {
	return New(db, Options{Extractor: store.ExtractorInfo{Name: "test", Version: 1}, Now: func() time.Time { return fetchedAt }})
}

// story is a wire story long enough to be compared by its text.
func story(place, what string) string {
	return fmt.Sprintf("%s, March 10 (Wire) -- %s, officials said on Monday. The ministry will publish the full plan in April, and the budget for it rises by three percent over last year's.", place, what)
}

// pageHTML is a page with a title, an optional publication time and body
// paragraphs.
func pageHTML(title, published string, paras ...string) []byte {
	head := "<title>" + title + "</title>"
	if published != "" {
		head += `<meta property="article:published_time" content="` + published + `">`
	}
	return []byte("<html><head>" + head + "</head><body><article><h1>" + title + "</h1><p>" +
		strings.Join(paras, "</p><p>") + "</p></article></body></html>")
}

func item(feedID, link, title string) *Item {
	return NewItem(Feed{ID: feedID, URL: "https://wire.example/rss", Ref: fetchedAt},
		feed.Item{URL: link, GUID: link, Title: title, Content: "Feed text of " + title + "."})
}

func fetched(link string, body []byte) Page {
	return Page{URL: link, Body: body, HTTP: &store.HTTPInfo{Status: 200}}
}

func mustFromPage(t *testing.T, s *Stage, it *Item, pg Page) *store.Article {
	t.Helper()
	a, err := s.FromPage(it, pg)
	if err != nil {
		t.Fatalf("FromPage %s: %v", it.Link, err)
	}
	return a
}

func stored(t *testing.T, db *bolt.DB, id string) *store.Article {
	t.Helper()
	a, err := db.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRefreshRenewsArticle: an article read again from its stored page
// (reextract --restrip) gets the page's title, publication time, text and
// text hash, and the content index follows: the old text is no longer
// its, the new one is.
func TestRefreshRenewsArticle(t *testing.T) {
	db := openDB(t)
	s := newStage(db)
	body := pageHTML("Port deal signed", "2025-03-10T08:30:00+09:00", story("BUSAN", "The port authority signed the terminal deal"))
	a := mustFromPage(t, s, item("1", "https://wire.example/port", "Port deal signed"), fetched("https://wire.example/port", body))
	want := *a
	// What an older eventwire might have stored: another text, title and
	// time, with that text's hash in the index.
	a.Title, a.Text, a.TextSHA256 = "Old title", story("SEOUL", "An older stripper kept the sidebar"), textHash(story("SEOUL", "An older stripper kept the sidebar"))
	a.SetPublished(fetchedAt, store.PublishedFetched, false)
	if err := db.WriteArticle(store.ArticleWrite{Article: a, CompareText: true}); err != nil {
		t.Fatal(err)
	}
	raw, err := db.Page(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	a = stored(t, db, a.ID)
	if err := s.Refresh(a, Page{URL: a.URL, Body: raw}); err != nil {
		t.Fatal(err)
	}
	got := stored(t, db, a.ID)
	if got.Title != want.Title || got.Text != want.Text || got.TextSHA256 != want.TextSHA256 ||
		!got.Published.Equal(want.Published) || got.PublishedSource != want.PublishedSource || got.PublishedOffset != "+09:00" {
		t.Errorf("refreshed: title %q, published %v (%s %s), hash %s\nwant title %q, published %v (%s +09:00), hash %s",
			got.Title, got.Published, got.PublishedSource, got.PublishedOffset, got.TextSHA256,
			want.Title, want.Published, want.PublishedSource, want.TextSHA256)
	}
	if !got.FetchedAt.Equal(fetchedAt) || got.HTTP.Status != 200 {
		t.Errorf("refresh from the stored page changed the fetch record: %v %+v", got.FetchedAt, got.HTTP)
	}
	// The old text is free: a story with it is no copy. The new text is
	// the article's: a story with it is.
	oldText := mustFromPage(t, s, item("1", "https://other.example/a", "Sidebar"),
		fetched("https://other.example/a", pageHTML("Sidebar", "", story("SEOUL", "An older stripper kept the sidebar"))))
	newText := mustFromPage(t, s, item("1", "https://other.example/b", "Port deal"),
		fetched("https://other.example/b", pageHTML("Port deal", "", story("BUSAN", "The port authority signed the terminal deal"))))
	if oldText.DuplicateOf != "" || newText.DuplicateOf != a.ID {
		t.Errorf("after the refresh: the old text's story duplicate_of %q (want none), the new text's %q (want %s)",
			oldText.DuplicateOf, newText.DuplicateOf, a.ID)
	}
}

// TestRefreshDecidesDuplicatesAgain: a copy whose page now reads as
// another story stops being a copy; an article whose page now reads as a
// stored story becomes its copy.
func TestRefreshDecidesDuplicatesAgain(t *testing.T) {
	db := openDB(t)
	s := newStage(db)
	orig := mustFromPage(t, s, item("1", "https://a.example/1", "Talks"),
		fetched("https://a.example/1", pageHTML("Talks", "", story("GENEVA", "Negotiators met for a third round"))))
	other := mustFromPage(t, s, item("1", "https://b.example/2", "Dam"),
		fetched("https://b.example/2", pageHTML("Dam", "", story("CAIRO", "Engineers inspected the dam"))))
	copyOf := mustFromPage(t, s, item("1", "https://c.example/3", "Talks again"),
		fetched("https://c.example/3", pageHTML("Talks again", "", story("GENEVA", "Negotiators met for a third round"))))
	if copyOf.DuplicateOf != orig.ID || other.DuplicateOf != "" {
		t.Fatalf("before: copy duplicate_of %q, other %q", copyOf.DuplicateOf, other.DuplicateOf)
	}
	// Pages read again with other rules give other texts: here the
	// copy's page reads as the dam story, the dam story as the talks.
	if err := s.Refresh(copyOf, Page{URL: copyOf.URL, Body: pageHTML("Dam", "", story("CAIRO", "Engineers inspected the dam"))}); err != nil {
		t.Fatal(err)
	}
	if err := s.Refresh(orig, Page{URL: orig.URL, Body: pageHTML("Fisheries", "", story("OSLO", "Ministers agreed on fishing quotas"))}); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, db, copyOf.ID); got.DuplicateOf != other.ID {
		t.Errorf("the former copy now reads as the dam story: duplicate_of %q, want %s", got.DuplicateOf, other.ID)
	}
	if got := stored(t, db, orig.ID); got.DuplicateOf != "" {
		t.Errorf("the original now reads as another story: duplicate_of %q, want none", got.DuplicateOf)
	}
}

// TestRefreshUsesFeedSelector: a stored page is stripped again with its
// feed's selector, set after the article was first stored.
func TestRefreshUsesFeedSelector(t *testing.T) {
	db := openDB(t)
	f := &store.Feed{URL: "https://wire.example/rss"}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	s := newStage(db)
	body := []byte(`<html><head><title>Quotas</title></head><body><div class="promo"><p>` + story("LONDON", "Subscribe to our newsletter for the week's best") +
		`</p></div><div class="story-body"><p>` + story("OSLO", "Ministers agreed on fishing quotas") + `</p></div></body></html>`)
	a := mustFromPage(t, s, item(f.ID, "https://wire.example/q", "Quotas"), fetched("https://wire.example/q", body))
	if _, err := db.EditFeed(f.ID, func(f *store.Feed) error { f.Selector = ".story-body"; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Refresh(a, Page{URL: a.URL, Body: body}); err != nil {
		t.Fatal(err)
	}
	got := stored(t, db, a.ID)
	if got.Text != story("OSLO", "Ministers agreed on fishing quotas") || got.StripPath != "selector" {
		t.Errorf("text %q (path %s), want the .story-body paragraph alone", got.Text, got.StripPath)
	}
}

// TestRefreshKeepsTextOfEmptyPage: a stored page that now strips to no
// text leaves the article's text as it was.
func TestRefreshKeepsTextOfEmptyPage(t *testing.T) {
	db := openDB(t)
	s := newStage(db)
	a := mustFromPage(t, s, item("1", "https://a.example/1", "Talks"),
		fetched("https://a.example/1", pageHTML("Talks", "", story("GENEVA", "Negotiators met for a third round"))))
	text := a.Text
	if err := s.Refresh(a, Page{URL: a.URL, Body: []byte("<html><body></body></html>")}); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, db, a.ID); got.Text != text || got.TextSource != "page" {
		t.Errorf("text %q (source %s), want the stored text kept", got.Text, got.TextSource)
	}
}

// TestKnownPagesNotStoredTwice: an item is known by its link's canonical
// URL or its GUID; a page whose canonical URL is stored is not stored
// again.
func TestKnownPagesNotStoredTwice(t *testing.T) {
	db := openDB(t)
	s := newStage(db)
	it := item("1", "https://a.example/1?utm_source=rss", "Talks")
	a := mustFromPage(t, s, it, fetched("https://a.example/1", pageHTML("Talks", "", story("GENEVA", "Negotiators met"))))
	tests := []struct {
		name string
		it   *Item
		want string
	}{
		{"same link, tracking dropped", item("2", "https://a.example/1", "Talks"), a.ID},
		{"same GUID in the same feed", &Item{Feed: Feed{ID: "1"}, Link: "https://a.example/elsewhere", Ref: store.FeedRef{GUID: it.Ref.GUID}}, a.ID},
		{"same GUID in another feed", &Item{Feed: Feed{ID: "2"}, Link: "https://a.example/elsewhere", Ref: store.FeedRef{GUID: it.Ref.GUID}}, ""},
		{"new", item("1", "https://a.example/2", "Other"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, err := s.Known(tc.it); err != nil || got != tc.want {
				t.Errorf("Known(%s) = %q, %v; want %q", tc.it.Link, got, err, tc.want)
			}
		})
	}
	// An AMP link whose page declares the stored story as canonical.
	amp := `<html><head><link rel="canonical" href="https://a.example/1"></head><body><p>` + story("GENEVA", "Negotiators met") + `</p></body></html>`
	if _, err := s.FromPage(item("1", "https://a.example/amp/1", "Talks"), fetched("https://a.example/amp/1", []byte(amp))); !errors.Is(err, ErrKnown) {
		t.Errorf("a page declaring a stored canonical URL: err %v, want ErrKnown", err)
	}
	if c, _ := db.Counts(); c.Articles != 1 {
		t.Errorf("%d articles stored, want 1", c.Articles)
	}
}

// TestShortTextsNeverDuplicates: empty and near-empty texts share a hash
// without being the same story.
func TestShortTextsNeverDuplicates(t *testing.T) {
	tests := []struct {
		name, text string
		dup        bool
	}{
		{"empty", "", false},
		{"feed teaser", "Feed text of a story, cut short by the feed.", false},
		{"white space only", " \n\t \n", false},
		{"full story", strings.Repeat("Negotiators met in Geneva on Tuesday. ", 5), true},
		{"full story, laid out otherwise", strings.Repeat("Negotiators met in Geneva\n on Tuesday.  ", 5), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := openDB(t)
			s := newStage(db)
			var arts []*store.Article
			for i, text := range []string{strings.Join(strings.Fields(tc.text), " "), tc.text} {
				it := item("1", fmt.Sprintf("https://x%d.example/story", i), "Story")
				it.Text = text
				a, err := s.FromFeed(it, errors.New("connection refused"), nil)
				if err != nil {
					t.Fatal(err)
				}
				arts = append(arts, a)
			}
			c, _ := db.Counts()
			if got := arts[1].DuplicateOf == arts[0].ID; got != tc.dup || c.Duplicates != map[bool]int{true: 1}[tc.dup] {
				t.Errorf("text %q: second article duplicate_of %q, counted duplicates %d; want duplicate %v", tc.text, arts[1].DuplicateOf, c.Duplicates, tc.dup)
			}
		})
	}
}

// TestFromFeedQueuesPage: a failed page leaves the feed's text, the
// reason, and a queue entry when asked; the article's language falls back
// to the feed's.
func TestFromFeedQueuesPage(t *testing.T) {
	db := openDB(t)
	s := newStage(db)
	it := item("1", "https://a.example/1", "Talks")
	it.Feed.Lang = "fr"
	a, err := s.FromFeed(it, errors.New("connection refused"), &store.Retry{URL: it.Link, Host: "a.example", NextTry: fetchedAt.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	got := stored(t, db, a.ID)
	if got.TextSource != "feed" || got.Text != "Feed text of Talks." || !strings.Contains(got.FetchError, "connection refused") ||
		got.Lang != "fr" || got.LangSource != "feed" || got.PublishedSource != store.PublishedFetched {
		t.Errorf("stored %+v", got)
	}
	if c, _ := db.Retries(fetchedAt.Add(2 * time.Hour)); c.Due != 1 {
		t.Errorf("retry queue %+v, want 1 due", c)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, page, item, feed, want string
	}{
		{"page title wins", "Port deal signed", "Port deal", "Harbour Wire", "Port deal signed"},
		{"no page title", "", "Port deal", "Harbour Wire", "Port deal"},
		{"page titled with the site's name", "Harbour Wire", "Port deal", "Harbour Wire » World", "Port deal"},
		{"no feed title to tell", "Harbour Wire", "Port deal", "", "Harbour Wire"},
		{"no item title", "Harbour Wire", "", "Harbour Wire", "Harbour Wire"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := headline(tc.page, tc.item, tc.feed); got != tc.want {
				t.Errorf("headline(%q, %q, %q) = %q, want %q", tc.page, tc.item, tc.feed, got, tc.want)
			}
		})
	}
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
		out = append(out, extract.Mention{Type: extract.TypeAmount, Start: i, End: i + 2, Confidence: 0.9,
			Amount: &extract.Amount{Kind: extract.KindMoney, Value: 1, Currency: "USD"}})
		i += 2
	}
}

// TestExtractHoldsTextToLimits: a stage holds a text to MaxText and
// MaxMentions (the text cut, marked, and hashed again, the mentions
// matching the text kept), repairs invalid UTF-8 either way, and with
// NoLimits (the extract command) extracts a long text whole.
func TestExtractHoldsTextToLimits(t *testing.T) {
	long := strings.Repeat("The committee met again and talked at length. ", 27_000) // 1.24 MB
	dense := strings.Repeat("Paid $1 each. ", 12_000)
	pl := extract.NewPipeline(nil, dollars{})
	for _, tc := range []struct {
		name     string
		text     string
		noLimits bool
		// want: the text kept whole, or cut below MaxText; the mentions
		// cut below MaxMentions.
		whole, fewer bool
	}{
		{"long text is cut", long, false, false, false},
		{"long text whole without limits", long, true, true, false},
		{"dense text is cut before the mention past the cap", dense, false, false, true},
		{"dense text whole without limits", dense, true, true, false},
		{"invalid UTF-8 is repaired", "Paid \xff$1 \xfe each.", false, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(nil, Options{Pipeline: pl, AnyLanguage: true, NoLimits: tc.noLimits})
			a := &store.Article{Text: tc.text, TextSHA256: textHash(tc.text)}
			ex := s.Extract(a)
			if !utf8.ValidString(a.Text) {
				t.Fatalf("text is not valid UTF-8")
			}
			if a.TextSHA256 != textHash(a.Text) {
				t.Errorf("text hash does not follow the text")
			}
			want := strings.ToValidUTF8(tc.text, "\uFFFD")
			switch {
			case tc.whole:
				if a.Text != want || a.Truncated {
					t.Errorf("text of %d bytes kept as %d bytes, truncated %v; want it whole", len(want), len(a.Text), a.Truncated)
				}
			case !a.Truncated || len(a.Text) > MaxText || !strings.HasPrefix(want, a.Text):
				t.Errorf("text of %d bytes kept as %d bytes, truncated %v; want a prefix of at most %d bytes, marked", len(want), len(a.Text), a.Truncated, MaxText)
			}
			if n := strings.Count(a.Text, "$1"); len(ex.Mentions) != n {
				t.Errorf("%d mentions for %d amounts in the text kept", len(ex.Mentions), n)
			}
			if tc.fewer && (len(ex.Mentions) > MaxMentions || len(ex.Mentions) < MaxMentions*9/10) {
				t.Errorf("%d mentions, want just under %d", len(ex.Mentions), MaxMentions)
			}
			for _, m := range ex.Mentions {
				if a.Text[m.Start:m.End] != m.Text {
					t.Fatalf("mention %q does not hold at [%d,%d)", m.Text, m.Start, m.End)
				}
			}
		})
	}
}

// TestStoppedStageStoresNothing: a stage whose context ends while it waits
// at a full gate stores nothing and says why; the same stage without that
// context stores the article.
func TestStoppedStageStoresNothing(t *testing.T) {
	db := openDB(t)
	gate := NewGate()
	s := New(db, Options{Extractor: store.ExtractorInfo{Name: "test", Version: 1}, Now: func() time.Time { return fetchedAt }, Gate: gate})
	held, release := make(chan struct{}), make(chan struct{})
	go gate.Do(context.Background(), GateBytes, func() { close(held); <-release })
	<-held
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	link := "https://wire.example/2025/03/10/plan"
	it := item("1", link, "Plan")
	if _, err := s.WithContext(ctx).FromPage(it, fetched(link, pageHTML("Plan", "", story("SEOUL", "The plan was set")))); !errors.Is(err, context.Canceled) {
		t.Errorf("FromPage at a full gate with its context ended: err %v, want context.Canceled", err)
	}
	if _, err := s.WithContext(ctx).FromFeed(it, errors.New("http status 503"), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("FromFeed at a full gate with its context ended: err %v, want context.Canceled", err)
	}
	if _, err := db.Article(store.ArticleID(link)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("an article was stored by a stopped stage (err %v)", err)
	}
	close(release)
	a := mustFromPage(t, s, it, fetched(link, pageHTML("Plan", "", story("SEOUL", "The plan was set"))))
	if got := stored(t, db, a.ID); got.Title != "Plan" {
		t.Errorf("stored title %q, want Plan", got.Title)
	}
}
