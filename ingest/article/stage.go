package article

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/ingest/canon"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/ingest/page"
	"github.com/eventwire/eventwire/store"
)

// Store is what the stage needs of the store: the identity indexes the
// duplicate policy reads, a feed's settings, and the one article write.
type Store interface {
	// Seen is the id of the article stored under a canonical URL or a
	// feed's GUID; "" when neither is known.
	Seen(canonicalURL, feedID, guid string) (string, error)
	// Feed is a subscribed feed (its selector strips its pages).
	Feed(id string) (*store.Feed, error)
	// WriteArticle stores an article, its page, extraction and retry
	// entry in one transaction.
	WriteArticle(w store.ArticleWrite) error
}

// ErrKnown means the page is an article already stored (its canonical URL
// is indexed): nothing was written.
var ErrKnown = errors.New("article already stored")

// Options configure a Stage. Zero values are documented defaults.
type Options struct {
	// Pipeline runs the extractors; nil means one with no extractors.
	Pipeline *extract.Pipeline
	// Extractor names the pipeline's rules, recorded with each extraction.
	Extractor store.ExtractorInfo
	// AnyLanguage runs the rules on every text and skips language
	// detection: for the extract command, whose inputs are English corpora
	// and whose output carries no language.
	AnyLanguage bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger gets the pages that could not be stripped; nil discards.
	Logger *slog.Logger
	// Gate, when set, bounds the memory that stripping and extraction
	// take at once across every user of the gate (see Gate).
	Gate *Gate
	// NoLimits extracts a text whole, however long, and with every
	// mention: for the extract command, whose output is not stored. By
	// default a text is held to MaxText and MaxMentions (see Extract).
	NoLimits bool
}

// Stage reads, extracts and stores articles. It is safe for concurrent
// use; hold one for many articles.
type Stage struct {
	st       Store
	opts     Options
	stripper *page.Stripper
	ctx      context.Context // waits at the gate end with it; nil: never
}

// New returns a stage that stores into st. st may be nil for a stage that
// only reads and extracts (Read, Extract).
func New(st Store, opts Options) *Stage {
	if opts.Pipeline == nil {
		opts.Pipeline = extract.NewPipeline(nil)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Stage{st: st, opts: opts, stripper: page.New()}
}

// WithContext returns a stage that shares s's settings and gives up
// waiting at the gate when ctx ends: the article is then not stored, and
// the call returns ctx's error.
func (s *Stage) WithContext(ctx context.Context) *Stage {
	c := *s
	c.ctx = ctx
	return &c
}

func (s *Stage) context() context.Context {
	if s.ctx == nil {
		return context.Background()
	}
	return s.ctx
}

// stopped is ctx's error when the stage's context has ended.
func (s *Stage) stopped() error {
	if s.ctx == nil {
		return nil
	}
	return s.ctx.Err()
}

// Page is an article's raw page.
type Page struct {
	URL  string // where it was fetched, after redirects
	Body []byte // UTF-8 HTML
	// HTTP is how the page was fetched just now; nil for a page read again
	// from the store, which keeps the article's fetch time and record.
	HTTP *store.HTTPInfo
}

// Fetched is the page of a fetch response.
func Fetched(resp *fetch.Response) Page {
	return Page{URL: resp.URL, Body: resp.Body, HTTP: &store.HTTPInfo{Status: resp.Status, ETag: resp.ETag,
		LastModified: resp.LastModified, ContentType: resp.ContentType, Charset: resp.Charset, CharsetSource: resp.CharsetSource}}
}

// FromPage stores a new article from its item and fetched page. It
// returns ErrKnown, and stores nothing, when the page's canonical URL is
// an article already stored.
func (s *Stage) FromPage(it *Item, pg Page) (*store.Article, error) {
	a := it.article()
	err := s.read(a, pg, it)
	if stop := s.stopped(); stop != nil {
		return nil, stop
	}
	if err != nil {
		s.opts.Logger.Warn("strip failed; keeping the feed's text", "link", LogValue(pg.URL), "err", LogValue(err.Error()))
	}
	if s.pageKnown(a.CanonicalURL, it) {
		return nil, ErrKnown
	}
	a.ID = store.ArticleID(a.CanonicalURL)
	return a, s.write(a, pg.Body, nil)
}

// FromFeed stores a new article whose page could not be fetched (fetchErr
// says why) with the feed's text, and queues its page when retry is set.
func (s *Stage) FromFeed(it *Item, fetchErr error, retry *store.Retry) (*store.Article, error) {
	a := it.article()
	a.CanonicalURL = canon.Clean(it.Link)
	a.TextSource, a.FetchError = "feed", fmt.Sprintf("%s: %v", fetch.Class(fetchErr), fetchErr)
	a.Title = it.Ref.ItemTitle
	a.Text, a.Truncated = it.Text, it.Truncated
	a.FetchedAt = s.opts.Now()
	s.setPublished(a, nil, it)
	it.declaredLang(a)
	a.TextSHA256 = textHash(a.Text)
	a.ID = store.ArticleID(a.CanonicalURL)
	return a, s.write(a, nil, retry)
}

// Refresh reads a stored article again from its page: a page fetched on
// a retry, or the stored raw page (reextract --restrip). The text, title,
// publication time, language, hashes and extraction are renewed and the
// duplicate policy decided afresh; the article keeps its id. A stored page
// that now strips to no text leaves the article as it was, extracted
// again.
func (s *Stage) Refresh(a *store.Article, pg Page) error {
	it, err := s.itemOf(a)
	if err != nil {
		return err
	}
	prev := *a
	err = s.read(a, pg, it)
	if stop := s.stopped(); stop != nil {
		*a = prev
		return stop
	}
	if (err != nil || blank(a.Text)) && pg.HTTP == nil {
		*a = prev
	} else {
		if err != nil {
			s.opts.Logger.Warn("strip failed; keeping the feed's text", "link", LogValue(pg.URL), "err", LogValue(err.Error()))
		}
		if prev.TextSource == "page" && prev.Title != "" && prev.Title == it.Ref.ItemTitle {
			// The item's headline won over the page's title before, when
			// the feed's title showed the page's to be the site's name;
			// the feed's title is not stored, so that choice stands.
			a.Title = prev.Title
		}
		a.DuplicateOf = ""
		s.copyOfPage(a, prev.CanonicalURL)
	}
	body := pg.Body
	if pg.HTTP == nil {
		body = nil // the stored page itself: pages are written once
	}
	return s.write(a, body, nil)
}

// Read fills an article from a page and an item (which may be empty), as
// FromPage does, without storing it. A non-nil error means the page could
// not be stripped: the article then holds the item's text.
func (s *Stage) Read(pg Page, it *Item) (*store.Article, error) {
	a := it.article()
	err := s.read(a, pg, it)
	return a, err
}

// write extracts and stores an article.
func (s *Stage) write(a *store.Article, page []byte, retry *store.Retry) error {
	ex, err := s.extract(a)
	if err != nil {
		return err
	}
	return s.st.WriteArticle(store.ArticleWrite{Article: a, Page: page, Extraction: ex, Retry: retry, CompareText: worthComparing(a.Text)})
}
