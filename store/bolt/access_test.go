package bolt

import (
	"github.com/eventwire/eventwire/store"

	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestReaderOpensWhileWriterIsOpen: a pass keeps its DB open for its whole
// length; a reader must still get in, and the writer must go on writing
// after it.
func TestReaderOpensWhileWriterIsOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	w, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.AddFeed(&store.Feed{URL: "https://example.com/rss"}); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path, Options{ReadOnly: true, LockTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatalf("read-only open while a writer is open: %v", err)
	}
	defer r.Close()
	feeds, err := r.Feeds()
	if err != nil || len(feeds) != 1 {
		t.Fatalf("reader sees feeds %v, %v; want the one feed", feeds, err)
	}
	if err := w.AddFeed(&store.Feed{URL: "https://example.com/other"}); err != nil {
		t.Fatalf("writer after a reader: %v", err)
	}
	if feeds, _ := r.Feeds(); len(feeds) != 2 {
		t.Errorf("reader sees %d feeds after the writer added one, want 2", len(feeds))
	}
}

func TestWriterRole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	w, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{LockTimeout: 50 * time.Millisecond}); !errors.Is(err, store.ErrLocked) {
		t.Errorf("second writer: err = %v, want store.ErrLocked", err)
	}
	s, err := Open(path, Options{Shared: true, LockTimeout: time.Second})
	if err != nil {
		t.Fatalf("shared edit while a writer is open: %v", err)
	}
	if err := s.AddFeed(&store.Feed{URL: "https://example.com/rss"}); err != nil {
		t.Errorf("shared AddFeed: %v", err)
	}
	s.Close()
	w.Close()
	w2, err := Open(path, Options{LockTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatalf("writer after the first closed: %v", err)
	}
	w2.Close()
}

// TestReaderChunksLetWriterIn: while a reader iterates slowly (its
// callback sleeps), a writer in another handle still commits.
func TestReaderChunksLetWriterIn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	w, err := Open(path, Options{NoSync: true, LockTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 20; i++ {
		w.PutArticle(article(fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Minute), "x"), nil, nil)
	}
	r, err := Open(path, Options{ReadOnly: true, LockTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var wg sync.WaitGroup
	wg.Add(1)
	var werr error
	go func() {
		defer wg.Done()
		// The reader's callback below holds the export for over a second
		// in all: a writer locked out for that long fails with ErrLocked.
		for i := 0; i < 20; i++ {
			if werr = w.AddFeed(&store.Feed{URL: fmt.Sprintf("https://example.com/%d", i)}); werr != nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	r.Each(store.Filter{}, func(store.Record) error { time.Sleep(60 * time.Millisecond); return nil })
	wg.Wait()
	if werr != nil {
		t.Errorf("writer during a slow export: %v", werr)
	}
}

// BenchmarkReopen measures what a writer pays to hand the file over and
// take it back: close, then open and one read transaction.
func BenchmarkReopen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "x.db")
	db, err := Open(path, Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 5000; i++ {
		db.PutArticle(article(fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Minute), fmt.Sprintf("text %d %0500d", i, i)), []byte("<html>page</html>"), nil)
	}
	db.Close()
	for _, ro := range []bool{false, true} {
		b.Run(map[bool]string{false: "writer", true: "reader"}[ro], func(b *testing.B) {
			db, err := Open(path, Options{NoSync: true, ReadOnly: ro, Shared: !ro})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			for b.Loop() {
				db.acc.mu.Lock()
				db.acc.closeHandle()
				db.acc.mu.Unlock()
				if _, err := db.Feeds(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
