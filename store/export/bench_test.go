package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

// fillDB stores n synthetic articles modelled on sample(), one day apart in
// publication order shuffled by a stride, each with its mentions and event.
func fillDB(tb testing.TB, path string, n int) {
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	recs := sample()
	base := recs[0].Article.Published
	for i := 0; i < n; i++ {
		a := *recs[0].Article
		j := (i * 7919) % n
		a.URL = fmt.Sprintf("https://a.example/story/%d", j)
		a.CanonicalURL = a.URL
		a.ID = store.ArticleID(a.URL)
		a.Published = base.Add(time.Duration(j) * time.Minute)
		a.TextSHA256 = fmt.Sprintf("%064x", j)
		if err := db.PutArticle(&a, nil, recs[0].Extraction); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkExport100k streams 100,000 stored articles as JSONL event,
// mention and article records from one read transaction.
func BenchmarkExport100k(b *testing.B) {
	n := benchN()
	path := filepath.Join(b.TempDir(), "bench.db")
	fillDB(b, path, n)
	db, err := bolt.Open(path, bolt.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for _, records := range []string{Articles, Mentions, Events} {
		b.Run(records, func(b *testing.B) {
			b.ReportAllocs()
			var count int
			for b.Loop() {
				w, _ := NewWriter(io.Discard, Options{Records: records})
				if err := db.Each(store.Filter{}, w.Write); err != nil {
					b.Fatal(err)
				}
				w.Close()
				count = w.Count()
			}
			b.ReportMetric(float64(count)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// TestMakeBenchDB writes a 100,000-article database for measuring the
// export command as a whole (/usr/bin/time -v eventwire export --db PATH),
// when EVENTWIRE_BENCH_DB names where to put it.
func TestMakeBenchDB(t *testing.T) {
	path := os.Getenv("EVENTWIRE_BENCH_DB")
	if path == "" {
		t.Skip("set EVENTWIRE_BENCH_DB=PATH to write a 100,000-article database for benchmarking the export command")
	}
	fillDB(t, path, 100_000)
}

// benchN is the benchmark's database size: 100,000, or EVENTWIRE_BENCH_N.
func benchN() int {
	var n int
	if _, err := fmt.Sscan(os.Getenv("EVENTWIRE_BENCH_N"), &n); err != nil || n <= 0 {
		return 100_000
	}
	return n
}
