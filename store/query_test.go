package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// queryDB stores 23 articles one hour apart, newest last: feeds 1 and 2
// alternate, every third has a date mention and a "meet" event, every
// fifth is in German, article 7 is a copy of article 6, and article 4's
// page could not be fetched.
func queryDB(t *testing.T) (*DB, []*Article) {
	t.Helper()
	db := openTest(t)
	base := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	var arts []*Article
	for i := range 23 {
		a := article(fmt.Sprintf("https://news.example/%d", i), base.Add(time.Duration(i)*time.Hour),
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
		ex := &Extraction{Extractor: a.Extractor}
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
		if err := db.WriteArticle(ArticleWrite{Article: a, Page: page, Extraction: ex, CompareText: i == 6 || i == 7}); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return db, arts
}

func ids(recs []Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Article.Title)
	}
	return out
}

func TestArticlesFilters(t *testing.T) {
	db, arts := queryDB(t)
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
		q    Query
		want []string
	}{
		{"all newest first", Query{}, titles(func(int) bool { return true })},
		{"feed", Query{FeedID: "2"}, titles(func(i int) bool { return i%2 == 1 })},
		{"window", Query{Since: arts[3].Published, Until: arts[6].Published}, titles(func(i int) bool { return i >= 3 && i < 6 })},
		{"mention type", Query{MentionTypes: []string{"date"}}, titles(func(i int) bool { return i%3 == 0 })},
		{"mention types, either", Query{MentionTypes: []string{"date", "amount"}}, titles(func(int) bool { return true })},
		{"event type", Query{EventTypes: []string{"meet"}}, titles(func(i int) bool { return i%3 == 0 })},
		{"event type absent", Query{EventTypes: []string{"pay"}}, nil},
		{"has events", Query{HasEvents: true}, titles(func(i int) bool { return i%3 == 0 })},
		{"lang", Query{Lang: "DE"}, titles(func(i int) bool { return i%5 == 0 })},
		{"duplicates hidden", Query{HideDuplicates: true}, titles(func(i int) bool { return i != 7 })},
		{"search title", Query{Search: "story 1"}, titles(func(i int) bool { return i == 1 || (i >= 10 && i < 20) })},
		{"search text ignores case", Query{Search: "HARBOUR DESK", Since: arts[20].Published}, []string{"Story 22", "Story 21"}},
		{"search non-ASCII text", Query{Search: "zürich über"}, titles(func(i int) bool { return i%5 == 0 })},
		{"search upper-case non-ASCII", Query{Search: "ZÜRICH"}, titles(func(i int) bool { return i%5 == 0 })},
		{"combined", Query{FeedID: "1", MentionTypes: []string{"date"}, Lang: "de"}, titles(func(i int) bool { return i%2 == 0 && i%3 == 0 && i%5 == 0 })},
		{"oldest first", Query{Oldest: true, Until: arts[3].Published}, []string{"Story 0", "Story 1", "Story 2"}},
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

// TestArticlesPaging walks the pages both ways, in both orders, with and
// without a filter, and checks that they tile the full list.
func TestArticlesPaging(t *testing.T) {
	db, _ := queryDB(t)
	for _, base := range []Query{{}, {Oldest: true}, {FeedID: "1"}, {Oldest: true, MentionTypes: []string{"date"}}} {
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
				var pages []*Page
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

// TestArticlesOldestMatchesEach: a query with export's filters selects what
// Each (export) iterates, in the same order.
func TestArticlesOldestMatchesEach(t *testing.T) {
	db, arts := queryDB(t)
	for _, f := range []Filter{{}, {FeedID: "2"}, {Since: arts[5].Published, Until: arts[17].Published}, {Version: 1}, {Version: 2}} {
		var want []string
		if err := db.Each(f, func(r Record) error { want = append(want, r.Article.Title); return nil }); err != nil {
			t.Fatal(err)
		}
		p, err := db.Articles(Query{Since: f.Since, Until: f.Until, FeedID: f.FeedID, Version: f.Version, Oldest: true, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(p.Records); !slices.Equal(got, want) {
			t.Errorf("filter %+v: Articles gives %q, Each %q", f, got, want)
		}
	}
}

func TestArticlesNoTextAndExtraction(t *testing.T) {
	db, _ := queryDB(t)
	p, err := db.Articles(Query{Limit: 2, NoText: true, Search: "harbour"})
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
	p, err = db.Articles(Query{Limit: 1})
	if err != nil || p.Records[0].Article.Text == "" {
		t.Errorf("without NoText the text is missing: %+v, %v", p, err)
	}
}

func TestArticlesBadCursor(t *testing.T) {
	db, _ := queryDB(t)
	for _, c := range []string{"zz", "00", "not hex at all"} {
		if _, err := db.Articles(Query{Before: c}); !errors.Is(err, ErrBadCursor) {
			t.Errorf("Before %q: err %v, want ErrBadCursor", c, err)
		}
	}
}

func TestArticleDetail(t *testing.T) {
	db, arts := queryDB(t)
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
	if _, err := db.ArticleDetail("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
}

func TestCopies(t *testing.T) {
	db, arts := queryDB(t)
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
	a := article("https://news.example/copy-of-6", arts[6].Published.Add(time.Minute), arts[6].Text)
	a.TextSHA256 = arts[6].TextSHA256
	if err := db.WriteArticle(ArticleWrite{Article: a, CompareText: true}); err != nil {
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

func TestFeedCounts(t *testing.T) {
	db, arts := queryDB(t)
	got, err := db.FeedCounts()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]FeedCount{
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

func TestContainsFold(t *testing.T) {
	tests := []struct {
		name, s, needle string
		want            bool
	}{
		{"ascii", "Seoul Talks", "talks", true},
		{"ascii at end", "abc", "bc", true},
		{"longer needle", "ab", "abc", false},
		{"absent", "Seoul Talks", "busan", false},
		{"non-ASCII", "Zürich", "zür", true},
		{"non-ASCII upper", "ZÜRICH", "zürich", true},
		{"empty needle", "x", "", true},
		{"punctuation first", "the $5 fee", "$5", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := containsFold(tc.s, tc.needle); got != tc.want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", tc.s, tc.needle, got, tc.want)
			}
		})
	}
}

// TestArticleTextIsLastField guards articleHead: it cuts a stored article
// at its "text" key, which works only while Text is the last field
// encoded.
func TestArticleTextIsLastField(t *testing.T) {
	rt := reflect.TypeOf(Article{})
	last := rt.Field(rt.NumField() - 1)
	if tag := strings.Split(last.Tag.Get("json"), ",")[0]; tag != "text" {
		t.Fatalf("Article's last field is %s (json %q): articleHead in query.go needs Text last; move the new field above it", last.Name, tag)
	}
	a := article("https://x.example/1", time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), `He wrote ,"text":"x" and ,\"text\": too`)
	a.Title = `a "quoted" ,"text": title`
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var got Article
	if err := decodeHead(b, &got); err != nil {
		t.Fatal(err)
	}
	a.Text = ""
	if !reflect.DeepEqual(&got, a) {
		t.Errorf("decodeHead = %+v\nwant %+v", got, *a)
	}
}

func TestSearchRawPrefilter(t *testing.T) {
	db := openTest(t)
	pub := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, x := range []struct{ url, title, text string }{
		{"https://x.example/ports-and-docks", "Harbour", "Ships & crews <left> \"early\" on Monday."},
		{"https://x.example/2", "Crews", "Naïve STRIKE at Café Lumière."},
		{"https://x.example/3", "Rail", `A back\slash and a "quote".`},
	} {
		a := article(x.url, pub.Add(time.Duration(i)*time.Hour), x.text)
		a.Title, a.TextSHA256 = x.title, fmt.Sprintf("%064x", i)
		if err := db.PutArticle(a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	for search, want := range map[string][]string{
		"ships & crews": {"Harbour"}, "<left>": {"Harbour"}, `"early"`: {"Harbour"}, "crews": {"Crews", "Harbour"},
		"docks":        nil, // only in the URL
		"naïve strike": {"Crews"}, "CAFÉ": {"Crews"}, `back\slash`: {"Rail"}, `"quote"`: {"Rail"}, "monday.": {"Harbour"},
	} {
		p, err := db.Articles(Query{Search: search})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(p.Records); !slices.Equal(got, want) {
			t.Errorf("search %q = %q, want %q", search, got, want)
		}
	}
}

func TestContainsFoldBytes(t *testing.T) {
	for _, tc := range []struct {
		b, needle string
		want      bool
	}{{"Seoul TALKS", "talks", true}, {"abc", "abc", true}, {"ab", "abc", false}, {"xTx", "t", true}, {"xyz", "q", false},
		{"tAlKs", "talks", true}, {"talk", "talks", false}, {"a Ta", "ta", true}, {"", "a", false}, {"$5 fee", "$5", true}} {
		if got := containsFoldBytes([]byte(tc.b), tc.needle); got != tc.want {
			t.Errorf("containsFoldBytes(%q, %q) = %v, want %v", tc.b, tc.needle, got, tc.want)
		}
	}
}
