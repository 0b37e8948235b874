package storetest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
)

func testFeedsLifecycle(t *testing.T, db store.Store) {
	f := &store.Feed{URL: "https://example.com/rss", Interval: time.Hour}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	if f.ID != "1" {
		t.Errorf("first feed id = %q, want 1", f.ID)
	}
	if err := db.AddFeed(&store.Feed{URL: "https://example.com/rss"}); !errors.Is(err, store.ErrExists) {
		t.Errorf("adding the same URL again: err = %v, want store.ErrExists", err)
	}
	f.ETag = `"abc"`
	if err := db.UpdateFeed(f); err != nil {
		t.Fatal(err)
	}
	got, err := db.Feed("1")
	if err != nil || got.ETag != `"abc"` {
		t.Fatalf("Feed(1) = %+v, %v; want ETag saved", got, err)
	}
	if err := db.RemoveFeed("1"); err != nil {
		t.Fatal(err)
	}
	if err := db.RemoveFeed("1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removing twice: err = %v, want store.ErrNotFound", err)
	}
	feeds, _ := db.Feeds()
	if len(feeds) != 0 {
		t.Errorf("feeds after remove = %d, want 0", len(feeds))
	}
}

func testPutArticleIndexesAndDuplicates(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	text := strings.Repeat("The same wire story, syndicated word for word. ", 4)
	a := Article("https://a.example/story", t0, text)
	b := Article("https://b.example/copy", t0.Add(time.Hour), text)
	b.TextSHA256 = a.TextSHA256
	ex := &store.Extraction{Extractor: a.Extractor, Mentions: []extract.Mention{{Type: "date", Text: "x", Start: 0, End: 1, Date: &extract.Date{TimexType: "DATE", Value: "2025"}}}}
	if err := db.WriteArticle(store.ArticleWrite{Article: a, Page: []byte("<html>page a</html>"), Extraction: ex, CompareText: true}); err != nil {
		t.Fatal(err)
	}
	if err := db.WriteArticle(store.ArticleWrite{Article: b, CompareText: true}); err != nil {
		t.Fatal(err)
	}
	if b.DuplicateOf != a.ID {
		t.Errorf("syndicated copy DuplicateOf = %q, want %q", b.DuplicateOf, a.ID)
	}
	if id, _ := db.Seen("https://a.example/story", "", ""); id != a.ID {
		t.Errorf("Seen by URL = %q, want %q", id, a.ID)
	}
	if id, _ := db.Seen("", "1", "https://b.example/copy"); id != b.ID {
		t.Errorf("Seen by GUID = %q, want %q", id, b.ID)
	}
	page, err := db.Page(a.ID)
	if err != nil || string(page) != "<html>page a</html>" {
		t.Errorf("Page = %q, %v", page, err)
	}
	// Storing again must not add a second index entry.
	if err := db.PutArticle(a, []byte("<html>changed</html>"), ex); err != nil {
		t.Fatal(err)
	}
	page, _ = db.Page(a.ID)
	if string(page) != "<html>page a</html>" {
		t.Errorf("page rewritten to %q; pages are write-once", page)
	}
	n := 0
	db.Each(store.Filter{}, func(r store.Record) error { n++; return nil })
	if n != 2 {
		t.Errorf("Each yielded %d records, want 2", n)
	}
	c, _ := db.Counts()
	if c.Articles != 2 || c.Duplicates != 1 || c.Pages != 1 || c.Extractions != 1 {
		t.Errorf("Counts = %+v, want 2 articles, 1 duplicate, 1 page, 1 extraction", c)
	}
}

func testEachFiltersAndOrder(t *testing.T, db store.Store) {
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 9; i >= 0; i-- { // stored out of order
		a := Article(fmt.Sprintf("https://x.example/%d", i), base.Add(time.Duration(i)*24*time.Hour), fmt.Sprint(i))
		if i%2 == 0 {
			a.Feed.ID = "2"
		}
		if i == 7 {
			a.Extractor.Version = 2
		}
		if err := db.PutArticle(a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		f    store.Filter
		want []int
	}{
		{"all in time order", store.Filter{}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"since until", store.Filter{Since: base.Add(3 * 24 * time.Hour), Until: base.Add(6 * 24 * time.Hour)}, []int{3, 4, 5}},
		{"feed", store.Filter{FeedID: "2"}, []int{0, 2, 4, 6, 8}},
		{"version", store.Filter{Version: 2}, []int{7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			err := db.Each(tc.f, func(r store.Record) error {
				var n int
				fmt.Sscan(r.Article.Text, &n)
				got = append(got, n)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("Each(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
}

func testStaleIDsResumable(t *testing.T, db store.Store) {
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 7; i++ {
		a := Article(fmt.Sprintf("https://x.example/%d", i), base, fmt.Sprint(i))
		switch i {
		case 3:
			a.Extractor.Version, a.Extractor.Rules = 5, "r1"
		case 4:
			a.Extractor.Version, a.Extractor.Rules = 6, "r0" // newer: left alone
		case 5:
			a.Extractor.Version, a.Extractor.Rules = 5, "r0" // same version, other rules
		}
		db.PutArticle(a, nil, nil)
	}
	cur := store.ExtractorInfo{Name: "t", Version: 5, Rules: "r1"}
	var all []string
	after := ""
	for {
		ids, err := db.StaleIDs(cur, after, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) == 0 {
			break
		}
		all = append(all, ids...)
		after = ids[len(ids)-1]
	}
	if len(all) != 5 {
		t.Errorf("stale ids = %d, want 5 (one article is current, one newer)", len(all))
	}
	if err := db.PutExtraction(all[0], &store.Extraction{Extractor: cur}); err != nil {
		t.Fatal(err)
	}
	ids, _ := db.StaleIDs(cur, "", 100)
	if len(ids) != 4 {
		t.Errorf("after one re-extraction, stale = %d, want 4", len(ids))
	}
}

func testRuns(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		db.AddRun(&store.Run{Started: t0.Add(time.Duration(i) * time.Hour), ArticlesNew: i})
	}
	runs, err := db.Runs(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[0].ArticlesNew != 2 || runs[1].ArticlesNew != 1 {
		t.Errorf("Runs(2) = %+v, want the two newest, newest first", runs)
	}
}

func testEachNoText(t *testing.T, db store.Store) {
	a := Article("https://x.example/1", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), "the story's text")
	a.Title = "Title kept"
	db.PutArticle(a, nil, nil)
	for _, noText := range []bool{false, true} {
		db.Each(store.Filter{NoText: noText}, func(r store.Record) error {
			if r.Article.Title != "Title kept" || r.Article.ID != a.ID {
				t.Errorf("NoText=%v: article decoded as %+v", noText, r.Article)
			}
			if got := r.Article.Text != ""; got == noText {
				t.Errorf("NoText=%v: text %q", noText, r.Article.Text)
			}
			return nil
		})
	}
}

// testContentIndex: the content index holds one article per text hash,
// follows an article whose text changes, and files only what the caller
// asks to compare (which texts that is, is ingest/article's policy).
func testContentIndex(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	write := func(t *testing.T, a *store.Article, compare bool) {
		t.Helper()
		if err := db.WriteArticle(store.ArticleWrite{Article: a, CompareText: compare}); err != nil {
			t.Fatal(err)
		}
	}
	// Each case has hashes and URLs of its own, in one database.
	withHash := func(c int, url, hash string) *store.Article {
		a := Article(fmt.Sprintf("%s/%d", url, c), t0, "text of "+hash)
		a.TextSHA256 = fmt.Sprintf("%s-%d", hash, c)
		return a
	}
	tests := []struct {
		name string
		run  func(t *testing.T, c int) (got, want string)
	}{
		{"second article with the same hash is a copy", func(t *testing.T, c int) (string, string) {
			a, b := withHash(c, "https://a.example", "h1"), withHash(c, "https://b.example", "h1")
			write(t, a, true)
			write(t, b, true)
			return b.DuplicateOf, a.ID
		}},
		{"not compared: never a copy, holds nothing", func(t *testing.T, c int) (string, string) {
			a, b, d := withHash(c, "https://a.example", "h1"), withHash(c, "https://b.example", "h1"), withHash(c, "https://c.example", "h1")
			write(t, a, false)
			write(t, b, true)
			write(t, d, false)
			return b.DuplicateOf + "|" + d.DuplicateOf, "|"
		}},
		{"a changed text gives up its old hash", func(t *testing.T, c int) (string, string) {
			a, b := withHash(c, "https://a.example", "h1"), withHash(c, "https://b.example", "h1")
			write(t, a, true)
			a.TextSHA256 = fmt.Sprintf("h2-%d", c)
			write(t, a, true)
			write(t, b, true)
			d := withHash(c, "https://c.example", "h2")
			write(t, d, true)
			return b.DuplicateOf + "|" + d.DuplicateOf, "|" + a.ID
		}},
		{"a copy holds no hash", func(t *testing.T, c int) (string, string) {
			a, b, d := withHash(c, "https://a.example", "h1"), withHash(c, "https://b.example", "h2"), withHash(c, "https://c.example", "h2")
			write(t, a, true)
			b.DuplicateOf = a.ID // a copy by its URL, say
			write(t, b, true)
			write(t, d, true)
			return b.DuplicateOf + "|" + d.DuplicateOf, a.ID + "|"
		}},
		{"written again, the holder stays the holder", func(t *testing.T, c int) (string, string) {
			a := withHash(c, "https://a.example", "h1")
			write(t, a, true)
			write(t, a, true)
			return a.DuplicateOf, ""
		}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := tc.run(t, i); got != want {
				t.Errorf("duplicate_of = %q, want %q", got, want)
			}
		})
	}
}

// QueryFixture stores 23 articles one hour apart, newest last: feeds 1
// and 2 alternate, every third has a date mention and a "meet" event,
// every fifth is in German, article 7 is a copy of article 6, and article
// 4's page could not be fetched. The viewer's query tests of a backend
// read it too.
func QueryFixture(t *testing.T, db store.Store) []*store.Article {
	t.Helper()
	base := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	var arts []*store.Article
	for i := range 23 {
		a := Article(fmt.Sprintf("https://news.example/%d", i), base.Add(time.Duration(i)*time.Hour),
			fmt.Sprintf("Story number %d from the Harbour desk.", i))
		a.Title = fmt.Sprintf("Story %d", i)
		a.TextSHA256 = fmt.Sprintf("%064x", i+1)
		a.Feed.ID = fmt.Sprint(1 + i%2)
		a.Lang = "en"
		if i%5 == 0 {
			a.Lang = "de"
			a.Text = fmt.Sprintf("Meldung %d aus Zürich über die Brücke.", i)
		}
		if i == 4 {
			a.TextSource, a.FetchError = "feed", "timeout"
		}
		ex := &store.Extraction{Extractor: a.Extractor}
		if i%3 == 0 {
			ex.Mentions = []extract.Mention{{Type: extract.TypeDate, Text: "Story", Start: 0, End: 5, Rule: "t", Date: &extract.Date{Value: "2025"}}}
			ex.Events = []extract.Event{{Type: "meet", Rule: "t"}}
		} else {
			ex.Mentions = []extract.Mention{{Type: extract.TypeAmount, Text: "Story", Start: 0, End: 5, Rule: "t", Amount: &extract.Amount{Kind: "quantity", Value: 1}}}
		}
		var page []byte
		if i != 4 {
			page = []byte("<p>" + a.Text + "</p>")
		}
		if i == 6 || i == 7 {
			// Compared by text (ingest/article compares long texts only).
			a.Text = "Story number 6 from the Harbour desk. " + strings.Repeat("The port authority extended the berth contract for another season. ", 3)
		}
		if i == 7 {
			a.TextSHA256 = arts[6].TextSHA256
		}
		if err := db.WriteArticle(store.ArticleWrite{Article: a, Page: page, Extraction: ex, CompareText: i == 6 || i == 7}); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

func ids(recs []store.Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Article.Title)
	}
	return out
}

func testArticlesFilters(t *testing.T, db store.Store) {
	arts := QueryFixture(t, db)
	titles := func(keep func(i int) bool) []string {
		var out []string
		for i := len(arts) - 1; i >= 0; i-- {
			if keep(i) {
				out = append(out, arts[i].Title)
			}
		}
		return out
	}
	tests := []struct {
		name string
		q    store.Query
		want []string
	}{
		{"all newest first", store.Query{}, titles(func(int) bool { return true })},
		{"feed", store.Query{FeedID: "2"}, titles(func(i int) bool { return i%2 == 1 })},
		{"window", store.Query{Since: arts[3].Published, Until: arts[6].Published}, titles(func(i int) bool { return i >= 3 && i < 6 })},
		{"mention type", store.Query{MentionTypes: []string{"date"}}, titles(func(i int) bool { return i%3 == 0 })},
		{"mention types, either", store.Query{MentionTypes: []string{"date", "amount"}}, titles(func(int) bool { return true })},
		{"event type", store.Query{EventTypes: []string{"meet"}}, titles(func(i int) bool { return i%3 == 0 })},
		{"event type absent", store.Query{EventTypes: []string{"pay"}}, nil},
		{"has events", store.Query{HasEvents: true}, titles(func(i int) bool { return i%3 == 0 })},
		{"lang", store.Query{Lang: "DE"}, titles(func(i int) bool { return i%5 == 0 })},
		{"duplicates hidden", store.Query{HideDuplicates: true}, titles(func(i int) bool { return i != 7 })},
		{"search title", store.Query{Search: "story 1"}, titles(func(i int) bool { return i == 1 || (i >= 10 && i < 20) })},
		{"search text ignores case", store.Query{Search: "HARBOUR DESK", Since: arts[20].Published}, []string{"Story 22", "Story 21"}},
		{"search non-ASCII text", store.Query{Search: "zürich über"}, titles(func(i int) bool { return i%5 == 0 })},
		{"search upper-case non-ASCII", store.Query{Search: "ZÜRICH"}, titles(func(i int) bool { return i%5 == 0 })},
		{"combined", store.Query{FeedID: "1", MentionTypes: []string{"date"}, Lang: "de"}, titles(func(i int) bool { return i%2 == 0 && i%3 == 0 && i%5 == 0 })},
		{"oldest first", store.Query{Oldest: true, Until: arts[3].Published}, []string{"Story 0", "Story 1", "Story 2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Limit = 100
			p, err := db.Articles(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p.Records); !slices.Equal(got, tc.want) {
				t.Errorf("Articles(%+v) = %q, want %q", tc.q, got, tc.want)
			}
			if p.Newer != "" || p.Older != "" {
				t.Errorf("one page holds all, yet cursors newer %q older %q", p.Newer, p.Older)
			}
		})
	}
}

// testArticlesPaging walks the pages both ways, in both orders, with and
// without a filter, and checks that they tile the full list.
func testArticlesPaging(t *testing.T, db store.Store) {
	QueryFixture(t, db)
	for _, base := range []store.Query{{}, {Oldest: true}, {FeedID: "1"}, {Oldest: true, MentionTypes: []string{"date"}}} {
		t.Run(fmt.Sprintf("%+v", base), func(t *testing.T) {
			all := base
			all.Limit = 1000
			full, err := db.Articles(all)
			if err != nil {
				t.Fatal(err)
			}
			want := ids(full.Records)
			for _, limit := range []int{1, 3, 4, len(want)} {
				q := base
				q.Limit = limit
				var got []string
				var pages []*store.Page
				for {
					p, err := db.Articles(q)
					if err != nil {
						t.Fatal(err)
					}
					if len(p.Records) == 0 {
						t.Fatalf("limit %d: empty page after %q", limit, got)
					}
					got = append(got, ids(p.Records)...)
					pages = append(pages, p)
					next := p.Older
					if base.Oldest {
						next = p.Newer
					}
					if next == "" {
						break
					}
					q.Before, q.After = "", ""
					if base.Oldest {
						q.After = next
					} else {
						q.Before = next
					}
				}
				if !slices.Equal(got, want) {
					t.Fatalf("limit %d: pages give %q, want %q", limit, got, want)
				}
				// And back: from the last page, the previous cursors give
				// the same pages in reverse.
				for i := len(pages) - 1; i > 0; i-- {
					q := base
					q.Limit = limit
					if base.Oldest {
						q.Before = pages[i].Older
					} else {
						q.After = pages[i].Newer
					}
					p, err := db.Articles(q)
					if err != nil {
						t.Fatal(err)
					}
					if g, w := ids(p.Records), ids(pages[i-1].Records); !slices.Equal(g, w) {
						t.Errorf("limit %d: back from page %d gives %q, want %q", limit, i, g, w)
					}
				}
				first, last := pages[0], pages[len(pages)-1]
				if (base.Oldest && first.Older != "") || (!base.Oldest && first.Newer != "") {
					t.Errorf("limit %d: the first page has a cursor to before it", limit)
				}
				if len(pages) > 1 && ((base.Oldest && last.Older == "") || (!base.Oldest && last.Newer == "")) {
					t.Errorf("limit %d: the last page has no cursor back", limit)
				}
			}
		})
	}
}

// testArticlesOldestMatchesEach: a query with export's filters selects what
// Each (export) iterates, in the same order.
func testArticlesOldestMatchesEach(t *testing.T, db store.Store) {
	arts := QueryFixture(t, db)
	for _, f := range []store.Filter{{}, {FeedID: "2"}, {Since: arts[5].Published, Until: arts[17].Published}, {Version: 1}, {Version: 2}} {
		var want []string
		if err := db.Each(f, func(r store.Record) error { want = append(want, r.Article.Title); return nil }); err != nil {
			t.Fatal(err)
		}
		p, err := db.Articles(store.Query{Since: f.Since, Until: f.Until, FeedID: f.FeedID, Version: f.Version, Oldest: true, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(p.Records); !slices.Equal(got, want) {
			t.Errorf("filter %+v: Articles gives %q, Each %q", f, got, want)
		}
	}
}

func testArticlesNoTextAndExtraction(t *testing.T, db store.Store) {
	QueryFixture(t, db)
	p, err := db.Articles(store.Query{Limit: 2, NoText: true, Search: "harbour"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Records {
		if r.Article.Text != "" {
			t.Errorf("%s: NoText yet text %q", r.Article.Title, r.Article.Text)
		}
		ex, err := r.Decode()
		if err != nil || len(ex.Mentions) != 1 {
			t.Errorf("%s: extraction %+v, %v; want its one mention", r.Article.Title, ex, err)
		}
	}
	p, err = db.Articles(store.Query{Limit: 1})
	if err != nil || p.Records[0].Article.Text == "" {
		t.Errorf("without NoText the text is missing: %+v, %v", p, err)
	}
}

func testArticlesBadCursor(t *testing.T, db store.Store) {
	QueryFixture(t, db)
	for _, c := range []string{"zz", "00", "not hex at all"} {
		if _, err := db.Articles(store.Query{Before: c}); !errors.Is(err, store.ErrBadCursor) {
			t.Errorf("Before %q: err %v, want store.ErrBadCursor", c, err)
		}
	}
}

func testArticleDetail(t *testing.T, db store.Store) {
	arts := QueryFixture(t, db)
	d, err := db.ArticleDetail(arts[6].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Article.Text != arts[6].Text || !d.HasPage || d.Original != nil || d.ExtractionJSON == nil {
		t.Errorf("detail of 6: text %q, page %v, original %v, extraction %d bytes", d.Article.Text, d.HasPage, d.Original, len(d.ExtractionJSON))
	}
	d, err = db.ArticleDetail(arts[7].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Original == nil || d.Original.ID != arts[6].ID || d.Original.Text != "" {
		t.Errorf("detail of 7: original %+v; want 6 without text", d.Original)
	}
	d, err = db.ArticleDetail(arts[4].ID)
	if err != nil || d.HasPage {
		t.Errorf("detail of 4 (page never fetched): HasPage %v, %v", d.HasPage, err)
	}
	if _, err := db.ArticleDetail("nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown id: %v, want store.ErrNotFound", err)
	}
}

func testCopies(t *testing.T, db store.Store) {
	arts := QueryFixture(t, db)
	ci, err := db.Copies()
	if err != nil {
		t.Fatal(err)
	}
	if len(ci.ByOriginal) != 1 || len(ci.ByOriginal[arts[6].ID]) != 1 {
		t.Fatalf("copies = %+v, want article 7 under 6 alone", ci.ByOriginal)
	}
	if c := ci.ByOriginal[arts[6].ID][0]; c.ID != arts[7].ID || c.Text != "" || c.Title != arts[7].Title {
		t.Errorf("copy of 6 = %+v, want article 7 without text", c)
	}
	tx, err := db.TxID()
	if err != nil || tx != ci.TxID {
		t.Errorf("TxID %d, %v; the index was read at %d with nothing written since", tx, err, ci.TxID)
	}
	a := Article("https://news.example/copy-of-6", arts[6].Published.Add(time.Minute), arts[6].Text)
	a.TextSHA256 = arts[6].TextSHA256
	if err := db.WriteArticle(store.ArticleWrite{Article: a, CompareText: true}); err != nil {
		t.Fatal(err)
	}
	if tx2, _ := db.TxID(); tx2 == tx {
		t.Errorf("TxID unchanged (%d) after a write", tx2)
	}
	ci, err = db.Copies()
	if err != nil || len(ci.ByOriginal[arts[6].ID]) != 2 {
		t.Errorf("after storing a second copy of 6: %+v, %v", ci.ByOriginal, err)
	}
}

func testFeedCounts(t *testing.T, db store.Store) {
	arts := QueryFixture(t, db)
	got, err := db.FeedCounts()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]store.FeedCount{
		"1": {Articles: 12, FailedPages: 1, Latest: arts[22].Published},
		"2": {Articles: 11, Duplicates: 1, Latest: arts[21].Published},
	}
	for id, w := range want {
		g := got[id]
		if g.Articles != w.Articles || g.Duplicates != w.Duplicates || g.FailedPages != w.FailedPages || !g.Latest.Equal(w.Latest) {
			t.Errorf("feed %s: %+v, want %+v", id, g, w)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d feeds counted, want 2", len(got))
	}
}

// testUpdateFeedKeepsEdits: a pass that loaded a feed before "feeds edit"
// saves its polling state without undoing the edit.
func testUpdateFeedKeepsEdits(t *testing.T, db store.Store) {
	f := &store.Feed{URL: "https://example.com/rss", Interval: time.Hour, Name: "old"}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	loaded := *f
	if _, err := db.EditFeed(f.ID, func(e *store.Feed) error { e.Name, e.Interval = "new", 2*time.Hour; return nil }); err != nil {
		t.Fatal(err)
	}
	loaded.ETag = `"v2"`
	if err := db.UpdateFeed(&loaded); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Feed(f.ID)
	if got.Name != "new" || got.Interval != 2*time.Hour || got.ETag != `"v2"` {
		t.Errorf("feed = name %q interval %v etag %s; want the edit kept and the state saved", got.Name, got.Interval, got.ETag)
	}
}

// testEachYieldsWhatWasThere: articles stored while Each runs are left
// out, and every article stored before it is yielded once, even when it
// is re-stored with another publication time meanwhile.
func testEachYieldsWhatWasThere(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	const n = 600 // several chunks
	for i := 0; i < n; i++ {
		if err := db.PutArticle(Article(fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Minute), fmt.Sprintf("text %d", i)), nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]int{}
	i := 0
	err := db.Each(store.Filter{}, func(r store.Record) error {
		seen[r.Article.URL]++
		if i == 10 {
			// A new article, and an old one moved to the end of the order.
			db.PutArticle(Article("https://a.example/new", t0.Add(time.Hour), "new"), nil, nil)
			moved := Article("https://a.example/5", t0.Add(1000*time.Hour), "text 5")
			db.PutArticle(moved, nil, nil)
			moved = Article("https://a.example/400", t0.Add(-time.Hour), "text 400")
			db.PutArticle(moved, nil, nil)
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != n || seen["https://a.example/new"] != 0 {
		t.Errorf("Each yielded %d distinct articles (new one %d times), want the %d stored before it began", len(seen), seen["https://a.example/new"], n)
	}
	for u, c := range seen {
		if c != 1 {
			t.Errorf("%s yielded %d times", u, c)
		}
	}
}

// testTruncatedKept: an article whose text was cut to the limits keeps
// its truncated mark through a write and both ways of reading it back.
func testTruncatedKept(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	cut := Article("https://a.example/long", t0, "The first part of a long story.")
	cut.Truncated = true
	whole := Article("https://a.example/short", t0.Add(time.Hour), "A short story, whole.")
	for _, a := range []*store.Article{cut, whole} {
		if err := db.PutArticle(a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []*store.Article{cut, whole} {
		got, err := db.Article(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Truncated != a.Truncated {
			t.Errorf("Article(%s).Truncated = %v, want %v", a.URL, got.Truncated, a.Truncated)
		}
	}
	seen := map[string]bool{}
	db.Each(store.Filter{}, func(r store.Record) error { seen[r.Article.URL] = r.Article.Truncated; return nil })
	if !seen[cut.URL] || seen[whole.URL] || len(seen) != 2 {
		t.Errorf("Each gave truncated marks %v, want only %s", seen, cut.URL)
	}
}
