package store

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Errors callers branch on.
var (
	// ErrLocked means another process holds the database.
	ErrLocked = errors.New("another eventwire process holds the database")
	// ErrNotFound means no record has that id.
	ErrNotFound = errors.New("not found")
	// ErrExists means a feed with that URL is already subscribed.
	ErrExists = errors.New("already exists")
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
	allBuckets   = [][]byte{bMeta, bFeeds, bArticles, bPages, bExtractions, bIdxPub, bIdxURL, bIdxGUID, bIdxContent, bRuns}
)

// Options configure Open. The zero value is ready to use.
type Options struct {
	// LockTimeout is how long Open waits for another process to release the
	// database. Zero means 3 seconds.
	LockTimeout time.Duration
	// ReadOnly opens the database for reading (export, stats), which other
	// readers may share.
	ReadOnly bool
	// NoSync skips fsync on commit; for benchmarks and tests only.
	NoSync bool
}

// DB is an open eventwire database.
type DB struct {
	db   *bolt.DB
	path string
	// gzips reuses page compressors: a new one allocates about a megabyte.
	gzips sync.Pool
}

// Open opens or creates the database at path, creating its directory.
func Open(path string, opts Options) (*DB, error) {
	if opts.LockTimeout == 0 {
		opts.LockTimeout = 3 * time.Second
	}
	exists, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("store: create directory: %w", err)
		}
	} else if !exists {
		return nil, fmt.Errorf("no database at %s (add a feed with \"eventwire feeds add URL\" and run \"eventwire run\", or give --db): %w", path, ErrNotFound)
	}
	bdb, err := openBolt(path, &bolt.Options{Timeout: opts.LockTimeout, ReadOnly: opts.ReadOnly, NoSync: opts.NoSync})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("%w %s (waited %s): let it finish, or stop it; in cron, run eventwire less often or under flock", ErrLocked, path, opts.LockTimeout)
	}
	if err != nil {
		if err = openError(path, err); errors.Is(err, ErrDamaged) {
			return nil, err
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	d := &DB{db: bdb, path: path}
	if err := d.verify(opts.ReadOnly); err != nil {
		bdb.Close()
		return nil, err
	}
	if !opts.ReadOnly {
		if err := d.init(); err != nil {
			bdb.Close()
			return nil, err
		}
	}
	return d, nil
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

// Path returns the database file's path.
func (d *DB) Path() string { return d.path }

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// ArticleID is the stable id of an article: hex of the SHA-256 of its
// canonical URL, shortened to 128 bits.
func ArticleID(canonicalURL string) string {
	h := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(h[:16])
}

// ---- feeds

// AddFeed subscribes a feed and assigns its ID. A URL already subscribed
// gives ErrExists.
func (d *DB) AddFeed(f *Feed) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var old Feed
			if err := json.Unmarshal(v, &old); err == nil && old.URL == f.URL {
				return fmt.Errorf("feed %s (id %s): %w", f.URL, old.ID, ErrExists)
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
func (d *DB) Feed(id string) (*Feed, error) {
	var f Feed
	err := d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bFeeds).Get(feedKey(id))
		if v == nil {
			return fmt.Errorf("feed %s: %w", id, ErrNotFound)
		}
		return json.Unmarshal(v, &f)
	})
	if err != nil {
		return nil, err
	}
	return &f, nil
}

// Feeds returns every feed in id order.
func (d *DB) Feeds() ([]Feed, error) {
	var out []Feed
	err := d.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bFeeds).ForEach(func(_, v []byte) error {
			var f Feed
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("store: decode feed: %w", err)
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// UpdateFeed saves a feed's state.
func (d *DB) UpdateFeed(f *Feed) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		if b.Get(feedKey(f.ID)) == nil {
			return fmt.Errorf("feed %s: %w", f.ID, ErrNotFound)
		}
		return putJSON(b, feedKey(f.ID), f)
	})
}

// RemoveFeed unsubscribes a feed. Its articles stay.
func (d *DB) RemoveFeed(id string) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		if b.Get(feedKey(id)) == nil {
			return fmt.Errorf("feed %s: %w", id, ErrNotFound)
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

func pubKey(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano())^(1<<63))
	return append(k, id...)
}

// PutArticle stores an article, its raw page (may be nil) and its
// extraction in one transaction, with every index. An article whose text
// hash is already stored under another id gets DuplicateOf set. Storing the
// same id again replaces the article and extraction but never the page.
func (d *DB) PutArticle(a *Article, page []byte, ex *Extraction) error {
	var gz []byte
	if page != nil {
		var err error
		if gz, err = d.compress(page); err != nil {
			return err
		}
	}
	return d.update(func(tx *bolt.Tx) error {
		arts := tx.Bucket(bArticles)
		if old := arts.Get([]byte(a.ID)); old != nil {
			var prev Article
			if err := json.Unmarshal(old, &prev); err == nil {
				if err := tx.Bucket(bIdxPub).Delete(pubKey(prev.SortTime(), prev.ID)); err != nil {
					return err
				}
			}
		}
		if a.TextSHA256 != "" {
			idx := tx.Bucket(bIdxContent)
			if v := idx.Get([]byte(a.TextSHA256)); v != nil && string(v) != a.ID {
				a.DuplicateOf = string(v)
			} else if err := idx.Put([]byte(a.TextSHA256), []byte(a.ID)); err != nil {
				return err
			}
		}
		if err := putJSON(arts, []byte(a.ID), a); err != nil {
			return err
		}
		if gz != nil && tx.Bucket(bPages).Get([]byte(a.ID)) == nil {
			if err := tx.Bucket(bPages).Put([]byte(a.ID), gz); err != nil {
				return err
			}
		}
		if ex != nil {
			if err := putJSON(tx.Bucket(bExtractions), []byte(a.ID), ex); err != nil {
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
func (d *DB) Article(id string) (*Article, error) {
	var a Article
	err := d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bArticles).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("article %s: %w", id, ErrNotFound)
		}
		return json.Unmarshal(v, &a)
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// Page returns an article's raw page, decompressed.
func (d *DB) Page(id string) ([]byte, error) {
	var gz []byte
	err := d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bPages).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("page %s: %w", id, ErrNotFound)
		}
		gz = bytes.Clone(v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return decompress(gz)
}

// PutExtraction replaces an article's extraction and records its extractor
// on the article.
func (d *DB) PutExtraction(id string, ex *Extraction) error {
	return d.update(func(tx *bolt.Tx) error {
		arts := tx.Bucket(bArticles)
		v := arts.Get([]byte(id))
		if v == nil {
			return fmt.Errorf("article %s: %w", id, ErrNotFound)
		}
		var a Article
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("store: decode article %s: %w", id, err)
		}
		a.Extractor = ex.Extractor
		if err := putJSON(arts, []byte(id), &a); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bExtractions), []byte(id), ex)
	})
}

// ---- iteration

// Filter selects articles for iteration. Zero fields select everything.
type Filter struct {
	Since, Until time.Time // on SortTime; Until exclusive
	FeedID       string
	// Version, when > 0, selects articles whose extractor version equals it.
	Version int
	// NoText leaves Article.Text empty, sparing the decoding of the
	// largest field when the caller does not need it.
	NoText bool
}

// skipJSON consumes a JSON value without storing it.
type skipJSON struct{}

func (*skipJSON) UnmarshalJSON([]byte) error { return nil }

// articleNoText decodes an article but its text: the shallower Text field
// takes the "text" key from the embedded Article.
type articleNoText struct {
	*Article
	Text skipJSON `json:"text"`
}

// Record is one article with its extraction, as iteration yields it. Each
// fills Article and ExtractionJSON (the stored JSON, so that an exporter can
// pass mentions through without decoding them); Extraction decodes it. The
// values are copies, valid after the callback returns.
type Record struct {
	Article        *Article
	ExtractionJSON []byte
	// Extraction, when set, wins over ExtractionJSON.
	Extraction *Extraction
}

// Decode returns the record's extraction, decoding ExtractionJSON if need
// be; an article without one gets an empty extraction.
func (r Record) Decode() (*Extraction, error) {
	if r.Extraction != nil {
		return r.Extraction, nil
	}
	if r.ExtractionJSON == nil {
		return &Extraction{Extractor: r.Article.Extractor}, nil
	}
	var ex Extraction
	if err := json.Unmarshal(r.ExtractionJSON, &ex); err != nil {
		return nil, fmt.Errorf("store: decode extraction %s: %w", r.Article.ID, err)
	}
	return &ex, nil
}

// Each calls fn for each article matching f in SortTime order, from one
// read transaction, decoding one record at a time. fn returning an error
// stops iteration with that error.
func (d *DB) Each(f Filter, fn func(Record) error) error {
	return d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bIdxPub).Cursor()
		arts, exs := tx.Bucket(bArticles), tx.Bucket(bExtractions)
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
			id := k[8:]
			v := arts.Get(id)
			if v == nil {
				continue
			}
			var a Article
			var target any = &a
			if f.NoText {
				target = &articleNoText{Article: &a}
			}
			if err := json.Unmarshal(v, target); err != nil {
				return fmt.Errorf("store: decode article %s: %w", id, err)
			}
			if f.FeedID != "" && a.Feed.ID != f.FeedID {
				continue
			}
			if f.Version > 0 && a.Extractor.Version != f.Version {
				continue
			}
			rec := Record{Article: &a}
			if ev := exs.Get(id); ev != nil {
				rec.ExtractionJSON = bytes.Clone(ev)
			}
			if err := callback(fn, rec); err != nil {
				return err
			}
		}
		return nil
	})
}

// StaleIDs returns up to limit ids of articles whose extractor version is
// below version, in id order starting after the id given ("" for the start),
// so that a re-extraction can work in resumable batches.
func (d *DB) StaleIDs(version int, after string, limit int) ([]string, error) {
	var ids []string
	err := d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bArticles).Cursor()
		var k, v []byte
		if after == "" {
			k, v = c.First()
		} else {
			k, v = c.Seek([]byte(after))
			if k != nil && string(k) == after {
				k, v = c.Next()
			}
		}
		for ; k != nil && len(ids) < limit; k, v = c.Next() {
			var a struct {
				Extractor ExtractorInfo `json:"extractor"`
			}
			if err := json.Unmarshal(v, &a); err != nil {
				return fmt.Errorf("store: decode article %s: %w", k, err)
			}
			if a.Extractor.Version < version {
				ids = append(ids, string(k))
			}
		}
		return nil
	})
	return ids, err
}

// ---- runs and stats

// AddRun records a run summary.
func (d *DB) AddRun(r *Run) error {
	return d.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bRuns), pubKey(r.Started, ""), r)
	})
}

// Runs returns up to n most recent runs, newest first.
func (d *DB) Runs(n int) ([]Run, error) {
	var out []Run
	err := d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bRuns).Cursor()
		for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
			var r Run
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("store: decode run: %w", err)
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// Counts are record counts per bucket.
type Counts struct {
	Feeds, Articles, Pages, Extractions, Runs int
	// Duplicates counts articles marked as syndicated copies.
	Duplicates int
	FileBytes  int64
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

// Counts counts the records. Duplicates needs a scan of the articles.
func (d *DB) Counts() (Counts, error) {
	var c Counts
	err := d.view(func(tx *bolt.Tx) error {
		c.Feeds = tx.Bucket(bFeeds).Stats().KeyN
		c.Articles = tx.Bucket(bArticles).Stats().KeyN
		c.Pages = tx.Bucket(bPages).Stats().KeyN
		c.Extractions = tx.Bucket(bExtractions).Stats().KeyN
		c.Runs = tx.Bucket(bRuns).Stats().KeyN
		c.FileBytes = tx.Size()
		return tx.Bucket(bArticles).ForEach(func(_, v []byte) error {
			if bytes.Contains(v, []byte(`"duplicate_of"`)) {
				c.Duplicates++
			}
			return nil
		})
	})
	return c, err
}

// ---- helpers

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode: %w", err)
	}
	return b.Put(k, data)
}

func (d *DB) compress(p []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := d.gzips.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(&buf, gzip.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		zw.Reset(&buf)
	}
	defer d.gzips.Put(zw)
	if _, err := zw.Write(p); err != nil {
		return nil, fmt.Errorf("store: compress page: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("store: compress page: %w", err)
	}
	return buf.Bytes(), nil
}

func decompress(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("store: decompress page: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("store: decompress page: %w", err)
	}
	return b, nil
}
