package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Item is one feed entry.
type Item struct {
	// GUID identifies the item within its feed: the feed's own id (RSS
	// guid, Atom id, JSON Feed id), else the resolved link, else
	// "sha256:" and a hash of the title and content.
	GUID string
	// URL is the item's link, resolved against the feed URL; empty when
	// the item has none. An RSS guid that is an http(s) URL stands in for a
	// missing link.
	URL   string
	Title string
	// Published is the item's publication time, else its update time;
	// zero when the feed gave neither.
	Published time.Time
	Updated   time.Time // zero when the feed gave none
	// DateUnparsed is the item's date as written when no parser could
	// read it ("July"); Published is then zero.
	DateUnparsed string
	// Content is the item's own text (HTML or plain), kept when the page
	// cannot be fetched: the full content when the feed has it, else the
	// description or summary.
	Content string
	// Summary is the description or summary when the feed also has full
	// content; empty otherwise.
	Summary string
	Author  string // the first author's name; empty when none
}

// Feed is a parsed feed.
type Feed struct {
	Title    string
	Link     string // the site's URL as the feed gives it, resolved
	Language string
	Type     string // "rss", "atom" or "json"
	// Updated is the feed's own date (its update or publication time);
	// zero when it gives none.
	Updated time.Time
	Items   []Item
}

// ParseError is a feed that could not be parsed; its ErrorClass is "parse",
// which fetch.Class reports.
type ParseError struct {
	URL string
	Err error
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse feed %s: %v", e.URL, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// ErrorClass names the error for run summaries (see fetch.Class).
func (e *ParseError) ErrorClass() string { return "parse" }

// ErrNotFeed is a body that is none of RSS, Atom or JSON Feed, such as an
// HTML page served at a feed URL.
var ErrNotFeed = errors.New("not an rss, atom or json feed")

// Parse parses a UTF-8 feed body (as fetch returns it: a transcoded body's
// XML declaration already says UTF-8); feedURL resolves relative links.
// Errors are *ParseError, with the XML line where the parser stopped.
func Parse(body []byte, feedURL string) (*Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		err = ErrNotFeed
		if looksLikeHTML(body) {
			err = fmt.Errorf("%w: the body is an html page", ErrNotFeed)
		}
	}
	if err != nil {
		return nil, &ParseError{URL: feedURL, Err: err}
	}
	base, _ := url.Parse(feedURL)
	out := &Feed{
		Title:    strings.TrimSpace(f.Title),
		Link:     resolve(base, f.Link),
		Language: f.Language,
		Type:     f.FeedType,
		Items:    make([]Item, 0, len(f.Items)),
	}
	switch {
	case f.UpdatedParsed != nil:
		out.Updated = *f.UpdatedParsed
	case f.PublishedParsed != nil:
		out.Updated = *f.PublishedParsed
	}
	for _, it := range f.Items {
		if it != nil {
			out.Items = append(out.Items, item(it, base))
		}
	}
	return out, nil
}

func item(it *gofeed.Item, base *url.URL) Item {
	i := Item{Title: strings.TrimSpace(it.Title), Content: it.Content, Summary: it.Description}
	if i.Content == "" {
		i.Content, i.Summary = it.Description, ""
	}
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	guid := strings.TrimSpace(it.GUID)
	if link == "" && isHTTPURL(guid) {
		link = guid
	}
	i.URL = resolve(base, link)
	switch {
	case guid != "":
		i.GUID = guid
	case i.URL != "":
		i.GUID = i.URL
	default:
		h := sha256.Sum256([]byte(i.Title + "\x00" + i.Content))
		i.GUID = "sha256:" + hex.EncodeToString(h[:16])
	}
	// gofeed leaves dates it cannot read unparsed; ParseDate reads more.
	published, updated := it.PublishedParsed, it.UpdatedParsed
	if published == nil && strings.TrimSpace(it.Published) != "" {
		if t, err := ParseDate(it.Published); err == nil {
			published = &t
		}
	}
	if updated == nil && strings.TrimSpace(it.Updated) != "" {
		if t, err := ParseDate(it.Updated); err == nil {
			updated = &t
		}
	}
	if updated != nil {
		i.Updated = *updated
	}
	switch {
	case published != nil:
		i.Published = *published
	case updated != nil:
		i.Published = *updated
	case strings.TrimSpace(it.Published) != "":
		i.DateUnparsed = strings.TrimSpace(it.Published)
	case strings.TrimSpace(it.Updated) != "":
		i.DateUnparsed = strings.TrimSpace(it.Updated)
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		i.Author = strings.TrimSpace(it.Authors[0].Name)
	}
	return i
}

// resolve makes ref absolute against base; a reference that does not
// parse, or an empty one, is returned as it is.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == nil {
		return ref
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}

func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func looksLikeHTML(body []byte) bool {
	head := body[:min(len(body), 1024)]
	head = bytes.ToLower(head)
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html"))
}
