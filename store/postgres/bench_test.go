package postgres_test

import (
	"fmt"
	"testing"

	"github.com/eventwire/eventwire/store/postgres"
	"github.com/eventwire/eventwire/store/postgres/pgtest"
	"github.com/eventwire/eventwire/store/storetest"
)

func benchPG(b *testing.B) *postgres.DB {
	url := pgtest.URL(b)
	if _, _, err := postgres.Migrate(url); err != nil {
		b.Fatal(err)
	}
	db, err := postgres.Open(url, postgres.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkWrite: see store's BenchmarkWrite, of which this is the
// PostgreSQL side.
func BenchmarkWrite(b *testing.B) {
	for _, w := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) { storetest.BenchWrite(b, benchPG(b), w) })
	}
}

// BenchmarkExport: see store's BenchmarkExport.
func BenchmarkExport(b *testing.B) {
	db := benchPG(b)
	storetest.Fill(b, db, 5000)
	storetest.BenchExport(b, db)
}
