package poller

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/ingest/article"
	"github.com/eventwire/eventwire/ingest/feed"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/ingest/lang"
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
	// Progress, when set, is called after each feed and each page with
	// the counts so far, from one goroutine at a time.
	Progress func(Progress)
	// FeedIDs, when set, limits the pass to these feeds.
	FeedIDs []string
	// Force polls the selected feeds now, whatever their next poll time
	// or backoff.
	Force bool
	// RetryLimit bounds the queued pages retried in one pass; 0 means 500.
	RetryLimit int
	// Extractor names the pipeline's rules, stored with each extraction.
	Extractor store.ExtractorInfo
	// Pass starts the name of each pass for the feed leases of a shared
	// database (a random part follows, so that every pass has its own).
	Pass string
	// Lease is how long a claimed feed stays this pass's without renewal
	// (it is renewed every third of it while polled): how soon a feed
	// held by a pass that died goes back to the others. 0 means 2 min.
	Lease time.Duration
}

// Progress is how far a pass has got.
type Progress struct {
	FeedsDone, FeedsTotal int
	Pages                 int // pages fetched or failed, retries included
}

// Poller runs passes. Passes on one database, in one process or many,
// share the due feeds through the store's leases: each feed is polled by
// one pass at a time.
type Poller struct {
	db     store.Store
	client *fetch.Client
	stage  *article.Stage
	gate   *article.Gate
	opts   Options

	// Per pass.
	pass     string
	flightMu sync.Mutex
	inFlight map[string]context.CancelFunc // feed id -> stops its poll
	progMu   sync.Mutex
	progress Progress
	hosts    *hostFailures
}

// New returns a poller.
func New(db store.Store, client *fetch.Client, pipeline *extract.Pipeline, opts Options) *Poller {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 8
	}
	if opts.DefaultInterval <= 0 {
		opts.DefaultInterval = 30 * time.Minute
	}
	if opts.RedirectsToMove <= 0 {
		opts.RedirectsToMove = 3
	}
	if opts.RetryLimit <= 0 {
		opts.RetryLimit = 500
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Lease <= 0 {
		opts.Lease = 2 * time.Minute
	}
	gate := article.NewGate()
	stage := article.New(db, article.Options{Pipeline: pipeline, Extractor: opts.Extractor, Now: opts.Now, Logger: opts.Logger, Gate: gate})
	return &Poller{db: db, client: client, stage: stage, gate: gate, opts: opts}
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
	due, err := p.due(feeds, start)
	if err != nil {
		return nil, err
	}
	p.hosts = newHostFailures()
	p.progress = Progress{FeedsTotal: len(due)}
	var b [8]byte
	rand.Read(b[:])
	p.pass = p.opts.Pass + hex.EncodeToString(b[:])
	p.inFlight = map[string]context.CancelFunc{}
	stopRenew := p.renewLeases()
	defer stopRenew()
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		sem = make(chan struct{}, p.opts.Concurrency)
	)
	claim := store.Claim{Pass: p.pass, Now: start, Limit: 1, Lease: p.opts.Lease, FeedIDs: p.opts.FeedIDs, Force: p.opts.Force}
	// Claim a feed whenever a slot is free, until none is left that this
	// pass may take: the rest are polled, not due, or held by other passes.
	for ctx.Err() == nil {
		sem <- struct{}{}
		got, err := p.db.ClaimFeeds(claim)
		if err != nil || len(got) == 0 {
			<-sem
			if err != nil {
				wg.Wait()
				return nil, fmt.Errorf("claim feeds: %w", err)
			}
			break
		}
		wg.Add(1)
		fctx, cancel := context.WithCancel(ctx)
		p.flightMu.Lock()
		p.inFlight[got[0].ID] = cancel
		p.flightMu.Unlock()
		go func(f store.Feed) {
			defer wg.Done()
			defer func() { <-sem }()
			res := p.pollFeed(fctx, &f)
			p.flightMu.Lock()
			delete(p.inFlight, f.ID)
			p.flightMu.Unlock()
			cancel()
			if err := p.db.ReleaseFeed(f.ID, p.pass); err != nil {
				p.opts.Logger.Error("release feed", "feed", f.ID, "err", err)
			}
			mu.Lock()
			sum.add(res)
			mu.Unlock()
			p.report(func(pr *Progress) { pr.FeedsDone++ })
		}(got[0])
	}
	wg.Wait()
	if ctx.Err() == nil && len(p.opts.FeedIDs) == 0 {
		p.retryPages(ctx, sum)
	}
	p.hosts.log(p.opts.Logger)
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

// renewLeases renews this pass's leases every third of their life until
// the returned function is called.
func (p *Poller) renewLeases() func() {
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(p.opts.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p.renewOnce()
			}
		}
	}()
	return func() { close(done); <-stopped }
}

// renewOnce renews this pass's leases and stops polling the feeds in
// flight whose lease it lost (it ran out and another pass claimed the
// feed): what was stored stays, the rest is the other pass's. The lock is
// held across the renewal so that a feed claimed meanwhile is either among
// those renewed or not yet in flight.
func (p *Poller) renewOnce() {
	p.flightMu.Lock()
	defer p.flightMu.Unlock()
	held, err := p.db.RenewLeases(p.pass, p.opts.Lease)
	if err != nil {
		p.opts.Logger.Warn("renew feed leases", "err", err)
		return
	}
	for id, cancel := range p.inFlight {
		if !slices.Contains(held, id) {
			p.opts.Logger.Warn("feed lease lost to another pass; leaving the feed to it", "feed", id)
			cancel()
			delete(p.inFlight, id)
		}
	}
}

// due picks the feeds this pass polls: those whose next poll has come,
// or the ones asked for (all of them now with Force).
func (p *Poller) due(feeds []store.Feed, now time.Time) ([]store.Feed, error) {
	want := map[string]bool{}
	for _, id := range p.opts.FeedIDs {
		want[id] = true
	}
	var due []store.Feed
	for _, f := range feeds {
		if len(want) > 0 && !want[f.ID] {
			continue
		}
		delete(want, f.ID)
		if p.opts.Force || f.NextPoll.IsZero() || !f.NextPoll.After(now) {
			due = append(due, f)
		}
	}
	for id := range want {
		return nil, fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
	}
	return due, nil
}

// report updates the progress and passes it on.
func (p *Poller) report(fn func(*Progress)) {
	p.progMu.Lock()
	defer p.progMu.Unlock()
	fn(&p.progress)
	if p.opts.Progress != nil {
		p.opts.Progress(p.progress)
	}
}

func (p *Poller) pageDone() { p.report(func(pr *Progress) { pr.Pages++ }) }

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
	if gerr := p.gate.Do(ctx, len(resp.Body), func() { parsed, err = feed.Parse(resp.Body, resp.URL) }); gerr != nil {
		return res // stopped: leave the feed as it was
	}
	resp.Body = nil // parsed: let the collector have it while the items are fetched
	if err != nil {
		return fail(err, fetch.Class(err))
	}
	fc := &feedContext{title: parsed.Title, ref: parsed.Updated, lang: lang.Normalize(parsed.Language)}
	if fc.ref.IsZero() {
		fc.ref = now
	}
	complete := true
	for _, it := range parsed.Items {
		if ctx.Err() != nil {
			return res // validators not saved: the next pass re-polls
		}
		switch p.storeItem(ctx, f, fc, it, log) {
		case itemNew:
			res.articlesNew++
		case itemDuplicate:
			res.articlesDup++
		case itemFailed:
			res.articlesNew++
			res.articlesFailed++
		case itemFailedDuplicate:
			res.articlesDup++
			res.articlesFailed++
		case itemError:
			res.articlesFailed++
		case itemDeferred:
			complete = false
		}
	}
	if fc.unparsedDates > 0 {
		log.Warn("item dates not understood; those articles take their date from the page or the fetch time",
			"items", fc.unparsedDates, "example", logValue(fc.unparsedExample))
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

// feedContext is what a feed says that its items' articles use.
type feedContext struct {
	title string
	lang  string // the feed's declared language, ISO 639-1
	// ref gives a dateline its year: the feed's own date, else the
	// fetch time.
	ref             time.Time
	unparsedDates   int
	unparsedExample string
}

type itemOutcome int

const (
	itemSeen            itemOutcome = iota // already stored
	itemNew                                // stored
	itemDuplicate                          // stored, a syndicated copy of another
	itemFailed                             // stored with the feed's text; the page failed
	itemFailedDuplicate                    // the same, and a copy of another article
	itemError                              // not stored
	itemDeferred                           // not fetched yet: the host asked to wait
)

func (p *Poller) storeItem(ctx context.Context, f *store.Feed, fc *feedContext, it feed.Item, log *slog.Logger) itemOutcome {
	item := article.NewItem(article.Feed{ID: f.ID, URL: f.URL, Selector: f.Selector, Title: fc.title, Lang: fc.lang, Ref: fc.ref}, it)
	link := item.Link
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
	stage := p.stage.WithContext(ctx)
	if id, err := p.stage.Known(item); err != nil {
		log.Error("lookup", "err", err)
		return itemError
	} else if id != "" {
		return itemSeen
	}
	if it.DateUnparsed != "" {
		fc.unparsedDates++
		fc.unparsedExample = it.DateUnparsed
	}
	resp, err := p.client.Fetch(ctx, fetch.Request{URL: link, Kind: fetch.KindPage})
	p.pageDone()
	if err != nil {
		if ctx.Err() != nil {
			return itemError
		}
		if _, ok := deferred(err); ok || fetch.Class(err) == "rate-limited" {
			return itemDeferred // asked to come back later: the next pass retries
		}
		// Keep the feed's own text, say why, and queue the page.
		p.hosts.fail(link, err)
		log.Debug("page fetch failed; keeping the feed's text", "link", logValue(link), "class", fetch.Class(err), "err", logValue(err.Error()))
		var r *store.Retry
		if retryable(err) {
			r = &store.Retry{URL: link, Host: hostOf(link), NextTry: p.opts.Now().Add(retryDelay(0)), LastError: fmt.Sprintf("%s: %v", fetch.Class(err), err)}
		}
		a, err := stage.FromFeed(item, err, r)
		if err != nil {
			if ctx.Err() == nil {
				log.Error("store article", "link", logValue(link), "err", logValue(err.Error()))
			}
			return itemError
		}
		if a.DuplicateOf != "" {
			return itemFailedDuplicate
		}
		return itemFailed
	}
	a, err := stage.FromPage(item, article.Fetched(resp))
	if errors.Is(err, article.ErrKnown) {
		return itemSeen
	}
	if err != nil {
		if ctx.Err() == nil {
			log.Error("store article", "link", logValue(link), "err", logValue(err.Error()))
		}
		return itemError
	}
	log.Debug("article stored", "id", a.ID, "link", logValue(link), "duplicate_of", a.DuplicateOf, "truncated", a.Truncated)
	if a.DuplicateOf != "" {
		return itemDuplicate
	}
	if a.TextSource == "feed" {
		return itemFailed // the page came but could not be stripped
	}
	return itemNew
}

// logValue shortens a value for the log (see article.LogValue).
func logValue(s string) string { return article.LogValue(s) }
