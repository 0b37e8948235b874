package bolt_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/storetest"
)

func benchBolt(b *testing.B) *bolt.DB {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "bench.db"), bolt.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkWrite stores synthetic articles (Seen, then WriteArticle with
// page and extraction, fsync on) from 1 and 4 goroutines; the same
// benchmark runs against PostgreSQL in store/postgres.
func BenchmarkWrite(b *testing.B) {
	for _, w := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) { storetest.BenchWrite(b, benchBolt(b), w) })
	}
}

// BenchmarkExport exports 5,000 synthetic articles' mentions (125,000
// records) as JSON Lines.
func BenchmarkExport(b *testing.B) {
	db := benchBolt(b)
	storetest.Fill(b, db, 5000)
	storetest.BenchExport(b, db)
}
