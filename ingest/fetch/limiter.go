package fetch

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Clock is the time source of a Client's rate limiter, so tests can
// observe waits without sleeping. Nil in Options means the real clock.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx is done, whichever comes first, and
	// returns ctx.Err() in the second case.
	Sleep(ctx context.Context, d time.Duration) error
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hostLimiter spaces requests per host (host:port as in the URL), for feeds,
// pages and robots.txt alike. Each host has a token bucket of burst 1 at
// the configured rate, slowed to its robots.txt Crawl-delay when that is
// longer, and a not-before time set by a Retry-After.
type hostLimiter struct {
	clock   Clock
	limit   rate.Limit
	maxWait time.Duration // < 0: no limit but the context's
	budget  time.Duration // request time per host; < 0: no cap
	shared  HostSchedule  // nil: this client's limits alone

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	lim        *rate.Limiter
	notBefore  time.Time
	crawlDelay time.Duration
	spent      time.Duration // request time so far, against the budget
}

// HostSchedule books request slots per host for many clients at once,
// so that processes sharing one database keep each host's limit between
// them. store/postgres implements it.
type HostSchedule interface {
	// Reserve books host's next slot, every after the last one booked, and
	// returns the wait until it. A slot more than maxWait away (maxWait <
	// 0: no bound) is not booked: ok is false and wait says how far off it
	// is.
	Reserve(ctx context.Context, host string, every, maxWait time.Duration) (wait time.Duration, ok bool, err error)
	// Defer keeps every client from host for at least d (a Retry-After).
	Defer(ctx context.Context, host string, d time.Duration) error
}

func newHostLimiter(clock Clock, limit rate.Limit, maxWait, budget time.Duration, shared HostSchedule) *hostLimiter {
	return &hostLimiter{clock: clock, limit: limit, maxWait: maxWait, budget: budget, shared: shared, hosts: map[string]*hostState{}}
}

// budgetLeft is the request time host has left; capped is false when there
// is no budget.
func (l *hostLimiter) budgetLeft(host string) (left time.Duration, capped bool) {
	if l.budget < 0 {
		return 0, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.budget - l.state(host).spent, true
}

// spend charges d of request time to host.
func (l *hostLimiter) spend(host string, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.state(host).spent += d
}

// state returns host's state; l.mu must be held.
func (l *hostLimiter) state(host string) *hostState {
	h := l.hosts[host]
	if h == nil {
		h = &hostState{lim: rate.NewLimiter(l.limit, 1)}
		l.hosts[host] = h
	}
	return h
}

// wait blocks until a request to host may go. When the wait would outlast
// the context deadline or maxWait it returns at once with a deferred
// *StatusError (Code 429, RetryAfter the wait) and gives the slot back, so a
// cron run moves on instead of sleeping through its budget.
func (l *hostLimiter) wait(ctx context.Context, host string) error {
	l.mu.Lock()
	h := l.state(host)
	now := l.clock.Now()
	start := now
	if h.notBefore.After(start) {
		start = h.notBefore
	}
	r := h.lim.ReserveN(start, 1)
	delay := r.DelayFrom(now)
	if l.tooLong(ctx, delay) {
		r.CancelAt(now)
		l.mu.Unlock()
		return &StatusError{Code: 429, RetryAfter: delay, Deferred: true}
	}
	every := l.every(h)
	l.mu.Unlock()
	if delay > 0 {
		if err := l.clock.Sleep(ctx, delay); err != nil {
			l.mu.Lock()
			r.CancelAt(l.clock.Now())
			l.mu.Unlock()
			return err
		}
	}
	if l.shared != nil && every > 0 {
		return l.waitShared(ctx, host, every)
	}
	return ctx.Err()
}

// every is the spacing of host's requests: the rate's, or its
// Crawl-delay when longer; l.mu must be held.
func (l *hostLimiter) every(h *hostState) time.Duration {
	if l.limit == rate.Inf {
		return h.crawlDelay
	}
	return max(time.Duration(float64(time.Second)/float64(l.limit)), h.crawlDelay)
}

// waitShared books a slot in the shared schedule and waits for it; a slot
// too far away defers the request as a local wait does. A process that
// wakes well after its slot (a busy machine) books a new one rather than
// going late, so that requests of several processes do not bunch up.
func (l *hostLimiter) waitShared(ctx context.Context, host string, every time.Duration) error {
	for attempt := 0; ; attempt++ {
		bound := l.maxWait
		if dl, ok := ctx.Deadline(); ok {
			if left := time.Until(dl); bound < 0 || left < bound {
				bound = max(left, 0)
			}
		}
		wait, ok, err := l.shared.Reserve(ctx, host, every, bound)
		if err != nil {
			return fmt.Errorf("fetch: shared host schedule: %w", err)
		}
		if !ok {
			return &StatusError{Code: 429, RetryAfter: wait, Deferred: true}
		}
		if wait <= 0 {
			return ctx.Err()
		}
		slot := l.clock.Now().Add(wait)
		if err := l.clock.Sleep(ctx, wait); err != nil {
			return err
		}
		if late := l.clock.Now().Sub(slot); late <= every/2 || attempt >= 2 {
			return nil
		}
	}
}

func (l *hostLimiter) tooLong(ctx context.Context, delay time.Duration) bool {
	if delay <= 0 {
		return false
	}
	if l.maxWait >= 0 && delay > l.maxWait {
		return true
	}
	dl, ok := ctx.Deadline()
	return ok && time.Until(dl) < delay
}

// retryAfter makes later requests to host wait d from now.
func (l *hostLimiter) retryAfter(host string, d time.Duration) {
	if d <= 0 {
		return
	}
	if l.shared != nil {
		// Best effort: the local wait below holds for this client anyway.
		_ = l.shared.Defer(context.Background(), host, d)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	h := l.state(host)
	if t := l.clock.Now().Add(d); t.After(h.notBefore) {
		h.notBefore = t
	}
}

// setCrawlDelay slows host to one request per d when that is slower than
// the configured rate.
func (l *hostLimiter) setCrawlDelay(host string, d time.Duration) {
	if d <= 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	h := l.state(host)
	if h.crawlDelay == d {
		return
	}
	h.crawlDelay = d
	lim := l.limit
	if every := rate.Every(d); every < lim {
		lim = every
	}
	h.lim.SetLimitAt(l.clock.Now(), lim)
}
