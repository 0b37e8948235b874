package bolt

import (
	"errors"
	"github.com/eventwire/eventwire/store"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// filledDB writes a database of a few hundred articles (pages beyond the
// first few kilobytes) and returns its path, closed.
func filledDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "full.db")
	db, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddFeed(&store.Feed{URL: "https://example.com/rss"}); err != nil {
		t.Fatal(err)
	}
	base := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for i := range 300 {
		a := article("https://example.com/"+string(rune('a'+i%26))+time.Duration(i).String(), base.Add(time.Duration(i)*time.Minute),
			"SEOUL -- A story long enough to fill pages. "+time.Duration(i).String())
		if err := db.PutArticle(a, []byte("<html>page</html>"), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func copyTo(t *testing.T, src string, edit func(b []byte) []byte) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "edited.db")
	if err := os.WriteFile(dst, edit(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// readAll uses a database the way export and stats do.
func readAll(db *DB) error {
	if _, err := db.Feeds(); err != nil {
		return err
	}
	if _, err := db.Counts(); err != nil {
		return err
	}
	return db.Each(store.Filter{}, func(store.Record) error { return nil })
}

// TestBrokenFilesGiveOneClearError: each kind of broken database path
// gives an error that names the problem, from Open or from the first read,
// for readers and the writer alike, without a panic, a fault or a hang.
func TestBrokenFilesGiveOneClearError(t *testing.T) {
	good := filledDB(t)
	fi, err := os.Stat(good)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.db")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		damaged bool // else a *store.NotFileError
	}{
		{"directory", dir, false},
		{"named pipe", fifo, false},
		{"dev null", os.DevNull, false},
		{"empty file", empty, true},
		{"truncated to half", copyTo(t, good, func(b []byte) []byte { return b[:len(b)/2] }), true},
		{"truncated to a few pages", copyTo(t, good, func(b []byte) []byte { return b[:5*4096+100] }), true},
		{"random bytes", copyTo(t, good, func(b []byte) []byte {
			for i := range b {
				b[i] = byte(i*7919 + i/13)
			}
			return b
		}), true},
		{"pages overwritten", copyTo(t, good, func(b []byte) []byte {
			for i := 4 * 4096; i < len(b) && i < int(fi.Size())-4096; i++ {
				b[i] = 0xff
			}
			return b
		}), true},
	}
	for _, tc := range tests {
		for _, ro := range []bool{true, false} {
			t.Run(tc.name+map[bool]string{true: "/read-only", false: "/writer"}[ro], func(t *testing.T) {
				done := make(chan error, 1)
				go func() {
					db, err := Open(tc.path, Options{ReadOnly: ro, NoSync: true, LockTimeout: time.Second})
					if err == nil {
						err = readAll(db)
						db.Close()
					}
					done <- err
				}()
				var err error
				select {
				case err = <-done:
				case <-time.After(20 * time.Second):
					t.Fatalf("%s: Open or the first read has not returned after 20 s (blocked)", tc.path)
				}
				var nf *store.NotFileError
				switch {
				case err == nil:
					t.Fatalf("%s: no error", tc.path)
				case tc.damaged && !errors.Is(err, store.ErrDamaged):
					t.Fatalf("%s: err = %v, want a DamagedError", tc.path, err)
				case !tc.damaged && !errors.As(err, &nf):
					t.Fatalf("%s: err = %v, want a NotFileError", tc.path, err)
				}
			})
		}
	}
	// Nothing was written over the broken files: the empty one stays empty.
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("empty database after the writer's Open: %v, %v; want it left at 0 bytes", fi.Size(), err)
	}
}

// TestFaultWhileOpenBecomesAnError: a file cut short under an open
// database faults (SIGBUS) on the first read past its new end; the read
// returns a DamagedError instead of killing the process.
func TestFaultWhileOpenBecomesAnError(t *testing.T) {
	path := filledDB(t)
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := os.Truncate(path, 2*4096); err != nil {
		t.Fatal(err)
	}
	err = db.Each(store.Filter{}, func(store.Record) error { return nil })
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Each over a file truncated under it: err = %v, want a DamagedError", err)
	}
}

// TestCallbackPanicIsNotDamage: a panic in the caller's callback is the
// caller's bug and goes on up; the file is not called damaged.
func TestCallbackPanicIsNotDamage(t *testing.T) {
	db := openTest(t)
	if err := db.PutArticle(article("https://example.com/a", time.Now(), "text"), nil, nil); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if r := recover(); r != "boom" {
			t.Errorf("recovered %v, want the callback's own panic", r)
		}
	}()
	err := db.Each(store.Filter{}, func(store.Record) error { panic("boom") })
	t.Errorf("Each returned %v, want the callback's panic to propagate", err)
}

func TestCheck(t *testing.T) {
	good := filledDB(t)
	db, err := Open(good, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := db.Check()
	db.Close()
	if err != nil || rep.Found != 0 {
		t.Fatalf("Check of a sound database: %v, %+v", err, rep.Problems)
	}
	if rep.Buckets["articles"] != 300 || rep.Buckets["feeds"] != 1 {
		t.Errorf("Check counts = %v, want 300 articles and 1 feed", rep.Buckets)
	}

	// The articles bucket's root page overwritten: the file still opens,
	// Check names the damage and returns a DamagedError. (A page picked by
	// its place in the file may be a free one: which pages are free varies
	// from run to run, and the test then found nothing to report.)
	b, _ := os.ReadFile(good)
	bdb, err := bolt.Open(good, 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var root, pageSize int
	err = bdb.View(func(tx *bolt.Tx) error {
		root, pageSize = int(tx.Bucket(bArticles).Root()), bdb.Info().PageSize
		return nil
	})
	bdb.Close()
	if err != nil || root == 0 {
		t.Fatalf("articles bucket root page %d: %v", root, err)
	}
	bad := copyTo(t, good, func(b []byte) []byte {
		for i := root * pageSize; i < (root+1)*pageSize; i++ {
			b[i] = 0xee
		}
		return b
	})
	db, err = Open(bad, Options{ReadOnly: true})
	if err != nil {
		t.Skipf("the overwritten page already stops Open (%v): nothing left for Check (file of %d bytes)", err, len(b))
	}
	defer db.Close()
	rep, err = db.Check()
	if !errors.Is(err, store.ErrDamaged) || rep.Found == 0 || len(rep.Problems) == 0 {
		t.Fatalf("Check of a damaged database: err %v, %d problems; want a DamagedError and problems", err, rep.Found)
	}
}

// TestCheckWaitsForAWriter: the pre-open check never reads pages while a
// writer holds the file (its meta and free list change under a reader
// without bbolt's lock, and a sound file looked damaged to a reader during
// a run); a reader then reports the lock, not damage, and looks once the
// writer has gone.
func TestCheckWaitsForAWriter(t *testing.T) {
	path := filledDB(t)
	w, err := bolt.Open(path, 0o644, nil) // another writer's handle: bbolt's exclusive flock
	if err != nil {
		t.Fatal(err)
	}
	if _, err := checkFile(path); !errors.Is(err, errBusy) {
		t.Errorf("checkFile with a writer open = %v, want errBusy", err)
	}
	db, err := Open(path, Options{ReadOnly: true, LockTimeout: 50 * time.Millisecond})
	if err == nil {
		err = readAll(db)
		db.Close()
	}
	if errors.Is(err, store.ErrDamaged) || !errors.Is(err, store.ErrLocked) {
		t.Errorf("a reader with a writer open got %v, want the lock (ErrLocked), not damage", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := checkFile(path); err != nil {
		t.Errorf("checkFile after the writer closed = %v, want nil", err)
	}
}
