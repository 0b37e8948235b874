package store

import (
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
	if err := w.AddFeed(&Feed{URL: "https://example.com/rss"}); err != nil {
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
	if err := w.AddFeed(&Feed{URL: "https://example.com/other"}); err != nil {
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
	if _, err := Open(path, Options{LockTimeout: 50 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("second writer: err = %v, want ErrLocked", err)
	}
	s, err := Open(path, Options{Shared: true, LockTimeout: time.Second})
	if err != nil {
		t.Fatalf("shared edit while a writer is open: %v", err)
	}
	if err := s.AddFeed(&Feed{URL: "https://example.com/rss"}); err != nil {
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

// TestUpdateFeedKeepsEdits: a pass that loaded a feed before "feeds edit"
// saves its polling state without undoing the edit.
func TestUpdateFeedKeepsEdits(t *testing.T) {
	db := openTest(t)
	f := &Feed{URL: "https://example.com/rss", Interval: time.Hour, Name: "old"}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	loaded := *f
	if _, err := db.EditFeed(f.ID, func(e *Feed) error { e.Name, e.Interval = "new", 2*time.Hour; return nil }); err != nil {
		t.Fatal(err)
	}
	loaded.ETag = `"v2"`
	if err := db.UpdateFeed(&loaded); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Feed(f.ID)
	if got.Name != "new" || got.Interval != 2*time.Hour || got.ETag != `"v2"` {
		t.Errorf("feed = name %q interval %v etag %s; want the edit kept and the state saved", got.Name, got.Interval, got.ETag)
	}
}

// TestEachYieldsWhatWasThere: articles stored while Each runs are left
// out, and every article stored before it is yielded once, even when it
// is re-stored with another publication time meanwhile.
func TestEachYieldsWhatWasThere(t *testing.T) {
	db := openTest(t)
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	const n = 600 // several chunks
	for i := 0; i < n; i++ {
		if err := db.PutArticle(article(fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Minute), fmt.Sprintf("text %d", i)), nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]int{}
	i := 0
	err := db.Each(Filter{}, func(r Record) error {
		seen[r.Article.URL]++
		if i == 10 {
			// A new article, and an old one moved to the end of the order.
			db.PutArticle(article("https://a.example/new", t0.Add(time.Hour), "new"), nil, nil)
			moved := article("https://a.example/5", t0.Add(1000*time.Hour), "text 5")
			db.PutArticle(moved, nil, nil)
			moved = article("https://a.example/400", t0.Add(-time.Hour), "text 400")
			db.PutArticle(moved, nil, nil)
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != n || seen["https://a.example/new"] != 0 {
		t.Errorf("Each yielded %d distinct articles (new one %d times), want the %d stored before it began", len(seen), seen["https://a.example/new"], n)
	}
	for u, c := range seen {
		if c != 1 {
			t.Errorf("%s yielded %d times", u, c)
		}
	}
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
			if werr = w.AddFeed(&Feed{URL: fmt.Sprintf("https://example.com/%d", i)}); werr != nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	r.Each(Filter{}, func(Record) error { time.Sleep(60 * time.Millisecond); return nil })
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
