package feed

import (
	"bytes"
	"fmt"
	"time"

	"github.com/mmcdole/gofeed"
)

// Item is one feed entry.
type Item struct {
	GUID      string
	URL       string
	Title     string
	Published time.Time // zero when the feed gave none
	// Content is the item's own text (HTML or plain), kept when the page
	// cannot be fetched.
	Content string
}

// Feed is a parsed feed.
type Feed struct {
	Title string
	Items []Item
}

// Parse parses a UTF-8 feed body; feedURL resolves relative item links.
func Parse(body []byte, feedURL string) (*Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed: parse: %w", err)
	}
	out := &Feed{Title: f.Title}
	for _, it := range f.Items {
		i := Item{GUID: it.GUID, URL: it.Link, Title: it.Title, Content: it.Content}
		if i.Content == "" {
			i.Content = it.Description
		}
		if it.PublishedParsed != nil {
			i.Published = *it.PublishedParsed
		}
		out.Items = append(out.Items, i)
	}
	return out, nil
}

// Source is one feed from a feed list.
type Source struct {
	URL      string        `yaml:"url"`
	Name     string        `yaml:"name"`
	Interval time.Duration `yaml:"interval"`
	Selector string        `yaml:"selector"`
}

// MaxBackoff caps the delay after repeated errors.
const MaxBackoff = 24 * time.Hour

// NextPoll returns when a feed is due: after interval when the last poll
// succeeded, else after an exponential backoff in the number of consecutive
// errors, capped at MaxBackoff.
func NextPoll(now time.Time, interval time.Duration, errors int) time.Time {
	if errors <= 0 {
		return now.Add(interval)
	}
	d := interval
	for i := 0; i < errors && d < MaxBackoff; i++ {
		d *= 2
	}
	if d > MaxBackoff {
		d = MaxBackoff
	}
	return now.Add(d)
}
