package store

// Dump is one article as stored, with what belongs to it, for copying a
// database to another backend (eventwire copy).
type Dump struct {
	// Article has its text and DuplicateOf as stored: a copy keeps them.
	Article *Article
	// Extraction is the stored extraction JSON; nil when there is none.
	Extraction []byte
	// PageGzip is the gzip-compressed raw page; nil when none is stored.
	PageGzip []byte
	// Retry is the page's retry-queue entry, if it has one.
	Retry *Retry
	// HoldsText says that the content index files the article under its
	// TextSHA256: later articles with that text are its copies.
	HoldsText bool
}

// CopySource is a database that eventwire copy reads from.
type CopySource interface {
	Feeds() ([]Feed, error)
	// FeedSequence is the highest feed id ever given.
	FeedSequence() (int, error)
	Runs(n int) ([]Run, error)
	// DumpArticles returns up to limit articles in id order after the id
	// given ("" for the start).
	DumpArticles(after string, limit int) ([]Dump, error)
	ArticleCount() (int, error)
}

// CopySink is a database that eventwire copy writes to. Each import is
// idempotent, so a copy that stopped can start again.
type CopySink interface {
	// ImportFeeds stores feeds with their ids, those already there left
	// as they are, and makes new ids start after seq.
	ImportFeeds(feeds []Feed, seq int) error
	// ImportRuns stores run summaries not already there.
	ImportRuns(runs []Run) error
	// ImportArticles stores a batch as given (no new duplicate decisions)
	// and records, in the same transaction, that the copy from source has
	// got to the batch's last id.
	ImportArticles(source string, batch []Dump) error
	// CopyCheckpoint returns the last article id copied from source, ""
	// when none.
	CopyCheckpoint(source string) (string, error)
}
