package store

import (
	"time"
)

// Store is what eventwire's commands read and write. Two backends
// implement it: the embedded bbolt database of this package (one file, one
// pass at a time) and store/postgres (a shared database that several
// passes on several machines use at once). The shared test suite in
// store/storetest holds both to the same behaviour.
type Store interface {
	FeedStore
	ArticleStore
	RetryQueue
	RunLog
	QueryStore
	LeaseStore
	// Location names the database for messages: a file path, or a URL
	// without its password.
	Location() string
	Close() error
}

// FeedStore keeps the subscriptions and their polling state.
type FeedStore interface {
	// AddFeed subscribes a feed and assigns its ID; a URL already
	// subscribed gives ErrExists.
	AddFeed(f *Feed) error
	// Feed returns one feed; ErrNotFound when there is none.
	Feed(id string) (*Feed, error)
	// Feeds returns every feed in id order.
	Feeds() ([]Feed, error)
	// FeedKnown reports whether id names a feed that is or once was
	// subscribed (ids are never reused; a removed feed's articles stay).
	FeedKnown(id string) (bool, error)
	// UpdateFeed saves a feed's polling state, keeping the settings a user
	// edits (name, interval, selector) as stored.
	UpdateFeed(f *Feed) error
	// EditFeed changes a feed's settings with fn, atomically.
	EditFeed(id string, fn func(*Feed) error) (*Feed, error)
	// RemoveFeed unsubscribes a feed; its articles stay.
	RemoveFeed(id string) error
}

// ArticleStore keeps the stories, their raw pages and extractions.
type ArticleStore interface {
	// Seen returns the id of an article stored under the canonical URL or
	// under the feed's GUID; "" when neither is known.
	Seen(canonicalURL, feedID, guid string) (string, error)
	// PutArticle stores an article, its raw page (may be nil) and its
	// extraction at once, with every index but the content index (the
	// article keeps the DuplicateOf it has). Storing the same id again
	// replaces the article and extraction, never the page; storing it with
	// a page takes it out of the retry queue.
	PutArticle(a *Article, page []byte, ex *Extraction) error
	// WriteArticle stores an article with its page, extraction and retry
	// entry at once, and keeps the content index as ArticleWrite says.
	WriteArticle(w ArticleWrite) error
	// Article returns one article; ErrNotFound when there is none.
	Article(id string) (*Article, error)
	// Page returns an article's raw page, decompressed.
	Page(id string) ([]byte, error)
	// PutExtraction replaces an article's extraction and records its
	// extractor on the article.
	PutExtraction(id string, ex *Extraction) error
	// Each calls fn for each article matching f in SortTime order (then
	// id), streaming: the database is never loaded into memory.
	Each(f Filter, fn func(Record) error) error
	// StaleIDs returns up to limit ids, in id order after the one given,
	// of articles extracted by an older extractor than cur.
	StaleIDs(cur ExtractorInfo, after string, limit int) ([]string, error)
	// ArticleCount counts the stored articles.
	ArticleCount() (int, error)
	// Counts counts the records, per feed too.
	Counts() (Counts, error)
}

// RetryQueue is the queue of pages to fetch again.
type RetryQueue interface {
	PutRetry(r *Retry) error
	// DueRetries returns up to limit queued pages due at now.
	DueRetries(now time.Time, limit int) ([]Retry, error)
	// ClaimRetries is DueRetries for a pass that will fetch the pages:
	// each page it returns is kept from every other claim (another
	// worker's, on a shared database) for hold, or until the page's next
	// PutRetry; a worker that dies lets its pages come due again once hold
	// has passed. A claimed page the pass does not get to comes due again
	// after hold too.
	ClaimRetries(now time.Time, limit int, hold time.Duration) ([]Retry, error)
	Retries(now time.Time) (RetryCounts, error)
}

// RunLog keeps the summaries of passes.
type RunLog interface {
	AddRun(r *Run) error
	// Runs returns up to n most recent runs, newest first.
	Runs(n int) ([]Run, error)
}

// QueryStore answers the reads of the browser (eventwire serve).
type QueryStore interface {
	// Articles returns one page of the articles a query selects.
	Articles(q Query) (*Page, error)
	ArticleDetail(id string) (*Detail, error)
	// Copies lists the copies of each original; see CopyIndex.
	Copies() (*CopyIndex, error)
	// TxID changes whenever the articles do.
	TxID() (int, error)
	FeedCounts() (map[string]FeedCount, error)
}

// LeaseStore hands out due feeds to the passes that poll them, so that several
// passes at once (on a shared database) never poll one feed together.
type LeaseStore interface {
	// ClaimFeeds leases up to c.Limit feeds that are due (or, with Force,
	// any of c.FeedIDs), that no live lease holds and that this pass has
	// not polled yet, for c.Lease. A lease ends with ReleaseFeed, or when
	// it expires: a pass that dies gives its feeds back that way.
	ClaimFeeds(c Claim) ([]Feed, error)
	// RenewLeases extends a pass's leases by lease and returns the ids of
	// the feeds it still holds: a lease that ran out and was claimed by
	// another pass is lost, and the pass should stop polling that feed.
	RenewLeases(pass string, lease time.Duration) ([]string, error)
	// ReleaseFeed ends a pass's lease on a feed and marks it polled by
	// that pass.
	ReleaseFeed(id, pass string) error
}

// Claim asks for feeds to poll.
type Claim struct {
	// Pass names the pass: unique for each run of each process.
	Pass string
	// Now is the pass's clock: a feed is due when its NextPoll is not
	// after it.
	Now time.Time
	// Limit bounds the feeds leased at once.
	Limit int
	// Lease is how long a lease lives without renewal.
	Lease time.Duration
	// FeedIDs, when set, limits the claim to these feeds; Force leases
	// them (or all) whether due or not.
	FeedIDs []string
	Force   bool
}

// Due reports whether a claim selects f, leases aside.
func (c *Claim) Due(f *Feed) bool {
	return c.Force || f.NextPoll.IsZero() || !f.NextPoll.After(c.Now)
}
