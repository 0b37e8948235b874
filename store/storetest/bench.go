package storetest

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/export"
)

var synthPlaces = []string{"Lisbon", "Porto", "Faro", "Braga", "Coimbra", "Aveiro", "Evora"}

// Synth returns the i-th synthetic article of the benchmarks: five
// sentences of wire prose (about 600 bytes) with 25 mentions, 5 events and
// a 4 KiB page, one minute after the one before, on four feeds.
func Synth(i int) store.ArticleWrite {
	var b strings.Builder
	ex := &store.Extraction{Extractor: store.ExtractorInfo{Name: "bench", Version: 1}, ExtractedAt: time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)}
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
	for k := 0; k < 5; k++ {
		j := i*5 + k
		city := synthPlaces[j%len(synthPlaces)]
		if k > 0 {
			b.WriteString(" ")
		}
		b.WriteString("Harbour master ")
		who := add("official", fmt.Sprintf("Rui Costa %d", j%97), func(m *extract.Mention) {
			m.Person = &extract.Person{Name: m.Text, Entity: k, Title: "Harbour master"}
		})
		trig := b.Len()
		b.WriteString(" met shipping agents in ")
		where := add("location", city, func(m *extract.Mention) {
			lat, lon := extract.Point(38.7, -9.1)
			m.Location = &extract.Location{Name: city, Kind: "city", Country: "PT", Lat: lat, Lon: lon}
		})
		b.WriteString(" on ")
		when := add("date", "Tuesday", func(m *extract.Mention) {
			m.Date = &extract.Date{TimexType: "DATE", Value: "2025-05-06", Anchored: true}
		})
		b.WriteString(" over ")
		much := add("amount", fmt.Sprintf("%d million euros", 10+j%90), func(m *extract.Mention) {
			m.Amount = &extract.Amount{Kind: "money", Value: float64(10+j%90) * 1e6, Currency: "EUR"}
		})
		b.WriteString(" in berth fees, ")
		add("date", "this season", func(m *extract.Mention) {
			m.Date = &extract.Date{TimexType: "DATE", Value: "2025-SU"}
		})
		b.WriteString(".")
		ex.Events = append(ex.Events, extract.Event{Type: "meet", Trigger: extract.Span{Text: "met", Start: trig + 1, End: trig + 4, CStart: trig + 1, CEnd: trig + 4},
			Who: []int{who}, When: []int{when}, Where: []int{where}, Amounts: []int{much},
			Participants: []extract.Participant{{Mention: who, Role: "agent"}}, Confidence: 0.8, Rule: "event/bench"})
	}
	url := fmt.Sprintf("https://bench.example/story/%d", i)
	pub := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)
	a := &store.Article{ID: store.ArticleID(url), URL: url, CanonicalURL: url,
		Feed:  store.FeedRef{ID: fmt.Sprint(1 + i%4), URL: "https://bench.example/rss", GUID: url},
		Title: fmt.Sprintf("Berth fees talks, story %d", i), Published: pub, PublishedSource: "feed", FetchedAt: pub.Add(time.Minute),
		Lang: "en", TextSHA256: fmt.Sprintf("%064x", i+1), TextSource: "page", Extractor: ex.Extractor, Text: b.String()}
	page := "<html><body><article><p>" + a.Text + "</p></article>" + strings.Repeat("<div class=\"nav\">menu item</div>\n", 110) + "</body></html>"
	return store.ArticleWrite{Article: a, Page: []byte(page), Extraction: ex, CompareText: true}
}

// BenchWrite stores b.N synthetic articles from workers goroutines at
// once, each first asking Seen as a pass does, and reports articles/s.
func BenchWrite(b *testing.B, db store.Store, workers int) {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				aw := Synth(i)
				if _, err := db.Seen(aw.Article.CanonicalURL, aw.Article.Feed.ID, aw.Article.Feed.GUID); err != nil {
					errs <- err
					return
				}
				if err := db.WriteArticle(aw); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "articles/s")
}

// Fill stores n synthetic articles, for the export benchmark.
func Fill(tb testing.TB, db store.Store, n int) {
	tb.Helper()
	for i := 0; i < n; i++ {
		if err := db.WriteArticle(Synth(i)); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchExport exports every article of db as mention records in JSON
// Lines b.N times and reports records/s.
func BenchExport(b *testing.B, db store.Store) {
	b.ResetTimer()
	start := time.Now()
	records := 0
	for i := 0; i < b.N; i++ {
		w, err := export.NewWriter(io.Discard, export.Options{Format: "jsonl", Records: export.Mentions})
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Each(store.Filter{NoText: true}, w.Write); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		records += w.Count()
	}
	b.StopTimer()
	b.ReportMetric(float64(records)/time.Since(start).Seconds(), "records/s")
}
