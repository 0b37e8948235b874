package feed

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Source is one feed from a feed list.
type Source struct {
	URL      string        `yaml:"url"`
	Name     string        `yaml:"name"`
	Interval time.Duration `yaml:"interval"` // zero means the default interval
	Selector string        `yaml:"selector"` // CSS selector for the article text; empty means generic
	// Category is the path of the OPML folders the feed sat in, joined
	// with "/"; empty for YAML lists and top-level outlines.
	Category string `yaml:"category"`
}

// ErrNoFeeds is a feed list that names no feed.
var ErrNoFeeds = errors.New("no feeds in the list")

// ListError is a problem at a line of a feed list.
type ListError struct {
	Format string // "opml" or "yaml"
	Line   int    // 1-based; 0 when unknown
	Err    error
}

func (e *ListError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: line %d: %v", e.Format, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Format, e.Err)
}

func (e *ListError) Unwrap() error { return e.Err }

// checkFeedURL accepts absolute http and https URLs.
func checkFeedURL(raw string) error {
	if raw == "" {
		return errors.New("missing url")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("bad url %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("url %q is not an absolute http or https url", raw)
	}
	return nil
}
