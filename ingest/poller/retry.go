package poller

import (
	"context"
	"errors"
	"log/slog"
	"net/url"
	"sort"
	"sync"
	"time"

	"github.com/eventwire/eventwire/ingest/article"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/store"
)

// Retry policy for pages that failed: a try after 30 minutes, doubling to
// a day, eight tries in all (about four days), then the entry is marked
// given up and only counted. Per pass a host gets at most retriesPerHost
// tries, and none more after one fails for a reason of the host's own
// (timeout, refused, TLS, DNS), so a dead host does not eat the run.
const (
	retryFirst     = 30 * time.Minute
	retryCap       = 24 * time.Hour
	retryAttempts  = 8
	retriesPerHost = 20
	// retryHold is how long a pass keeps the pages it claimed from other
	// workers on a shared database; one it claims but does not get to
	// (past retriesPerHost, a failing host, the end of the run) waits that
	// long for the next pass, as does a dead worker's.
	retryHold = retryFirst
)

func retryDelay(attempts int) time.Duration {
	d := retryFirst << min(attempts, 10)
	return min(d, retryCap)
}

// retryable reports a page failure that a later try may cure: not a
// refusal by policy (robots.txt, a private address, a scheme) and not a
// page too large or redirecting in circles.
func retryable(err error) bool {
	switch fetch.Class(err) {
	case "blocked", "too-large", "redirects":
		return false
	}
	return true
}

func hostOf(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// retryPages fetches the queued pages that are due, host by host, and
// stores each article again with its page.
func (p *Poller) retryPages(ctx context.Context, sum *Summary) {
	now := p.opts.Now()
	due, err := p.db.ClaimRetries(now, p.opts.RetryLimit, retryHold)
	if err != nil {
		p.opts.Logger.Error("read retry queue", "err", err)
		return
	}
	byHost := map[string][]store.Retry{}
	var hosts []string
	for _, r := range due {
		if byHost[r.Host] == nil {
			hosts = append(hosts, r.Host)
		}
		byHost[r.Host] = append(byHost[r.Host], r)
	}
	sort.Strings(hosts)
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		sem = make(chan struct{}, p.opts.Concurrency)
	)
	for _, h := range hosts {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func(rs []store.Retry) {
			defer wg.Done()
			defer func() { <-sem }()
			for i := range rs {
				if i >= retriesPerHost || ctx.Err() != nil {
					return
				}
				ok, hostDown := p.retryOne(ctx, &rs[i])
				mu.Lock()
				if ok {
					sum.PagesRetried++
				} else if ctx.Err() == nil {
					sum.RetriesFailed++
				}
				mu.Unlock()
				if hostDown {
					return
				}
			}
		}(byHost[h])
	}
	wg.Wait()
}

// retryOne tries one queued page. It reports whether the article now has
// its page, and whether the host itself failed.
func (p *Poller) retryOne(ctx context.Context, r *store.Retry) (ok, hostDown bool) {
	log := p.opts.Logger.With("article", r.ID, "url", logValue(r.URL))
	a, err := p.db.Article(r.ID)
	if err != nil {
		log.Error("retry: read article", "err", err)
		return false, false
	}
	resp, err := p.client.Fetch(ctx, fetch.Request{URL: r.URL, Kind: fetch.KindPage})
	p.pageDone()
	if err != nil {
		if ctx.Err() != nil {
			return false, false
		}
		if wait, ok := deferred(err); ok {
			r.NextTry = p.opts.Now().Add(wait)
		} else {
			r.Attempts++
			r.NextTry = p.opts.Now().Add(retryDelay(r.Attempts))
			r.GaveUp = r.Attempts >= retryAttempts || !retryable(err)
			p.hosts.fail(r.URL, err)
		}
		r.LastError = fetch.Class(err) + ": " + err.Error()
		if e := p.db.PutRetry(r); e != nil {
			log.Error("retry: save state", "err", e)
		}
		log.Debug("retry failed", "attempts", r.Attempts, "err", logValue(err.Error()))
		return false, hostFailed(err)
	}
	if err := p.stage.WithContext(ctx).Refresh(a, article.Fetched(resp)); err != nil {
		if ctx.Err() == nil {
			log.Error("retry: store article", "err", logValue(err.Error()))
		}
		return false, false
	}
	log.Info("page fetched on retry", "attempts", r.Attempts+1)
	return true, false
}

// hostFailed reports a failure of the host rather than of the page.
func hostFailed(err error) bool {
	switch fetch.Class(err) {
	case "timeout", "network", "tls":
		return true
	}
	var se *fetch.StatusError
	return errors.As(err, &se) && se.Code >= 500
}

// hostFailures gathers a pass's page failures by host, so that the log
// gets one line per host instead of one per page.
type hostFailures struct {
	mu sync.Mutex
	by map[string]*hostFailure
}

type hostFailure struct {
	pages   int
	classes map[string]int
	example string
}

func newHostFailures() *hostFailures { return &hostFailures{by: map[string]*hostFailure{}} }

func (h *hostFailures) fail(link string, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	host := hostOf(link)
	f := h.by[host]
	if f == nil {
		f = &hostFailure{classes: map[string]int{}, example: logValue(err.Error())}
		h.by[host] = f
	}
	f.pages++
	f.classes[fetch.Class(err)]++
}

// log writes one warning per host whose pages failed.
func (h *hostFailures) log(l *slog.Logger) {
	h.mu.Lock()
	defer h.mu.Unlock()
	hosts := make([]string, 0, len(h.by))
	for host := range h.by {
		hosts = append(hosts, host)
	}
	sort.Strings(hosts)
	for _, host := range hosts {
		f := h.by[host]
		l.Warn("pages unreachable; articles keep the feed's text and the pages are queued for retry",
			"host", host, "pages", f.pages, "classes", f.classes, "example", f.example)
	}
}
