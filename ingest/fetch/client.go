package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Kind says what is fetched; it selects the size cap, the Accept header,
// whether robots.txt applies and whether <meta> may declare the charset.
type Kind int

const (
	KindPage Kind = iota // an article page: 5 MiB cap, robots.txt applies
	KindFeed             // a feed: 10 MiB cap; robots.txt only with Options.FeedRobots

	kindRobots Kind = -1 // a robots.txt file, fetched internally
)

// Defaults for the zero values of Options.
const (
	DefaultUserAgent    = "eventwire/dev (+https://github.com/eventwire/eventwire)"
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultHostRate     = 1.0
	DefaultFeedLimit    = 10 << 20
	DefaultPageLimit    = 5 << 20
	DefaultMaxWait      = 2 * time.Minute
	DefaultHostBudget   = 2 * time.Minute
)

// Options configure a Client. Zero values are documented defaults.
type Options struct {
	UserAgent    string        // "" means DefaultUserAgent; its product token is matched in robots.txt
	Timeout      time.Duration // per HTTP exchange (one redirect hop, body included); 0 means 30 s
	MaxRedirects int           // 0 means 5; negative means none followed
	HostRate     float64       // requests per second per host; 0 means 1, negative means no limit
	FeedLimit    int64         // bytes after decompression; 0 means 10 MiB
	PageLimit    int64         // bytes after decompression; 0 means 5 MiB
	AllowPrivate bool          // permit loopback and private-network addresses
	// FeedRobots makes feed fetches obey robots.txt too. Off by default: a
	// feed is a subscription a person chose, not a crawl.
	FeedRobots bool
	// MaxWait is the longest a request waits for its host's turn (rate,
	// Crawl-delay, Retry-After) before it is deferred with a *StatusError
	// whose Deferred is true. 0 means 2 minutes; negative means only the
	// context deadline limits the wait. A wait beyond the context deadline
	// is always deferred.
	MaxWait time.Duration
	// HostBudget caps the time all requests to one host may take over the
	// client's life (one cron run): from sending a request to the last byte
	// of its body, redirects and robots.txt included. A request that would
	// outlast what is left is cut when it runs out, and later ones to that
	// host are deferred (a *StatusError with Deferred and OverBudget set),
	// so that a host sending a byte a second costs this much per run, not
	// the request timeout per page. Requests in flight at once may each use
	// what was left when they started. 0 means 2 minutes; negative means no
	// cap.
	HostBudget time.Duration
	// Hosts, when set, spaces requests to each host across every client
	// that shares it (several eventwire processes on one database), on top
	// of this client's own limit; nil spaces them within this client only.
	Hosts  HostSchedule
	Clock  Clock        // nil means the real clock
	Logger *slog.Logger // nil means discard
}

// Request is one conditional GET.
type Request struct {
	URL          string
	Kind         Kind
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
}

// Response is a successful fetch with its body converted to UTF-8.
type Response struct {
	URL           string // final URL after redirects
	Status        int
	Body          []byte // UTF-8; an XML declaration says UTF-8
	ETag          string
	LastModified  string
	ContentType   string
	Charset       string // the charset the body was decoded from
	CharsetSource string // "bom", "http", "xml", "meta", "utf8-valid", "default"
	// DeclaredCharset is a label the response carried that was overruled
	// because the bytes are valid UTF-8; empty otherwise.
	DeclaredCharset string
	// PermanentRedirect is where the requested URL has moved: the target
	// of the last hop in the unbroken run of 301/308 answers that starts at
	// the requested URL (a 302 ends the run). Empty when the first answer
	// was not a 301 or 308. Callers move a feed after repeats.
	PermanentRedirect string
}

// Client fetches politely. It is safe for concurrent use; share one per
// process so feeds and pages of a host share its rate limit, robots.txt
// cache and Retry-After.
type Client struct {
	opts    Options
	hc      *http.Client
	guard   *addressGuard
	limiter *hostLimiter
	clock   Clock
	log     *slog.Logger
	agent   string

	robotsMu sync.Mutex
	robots   map[string]*robotsEntry
}

// New returns a client.
func New(opts Options) *Client {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	} else if opts.MaxRedirects < 0 {
		opts.MaxRedirects = 0
	}
	if opts.FeedLimit <= 0 {
		opts.FeedLimit = DefaultFeedLimit
	}
	if opts.PageLimit <= 0 {
		opts.PageLimit = DefaultPageLimit
	}
	if opts.MaxWait == 0 {
		opts.MaxWait = DefaultMaxWait
	}
	if opts.HostBudget == 0 {
		opts.HostBudget = DefaultHostBudget
	}
	if opts.Clock == nil {
		opts.Clock = realClock{}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	limit := rate.Limit(opts.HostRate)
	switch {
	case opts.HostRate == 0:
		limit = DefaultHostRate
	case opts.HostRate < 0:
		limit = rate.Inf
	}

	c := &Client{
		opts:    opts,
		guard:   newAddressGuard(),
		limiter: newHostLimiter(opts.Clock, limit, opts.MaxWait, opts.HostBudget, opts.Hosts),
		clock:   opts.Clock,
		log:     opts.Logger,
		agent:   agentToken(opts.UserAgent),
		robots:  map[string]*robotsEntry{},
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = c.guard.control
	}
	tr := &http.Transport{
		// No proxy: the address guard must see the address actually dialed.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		// We ask for gzip ourselves and decompress under the size cap.
		DisableCompression: true,
	}
	c.hc = &http.Client{
		Transport: tr,
		// Redirects are followed by hand, one hop at a time, so each hop
		// passes the scheme, address, robots.txt and rate checks.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return c
}

// Fetch performs a conditional GET. A 304 returns ErrNotModified (not
// wrapped); other failures are wrapped with the URL, and Class names them.
func (c *Client) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := c.checkURL(strings.TrimSpace(req.URL), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	robots := req.Kind == KindPage || (req.Kind == KindFeed && c.opts.FeedRobots)
	h, err := c.follow(ctx, u, c.header(req.Kind, req.ETag, req.LastModified), robots)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	defer h.finish()
	defer h.resp.Body.Close()

	resp := h.resp
	switch code := resp.StatusCode; {
	case code == http.StatusNotModified:
		return nil, ErrNotModified
	case code < 200 || code > 299:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		se := &StatusError{Code: code}
		if code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable {
			se.RetryAfter = ParseRetryDelay(resp.Header.Get("Retry-After"), c.clock.Now())
		}
		return nil, fmt.Errorf("fetch %s: %w", req.URL, se)
	}
	limit := c.opts.PageLimit
	if req.Kind == KindFeed {
		limit = c.opts.FeedLimit
	}
	body, err := readBody(resp, limit, false)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, h.cut(ctx, err))
	}
	ct := resp.Header.Get("Content-Type")
	dec := toUTF8(body, ct, req.Kind)
	c.log.Debug("fetched", "url", h.url.String(), "status", resp.StatusCode, "bytes", len(body),
		"charset", dec.charset, "charset_source", dec.source)
	return &Response{
		URL:               h.url.String(),
		Status:            resp.StatusCode,
		Body:              dec.body,
		ETag:              resp.Header.Get("ETag"),
		LastModified:      resp.Header.Get("Last-Modified"),
		ContentType:       ct,
		Charset:           dec.charset,
		CharsetSource:     dec.source,
		DeclaredCharset:   dec.declared,
		PermanentRedirect: h.permanent,
	}, nil
}

// IsModified reports whether err is anything but ErrNotModified; a nil
// error counts as modified.
func IsModified(err error) bool { return !errors.Is(err, ErrNotModified) }

// header builds the request headers for kind, with validators if given.
func (c *Client) header(kind Kind, etag, lastModified string) http.Header {
	h := http.Header{}
	h.Set("User-Agent", c.opts.UserAgent)
	h.Set("Accept-Encoding", "gzip, deflate")
	switch kind {
	case KindFeed:
		h.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
	case kindRobots:
		h.Set("Accept", "text/plain, */*;q=0.8")
	default:
		h.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.8")
	}
	if etag != "" {
		h.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		h.Set("If-Modified-Since", lastModified)
	}
	return h
}

// checkURL parses raw (relative to base when base is not nil) and refuses
// schemes other than http and https, and, unless private addresses are
// allowed, literal private IPs and localhost.
func (c *Client) checkURL(raw string, base *url.URL) (*url.URL, error) {
	var (
		u   *url.URL
		err error
	)
	if base != nil {
		u, err = base.Parse(raw)
	} else {
		u, err = url.Parse(raw)
	}
	if err != nil {
		return nil, fmt.Errorf("bad url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("bad url %q: no host", raw)
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if !c.opts.AllowPrivate && c.guard.refusedHost(u.Hostname()) {
		return nil, fmt.Errorf("%w: %s", ErrPrivateAddress, u.Hostname())
	}
	return u, nil
}

// answer is the final response of a redirect chain. finish releases its
// per-exchange timeout once the body has been read, and charges the time
// the exchange took to its host's budget.
type answer struct {
	resp      *http.Response
	url       *url.URL
	permanent string
	ex        *exchange
}

func (a *answer) finish() { a.ex.finish() }

// cut explains an error while reading the body: the host's budget, when
// that is what ended the exchange.
func (a *answer) cut(ctx context.Context, err error) error { return a.ex.cut(ctx, err) }

// exchange is one request and its response: its timeout, which the host's
// budget may shorten, and the time it started, for the budget.
type exchange struct {
	c        *Client
	host     string
	ctx      context.Context
	cancel   context.CancelFunc
	started  time.Time
	byBudget bool // the timeout is what is left of the host's budget
	budget   time.Duration
	finished bool
}

// begin starts an exchange with host, or defers it when the host has used
// up its budget.
func (c *Client) begin(ctx context.Context, host string) (*exchange, error) {
	timeout := c.opts.Timeout
	left, capped := c.limiter.budgetLeft(host)
	if capped && left <= 0 {
		return nil, &StatusError{Code: http.StatusTooManyRequests, Deferred: true, OverBudget: c.opts.HostBudget}
	}
	ex := &exchange{c: c, host: host, started: time.Now(), budget: c.opts.HostBudget}
	if capped && left < timeout {
		timeout, ex.byBudget = left, true
	}
	ex.ctx, ex.cancel = context.WithTimeout(ctx, timeout)
	return ex, nil
}

// finish ends the exchange and charges its time to the host, once.
func (ex *exchange) finish() {
	if ex.finished {
		return
	}
	ex.finished = true
	ex.cancel()
	ex.c.limiter.spend(ex.host, time.Since(ex.started))
}

// cut turns an error caused by the budget's deadline into a deferral.
func (ex *exchange) cut(parent context.Context, err error) error {
	if ex.byBudget && parent.Err() == nil && errors.Is(ex.ctx.Err(), context.DeadlineExceeded) {
		return &StatusError{Code: http.StatusTooManyRequests, Deferred: true, OverBudget: ex.budget}
	}
	return err
}

// follow sends a GET to u and follows redirects by hand. Every hop passes
// robots.txt (when robots is set), the host's rate limit and its own
// timeout. A 429 or 503 with Retry-After makes later requests to that host
// wait.
func (c *Client) follow(ctx context.Context, u *url.URL, hdr http.Header, robots bool) (*answer, error) {
	seen := map[string]bool{u.String(): true}
	permanent, leading := "", true
	for hops := 0; ; hops++ {
		if robots {
			if err := c.robotsAllowed(ctx, u); err != nil {
				return nil, err
			}
		}
		if err := c.limiter.wait(ctx, u.Host); err != nil {
			return nil, err
		}
		ex, err := c.begin(ctx, u.Host)
		if err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ex.ctx, http.MethodGet, u.String(), nil)
		if err != nil {
			ex.finish()
			return nil, err
		}
		req.Header = hdr.Clone()
		resp, err := c.hc.Do(req)
		if err != nil {
			ex.finish()
			return nil, ex.cut(ctx, err)
		}
		code := resp.StatusCode
		if code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable {
			c.limiter.retryAfter(u.Host, ParseRetryDelay(resp.Header.Get("Retry-After"), c.clock.Now()))
		}
		loc := resp.Header.Get("Location")
		if !isRedirect(code) || loc == "" {
			return &answer{resp: resp, url: u, permanent: permanent, ex: ex}, nil
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		resp.Body.Close()
		ex.finish()

		next, err := c.checkURL(loc, u)
		if err != nil {
			return nil, fmt.Errorf("redirect from %s: %w", u.Redacted(), err)
		}
		if leading && (code == http.StatusMovedPermanently || code == http.StatusPermanentRedirect) {
			permanent = next.String()
		} else {
			leading = false
		}
		if seen[next.String()] {
			return nil, fmt.Errorf("%w: redirect loop back to %s", ErrTooManyRedirects, next.Redacted())
		}
		if hops >= c.opts.MaxRedirects {
			return nil, fmt.Errorf("%w: more than %d", ErrTooManyRedirects, c.opts.MaxRedirects)
		}
		seen[next.String()] = true
		u = next
	}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}
