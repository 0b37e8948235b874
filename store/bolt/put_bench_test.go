package bolt

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkPutArticles stores 2,000 articles from 8 goroutines, each with
// a lookup first, as a pass does; sync commits as in production.
// articles/s is the store's write throughput.
func BenchmarkPutArticles(b *testing.B) {
	text := strings.Repeat("GENEVA, March 11 (Wire) -- Negotiators met on Tuesday for a third round of talks. ", 30)
	page := []byte("<html><body><article><p>" + text + "</p></article></body></html>")
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	const n, workers = 2000, 8
	stored := 0
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), "x.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < n; i += workers {
					u := fmt.Sprintf("https://a.example/%d", i)
					if id, err := db.Seen(u, "1", u); err != nil || id != "" {
						b.Error(id, err)
						return
					}
					a := article(u, t0.Add(time.Duration(i)*time.Minute), fmt.Sprintf("%d %s", i, text))
					if err := db.PutArticle(a, page, nil); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		elapsed += time.Since(start)
		stored += n
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(stored)/elapsed.Seconds(), "articles/s")
}
