package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// robots.txt handling follows RFC 9309: a 4xx (or an unfollowable
// redirect) means no rules, a 5xx, a 429 or an unreachable host means
// nothing may be fetched for now. Entries are cached per scheme and host.
const (
	robotsTTL      = 24 * time.Hour   // RFC 9309 §2.4: SHOULD NOT use a cache older than 24 h
	robotsErrorTTL = 10 * time.Minute // how long "disallow for now" lasts
	robotsLimit    = 500 << 10        // RFC 9309 §2.5: parse at least 500 KiB
)

// robotsEntry is one host's rules, filled once by the first caller while
// the others wait on done.
type robotsEntry struct {
	done    chan struct{}
	rules   *robotstxt.RobotsData // nil: nothing allowed, for the reason in err
	err     error
	expires time.Time
}

// robotsAllowed returns nil when u may be fetched, ErrDisallowed when its
// host's robots.txt forbids it, and otherwise the reason the rules could
// not be had. It also applies the host's Crawl-delay to the limiter.
func (c *Client) robotsAllowed(ctx context.Context, u *url.URL) error {
	key := u.Scheme + "://" + u.Host
	var e *robotsEntry
	for attempt := 0; ; attempt++ {
		var leader bool
		e, leader = c.robotsEntry(key)
		if leader {
			c.fillRobots(ctx, key, e)
			break
		}
		select {
		case <-e.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		// The leader's own context ended before it learnt anything; ask
		// again with ours.
		if e.expires.IsZero() && isContextErr(e.err) && attempt < 2 {
			continue
		}
		break
	}
	if e.rules == nil {
		return e.err
	}
	if g := e.rules.FindGroup(c.agent); g != nil {
		c.limiter.setCrawlDelay(u.Host, g.CrawlDelay)
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !e.rules.TestAgent(path, c.agent) {
		return fmt.Errorf("%w: %s", ErrDisallowed, u.Redacted())
	}
	return nil
}

// robotsEntry returns the cached entry for key, or a new one that the
// caller (the leader) must fill.
func (c *Client) robotsEntry(key string) (*robotsEntry, bool) {
	c.robotsMu.Lock()
	defer c.robotsMu.Unlock()
	if e := c.robots[key]; e != nil {
		select {
		case <-e.done:
			if c.clock.Now().Before(e.expires) {
				return e, false
			}
		default:
			return e, false // being filled
		}
	}
	e := &robotsEntry{done: make(chan struct{})}
	c.robots[key] = e
	return e, true
}

func (c *Client) fillRobots(ctx context.Context, key string, e *robotsEntry) {
	defer close(e.done)
	rules, ttl, err := c.fetchRobots(ctx, key)
	e.rules, e.err = rules, err
	var se *StatusError
	if ctx.Err() != nil || (errors.As(err, &se) && se.Deferred) {
		// The caller gave up or the host asked us to wait: nothing was
		// learnt about the host, so the next caller asks again.
		c.robotsMu.Lock()
		if c.robots[key] == e {
			delete(c.robots, key)
		}
		c.robotsMu.Unlock()
		return
	}
	e.expires = c.clock.Now().Add(ttl)
}

// fetchRobots gets and parses base/robots.txt through the same redirect,
// rate, size and address limits as any other request.
func (c *Client) fetchRobots(ctx context.Context, base string) (*robotstxt.RobotsData, time.Duration, error) {
	u, err := url.Parse(base + "/robots.txt")
	if err != nil {
		return nil, robotsErrorTTL, fmt.Errorf("robots.txt url: %w", err)
	}
	hdr := c.header(kindRobots, "", "")
	h, err := c.follow(ctx, u, hdr, false)
	switch {
	case errors.Is(err, ErrTooManyRedirects):
		return allowAll(), robotsTTL, nil
	case err != nil:
		var se *StatusError
		if errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrScheme) ||
			errors.As(err, &se) || ctx.Err() != nil {
			return nil, robotsErrorTTL, err
		}
		return nil, robotsErrorTTL, fmt.Errorf("robots.txt unreachable, so disallowed for now: %w", err)
	}
	defer h.finish()
	defer h.resp.Body.Close()
	code := h.resp.StatusCode
	switch {
	case code >= 200 && code < 300:
		body, err := readBody(h.resp, robotsLimit, true)
		if err != nil {
			if cut := h.cut(ctx, err); cut != err {
				return nil, robotsErrorTTL, cut // deferred, not disallowed
			}
			return nil, robotsErrorTTL, fmt.Errorf("robots.txt unreadable, so disallowed for now: %w", err)
		}
		rules, err := robotstxt.FromBytes(body)
		if err != nil {
			c.log.Warn("robots.txt does not parse; treating it as empty", "url", u.String(), "err", err)
			return allowAll(), robotsTTL, nil
		}
		return rules, robotsTTL, nil
	case code == http.StatusTooManyRequests || code >= 500:
		return nil, robotsErrorTTL, fmt.Errorf("%w for now: robots.txt answered %d", ErrDisallowed, code)
	}
	return allowAll(), robotsTTL, nil // 3xx without Location, 4xx: no rules
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

func allowAll() *robotstxt.RobotsData {
	r, _ := robotstxt.FromBytes(nil)
	return r
}

// agentToken is the product token robots.txt groups are matched against:
// "eventwire" for "eventwire/1.0 (+https://...)".
func agentToken(ua string) string {
	if i := strings.IndexAny(ua, "/ "); i >= 0 {
		ua = ua[:i]
	}
	return strings.ToLower(ua)
}
