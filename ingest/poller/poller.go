package poller

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/ingest/canon"
	"github.com/eventwire/eventwire/ingest/feed"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/ingest/page"
	"github.com/eventwire/eventwire/store"
)

// Options configure a pass. Zero values are documented defaults.
type Options struct {
	// Concurrency bounds how many feeds are polled at once; 0 means 8.
	Concurrency int
	// MaxDuration stops the pass cleanly between articles; 0 means no limit.
	MaxDuration time.Duration
	// DefaultInterval applies to feeds stored without one; 0 means 30 min.
	DefaultInterval time.Duration
	// RedirectsToMove is how many consecutive passes must see the same
	// permanent redirect before the feed's URL changes; 0 means 3.
	RedirectsToMove int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger gets per-feed and per-article messages; nil discards them.
	Logger *slog.Logger
	// Progress, when set, is called after each feed with the counts so far.
	Progress func(done, total int)
	// Extractor names the pipeline's rules, stored with each extraction.
	Extractor store.ExtractorInfo
}

// Poller runs passes. It is not safe to run two passes at once on one
// database; the store's file lock prevents it across processes.
type Poller struct {
	db       *store.DB
	client   *fetch.Client
	pipeline *extract.Pipeline
	stripper *page.Stripper
	gate     *gate
	opts     Options
}

// New returns a poller.
func New(db *store.DB, client *fetch.Client, pipeline *extract.Pipeline, opts Options) *Poller {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 8
	}
	if opts.DefaultInterval <= 0 {
		opts.DefaultInterval = 30 * time.Minute
	}
	if opts.RedirectsToMove <= 0 {
		opts.RedirectsToMove = 3
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Poller{db: db, client: client, pipeline: pipeline, stripper: page.New(), gate: newGate(), opts: opts}
}

// FeedFailure is one feed that failed in a pass.
type FeedFailure struct {
	FeedID, URL, Class, Error string
	NextPoll                  time.Time
}

// Summary is the outcome of one pass.
type Summary struct {
	store.Run
	Failures []FeedFailure
}

// ErrStopped marks a pass that ended early (deadline or cancellation);
// what was committed stays committed.
var ErrStopped = errors.New("pass stopped early")

// Run polls every due feed once. Per-feed failures are reported in the
// summary, not returned; the error is non-nil only when the pass could not
// run at all or was stopped early (ErrStopped, with the summary filled).
func (p *Poller) Run(ctx context.Context) (*Summary, error) {
	start := p.opts.Now()
	sum := &Summary{Run: store.Run{Started: start}}
	if p.opts.MaxDuration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, p.opts.MaxDuration)
		defer cancel()
	}
	feeds, err := p.db.Feeds()
	if err != nil {
		return nil, err
	}
	var due []store.Feed
	for _, f := range feeds {
		if f.NextPoll.IsZero() || !f.NextPoll.After(start) {
			due = append(due, f)
		}
	}
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		sem  = make(chan struct{}, p.opts.Concurrency)
		done int
	)
	for i := range due {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func(f store.Feed) {
			defer wg.Done()
			defer func() { <-sem }()
			res := p.pollFeed(ctx, &f)
			mu.Lock()
			defer mu.Unlock()
			sum.add(res)
			done++
			if p.opts.Progress != nil {
				p.opts.Progress(done, len(due))
			}
		}(due[i])
	}
	wg.Wait()
	sum.Finished = p.opts.Now()
	if ctx.Err() != nil {
		sum.Stopped = ctx.Err().Error()
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			sum.Stopped = "max duration reached"
		}
	}
	if err := p.db.AddRun(&sum.Run); err != nil {
		return sum, err
	}
	if sum.Stopped != "" {
		return sum, fmt.Errorf("%w: %s", ErrStopped, sum.Stopped)
	}
	return sum, nil
}

// feedResult is what polling one feed produced.
type feedResult struct {
	notModified                              bool
	failure                                  *FeedFailure
	articlesNew, articlesDup, articlesFailed int
}

func (s *Summary) add(r feedResult) {
	s.FeedsPolled++
	if r.notModified {
		s.FeedsNotModified++
	}
	if r.failure != nil {
		s.FeedsFailed++
		s.Failures = append(s.Failures, *r.failure)
	}
	s.ArticlesNew += r.articlesNew
	s.ArticlesDup += r.articlesDup
	s.ArticlesFailed += r.articlesFailed
}

func (p *Poller) interval(f *store.Feed) time.Duration {
	if f.Interval > 0 {
		return f.Interval
	}
	return p.opts.DefaultInterval
}

func (p *Poller) pollFeed(ctx context.Context, f *store.Feed) (res feedResult) {
	log := p.opts.Logger.With("feed", f.ID, "url", f.URL)
	now := p.opts.Now()
	f.LastPoll = now
	fail := func(err error, class string) feedResult {
		f.ErrorCount++
		f.ErrorClass, f.LastError, f.LastErrorAt = class, err.Error(), now
		f.NextPoll = feed.NextPollAfter(now, p.interval(f), f.ErrorCount, retryAfter(err))
		if e := p.db.UpdateFeed(f); e != nil {
			log.Error("save feed state", "err", e)
		}
		log.Warn("feed failed", "class", class, "err", logValue(err.Error()), "next_poll", f.NextPoll)
		res.failure = &FeedFailure{FeedID: f.ID, URL: f.URL, Class: class, Error: err.Error(), NextPoll: f.NextPoll}
		return res
	}
	req := fetch.Request{URL: f.URL, Kind: fetch.KindFeed, ETag: f.ETag, LastModified: f.LastModified}
	if f.RedirectTarget != "" {
		// A 304 says nothing about where the feed lives: while a permanent
		// redirect is being confirmed, fetch without validators.
		req.ETag, req.LastModified = "", ""
	}
	resp, err := p.client.Fetch(ctx, req)
	if errors.Is(err, fetch.ErrNotModified) {
		f.ErrorCount, f.ErrorClass = 0, ""
		f.LastSuccess = now
		f.NextPoll = feed.NextPoll(now, p.interval(f), 0)
		if e := p.db.UpdateFeed(f); e != nil {
			log.Error("save feed state", "err", e)
		}
		res.notModified = true
		return res
	}
	if err != nil {
		if ctx.Err() != nil {
			return res // stopped: leave the feed as it was, to be polled again
		}
		if wait, ok := deferred(err); ok {
			f.NextPoll = now.Add(wait)
			if e := p.db.UpdateFeed(f); e != nil {
				log.Error("save feed state", "err", e)
			}
			log.Info("feed deferred by its host", "wait", wait)
			return res
		}
		return fail(err, fetch.Class(err))
	}
	var parsed *feed.Feed
	if gerr := p.gate.do(ctx, len(resp.Body), func() { parsed, err = feed.Parse(resp.Body, resp.URL) }); gerr != nil {
		return res // stopped: leave the feed as it was
	}
	resp.Body = nil // parsed: let the collector have it while the items are fetched
	if err != nil {
		return fail(err, fetch.Class(err))
	}
	complete := true
	for _, it := range parsed.Items {
		if ctx.Err() != nil {
			return res // validators not saved: the next pass re-polls
		}
		switch p.storeItem(ctx, f, it, log) {
		case itemNew:
			res.articlesNew++
		case itemDuplicate:
			res.articlesDup++
		case itemFailed:
			res.articlesNew++
			res.articlesFailed++
		case itemError:
			res.articlesFailed++
		case itemDeferred:
			complete = false
		}
	}
	if ctx.Err() != nil || !complete {
		// Validators are saved only when every item is stored, or the
		// items left over would hide behind a 304 next time.
		return res
	}
	p.noteRedirect(f, resp.PermanentRedirect, log)
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	f.ErrorCount, f.ErrorClass = 0, ""
	f.LastSuccess = now
	f.NextPoll = feed.NextPoll(now, p.interval(f), 0)
	if err := p.db.UpdateFeed(f); err != nil {
		log.Error("save feed state", "err", err)
	}
	return res
}

// deferred reports a request the client did not send because the host asked
// to wait longer than this pass can (Retry-After, Crawl-delay), and for how
// long: not a failure of the feed, only a reason to come back later.
func deferred(err error) (time.Duration, bool) {
	var se *fetch.StatusError
	if errors.As(err, &se) && se.Deferred {
		return se.RetryAfter, true
	}
	return 0, false
}

// retryAfter is the wait a server asked for with its error, if any.
func retryAfter(err error) time.Duration {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.RetryAfter
	}
	return 0
}

// noteRedirect moves a feed after the same permanent redirect was seen on
// several consecutive passes; a temporary redirect never moves it.
func (p *Poller) noteRedirect(f *store.Feed, target string, log *slog.Logger) {
	if target == "" || target == f.URL {
		f.RedirectTarget, f.RedirectCount = "", 0
		return
	}
	if target == f.RedirectTarget {
		f.RedirectCount++
	} else {
		f.RedirectTarget, f.RedirectCount = target, 1
	}
	if f.RedirectCount >= p.opts.RedirectsToMove {
		log.Info("feed moved permanently", "to", target)
		f.URLHistory = append(f.URLHistory, f.URL)
		f.URL = target
		f.RedirectTarget, f.RedirectCount = "", 0
		f.ETag, f.LastModified = "", ""
	}
}

type itemOutcome int

const (
	itemSeen      itemOutcome = iota // already stored
	itemNew                          // stored
	itemDuplicate                    // stored, a syndicated copy of another
	itemFailed                       // stored with the feed's text; the page failed
	itemError                        // not stored
	itemDeferred                     // not fetched yet: the host asked to wait
)

func (p *Poller) storeItem(ctx context.Context, f *store.Feed, it feed.Item, log *slog.Logger) itemOutcome {
	link := it.URL
	if link == "" && strings.HasPrefix(it.GUID, "http") {
		link = it.GUID
	}
	if link == "" {
		log.Warn("item without link", "guid", logValue(it.GUID), "title", logValue(it.Title))
		return itemError
	}
	if u, err := url.Parse(link); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// javascript:, data:, file: and the like are never fetched nor
		// stored: an exported link must be safe to click.
		log.Warn("item link is not http or https; item skipped", "link", logValue(link), "title", logValue(it.Title))
		return itemError
	}
	canonical := canon.Clean(link)
	if id, err := p.db.Seen(canonical, f.ID, it.GUID); err != nil {
		log.Error("lookup", "err", err)
		return itemError
	} else if id != "" {
		return itemSeen
	}
	a := &store.Article{
		URL:  link,
		Feed: store.FeedRef{ID: f.ID, URL: f.URL, GUID: it.GUID, ItemPublished: it.Published},
	}
	resp, err := p.client.Fetch(ctx, fetch.Request{URL: link, Kind: fetch.KindPage})
	outcome := itemNew
	var raw []byte
	if err != nil {
		if ctx.Err() != nil {
			return itemError
		}
		if _, ok := deferred(err); ok || fetch.Class(err) == "rate-limited" {
			return itemDeferred // asked to come back later: the next pass retries
		}
		// Keep the feed's own text, and say why.
		log.Warn("page fetch failed; keeping the feed's text", "link", logValue(link), "class", fetch.Class(err), "err", logValue(err.Error()))
		a.TextSource, a.FetchError = "feed", fmt.Sprintf("%s: %v", fetch.Class(err), err)
		a.CanonicalURL = canonical
		a.Title = it.Title
		a.Text, a.Truncated = htmlText(it.Content), it.Truncated
		a.FetchedAt = p.opts.Now()
		outcome = itemFailed
	} else {
		raw = resp.Body
		var r *page.Result
		if gerr := p.gate.do(ctx, len(resp.Body), func() {
			r, err = p.stripper.Strip(resp.Body, resp.URL, page.Options{Selector: f.Selector})
		}); gerr != nil {
			return itemError // stopped
		}
		if err != nil {
			log.Warn("strip failed; keeping the feed's text", "link", logValue(link), "err", logValue(err.Error()))
			r = &page.Result{Title: it.Title, Text: htmlText(it.Content)}
			a.FetchError = "strip: " + err.Error()
			a.TextSource, a.Truncated = "feed", it.Truncated
		} else {
			a.TextSource = "page"
		}
		a.URL = resp.URL
		a.CanonicalURL = canon.Choose(resp.URL, r.CanonicalURL)
		if a.CanonicalURL != canonical {
			if id, err := p.db.Seen(a.CanonicalURL, "", ""); err == nil && id != "" {
				return itemSeen
			}
		}
		a.Title, a.Byline, a.Lang, a.StripPath = r.Title, r.Byline, r.Lang, r.Path
		a.Published, a.PublishedSource, a.Modified = r.Published, r.PublishedSource, r.Modified
		a.Text = r.Text
		if a.Title == "" {
			a.Title = it.Title
		}
		if strings.TrimSpace(a.Text) == "" && it.Content != "" {
			a.Text, a.TextSource, a.Truncated = htmlText(it.Content), "feed", it.Truncated
		}
		a.FetchedAt = p.opts.Now()
		a.HTTP = store.HTTPInfo{Status: resp.Status, ETag: resp.ETag, LastModified: resp.LastModified,
			ContentType: resp.ContentType, Charset: resp.Charset, CharsetSource: resp.CharsetSource}
		sum := sha256.Sum256(raw)
		a.PageSHA256 = hex.EncodeToString(sum[:])
	}
	if a.Published.IsZero() && !it.Published.IsZero() {
		a.Published, a.PublishedSource = it.Published, "feed"
	}
	a.ID = store.ArticleID(a.CanonicalURL)
	var ex *store.Extraction
	if err := p.gate.do(ctx, extractWeight*min(len(a.Text), MaxText), func() {
		ex = Extract(p.pipeline, a, p.opts.Extractor, p.opts.Now())
	}); err != nil {
		return itemError // stopped
	}
	tsum := sha256.Sum256([]byte(normalizeText(a.Text)))
	a.TextSHA256 = hex.EncodeToString(tsum[:])
	if err := p.db.PutArticle(a, raw, ex); err != nil {
		log.Error("store article", "link", logValue(link), "err", logValue(err.Error()))
		return itemError
	}
	if a.DuplicateOf != "" && outcome == itemNew {
		outcome = itemDuplicate
	}
	log.Debug("article stored", "id", a.ID, "link", logValue(link), "duplicate_of", a.DuplicateOf, "truncated", a.Truncated)
	return outcome
}

// Extract runs the pipeline over an article's text, anchored at its
// publication time, and records the dateline on the article. The text is
// held to the limits first: invalid UTF-8 repaired (offsets count the
// repaired bytes), cut to MaxText, and cut again before the sentence of the
// first mention past MaxMentions, then extracted again; a.Text becomes the
// text extracted, and a.Truncated says when it was cut.
func Extract(pl *extract.Pipeline, a *store.Article, info store.ExtractorInfo, now time.Time) *store.Extraction {
	a.Extractor = info
	a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	if t, cut := capText(a.Text, MaxText); cut {
		a.Text, a.Truncated = t, true
	}
	res := pl.Run(a.Text, a.Published)
	for len(res.Mentions) > MaxMentions {
		m := res.Mentions[MaxMentions]
		cut := m.Start
		if sents := extract.Sentences(a.Text); m.Sentence < len(sents) && sents[m.Sentence].Start > 0 {
			cut = sents[m.Sentence].Start
		}
		a.Text, a.Truncated = strings.TrimRightFunc(a.Text[:cut], unicode.IsSpace), true
		res = pl.Run(a.Text, a.Published)
	}
	a.Dateline = nil
	if dl := res.Dateline; dl != nil {
		a.Dateline = &store.DatelineInfo{Place: dl.Place, Agency: dl.Agency}
	}
	return &store.Extraction{Extractor: info, ExtractedAt: now, Mentions: res.Mentions, Events: res.Events}
}

// normalizeText folds white space so that the same story laid out by two
// sites hashes the same.
func normalizeText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
