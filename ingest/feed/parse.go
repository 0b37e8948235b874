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
	"unicode/utf8"

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
	// Truncated says Content was cut to MaxContent.
	Truncated bool `json:",omitempty"`
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
	if err := checkShape(body); err != nil {
		return nil, &ParseError{URL: feedURL, Err: err}
	}
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
	case f.UpdatedParsed != nil && plausible(*f.UpdatedParsed):
		out.Updated = *f.UpdatedParsed
	case f.PublishedParsed != nil && plausible(*f.PublishedParsed):
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
	i := Item{Title: clip(strings.TrimSpace(it.Title), MaxTitle), Content: clip(it.Content, MaxContent), Summary: clip(it.Description, MaxContent)}
	if i.Content == "" {
		i.Content, i.Summary = i.Summary, ""
		i.Truncated = len(it.Description) > MaxContent
	} else {
		i.Truncated = len(it.Content) > MaxContent
	}
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	guid := strings.TrimSpace(it.GUID)
	if len(guid) > MaxGUID {
		// Cut, two long GUIDs could collide: their hash keeps them apart.
		h := sha256.Sum256([]byte(guid))
		guid = "sha256:" + hex.EncodeToString(h[:16])
	}
	if link == "" && isHTTPURL(guid) {
		link = guid
	}
	if len(link) > MaxURL {
		link = "" // no page is fetched from a link this long
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
	// A time outside the plausible years is as good as none: it is kept
	// as written, like a date no parser could read.
	if published != nil && !plausible(*published) {
		published = nil
	}
	if updated != nil && !plausible(*updated) {
		updated = nil
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
		i.DateUnparsed = clip(strings.TrimSpace(it.Published), MaxTitle)
	case strings.TrimSpace(it.Updated) != "":
		i.DateUnparsed = clip(strings.TrimSpace(it.Updated), MaxTitle)
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		i.Author = clip(strings.TrimSpace(it.Authors[0].Name), MaxTitle)
	}
	return i
}

// Caps on an item's fields, in bytes. The body's own cap (10 MiB) still
// lets one field hold megabytes, which would be stored, logged and carried
// through every later step.
const (
	MaxTitle   = 2 << 10 // title and author
	MaxGUID    = 2 << 10 // a longer GUID is replaced by its hash
	MaxURL     = 8 << 10 // a longer link is dropped
	MaxContent = 1 << 20 // content and summary; the article text cap too
)

// plausible reports whether a feed's time is one to keep: years 1900 to
// 2199. Others ("0001-01-01", "9999-12-31") are typos or filler, and would
// sort an article outside the range that times are stored and exported in.
func plausible(t time.Time) bool {
	y := t.UTC().Year()
	return y >= 1900 && y < 2200
}

// clip cuts s to at most n bytes, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	// A copy: the cut part must not keep the whole field in memory.
	return strings.Clone(s[:n])
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
