package bolt

import (
	"github.com/eventwire/eventwire/store"

	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout version written to the meta bucket.
const SchemaVersion = 1

var (
	bMeta        = []byte("meta")
	bFeeds       = []byte("feeds")
	bArticles    = []byte("articles")
	bPages       = []byte("pages")
	bExtractions = []byte("extractions")
	bIdxPub      = []byte("idx_published")
	bIdxURL      = []byte("idx_url")
	bIdxGUID     = []byte("idx_guid")
	bIdxContent  = []byte("idx_content")
	bRuns        = []byte("runs")
	bRetry       = []byte("retry")
	allBuckets   = [][]byte{bMeta, bFeeds, bArticles, bPages, bExtractions, bIdxPub, bIdxURL, bIdxGUID, bIdxContent, bRuns, bRetry}
)

// Options configure Open. The zero value is ready to use.
type Options struct {
	// LockTimeout is how long Open and each transaction wait for another
	// process to let go of the database. Zero means 3 seconds.
	LockTimeout time.Duration
	// ReadOnly opens the database for reading (export, stats), which other
	// readers share and a running pass interleaves with.
	ReadOnly bool
	// Shared opens the database for short edits (feeds add, edit, remove)
	// without taking the writer role, so that they work while a pass runs.
	// Without it (and without ReadOnly) Open takes the writer role for the
	// DB's whole life: a second such Open waits LockTimeout and fails with
	// ErrLocked.
	Shared bool
	// NoSync skips fsync on commit; for benchmarks and tests only.
	NoSync bool
}

// DB is an open eventwire database. It holds the database file only
// during transactions (see access), so a DB may stay open for a whole pass
// or export without shutting anyone out.
type DB struct {
	acc    *access
	role   *os.File // the writer-role lock, nil for readers and Shared
	path   string
	pages  store.Pages
	leases leases
}

// Open opens or creates the database at path, creating its directory.
func Open(path string, opts Options) (*DB, error) {
	if opts.LockTimeout == 0 {
		opts.LockTimeout = 3 * time.Second
	}
	exists, err := checkFile(path)
	if errors.Is(err, errBusy) {
		err = nil // looked at again before each open, under the queue
	}
	if err != nil {
		return nil, err
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("store: create directory: %w", err)
		}
	} else if !exists {
		return nil, fmt.Errorf("no database at %s (add a feed with \"eventwire feeds add URL\" and run \"eventwire run\", or give --db): %w", path, store.ErrNotFound)
	}
	d := &DB{path: path}
	if !opts.ReadOnly && !opts.Shared {
		role, err := takeWriterRole(path, opts.LockTimeout)
		if err != nil {
			return nil, err
		}
		d.role = role
	}
	d.acc = newAccess(path, opts)
	// Open once now, so that a file that is no database, is damaged, or is
	// held past the timeout fails here rather than at the first read.
	err = d.verify(opts.ReadOnly)
	if err == nil && !opts.ReadOnly {
		err = d.init()
	}
	if err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// view runs fn in a read transaction, under guard: a panic or memory
// fault while reading the mapped file is a DamagedError, not a crash.
func (d *DB) view(fn func(*bolt.Tx) error) error {
	db, err := d.acc.acquire()
	if err != nil {
		return err
	}
	defer d.acc.release()
	return guard(d.path, func() error { return db.View(fn) })
}

// update runs fn in a write transaction, under guard as view.
func (d *DB) update(fn func(*bolt.Tx) error) error {
	if d.acc.readOnly {
		return fmt.Errorf("store: %s is open read-only", d.path)
	}
	db, err := d.acc.acquire()
	if err != nil {
		return err
	}
	defer d.acc.release()
	return guard(d.path, func() error { return db.Update(fn) })
}

func (d *DB) init() error {
	return d.update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return fmt.Errorf("store: create bucket %s: %w", b, err)
			}
		}
		meta := tx.Bucket(bMeta)
		if v := meta.Get([]byte("schema")); v != nil {
			n, _ := strconv.Atoi(string(v))
			if n > SchemaVersion {
				return fmt.Errorf("store: database schema %d is newer than this eventwire (%d): upgrade eventwire", n, SchemaVersion)
			}
			return nil
		}
		return meta.Put([]byte("schema"), []byte(strconv.Itoa(SchemaVersion)))
	})
}

// Waits reports how often this DB had to wait for another process to let
// go of the file, and the longest wait.
func (d *DB) Waits() Waits { return d.acc.stats() }

// Path returns the database file's path.
func (d *DB) Path() string { return d.path }

// Close closes the database and gives up the writer role.
func (d *DB) Close() error {
	err := d.acc.close()
	if d.role != nil {
		unlock(d.role)
		d.role.Close()
		d.role = nil
	}
	return err
}

// ---- feeds

// AddFeed subscribes a feed and assigns its ID. A URL already subscribed
// gives ErrExists.
func (d *DB) AddFeed(f *store.Feed) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var old store.Feed
			if err := json.Unmarshal(v, &old); err == nil && old.URL == f.URL {
				return fmt.Errorf("feed %s (id %s): %w", f.URL, old.ID, store.ErrExists)
			}
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		f.ID = strconv.FormatUint(seq, 10)
		return putJSON(b, feedKey(f.ID), f)
	})
}

func feedKey(id string) []byte {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return []byte(id)
	}
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, n)
	return k
}

// Feed returns the feed with that id.
func (d *DB) Feed(id string) (*store.Feed, error) {
	var f store.Feed
	err := d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bFeeds).Get(feedKey(id))
		if v == nil {
			return fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
		}
		return json.Unmarshal(v, &f)
	})
	if err != nil {
		return nil, err
	}
	return &f, nil
}

// Feeds returns every feed in id order.
func (d *DB) Feeds() ([]store.Feed, error) {
	var out []store.Feed
	err := d.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bFeeds).ForEach(func(_, v []byte) error {
			var f store.Feed
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("store: decode feed: %w", err)
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// FeedKnown reports whether id names a feed that is, or once was,
// subscribed (feed ids are never reused, and a removed feed's articles
// stay).
func (d *DB) FeedKnown(id string) (bool, error) {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return false, nil
	}
	var known bool
	err = d.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		known = b.Get(feedKey(id)) != nil || n >= 1 && n <= b.Sequence()
		return nil
	})
	return known, err
}

// UpdateFeed saves a feed's polling state. The settings a user edits
// (name, interval, selector) are kept as stored, so that a pass that loaded
// the feed before "feeds edit" does not undo the edit.
func (d *DB) UpdateFeed(f *store.Feed) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		v := b.Get(feedKey(f.ID))
		if v == nil {
			return fmt.Errorf("feed %s: %w", f.ID, store.ErrNotFound)
		}
		var cur store.Feed
		if err := json.Unmarshal(v, &cur); err != nil {
			return fmt.Errorf("store: decode feed %s: %w", f.ID, err)
		}
		f.Name, f.Interval, f.Selector = cur.Name, cur.Interval, cur.Selector
		return putJSON(b, feedKey(f.ID), f)
	})
}

// EditFeed changes a feed's settings with fn, in one transaction.
func (d *DB) EditFeed(id string, fn func(*store.Feed) error) (*store.Feed, error) {
	var f store.Feed
	err := d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		v := b.Get(feedKey(id))
		if v == nil {
			return fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
		}
		if err := json.Unmarshal(v, &f); err != nil {
			return fmt.Errorf("store: decode feed %s: %w", id, err)
		}
		if err := callback(fn, &f); err != nil {
			return err
		}
		return putJSON(b, feedKey(id), &f)
	})
	if err != nil {
		return nil, err
	}
	return &f, nil
}

// RemoveFeed unsubscribes a feed. Its articles stay.
func (d *DB) RemoveFeed(id string) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		if b.Get(feedKey(id)) == nil {
			return fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
		}
		return b.Delete(feedKey(id))
	})
}

// ---- articles

// Seen reports the id of an article already stored under the canonical URL
// or under the feed's GUID; "" when neither is known.
func (d *DB) Seen(canonicalURL, feedID, guid string) (string, error) {
	var id string
	err := d.view(func(tx *bolt.Tx) error {
		if canonicalURL != "" {
			if v := tx.Bucket(bIdxURL).Get([]byte(canonicalURL)); v != nil {
				id = string(v)
				return nil
			}
		}
		if guid != "" {
			if v := tx.Bucket(bIdxGUID).Get(guidKey(feedID, guid)); v != nil {
				id = string(v)
			}
		}
		return nil
	})
	return id, err
}

func guidKey(feedID, guid string) []byte { return []byte(feedID + "\x00" + guid) }

func pubKey(t time.Time, id string) []byte { return store.SortKey(t, id) }

// PutArticle stores an article, its raw page (may be nil) and its
// extraction in one transaction, with every index but the content index:
// the article keeps the DuplicateOf it has. Storing the same id again
// replaces the article and extraction but never the page.
func (d *DB) PutArticle(a *store.Article, page []byte, ex *store.Extraction) error {
	return d.WriteArticle(store.ArticleWrite{Article: a, Page: page, Extraction: ex})
}

// WriteArticle stores an article with its page, extraction and retry
// entry in one transaction, with every index (see ArticleWrite).
func (d *DB) WriteArticle(w store.ArticleWrite) error {
	a := w.Article
	key := w.ContentKey()
	if w.Retry != nil {
		w.Retry.ID = a.ID
	}
	var gz []byte
	if w.Page != nil {
		var err error
		if gz, err = d.pages.Compress(w.Page); err != nil {
			return err
		}
	}
	return d.update(func(tx *bolt.Tx) error {
		arts := tx.Bucket(bArticles)
		idx := tx.Bucket(bIdxContent)
		if old := arts.Get([]byte(a.ID)); old != nil {
			var prev store.Article
			if err := json.Unmarshal(old, &prev); err == nil {
				if err := tx.Bucket(bIdxPub).Delete(pubKey(prev.SortTime(), prev.ID)); err != nil {
					return err
				}
				if k := prev.TextSHA256; k != "" && k != key && string(idx.Get([]byte(k))) == a.ID {
					if err := idx.Delete([]byte(k)); err != nil {
						return err
					}
				}
			}
		}
		if key != "" {
			if v := idx.Get([]byte(key)); v != nil && string(v) != a.ID {
				a.DuplicateOf = string(v)
			} else if err := idx.Put([]byte(key), []byte(a.ID)); err != nil {
				return err
			}
		}
		if err := putJSON(arts, []byte(a.ID), a); err != nil {
			return err
		}
		if gz != nil {
			if tx.Bucket(bPages).Get([]byte(a.ID)) == nil {
				if err := tx.Bucket(bPages).Put([]byte(a.ID), gz); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bRetry).Delete([]byte(a.ID)); err != nil {
				return err
			}
		}
		if w.Retry != nil {
			if err := putJSON(tx.Bucket(bRetry), []byte(a.ID), w.Retry); err != nil {
				return err
			}
		}
		if w.Extraction != nil {
			if err := putJSON(tx.Bucket(bExtractions), []byte(a.ID), w.Extraction); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bIdxPub).Put(pubKey(a.SortTime(), a.ID), nil); err != nil {
			return err
		}
		if a.CanonicalURL != "" {
			if err := tx.Bucket(bIdxURL).Put([]byte(a.CanonicalURL), []byte(a.ID)); err != nil {
				return err
			}
		}
		if a.Feed.GUID != "" {
			if err := tx.Bucket(bIdxGUID).Put(guidKey(a.Feed.ID, a.Feed.GUID), []byte(a.ID)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Article returns a stored article.
func (d *DB) Article(id string) (*store.Article, error) {
	var a *store.Article
	err := d.view(func(tx *bolt.Tx) error {
		var err error
		a, err = txArticle(tx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	a.Normalize()
	return a, nil
}

// txArticle reads and decodes article id in tx.
func txArticle(tx *bolt.Tx, id string) (*store.Article, error) {
	v := tx.Bucket(bArticles).Get([]byte(id))
	if v == nil {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	var a store.Article
	if err := json.Unmarshal(v, &a); err != nil {
		return nil, fmt.Errorf("store: decode article %s: %w", id, err)
	}
	return &a, nil
}

// Page returns an article's raw page, decompressed.
func (d *DB) Page(id string) ([]byte, error) {
	var gz []byte
	err := d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bPages).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("page %s: %w", id, store.ErrNotFound)
		}
		gz = bytes.Clone(v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return store.DecompressPage(gz)
}

// PutExtraction replaces an article's extraction and records its extractor
// on the article.
func (d *DB) PutExtraction(id string, ex *store.Extraction) error {
	return d.update(func(tx *bolt.Tx) error {
		a, err := txArticle(tx, id)
		if err != nil {
			return err
		}
		a.Extractor = ex.Extractor
		if err := putJSON(tx.Bucket(bArticles), []byte(id), a); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bExtractions), []byte(id), ex)
	})
}

// ---- iteration

// skipJSON consumes a JSON value without storing it.
type skipJSON struct{}

func (*skipJSON) UnmarshalJSON([]byte) error { return nil }

// articleNoText decodes an article but its text: the shallower Text field
// takes the "text" key from the embedded Article.
type articleNoText struct {
	*store.Article
	Text skipJSON `json:"text"`
}

// Chunk bounds for long reads: a read that holds the file longer keeps a
// running pass waiting, so iteration re-opens between chunks.
const (
	chunkTime    = 10 * time.Millisecond
	chunkRecords = 256
	chunkBytes   = 8 << 20
)

// Each calls fn for each article matching f in SortTime order, decoding
// one record at a time and never loading the database into memory.
//
// It first lists the matching index keys in one read (about 40 bytes per
// article), then reads the articles in short chunks, each in its own read
// transaction, and calls fn between chunks, so that a running pass is never
// held up for long, even by a slow consumer. What it yields: every article
// committed before Each began, once, in the order of that moment; each
// record as committed when its chunk was read (an article re-stored or
// re-extracted meanwhile comes in its newer form); nothing committed after
// Each began. fn returning an error stops iteration with that error.
func (d *DB) Each(f store.Filter, fn func(store.Record) error) error {
	ids, err := d.indexIDs(f)
	if err != nil {
		return err
	}
	for len(ids.off) > 0 {
		var batch []store.Record
		err := d.view(func(tx *bolt.Tx) error {
			arts, exs := tx.Bucket(bArticles), tx.Bucket(bExtractions)
			deadline := time.Now().Add(chunkTime)
			size := 0
			for n := 0; len(ids.off) > 0 && len(batch) < chunkRecords && size < chunkBytes; n++ {
				if n > 0 && n%32 == 0 && time.Now().After(deadline) {
					break
				}
				id := ids.next()
				v := arts.Get(id)
				if v == nil {
					continue
				}
				size += len(v)
				var a store.Article
				var target any = &a
				if f.NoText {
					target = &articleNoText{Article: &a}
				}
				if err := json.Unmarshal(v, target); err != nil {
					return fmt.Errorf("store: decode article %s: %w", id, err)
				}
				a.Normalize()
				if !keep(&f, &a) {
					continue
				}
				rec := store.Record{Article: &a}
				if ev := exs.Get(id); ev != nil {
					rec.ExtractionJSON = bytes.Clone(ev)
					size += len(ev)
				}
				batch = append(batch, rec)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, rec := range batch {
			if err := fn(rec); err != nil {
				return err
			}
		}
	}
	return nil
}

// keep applies the filters that need the decoded article.
func keep(f *store.Filter, a *store.Article) bool {
	if f.FeedID != "" && a.Feed.ID != f.FeedID {
		return false
	}
	if f.Version > 0 && a.Extractor.Version != f.Version {
		return false
	}
	switch f.Undated {
	case store.UndatedExclude:
		if a.Undated() {
			return false
		}
	case store.UndatedOnly:
		if !a.Undated() {
			return false
		}
	}
	if len(f.Langs) > 0 && !slices.Contains(f.Langs, a.Lang) {
		return false
	}
	return true
}

// idList is a list of article ids in one allocation.
type idList struct {
	buf []byte
	off []int // end offsets into buf, in order
	pos int   // start of the next id in buf
}

func (l *idList) add(id []byte) {
	l.buf = append(l.buf, id...)
	l.off = append(l.off, len(l.buf))
}

func (l *idList) next() []byte {
	end := l.off[0]
	id := l.buf[l.pos:end]
	l.pos, l.off = end, l.off[1:]
	return id
}

// indexIDs lists, in one read transaction, the ids that the publication
// index holds in the filter's time window, in index order. Keys are small
// and the index is scanned without touching the articles, so this read is
// short even on a large database.
func (d *DB) indexIDs(f store.Filter) (*idList, error) {
	ids := &idList{}
	err := d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bIdxPub).Cursor()
		var k []byte
		if f.Since.IsZero() {
			k, _ = c.First()
		} else {
			k, _ = c.Seek(pubKey(f.Since, ""))
		}
		var end []byte
		if !f.Until.IsZero() {
			end = pubKey(f.Until, "")
		}
		for ; k != nil; k, _ = c.Next() {
			if end != nil && bytes.Compare(k, end) >= 0 {
				break
			}
			ids.add(k[8:])
		}
		return nil
	})
	return ids, err
}

// scan calls fn for the keys and values of a bucket in key order, from
// after (nil for the start), in chunks of short read transactions; fn's
// arguments are valid only during the call. fn returning errStopScan ends
// the scan without error.
func (d *DB) scan(bucket []byte, after []byte, fn func(k, v []byte) error) error {
	return d.scanTx(bucket, after, func(_ *bolt.Tx, k, v []byte) error { return fn(k, v) })
}

// scanTx is scan with the chunk's transaction given to fn, for lookups
// in other buckets.
func (d *DB) scanTx(bucket []byte, after []byte, fn func(tx *bolt.Tx, k, v []byte) error) error {
	last := bytes.Clone(after)
	for {
		done := true
		err := d.view(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucket)
			if b == nil {
				return nil // a bucket this database predates
			}
			c := b.Cursor()
			var k, v []byte
			if last == nil {
				k, v = c.First()
			} else {
				k, v = c.Seek(last)
				if k != nil && bytes.Equal(k, last) {
					k, v = c.Next()
				}
			}
			deadline := time.Now().Add(chunkTime)
			for n := 0; k != nil; k, v = c.Next() {
				if err := fn(tx, k, v); err != nil {
					return err
				}
				last = append(last[:0], k...)
				if n++; n%64 == 0 && time.Now().After(deadline) {
					done = false
					return nil
				}
			}
			return nil
		})
		if errors.Is(err, errStopScan) {
			return nil
		}
		if err != nil || done {
			return err
		}
	}
}

// errStopScan ends a scan early.
var errStopScan = errors.New("stop scan")

// StaleIDs returns up to limit ids of articles extracted by an older
// extractor than cur: a lower version, or the same version with another
// rules fingerprint (a lexicon changed without a version bump; articles
// stored before fingerprints were recorded have none). Articles extracted
// by a newer version are left alone. Ids come in id order starting after
// the id given ("" for the start),
// so that a re-extraction can work in resumable batches.
func (d *DB) StaleIDs(cur store.ExtractorInfo, after string, limit int) ([]string, error) {
	var ids []string
	var from []byte
	if after != "" {
		from = []byte(after)
	}
	err := d.scan(bArticles, from, func(k, v []byte) error {
		var a struct {
			Extractor store.ExtractorInfo `json:"extractor"`
		}
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("store: decode article %s: %w", k, err)
		}
		if x := a.Extractor; x.Version < cur.Version || x.Version == cur.Version && x.Rules != cur.Rules {
			ids = append(ids, string(k))
			if len(ids) >= limit {
				return errStopScan
			}
		}
		return nil
	})
	return ids, err
}

// ---- retry queue

// PutRetry saves a queued page's state after another failed try.
func (d *DB) PutRetry(r *store.Retry) error {
	d.leases.mu.Lock()
	delete(d.leases.retries, r.ID)
	d.leases.mu.Unlock()
	return d.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bRetry), []byte(r.ID), r)
	})
}

// DueRetries returns up to limit queued pages whose next try is due at
// now, oldest due first is not promised: they come in id order.
func (d *DB) DueRetries(now time.Time, limit int) ([]store.Retry, error) {
	return d.dueRetries(now, limit, nil)
}

// ClaimRetries claims up to limit due pages for hold (see
// store.RetryQueue). The claims live in memory, as the feed leases do:
// only this process's passes can use the file as its writer.
func (d *DB) ClaimRetries(now time.Time, limit int, hold time.Duration) ([]store.Retry, error) {
	l := &d.leases
	l.mu.Lock()
	defer l.mu.Unlock()
	out, err := d.dueRetries(now, limit, func(id string) bool { return l.retries[id].After(now) })
	if err != nil {
		return nil, err
	}
	if l.retries == nil {
		l.retries = map[string]time.Time{}
	}
	for _, r := range out {
		l.retries[r.ID] = now.Add(hold)
	}
	return out, nil
}

// dueRetries lists up to limit due pages in id order, leaving out those
// that claimed reports.
func (d *DB) dueRetries(now time.Time, limit int, claimed func(id string) bool) ([]store.Retry, error) {
	var out []store.Retry
	err := d.scan(bRetry, nil, func(k, v []byte) error {
		var r store.Retry
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("store: decode retry %s: %w", k, err)
		}
		if !r.GaveUp && !r.NextTry.After(now) && (claimed == nil || !claimed(r.ID)) {
			out = append(out, r)
			if len(out) >= limit {
				return errStopScan
			}
		}
		return nil
	})
	return out, err
}

// Retries counts the retry queue.
func (d *DB) Retries(now time.Time) (store.RetryCounts, error) {
	var c store.RetryCounts
	err := d.scan(bRetry, nil, func(k, v []byte) error {
		var r store.Retry
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("store: decode retry %s: %w", k, err)
		}
		switch {
		case r.GaveUp:
			c.GaveUp++
		case !r.NextTry.After(now):
			c.Due++
			c.Waiting++
		default:
			c.Waiting++
		}
		return nil
	})
	return c, err
}

// ---- runs and stats

// AddRun records a run summary.
func (d *DB) AddRun(r *store.Run) error {
	return d.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bRuns), pubKey(r.Started, ""), r)
	})
}

// Runs returns up to n most recent runs, newest first.
func (d *DB) Runs(n int) ([]store.Run, error) {
	var out []store.Run
	err := d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bRuns).Cursor()
		for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
			var r store.Run
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("store: decode run: %w", err)
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// ArticleCount returns the number of stored articles from the bucket's
// page statistics, without decoding any.
func (d *DB) ArticleCount() (int, error) {
	var n int
	err := d.view(func(tx *bolt.Tx) error {
		n = tx.Bucket(bArticles).Stats().KeyN
		return nil
	})
	return n, err
}

// Counts counts the records. Duplicates needs a scan of the articles,
// done in chunks.
func (d *DB) Counts() (store.Counts, error) {
	var c store.Counts
	err := d.view(func(tx *bolt.Tx) error {
		c.Feeds = tx.Bucket(bFeeds).Stats().KeyN
		c.Articles = tx.Bucket(bArticles).Stats().KeyN
		c.Pages = tx.Bucket(bPages).Stats().KeyN
		c.Extractions = tx.Bucket(bExtractions).Stats().KeyN
		c.Runs = tx.Bucket(bRuns).Stats().KeyN
		c.FileBytes = tx.Size()
		return nil
	})
	if err != nil {
		return c, err
	}
	c.PerFeed = map[string]store.FeedCount{}
	err = d.scan(bArticles, nil, func(_, v []byte) error {
		// Keys are matched in the encoded article: a quote inside a
		// string value is always escaped, so `"key":` is only ever a key.
		fc := c.PerFeed[jsonField(v, `"feed":{"id":"`)]
		fc.Articles++
		if bytes.Contains(v, []byte(`"duplicate_of"`)) {
			c.Duplicates++
			fc.Duplicates++
		}
		if bytes.Contains(v, []byte(`"text_source":"feed"`)) {
			fc.FailedPages++
		}
		c.PerFeed[jsonField(v, `"feed":{"id":"`)] = fc
		return nil
	})
	return c, err
}

// jsonField returns the string value that follows prefix in an encoded
// object (no unescaping: ids need none).
func jsonField(v []byte, prefix string) string {
	i := bytes.Index(v, []byte(prefix))
	if i < 0 {
		return ""
	}
	rest := v[i+len(prefix):]
	if j := bytes.IndexByte(rest, '"'); j >= 0 {
		return string(rest[:j])
	}
	return ""
}

// ---- helpers

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode: %w", err)
	}
	return b.Put(k, data)
}
