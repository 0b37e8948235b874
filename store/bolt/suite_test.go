package bolt_test

import (
	"path/filepath"
	"testing"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/storetest"
)

// TestSuite runs the shared store suite against the bbolt backend.
func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := bolt.Open(filepath.Join(t.TempDir(), "test.db"), bolt.Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}
