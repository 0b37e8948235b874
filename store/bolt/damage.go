package bolt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"runtime/debug"

	"github.com/eventwire/eventwire/store"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// errBusy says that checkPages could not look: a writer holds the file.
var errBusy = errors.New("store: the database file is open for writing")

// checkFile looks at an existing database path before bbolt opens it:
// bbolt would block on a named pipe, map a device, initialise an empty file
// as a new database (hiding that the old one was lost) or fail on a
// directory with a message about something else. It returns whether the
// file exists.
func checkFile(path string) (bool, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return true, &store.NotFileError{Path: path, Mode: fi.Mode()}
	}
	if fi.Size() == 0 {
		return true, &store.DamagedError{Path: path, Err: errors.New("the file is empty (0 bytes)")}
	}
	if err := checkPages(path, fi.Size()); err != nil {
		if errors.Is(err, errBusy) {
			return true, err
		}
		return true, &store.DamagedError{Path: path, Err: err}
	}
	return true, nil
}

// checkPages reads bbolt's two meta pages and checks, against the newer
// valid one, what bbolt would otherwise read unchecked while opening: that
// the file holds every page the meta counts (a truncated file faults past
// its end) and that the free list page, which the writer loads on open, is
// a free list that fits in the file (bbolt panics on anything else, and a
// panic inside its Open leaves the file mapped and locked for the rest of
// the process). When neither meta page is valid it says nothing: bbolt
// refuses the file itself.
//
// The layout is bbolt's file format version 2 (its internal/common
// package): a page begins with a 16-byte header (id, flags, count,
// overflow); a meta page then holds magic, version, page size, flags
// (uint32 each), the root bucket (page id, sequence), the free list page
// id, the page count, the transaction id and an FNV-64a checksum of what
// comes before it (uint64 each), in the machine's byte order.
func checkPages(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // bbolt will say
	}
	defer f.Close()
	// A writer in another process may be committing: its meta and free
	// list pages change under a reader that does not hold bbolt's lock,
	// and a sound file would look damaged. Read only under a shared lock,
	// which no writer holds at once (closing f lets it go).
	if ok, err := tryShared(f); err == nil && !ok {
		return errBusy
	}
	if fi, err := f.Stat(); err == nil {
		size = fi.Size() // as of the lock, not of the caller's stat
	}
	le := binary.NativeEndian
	type meta struct {
		pageSize, root, freelist, pgid, txid uint64
	}
	read := func(off int64) (meta, bool) {
		var b [16 + 64]byte
		if _, err := f.ReadAt(b[:], off); err != nil {
			return meta{}, false
		}
		m := b[16:]
		h := fnv.New64a()
		h.Write(m[:56])
		if le.Uint32(m[0:]) != 0xED0CDAED || le.Uint32(m[4:]) != 2 || le.Uint64(m[56:]) != h.Sum64() {
			return meta{}, false
		}
		return meta{pageSize: uint64(le.Uint32(m[8:])), root: le.Uint64(m[16:]), freelist: le.Uint64(m[32:]),
			pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}, true
	}
	m0, ok0 := read(0)
	second := int64(os.Getpagesize())
	if ok0 && m0.pageSize > 0 {
		second = int64(m0.pageSize)
	}
	m1, ok1 := read(second)
	m, ok := m0, ok0
	if ok1 && (!ok0 || m1.txid > m0.txid) {
		m, ok = m1, true
	}
	if !ok || m.pageSize < 1024 || m.pageSize > 1<<20 {
		return nil
	}
	ps := int64(m.pageSize)
	if m.pgid > uint64(1<<62/ps) || int64(m.pgid)*ps > size {
		return fmt.Errorf("the file is truncated: %d bytes, its pages reach %d", size, int64(m.pgid)*ps)
	}
	if m.root >= m.pgid {
		return fmt.Errorf("the root page %d is past the last page %d", m.root, m.pgid)
	}
	const noFreelist = ^uint64(0)
	if m.freelist == noFreelist {
		return nil
	}
	if m.freelist < 2 || m.freelist >= m.pgid {
		return fmt.Errorf("the free list page %d is out of range", m.freelist)
	}
	var hdr [16 + 8]byte
	if _, err := f.ReadAt(hdr[:], int64(m.freelist)*ps); err != nil {
		return fmt.Errorf("the free list page %d cannot be read: %v", m.freelist, err)
	}
	flags, count, overflow := le.Uint16(hdr[8:]), uint64(le.Uint16(hdr[10:])), uint64(le.Uint32(hdr[12:]))
	if flags != 0x10 {
		return fmt.Errorf("page %d is not the free list (flags %#x)", m.freelist, flags)
	}
	if count == 0xFFFF {
		count = le.Uint64(hdr[16:]) + 1
	}
	if end := m.freelist + overflow + 1; overflow >= m.pgid || end > m.pgid || 16+8*count > (overflow+1)*m.pageSize {
		return fmt.Errorf("the free list (page %d, %d entries, %d overflow pages) does not fit", m.freelist, count, overflow)
	}
	return nil
}

// openError turns bbolt's complaints about the file's contents into a
// DamagedError; other errors (permissions, the lock) pass through.
func openError(path string, err error) error {
	if errors.Is(err, store.ErrDamaged) {
		return err
	}
	for _, e := range []error{berrors.ErrInvalid, berrors.ErrChecksum, berrors.ErrVersionMismatch, berrors.ErrInvalidMapping} {
		if errors.Is(err, e) {
			return &store.DamagedError{Path: path, Err: err}
		}
	}
	return err
}

// callbackPanic carries a panic out of a caller's callback through guard
// untouched: it is a bug in the caller, not damage in the file.
type callbackPanic struct{ v any }

// guard runs op, which reads or writes the memory-mapped file, and turns a
// panic or a memory fault (SIGBUS on a page past the end of a truncated
// file) into a DamagedError: bbolt panics on pages it cannot make sense of,
// and a command must say what is wrong and exit 1, not crash. Faults become
// panics only on the calling goroutine, so op must not hand the file to
// another one.
func guard(path string, op func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if cp, ok := r.(callbackPanic); ok {
			panic(cp.v)
		}
		err = &store.DamagedError{Path: path, Err: fmt.Errorf("%v", r)}
	}()
	return op()
}

// callback runs a caller's function inside a transaction so that its
// panics are not taken for damage.
func callback[T any](fn func(T) error, v T) (err error) {
	defer func() {
		if r := recover(); r != nil {
			panic(callbackPanic{r})
		}
	}()
	return fn(v)
}

// verify checks what can be checked cheaply right after opening: the file
// holds every page the meta page counts (a truncated file would fault on
// the first read past its end), and it is an eventwire database: a file
// with buckets but no meta bucket belongs to something else, and must not
// be written to. A file without any bucket is one whose first open stopped
// before it was set up; a writer sets it up, a reader has nothing to read.
func (d *DB) verify(readOnly bool) error {
	return d.view(func(tx *bolt.Tx) error {
		// Stat here, with the file open: a writer's first open creates it.
		fi, err := os.Stat(d.path)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		if need := tx.Size(); fi.Size() < need {
			return &store.DamagedError{Path: d.path, Err: fmt.Errorf("the file is truncated: %d bytes, its pages reach %d", fi.Size(), need)}
		}
		if tx.Bucket(bMeta) != nil {
			return nil
		}
		buckets := 0
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { buckets++; return nil })
		if buckets > 0 {
			return &store.DamagedError{Path: d.path, Err: fmt.Errorf("it has %d buckets but no %q bucket: not an eventwire database", buckets, bMeta)}
		}
		if readOnly {
			return &store.DamagedError{Path: d.path, Err: errors.New("it holds no eventwire data (its first open was cut short)")}
		}
		return nil
	})
}

// openBolt opens the file with bbolt under guard. checkPages has ruled out
// the damage known to make bbolt panic while opening; should it panic all
// the same, the file it opened is closed here, but its memory map, and with
// it the file lock, lasts until the process exits: a command that gets a
// DamagedError from Open reports it and exits, as the CLI does.
func openBolt(path string, opts *bolt.Options) (*bolt.DB, error) {
	var file *os.File
	o := *opts
	o.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := os.OpenFile(name, flag, perm)
		file = f
		return f, err
	}
	var bdb *bolt.DB
	err := guard(path, func() (err error) {
		bdb, err = bolt.Open(path, 0o644, &o)
		return err
	})
	if errors.Is(err, store.ErrDamaged) && bdb == nil && file != nil {
		file.Close()
	}
	return bdb, err
}
