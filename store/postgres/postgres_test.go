package postgres_test

import (
	"errors"
	"testing"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/postgres"
	"github.com/eventwire/eventwire/store/postgres/pgtest"
	"github.com/eventwire/eventwire/store/storetest"
)

// openTest returns a migrated, empty database of the test's own.
func openTest(t *testing.T) *postgres.DB {
	t.Helper()
	url := pgtest.URL(t)
	if _, _, err := postgres.Migrate(url); err != nil {
		t.Fatal(err)
	}
	db, err := postgres.Open(url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestSuite runs the shared store suite against PostgreSQL.
func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}

var _ = errors.Is
