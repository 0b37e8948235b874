package bolt

import (
	"github.com/eventwire/eventwire/store"

	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"
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
	return &store.Article{ID: store.ArticleID(url), URL: url, CanonicalURL: url, Published: pub, FetchedAt: pub,
		Feed: store.FeedRef{ID: "1", URL: "http://feed", GUID: url}, Text: text, TextSHA256: fmt.Sprintf("%064x", len(text)*7919+int(pub.Unix()%1000)),
		Extractor: store.ExtractorInfo{Name: "t", Version: 1}}
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
