package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "test.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func article(url string, pub time.Time, text string) *Article {
	return &Article{ID: ArticleID(url), URL: url, CanonicalURL: url, Published: pub, FetchedAt: pub,
		Feed: FeedRef{ID: "1", URL: "http://feed", GUID: url}, Text: text, TextSHA256: fmt.Sprintf("%064x", len(text)*7919+int(pub.Unix()%1000)),
		Extractor: ExtractorInfo{Name: "t", Version: 1}}
}

func TestFeedsLifecycle(t *testing.T) {
	db := openTest(t)
	f := &Feed{URL: "https://example.com/rss", Interval: time.Hour}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	if f.ID != "1" {
		t.Errorf("first feed id = %q, want 1", f.ID)
	}
	if err := db.AddFeed(&Feed{URL: "https://example.com/rss"}); !errors.Is(err, ErrExists) {
		t.Errorf("adding the same URL again: err = %v, want ErrExists", err)
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
	if err := db.RemoveFeed("1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing twice: err = %v, want ErrNotFound", err)
	}
	feeds, _ := db.Feeds()
	if len(feeds) != 0 {
		t.Errorf("feeds after remove = %d, want 0", len(feeds))
	}
}

func TestLockedSecondOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Open(path, Options{LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: err = %v, want ErrLocked", err)
	}
}

func TestPutArticleIndexesAndDuplicates(t *testing.T) {
	db := openTest(t)
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	text := strings.Repeat("The same wire story, syndicated word for word. ", 4)
	a := article("https://a.example/story", t0, text)
	b := article("https://b.example/copy", t0.Add(time.Hour), text)
	b.TextSHA256 = a.TextSHA256
	ex := &Extraction{Extractor: a.Extractor, Mentions: []extract.Mention{{Type: "date", Text: "x", Start: 0, End: 1, Date: &extract.Date{TimexType: "DATE", Value: "2025"}}}}
	if err := db.WriteArticle(ArticleWrite{Article: a, Page: []byte("<html>page a</html>"), Extraction: ex, CompareText: true}); err != nil {
		t.Fatal(err)
	}
	if err := db.WriteArticle(ArticleWrite{Article: b, CompareText: true}); err != nil {
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
	db.Each(Filter{}, func(r Record) error { n++; return nil })
	if n != 2 {
		t.Errorf("Each yielded %d records, want 2", n)
	}
	c, _ := db.Counts()
	if c.Articles != 2 || c.Duplicates != 1 || c.Pages != 1 || c.Extractions != 1 {
		t.Errorf("Counts = %+v, want 2 articles, 1 duplicate, 1 page, 1 extraction", c)
	}
}

func TestEachFiltersAndOrder(t *testing.T) {
	db := openTest(t)
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 9; i >= 0; i-- { // stored out of order
		a := article(fmt.Sprintf("https://x.example/%d", i), base.Add(time.Duration(i)*24*time.Hour), fmt.Sprint(i))
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
		f    Filter
		want []int
	}{
		{"all in time order", Filter{}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"since until", Filter{Since: base.Add(3 * 24 * time.Hour), Until: base.Add(6 * 24 * time.Hour)}, []int{3, 4, 5}},
		{"feed", Filter{FeedID: "2"}, []int{0, 2, 4, 6, 8}},
		{"version", Filter{Version: 2}, []int{7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			err := db.Each(tc.f, func(r Record) error {
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

func TestStaleIDsResumable(t *testing.T) {
	db := openTest(t)
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 7; i++ {
		a := article(fmt.Sprintf("https://x.example/%d", i), base, fmt.Sprint(i))
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
	cur := ExtractorInfo{Name: "t", Version: 5, Rules: "r1"}
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
	if err := db.PutExtraction(all[0], &Extraction{Extractor: cur}); err != nil {
		t.Fatal(err)
	}
	ids, _ := db.StaleIDs(cur, "", 100)
	if len(ids) != 4 {
		t.Errorf("after one re-extraction, stale = %d, want 4", len(ids))
	}
}

func TestRuns(t *testing.T) {
	db := openTest(t)
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		db.AddRun(&Run{Started: t0.Add(time.Duration(i) * time.Hour), ArticlesNew: i})
	}
	runs, err := db.Runs(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[0].ArticlesNew != 2 || runs[1].ArticlesNew != 1 {
		t.Errorf("Runs(2) = %+v, want the two newest, newest first", runs)
	}
}

func TestArticleCount(t *testing.T) {
	db := openTest(t)
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		db.PutArticle(article(fmt.Sprintf("https://x.example/%d", i), t0, fmt.Sprint(i)), nil, nil)
	}
	if n, err := db.ArticleCount(); err != nil || n != 3 {
		t.Errorf("ArticleCount = %d, %v; want 3", n, err)
	}
}

func TestEachNoText(t *testing.T) {
	db := openTest(t)
	a := article("https://x.example/1", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), "the story's text")
	a.Title = "Title kept"
	db.PutArticle(a, nil, nil)
	for _, noText := range []bool{false, true} {
		db.Each(Filter{NoText: noText}, func(r Record) error {
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

// TestContentIndex: the content index holds one article per text hash,
// follows an article whose text changes, and files only what the caller
// asks to compare (which texts that is, is ingest/article's policy).
func TestContentIndex(t *testing.T) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	write := func(t *testing.T, db *DB, a *Article, compare bool) {
		t.Helper()
		if err := db.WriteArticle(ArticleWrite{Article: a, CompareText: compare}); err != nil {
			t.Fatal(err)
		}
	}
	withHash := func(url, hash string) *Article {
		a := article(url, t0, "text of "+hash)
		a.TextSHA256 = hash
		return a
	}
	tests := []struct {
		name string
		run  func(t *testing.T, db *DB) (got, want string)
	}{
		{"second article with the same hash is a copy", func(t *testing.T, db *DB) (string, string) {
			a, b := withHash("https://a.example/1", "h1"), withHash("https://b.example/1", "h1")
			write(t, db, a, true)
			write(t, db, b, true)
			return b.DuplicateOf, a.ID
		}},
		{"not compared: never a copy, holds nothing", func(t *testing.T, db *DB) (string, string) {
			a, b, c := withHash("https://a.example/1", "h1"), withHash("https://b.example/1", "h1"), withHash("https://c.example/1", "h1")
			write(t, db, a, false)
			write(t, db, b, true)
			write(t, db, c, false)
			return b.DuplicateOf + "|" + c.DuplicateOf, "|"
		}},
		{"a changed text gives up its old hash", func(t *testing.T, db *DB) (string, string) {
			a, b := withHash("https://a.example/1", "h1"), withHash("https://b.example/1", "h1")
			write(t, db, a, true)
			a.TextSHA256 = "h2"
			write(t, db, a, true)
			write(t, db, b, true)
			c := withHash("https://c.example/1", "h2")
			write(t, db, c, true)
			return b.DuplicateOf + "|" + c.DuplicateOf, "|" + a.ID
		}},
		{"a copy holds no hash", func(t *testing.T, db *DB) (string, string) {
			a, b, c := withHash("https://a.example/1", "h1"), withHash("https://b.example/1", "h2"), withHash("https://c.example/1", "h2")
			write(t, db, a, true)
			b.DuplicateOf = a.ID // a copy by its URL, say
			write(t, db, b, true)
			write(t, db, c, true)
			return b.DuplicateOf + "|" + c.DuplicateOf, a.ID + "|"
		}},
		{"written again, the holder stays the holder", func(t *testing.T, db *DB) (string, string) {
			a := withHash("https://a.example/1", "h1")
			write(t, db, a, true)
			write(t, db, a, true)
			return a.DuplicateOf, ""
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := tc.run(t, openTest(t)); got != want {
				t.Errorf("duplicate_of = %q, want %q", got, want)
			}
		})
	}
}
