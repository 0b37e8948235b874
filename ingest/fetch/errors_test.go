package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"syscall"
	"testing"
	"time"
)

type parseErr struct{}

func (parseErr) Error() string      { return "xml syntax error" }
func (parseErr) ErrorClass() string { return "parse" }

func TestClass(t *testing.T) {
	wrap := func(err error) error { return fmt.Errorf("fetch http://x/: %w", err) }
	urlErr := func(err error) error { return &url.Error{Op: "Get", URL: "http://x/", Err: err} }
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"nil", nil, ""},
		{"not_modified", ErrNotModified, "not-modified"},
		{"robots", wrap(ErrDisallowed), "blocked"},
		{"private", wrap(urlErr(&net.OpError{Op: "dial", Err: fmt.Errorf("%w: 10.0.0.1", ErrPrivateAddress)})), "blocked"},
		{"scheme", wrap(ErrScheme), "blocked"},
		{"too_large", wrap(ErrTooLarge), "too-large"},
		{"redirects", wrap(ErrTooManyRedirects), "redirects"},
		{"429", wrap(&StatusError{Code: 429}), "rate-limited"},
		{"503_with_retry_after", wrap(&StatusError{Code: 503, RetryAfter: time.Minute}), "rate-limited"},
		{"503_plain", wrap(&StatusError{Code: 503}), "http"},
		{"deferred", wrap(&StatusError{Code: 429, RetryAfter: time.Hour, Deferred: true}), "rate-limited"},
		{"404", wrap(&StatusError{Code: 404}), "not-found"},
		{"410", wrap(&StatusError{Code: 410}), "not-found"},
		{"403", wrap(&StatusError{Code: 403}), "blocked"},
		{"500", wrap(&StatusError{Code: 500}), "http"},
		{"deadline", wrap(urlErr(context.DeadlineExceeded)), "timeout"},
		{"canceled", wrap(urlErr(context.Canceled)), "canceled"},
		{"dial_timeout", wrap(urlErr(&net.OpError{Op: "dial", Err: syscall.ETIMEDOUT})), "timeout"},
		{"unknown_authority", wrap(urlErr(&tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}})), "tls"},
		{"hostname_mismatch", wrap(urlErr(x509.HostnameError{Host: "x"})), "tls"},
		{"tls_alert", wrap(urlErr(tls.AlertError(40))), "tls"},
		{"record_header", wrap(urlErr(tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"})), "tls"},
		{"dns", wrap(urlErr(&net.DNSError{Err: "no such host", Name: "x", IsNotFound: true})), "network"},
		{"refused", wrap(urlErr(&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED})), "network"},
		{"unexpected_eof", wrap(io.ErrUnexpectedEOF), "network"},
		{"classer", wrap(parseErr{}), "parse"},
		{"other", errors.New("something else"), "other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Class(tt.err); got != tt.want {
				t.Errorf("Class(%v) = %q, want %q", tt.err, got, tt.want)
			}
		})
	}
}

func TestParseRetryDelay(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, value string
		want        time.Duration
	}{
		{"seconds", "120", 2 * time.Minute},
		{"seconds_padded", " 5 ", 5 * time.Second},
		{"zero", "0", 0},
		{"negative", "-3", 0},
		{"http_date", "Sun, 01 Mar 2026 12:01:30 GMT", 90 * time.Second},
		{"rfc850_date", "Sunday, 01-Mar-26 12:00:10 GMT", 10 * time.Second},
		{"asctime_date", "Sun Mar  1 12:00:20 2026", 20 * time.Second},
		{"past_date", "Sun, 01 Mar 2026 11:00:00 GMT", 0},
		{"huge_seconds_capped", "99999999999", maxRetryAfter},
		{"far_date_capped", "Mon, 01 Mar 2027 12:00:00 GMT", maxRetryAfter},
		{"empty", "", 0},
		{"garbage", "tomorrow", 0},
		{"fraction", "1.5", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseRetryDelay(tt.value, now); got != tt.want {
				t.Errorf("ParseRetryDelay(%q) = %s, want %s", tt.value, got, tt.want)
			}
		})
	}
}
