package bolt

import (
	"github.com/eventwire/eventwire/store"

	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store/storetest"
)

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "test.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func article(url string, pub time.Time, text string) *store.Article {
	return storetest.Article(url, pub, text)
}

func TestLockedSecondOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Open(path, Options{LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second Open: err = %v, want store.ErrLocked", err)
	}
}
