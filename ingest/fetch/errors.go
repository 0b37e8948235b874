package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Sentinel errors; callers branch on them with errors.Is.
var (
	ErrNotModified      = errors.New("not modified")
	ErrTooLarge         = errors.New("response too large")
	ErrDisallowed       = errors.New("disallowed by robots.txt")
	ErrPrivateAddress   = errors.New("private or loopback address refused")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrScheme           = errors.New("only http and https are fetched")
)

// StatusError is a non-2xx, non-304 answer, or a request the client deferred
// itself because the host asked it to wait longer than the caller allows.
type StatusError struct {
	Code int
	// RetryAfter is how long the host asked us to wait (the Retry-After of a
	// 429 or 503, or the remaining wait of a deferred request); zero when
	// the server gave none.
	RetryAfter time.Duration
	// Deferred is true when no request was sent: the host's Retry-After or
	// Crawl-delay would have made the request wait beyond the context
	// deadline or Options.MaxWait. Code is then 429.
	Deferred bool
	// OverBudget, when not zero, is the host's budget of request time
	// (Options.HostBudget) that this run has used up: the request was
	// deferred, or cut short, for that reason. Deferred is then set too.
	OverBudget time.Duration
}

func (e *StatusError) Error() string {
	switch {
	case e.OverBudget > 0:
		return fmt.Sprintf("deferred: the host used up its %s of request time for this run", e.OverBudget)
	case e.Deferred:
		return fmt.Sprintf("deferred: host asks to wait %s", e.RetryAfter.Round(time.Second))
	case e.RetryAfter > 0:
		return fmt.Sprintf("http status %d (retry after %s)", e.Code, e.RetryAfter.Round(time.Second))
	}
	return fmt.Sprintf("http status %d", e.Code)
}

// IsRateLimited reports whether the host asked us to slow down.
func (e *StatusError) IsRateLimited() bool {
	return e.Code == http.StatusTooManyRequests || (e.Code == http.StatusServiceUnavailable && e.RetryAfter > 0)
}

// ParseRetryDelay reads a Retry-After value, either delay-seconds or an
// HTTP-date, relative to now. It returns zero for a missing, malformed or
// past value.
func ParseRetryDelay(value string, now time.Time) time.Duration {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(value, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		return time.Duration(secs) * time.Second
	}
	t, err := http.ParseTime(value)
	if err != nil {
		return 0
	}
	d := t.Sub(now)
	if d <= 0 {
		return 0
	}
	return min(d, maxRetryAfter)
}

// maxRetryAfter caps a server's Retry-After, so a typo of a year does not
// silence a host for a year; feeds back off at most a day anyway.
const maxRetryAfter = 24 * time.Hour

// classer lets errors from other packages (feed parse errors, for one) name
// their own class without fetch importing them.
type classer interface{ ErrorClass() string }

// Class names an error for the run summary and stats: "not-modified",
// "blocked" (robots.txt, private address, scheme, 401/403), "rate-limited",
// "not-found", "timeout", "tls", "too-large", "redirects", "http",
// "network", "canceled", "parse" (from errors that say so through an
// ErrorClass method) or "other".
func Class(err error) string {
	var (
		se  *StatusError
		cl  classer
		ne  net.Error
		cve *tls.CertificateVerificationError
		rhe tls.RecordHeaderError
		ae  tls.AlertError
		uae x509.UnknownAuthorityError
		he  x509.HostnameError
		cie x509.CertificateInvalidError
		dns *net.DNSError
		op  *net.OpError
	)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNotModified):
		return "not-modified"
	case errors.Is(err, ErrDisallowed), errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrScheme):
		return "blocked"
	case errors.Is(err, ErrTooLarge):
		return "too-large"
	case errors.Is(err, ErrTooManyRedirects):
		return "redirects"
	case errors.As(err, &se):
		switch {
		case se.IsRateLimited():
			return "rate-limited"
		case se.Code == http.StatusNotFound || se.Code == http.StatusGone:
			return "not-found"
		case se.Code == http.StatusUnauthorized || se.Code == http.StatusForbidden:
			return "blocked"
		}
		return "http"
	case errors.As(err, &cl):
		return cl.ErrorClass()
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, syscall.ETIMEDOUT):
		return "timeout"
	case errors.As(err, &cve), errors.As(err, &rhe), errors.As(err, &ae),
		errors.As(err, &uae), errors.As(err, &he), errors.As(err, &cie):
		return "tls"
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.As(err, &dns), errors.As(err, &op),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "network"
	}
	return "other"
}
