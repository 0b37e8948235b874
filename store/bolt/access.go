package bolt

import (
	"github.com/eventwire/eventwire/store"

	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// access shares one bbolt handle among the goroutines of a process and
// gives the file up as soon as another process queues for it.
//
// bbolt locks the whole file: exclusively for a writable handle, shared for
// a read-only one, for as long as the handle is open. So that a cron pass
// and a reader never shut each other out, nobody keeps a handle open while
// someone else waits. The queue is a second lock file beside the database:
// a process that wants the database takes the queue lock, waits for the
// database lock, then lets the queue go. A process that holds the database
// looks at the queue lock before each transaction; when it is taken, it
// lets the transactions in flight finish, closes the handle, and queues
// like everyone else. Waiting is bounded by the longest transaction (a
// page's worth of work for a writer, one chunk of an export for a reader)
// plus the polling interval, not by the length of a pass or an export.
type access struct {
	path     string
	readOnly bool
	noSync   bool
	timeout  time.Duration
	// linger keeps an idle handle open this long for the next
	// transaction; re-opening costs a little, and a reader that queues
	// meanwhile makes the holder close it at once anyway.
	linger time.Duration
	// turn is how long a holder keeps the file for its own transactions
	// before it looks at the queue: without it a writer that waited would
	// get one transaction in before handing the file back, and a reader
	// exporting in a loop would cut a pass's throughput severalfold.
	turn time.Duration

	mu       sync.Mutex
	cond     *sync.Cond
	db       *bolt.DB
	openedAt time.Time
	refs     int  // transactions in flight on db
	draining bool // someone queued: no new transactions until db is closed
	closed   bool
	queue    *os.File // nil when the queue file cannot be opened
	idle     *time.Timer
	opens    int // handles opened, for tests and benchmarks
	waits    int // opens that had to wait for another process
	maxWait  time.Duration
}

// Waits says how often this handle waited for another process and the
// longest wait.
type Waits struct {
	Opens, Waits int
	Longest      time.Duration
}

// Polling bounds while waiting for a lock: bbolt's own wait sleeps 50 ms
// between tries, too coarse when the holder hands over in a millisecond.
const (
	pollMin = 250 * time.Microsecond
	pollMax = 8 * time.Millisecond
)

func newAccess(path string, opts Options) *access {
	a := &access{path: path, readOnly: opts.ReadOnly, noSync: opts.NoSync, timeout: opts.LockTimeout}
	if !opts.ReadOnly {
		a.linger = 5 * time.Millisecond
		a.turn = chunkTime
	}
	a.cond = sync.NewCond(&a.mu)
	qpath := path + "-queue.lock"
	q, err := os.OpenFile(qpath, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		// A reader of a database in a folder it cannot write to still
		// queues if the file exists, else goes without.
		q, _ = os.Open(qpath)
	}
	a.queue = q
	return a
}

var errClosed = errors.New("store: database is closed")

// acquire returns the open handle, opening it if need be. Every acquire is
// paired with a release.
func (a *access) acquire() (*bolt.DB, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for {
		if a.closed {
			return nil, errClosed
		}
		if a.db != nil && !a.draining {
			if time.Since(a.openedAt) < a.turn || !a.othersWaiting() {
				a.refs++
				if a.idle != nil {
					a.idle.Stop()
				}
				return a.db, nil
			}
			a.draining = true
		}
		if a.db != nil {
			if a.refs > 0 {
				a.cond.Wait()
				continue
			}
			a.closeHandle()
		}
		if err := a.open(); err != nil {
			return nil, err
		}
		a.refs++
		return a.db, nil
	}
}

// release ends a transaction; the last one out closes the handle when
// someone waits, or after the linger.
func (a *access) release() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.refs--
	if a.refs > 0 || a.db == nil {
		return
	}
	if a.draining || a.linger <= 0 || time.Since(a.openedAt) >= a.turn && a.othersWaiting() {
		a.closeHandle()
		a.cond.Broadcast()
		return
	}
	if a.idle == nil {
		a.idle = time.AfterFunc(a.linger, a.onIdle)
	} else {
		a.idle.Reset(a.linger)
	}
}

func (a *access) onIdle() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.refs == 0 && a.db != nil {
		a.closeHandle()
		a.cond.Broadcast()
	}
}

// othersWaiting reports whether another handle holds the queue lock.
func (a *access) othersWaiting() bool {
	if a.queue == nil {
		return false
	}
	ok, err := tryLock(a.queue)
	if err != nil || !ok {
		return err == nil
	}
	unlock(a.queue)
	return false
}

func (a *access) closeHandle() {
	if a.db != nil {
		a.db.Close()
		a.db = nil
	}
	a.draining = false
}

// open queues for the database and opens it, waiting at most the lock
// timeout in all.
func (a *access) open() error {
	start := time.Now()
	deadline := start.Add(a.timeout)
	wait := pollMin
	waited := false
	defer func() {
		if waited {
			a.waits++
			a.maxWait = max(a.maxWait, time.Since(start))
		}
	}()
	sleep := func() bool {
		waited = true
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(wait)
		wait = min(2*wait, pollMax)
		return true
	}
	if a.queue != nil {
		for {
			ok, err := tryLock(a.queue)
			if err != nil {
				break // an unusable queue file: open without queueing
			}
			if ok {
				defer unlock(a.queue)
				break
			}
			if !sleep() {
				return a.lockedError()
			}
		}
		wait = pollMin
	}
	for {
		// The file is looked at before every open, not only the first:
		// another program may have truncated or replaced it since, and
		// bbolt faults or panics on such a file inside its Open.
		if _, err := checkFile(a.path); errors.Is(err, errBusy) {
			// A writer has the file: bbolt's own open would time out.
			if !sleep() {
				return a.lockedError()
			}
			continue
		} else if err != nil {
			return err
		}
		// A timeout below bbolt's retry interval makes it try once.
		db, err := openBolt(a.path, &bolt.Options{Timeout: time.Nanosecond, ReadOnly: a.readOnly, NoSync: a.noSync})
		if err == nil {
			a.db = db
			a.openedAt = time.Now()
			a.opens++
			return nil
		}
		if !errors.Is(err, berrors.ErrTimeout) {
			if err = openError(a.path, err); errors.Is(err, store.ErrDamaged) {
				return err
			}
			return fmt.Errorf("store: open %s: %w", a.path, err)
		}
		if !sleep() {
			return a.lockedError()
		}
	}
}

func (a *access) stats() Waits {
	a.mu.Lock()
	defer a.mu.Unlock()
	return Waits{Opens: a.opens, Waits: a.waits, Longest: a.maxWait}
}

func (a *access) lockedError() error {
	return fmt.Errorf("%w %s (waited %s): let it finish, or stop it", store.ErrLocked, a.path, a.timeout)
}

// close closes the handle and the queue file. Transactions must be over.
func (a *access) close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	if a.idle != nil {
		a.idle.Stop()
	}
	var err error
	if a.db != nil {
		err = a.db.Close()
		a.db = nil
	}
	if a.queue != nil {
		a.queue.Close()
	}
	a.cond.Broadcast()
	return err
}

// writerRole is the lock that makes one pass (run, reextract) at a time:
// held for the life of the DB, unlike the database file itself.
func takeWriterRole(path string, timeout time.Duration) (*os.File, error) {
	f, err := os.OpenFile(path+"-writer.lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("store: writer lock: %w", err)
	}
	deadline := time.Now().Add(timeout)
	wait := pollMin
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("store: writer lock: %w", err)
		}
		if ok {
			return f, nil
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("%w %s (waited %s): another run or reextract is writing; let it finish, or stop it; in cron, run eventwire less often or under flock", store.ErrLocked, path, timeout)
		}
		time.Sleep(wait)
		wait = min(2*wait, 50*time.Millisecond)
	}
}
