package storetest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
)

// testFeedKnown: a removed feed's id stays known (its articles do), an id
// never given is not, and ids are never reused.
func testFeedKnown(t *testing.T, db store.Store) {
	for _, u := range []string{"https://a.example/rss", "https://b.example/rss"} {
		if err := db.AddFeed(&store.Feed{URL: u}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RemoveFeed("2"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id   string
		want bool
	}{{"1", true}, {"2", true}, {"3", false}, {"x", false}, {"0", false}} {
		if got, err := db.FeedKnown(tc.id); err != nil || got != tc.want {
			t.Errorf("FeedKnown(%q) = %v, %v; want %v", tc.id, got, err, tc.want)
		}
	}
	f := &store.Feed{URL: "https://c.example/rss"}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	if f.ID != "3" {
		t.Errorf("feed added after removing 2 got id %q, want 3", f.ID)
	}
	if _, err := db.Feed("2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Feed(removed) err = %v, want ErrNotFound", err)
	}
	if _, err := db.EditFeed("9", func(*store.Feed) error { return nil }); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("EditFeed(unknown) err = %v, want ErrNotFound", err)
	}
	feeds, err := db.Feeds()
	if err != nil || len(feeds) != 2 || feeds[0].ID != "1" || feeds[1].ID != "3" {
		t.Errorf("Feeds = %+v, %v; want 1 and 3 in id order", feeds, err)
	}
}

// testRestoredArticleMoves: storing an article again with another
// publication time moves it in the order, without a second entry.
func testRestoredArticleMoves(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		if err := db.PutArticle(Article(fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Hour), fmt.Sprint(i)), nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	moved := Article("https://a.example/0", t0.Add(5*time.Hour), "0 again")
	if err := db.PutArticle(moved, nil, nil); err != nil {
		t.Fatal(err)
	}
	var got []string
	db.Each(store.Filter{}, func(r store.Record) error { got = append(got, r.Article.Text); return nil })
	if want := []string{"1", "2", "0 again"}; !slices.Equal(got, want) {
		t.Errorf("after re-storing article 0 later: %q, want %q", got, want)
	}
	a, err := db.Article(moved.ID)
	if err != nil || !a.Published.Equal(moved.Published) || a.Text != "0 again" {
		t.Errorf("Article = %+v, %v", a, err)
	}
	if _, err := db.Article("nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(unknown) err = %v, want ErrNotFound", err)
	}
	if _, err := db.Page(moved.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Page(no page) err = %v, want ErrNotFound", err)
	}
}

// testEachStopsOnError: an error from fn ends iteration with that error.
func testEachStopsOnError(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		db.PutArticle(Article(fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Hour), fmt.Sprint(i)), nil, nil)
	}
	stop := errors.New("enough")
	n := 0
	err := db.Each(store.Filter{}, func(store.Record) error {
		if n++; n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Each returned %v after %d records; want the callback's error after 2", err, n)
	}
}

// testRetryQueue: a failed article is queued with it; storing it with its
// page takes it out; due, waiting and given-up entries are counted apart.
func testRetryQueue(t *testing.T, db store.Store) {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	var arts []*store.Article
	for i := 0; i < 4; i++ {
		a := Article(fmt.Sprintf("https://r.example/%d", i), now.Add(-time.Hour), "feed text")
		a.TextSource, a.FetchError = "feed", "timeout"
		r := &store.Retry{URL: a.URL, Host: "r.example", NextTry: now.Add(time.Duration(i-1) * time.Hour), LastError: "timeout"}
		if err := db.WriteArticle(store.ArticleWrite{Article: a, Extraction: &store.Extraction{Extractor: a.Extractor}, Retry: r}); err != nil {
			t.Fatal(err)
		}
		if r.ID != a.ID {
			t.Errorf("retry id %q, want the article's %q", r.ID, a.ID)
		}
		arts = append(arts, a)
	}
	due, err := db.DueRetries(now, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 2 {
		t.Fatalf("due = %+v, want entries 0 and 1", due)
	}
	for _, r := range due {
		if r.ID != arts[0].ID && r.ID != arts[1].ID {
			t.Errorf("due %s, not one of the entries due", r.URL)
		}
	}
	if lim, _ := db.DueRetries(now, 1); len(lim) != 1 {
		t.Errorf("DueRetries limit 1 gave %d", len(lim))
	}
	gave := due[0]
	gave.Attempts, gave.GaveUp = 8, true
	if err := db.PutRetry(&gave); err != nil {
		t.Fatal(err)
	}
	fixed := *arts[3]
	fixed.TextSource, fixed.FetchError, fixed.Text = "page", "", "page text"
	if err := db.PutArticle(&fixed, []byte("<p>page text</p>"), nil); err != nil {
		t.Fatal(err)
	}
	c, err := db.Retries(now)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.RetryCounts{Waiting: 2, Due: 1, GaveUp: 1}); c != want {
		t.Errorf("Retries = %+v, want %+v", c, want)
	}
}

// testCounts: records counted per kind and per feed.
func testCounts(t *testing.T, db store.Store) {
	db.AddFeed(&store.Feed{URL: "https://a.example/rss"})
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	text := strings.Repeat("A story told twice over the wire, word for word. ", 4)
	for i := 0; i < 4; i++ {
		a := Article(fmt.Sprintf("https://c.example/%d", i), t0, fmt.Sprintf("story %d", i))
		a.TextSHA256 = fmt.Sprintf("%064x", 50+i)
		if i >= 2 {
			a.Feed.ID = "2"
			a.Text, a.TextSHA256 = text, fmt.Sprintf("%064x", 99)
		}
		var page []byte
		if i == 0 {
			a.TextSource = "feed"
		} else {
			page = []byte("<p>page</p>")
		}
		if err := db.WriteArticle(store.ArticleWrite{Article: a, Page: page, Extraction: &store.Extraction{Extractor: a.Extractor}, CompareText: true}); err != nil {
			t.Fatal(err)
		}
	}
	db.AddRun(&store.Run{Started: t0})
	c, err := db.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Feeds != 1 || c.Articles != 4 || c.Pages != 3 || c.Extractions != 4 || c.Runs != 1 || c.Duplicates != 1 {
		t.Errorf("Counts = %+v", c)
	}
	if c.FileBytes <= 0 {
		t.Errorf("FileBytes = %d, want the database's size", c.FileBytes)
	}
	want := map[string]store.FeedCount{"1": {Articles: 2, FailedPages: 1}, "2": {Articles: 2, Duplicates: 1}}
	if len(c.PerFeed) != 2 || c.PerFeed["1"] != want["1"] || c.PerFeed["2"] != want["2"] {
		t.Errorf("PerFeed = %+v, want %+v", c.PerFeed, want)
	}
	if n, err := db.ArticleCount(); err != nil || n != 4 {
		t.Errorf("ArticleCount = %d, %v; want 4", n, err)
	}
}

func addFeeds(t *testing.T, db store.Store, n int, next time.Time) {
	t.Helper()
	for i := 0; i < n; i++ {
		f := &store.Feed{URL: fmt.Sprintf("https://f%d.example/rss", i)}
		if err := db.AddFeed(f); err != nil {
			t.Fatal(err)
		}
		if i%2 == 1 {
			f.NextPoll = next
			if err := db.UpdateFeed(f); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func feedIDs(fs []store.Feed) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

// testClaimFeeds: a pass gets the due feeds, each once, never those
// another pass holds, and not again after it let them go.
func testClaimFeeds(t *testing.T, db store.Store) {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	addFeeds(t, db, 6, now.Add(time.Hour)) // 1, 3, 5 due; 2, 4, 6 not yet
	a := store.Claim{Pass: "a", Now: now, Limit: 2, Lease: time.Minute}
	b := store.Claim{Pass: "b", Now: now, Limit: 5, Lease: time.Minute}
	got, err := db.ClaimFeeds(a)
	if err != nil {
		t.Fatal(err)
	}
	if ids := feedIDs(got); !slices.Equal(ids, []string{"1", "3"}) {
		t.Errorf("pass a claims %v, want the first two due, 1 and 3", ids)
	}
	got, _ = db.ClaimFeeds(b)
	if ids := feedIDs(got); !slices.Equal(ids, []string{"5"}) {
		t.Errorf("pass b claims %v, want 5 (1 and 3 are leased)", ids)
	}
	if held, err := db.RenewLeases("a", time.Minute); err != nil || !slices.Equal(held, []string{"1", "3"}) {
		t.Errorf("RenewLeases(a) = %v, %v; want it to hold 1 and 3", held, err)
	}
	if err := db.ReleaseFeed("1", "a"); err != nil {
		t.Fatal(err)
	}
	if err := db.ReleaseFeed("3", "b"); err != nil { // not b's: no effect
		t.Fatal(err)
	}
	got, _ = db.ClaimFeeds(a)
	if ids := feedIDs(got); len(ids) != 0 {
		t.Errorf("pass a claims %v again; 1 was polled by it, 3 and 5 are leased", ids)
	}
	got, _ = db.ClaimFeeds(store.Claim{Pass: "c", Now: now.Add(2 * time.Hour), Limit: 10, Lease: time.Minute})
	if ids := feedIDs(got); !slices.Equal(ids, []string{"1", "2", "4", "6"}) {
		t.Errorf("a later pass c claims %v, want 1 (let go before c began), and 2, 4, 6 (due by then); 3 and 5 are leased", ids)
	}
}

// testClaimFeedsForce: FeedIDs limit a claim, Force takes them whether due
// or not.
func testClaimFeedsForce(t *testing.T, db store.Store) {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	addFeeds(t, db, 4, now.Add(time.Hour))
	got, err := db.ClaimFeeds(store.Claim{Pass: "a", Now: now, Limit: 10, Lease: time.Minute, FeedIDs: []string{"2", "3"}})
	if err != nil {
		t.Fatal(err)
	}
	if ids := feedIDs(got); !slices.Equal(ids, []string{"3"}) {
		t.Errorf("claim of 2 and 3 without force: %v, want 3 (2 is not due)", ids)
	}
	got, _ = db.ClaimFeeds(store.Claim{Pass: "b", Now: now, Limit: 10, Lease: time.Minute, FeedIDs: []string{"2", "4"}, Force: true})
	if ids := feedIDs(got); !slices.Equal(ids, []string{"2", "4"}) {
		t.Errorf("forced claim of 2 and 4: %v", ids)
	}
}

// testConcurrentWritersStoreOnce: many goroutines storing the same
// articles, and different articles with one text, leave each article once
// and exactly one owner of each text.
func testConcurrentWritersStoreOnce(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	text := strings.Repeat("The same syndicated story, stored by every worker at once. ", 3)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				a := Article(fmt.Sprintf("https://same.example/%d", i), t0, fmt.Sprintf("story %d", i))
				if err := db.PutArticle(a, []byte(fmt.Sprintf("<p>%d by %d</p>", i, w)), nil); err != nil {
					errs <- err
				}
				c := Article(fmt.Sprintf("https://syndicated.example/%d/%d", w, i), t0, text)
				c.TextSHA256 = fmt.Sprintf("%064x", 777)
				if err := db.WriteArticle(store.ArticleWrite{Article: c, CompareText: true}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	c, err := db.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 10+80 || c.Pages != 10 || c.Duplicates != 79 {
		t.Errorf("Counts = articles %d pages %d duplicates %d; want 90, 10, 79 (one owner of the shared text)", c.Articles, c.Pages, c.Duplicates)
	}
}

// testExtractionRoundTrip: mentions and events come back as stored, byte
// for byte in the record's JSON.
func testExtractionRoundTrip(t *testing.T, db store.Store) {
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	a := Article("https://x.example/ex", t0, "Seoul said on Tuesday it paid $5 million.")
	cameo := "031"
	lat, lon := extract.Point(37.56, 126.97)
	ex := &store.Extraction{Extractor: a.Extractor, ExtractedAt: t0, Mentions: []extract.Mention{
		{Type: "location", Text: "Seoul", Start: 0, End: 5, CEnd: 5, Confidence: 0.9, Rule: "loc/x",
			Location: &extract.Location{Name: "Seoul", Kind: "city", Country: "KR", Lat: lat, Lon: lon}},
		{Type: "date", Text: "Tuesday", Start: 14, End: 21, CStart: 14, CEnd: 21, Confidence: 0.8, Rule: "date/x",
			Date: &extract.Date{TimexType: "DATE", Value: "2025-03-11"}},
		{Type: "amount", Text: "$5 million", Start: 30, End: 40, CStart: 30, CEnd: 40, Rule: "amount/x",
			Amount: &extract.Amount{Kind: "money", Value: 5e6, Currency: "USD"}},
	}, Events: []extract.Event{{Type: "pay", Cameo: &cameo, Trigger: extract.Span{Text: "paid", Start: 25, End: 29},
		Who: []int{0}, When: []int{1}, Amounts: []int{2}, Participants: []extract.Participant{{Mention: 0, Role: "agent"}}, Rule: "ev/x"}}}
	if err := db.PutArticle(a, nil, ex); err != nil {
		t.Fatal(err)
	}
	var rec store.Record
	db.Each(store.Filter{}, func(r store.Record) error { rec = r; return nil })
	got, err := rec.Decode()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Mentions) != 3 || got.Mentions[0].Location == nil || *got.Mentions[0].Location.Lat != 37.56 ||
		got.Mentions[2].Amount.Value != 5e6 || len(got.Events) != 1 || *got.Events[0].Cameo != "031" || got.Events[0].Amounts[0] != 2 {
		t.Errorf("extraction came back as %+v", got)
	}
	// A re-extraction replaces it, and the article records the extractor.
	ex2 := &store.Extraction{Extractor: store.ExtractorInfo{Name: "t", Version: 2, Rules: "r2"}, Mentions: ex.Mentions[:1]}
	if err := db.PutExtraction(a.ID, ex2); err != nil {
		t.Fatal(err)
	}
	if err := db.PutExtraction("nope", ex2); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PutExtraction(unknown) err = %v, want ErrNotFound", err)
	}
	art, _ := db.Article(a.ID)
	if art.Extractor.Version != 2 || art.Extractor.Rules != "r2" || art.Text != a.Text {
		t.Errorf("article after re-extraction: extractor %+v, text %q", art.Extractor, art.Text)
	}
	db.Each(store.Filter{Version: 2}, func(r store.Record) error { rec = r; return nil })
	if got, _ := rec.Decode(); got == nil || len(got.Mentions) != 1 || len(got.Events) != 0 {
		t.Errorf("after re-extraction: %+v", got)
	}
}

// testClaimRetries: two claims at once take different due pages; a claim
// holds its pages for hold, after which they come due again (a dead
// worker's), and a page put back by PutRetry follows its own next try.
func testClaimRetries(t *testing.T, db store.Store) {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	var ids []string
	for i := 0; i < 4; i++ {
		a := Article(fmt.Sprintf("https://c.example/%d", i), now.Add(-time.Hour), "feed text")
		a.TextSource, a.FetchError = "feed", "timeout"
		r := &store.Retry{URL: a.URL, Host: "c.example", NextTry: now.Add(-time.Minute), LastError: "timeout"}
		if err := db.WriteArticle(store.ArticleWrite{Article: a, Extraction: &store.Extraction{Extractor: a.Extractor}, Retry: r}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	hold := 30 * time.Minute
	first, err := db.ClaimRetries(now, 2, hold)
	if err != nil {
		t.Fatal(err)
	}
	second, err := db.ClaimRetries(now, 10, hold)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 2 || len(second) != 2 {
		t.Fatalf("claims took %d and %d pages, want 2 and the other 2", len(first), len(second))
	}
	seen := map[string]bool{}
	for _, r := range append(first, second...) {
		if seen[r.ID] {
			t.Errorf("page %s claimed twice", r.URL)
		}
		seen[r.ID] = true
	}
	if again, _ := db.ClaimRetries(now.Add(hold/2), 10, hold); len(again) != 0 {
		t.Errorf("a claim within the hold took %d claimed pages", len(again))
	}
	// One page fails again and is put back with a later try; the others'
	// worker died: they come due when the hold ends.
	back := first[0]
	back.Attempts, back.NextTry = 1, now.Add(2*time.Hour)
	if err := db.PutRetry(&back); err != nil {
		t.Fatal(err)
	}
	late, err := db.ClaimRetries(now.Add(hold+time.Second), 10, hold)
	if err != nil {
		t.Fatal(err)
	}
	if len(late) != 3 {
		t.Errorf("after the hold %d pages came due, want the 3 not put back", len(late))
	}
	for _, r := range late {
		if r.ID == back.ID {
			t.Errorf("page put back with a try in 2 h was claimed after %v", hold)
		}
	}
}

// testFarDates: articles dated outside the years an int64 of nanoseconds
// holds (a page may claim 1 to 9998) keep their place in time order and
// in --since/--until windows.
func testFarDates(t *testing.T, db store.Store) {
	years := []int{2500, 1500, 9998, 2024}
	for _, y := range years {
		a := Article(fmt.Sprintf("https://far.example/%d", y), time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC), fmt.Sprint(y))
		if err := db.PutArticle(a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"all in time order", store.Filter{}, []string{"1500", "2024", "2500", "9998"}},
		{"since a recent date", store.Filter{Since: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}, []string{"2024", "2500", "9998"}},
		{"until a recent date", store.Filter{Until: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}, []string{"1500", "2024"}},
		{"since an early date", store.Filter{Since: time.Date(1400, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}, []string{"1500"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := db.Each(tc.f, func(r store.Record) error {
				got = append(got, r.Article.Text)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Each(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
}
