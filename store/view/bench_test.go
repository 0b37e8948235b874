package view

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

var (
	benchCities   = []string{"Lisbon", "Porto", "Quito", "Hanoi", "Busan", "Nairobi", "Lima", "Oslo"}
	benchNames    = []string{"Ana Costa", "Rui Matos", "Lena Hoff", "Tran Minh", "Kofi Mensah", "Ines Vidal", "Omar Said"}
	benchOrgs     = []string{"the port authority", "the central bank", "the rail union", "the health ministry", "the fishing board"}
	benchWeekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// synthArticle writes an article of n sentences in wire style, each with
// five mentions (an official, an organization, a place, a day, an amount)
// and a "meet" event.
func synthArticle(i, n int, pub time.Time) (*store.Article, *store.Extraction) {
	var b strings.Builder
	ex := &store.Extraction{Extractor: store.ExtractorInfo{Name: "bench", Version: 1}}
	add := func(typ, s string, fill func(*extract.Mention)) int {
		start := b.Len()
		b.WriteString(s)
		m := extract.Mention{Type: typ, Text: s, Start: start, End: b.Len(), CStart: start, CEnd: b.Len(), Confidence: 0.8, Rule: typ + "/bench"}
		if fill != nil {
			fill(&m)
		}
		ex.Mentions = append(ex.Mentions, m)
		return len(ex.Mentions) - 1
	}
	for k := range n {
		j := i*7 + k
		name, city, day := benchNames[j%len(benchNames)], benchCities[j%len(benchCities)], benchWeekdays[j%len(benchWeekdays)]
		if k > 0 {
			b.WriteString(" ")
		}
		if k%5 == 4 {
			b.WriteString("\n\n")
		}
		b.WriteString("Deputy minister ")
		who := add("official", name, func(m *extract.Mention) {
			m.Person = &extract.Person{Name: name, Entity: j % 7, Title: "Deputy minister"}
		})
		trig := b.Len()
		b.WriteString(" met officials of ")
		org := add("organization", benchOrgs[j%len(benchOrgs)], nil)
		b.WriteString(" in ")
		where := add("location", city, func(m *extract.Mention) {
			m.Location = &extract.Location{Name: city, Kind: "city", Country: "XX"}
		})
		b.WriteString(" on ")
		when := add("date", day, func(m *extract.Mention) {
			m.Date = &extract.Date{TimexType: "DATE", Value: "2025-05-06", Anchored: true}
		})
		b.WriteString(" to discuss ")
		amt := fmt.Sprintf("$%d.%d million", 10+j%90, j%10)
		much := add("amount", amt, func(m *extract.Mention) {
			m.Amount = &extract.Amount{Kind: "money", Value: float64(10+j%90) * 1e6, Currency: "USD"}
		})
		b.WriteString(" in port fees for the coming season.")
		ex.Events = append(ex.Events, extract.Event{Type: "meet", Trigger: extract.Span{Text: "met", Start: trig + 1, End: trig + 4, CStart: trig + 1, CEnd: trig + 4},
			Who: []int{who, org}, When: []int{when}, Where: []int{where}, Amounts: []int{much},
			Participants: []extract.Participant{{Mention: who, Role: "agent"}, {Mention: org, Role: "counterpart"}}, Confidence: 0.8, Rule: "event/bench"})
	}
	url := fmt.Sprintf("https://bench.example/story/%d", i)
	a := &store.Article{ID: store.ArticleID(url), URL: url, CanonicalURL: url, Feed: store.FeedRef{ID: fmt.Sprint(1 + i%4), URL: "https://bench.example/rss"},
		Title: fmt.Sprintf("Port fees talks, story %d", i), Published: pub, FetchedAt: pub.Add(time.Minute), Lang: "en",
		TextSHA256: fmt.Sprintf("%064x", i+1), TextSource: "page", Extractor: ex.Extractor, Text: b.String()}
	return a, ex
}

// benchDB writes n articles of six sentences (30 mentions, 6 events,
// about 700 bytes of text each), one minute apart, and four feeds.
func benchDB(b *testing.B, n int) string {
	path := filepath.Join(b.TempDir(), "bench.db")
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := range 4 {
		if err := db.AddFeed(&store.Feed{URL: fmt.Sprintf("https://bench.example/rss/%d", i), Name: fmt.Sprint("Feed ", i), Interval: time.Hour}); err != nil {
			b.Fatal(err)
		}
	}
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a, ex := synthArticle(i, 6, base.Add(time.Duration(i)*time.Minute))
		if err := db.PutArticle(a, nil, ex); err != nil {
			b.Fatal(err)
		}
	}
	return path
}

func benchServer(b *testing.B, path string) *Server {
	s, err := New(Options{Open: func() (Reader, error) {
		return bolt.Open(path, bolt.Options{ReadOnly: true})
	}})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// reportCPU adds the process's CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cpuTime(); c > 0 {
		b.ReportMetric(float64(c-start)/float64(b.N), "cpu-ns/op")
	}
}

func serveBench(b *testing.B, s *Server, path string) {
	b.ReportAllocs()
	var size int
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != 200 {
			b.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body.String())
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "bytes/page")
}

// BenchmarkArticlePage200Mentions renders an article of 40 sentences with
// 200 mentions and 40 events: "render" builds the page from the stored
// record in memory (highlighting, panel, events, template); "request" is
// the whole request on a database of that article alone (open, read,
// render, close); "request_in_20k" the same article in a database of
// 20,000 others; "request_in_20k_changed" the same as if the database had
// changed before each request, so that the index of copies is read anew
// (every article's metadata).
func BenchmarkArticlePage200Mentions(b *testing.B) {
	a, ex := synthArticle(424242, 40, time.Date(2025, 5, 6, 9, 0, 0, 0, time.UTC))
	if len(ex.Mentions) != 200 {
		b.Fatalf("%d mentions", len(ex.Mentions))
	}
	path := benchDB(b, 0)
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := db.PutArticle(a, nil, ex); err != nil {
		b.Fatal(err)
	}
	det, err := db.ArticleDetail(a.ID)
	db.Close()
	if err != nil {
		b.Fatal(err)
	}
	s := benchServer(b, path)
	b.Run("render", func(b *testing.B) {
		b.ReportAllocs()
		var buf bytes.Buffer
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			p, err := s.articleView(det, nil, nil, 3)
			if err != nil {
				b.Fatal(err)
			}
			buf.Reset()
			if err := s.pages["article"].Execute(&buf, p); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(buf.Len()), "bytes/page")
	})
	b.Run("request", func(b *testing.B) { serveBench(b, s, "/articles/"+a.ID+"?event=3") })
	big := benchDB(b, benchListN())
	db, err = bolt.Open(big, bolt.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := db.PutArticle(a, nil, ex); err != nil {
		b.Fatal(err)
	}
	db.Close()
	bigServer := benchServer(b, big)
	b.Run("request_in_20k", func(b *testing.B) { serveBench(b, bigServer, "/articles/"+a.ID+"?event=3") })
	// As after every write: the index of copies is read anew each time.
	b.Run("request_in_20k_changed", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			bigServer.copies.idx = nil
			rec := httptest.NewRecorder()
			bigServer.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/articles/"+a.ID+"?event=3", nil))
			if rec.Code != 200 {
				b.Fatal(rec.Code)
			}
		}
	})
}

// BenchmarkArticleList20k pages the article list of a 20,000-article
// database, each request opening and closing it: the first page, a page
// deep in the list, with a feed filter, with a mention-type filter that
// no article matches (a full scan), with a text search (a full scan of
// the texts), the events page, the feeds page, and a page of the API.
func BenchmarkArticleList20k(b *testing.B) {
	path := benchDB(b, benchListN())
	s := benchServer(b, path)
	db, err := bolt.Open(path, bolt.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	mid, err := db.Articles(store.Query{Limit: benchListN() / 2, NoText: true})
	db.Close()
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct{ name, path string }{
		{"first_page", "/"},
		{"deep_page", "/?before=" + mid.Older},
		{"feed_filter", "/?feed=3"},
		{"mention_type_none", "/?mtype=weapon"},
		{"text_search_none", "/?q=zanzibar"},
		{"text_search_rare", "/?q=story+19999"},
		{"events_page", "/events"},
		{"feeds_page", "/feeds"},
		{"api_articles", "/api/articles"},
	} {
		b.Run(tc.name, func(b *testing.B) { serveBench(b, s, tc.path) })
	}
	b.Run("open_close", func(b *testing.B) {
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			db, err := bolt.Open(path, bolt.Options{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			db.Close()
		}
	})
}

// benchListN is the size of the list benchmark's database: 20,000, or
// EVENTWIRE_BENCH_N.
func benchListN() int {
	var n int
	if _, err := fmt.Sscan(os.Getenv("EVENTWIRE_BENCH_N"), &n); err != nil || n <= 0 {
		return 20_000
	}
	return n
}
