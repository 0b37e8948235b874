package article

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/ingest/feed"
	"github.com/eventwire/eventwire/store"
)

// Feed is what the stage needs to know of the feed an item came from.
type Feed struct {
	ID, URL  string
	Selector string // CSS selector of the article body, from feeds add --selector
	// Title is the feed document's own title, which tells a page titled
	// with the site's name from one titled with its headline.
	Title string
	Lang  string // the feed's declared language, ISO 639-1
	// Ref gives a dateline its year: the feed's own date, else the fetch
	// time. Zero means now.
	Ref time.Time
}

// Item is a feed item as the stage reads it.
type Item struct {
	Feed Feed
	// Link is the article's URL: the item's link, or its GUID when that is
	// a URL. Empty when the item has neither.
	Link string
	// Ref is the article's record of the item.
	Ref store.FeedRef
	// Published is the item's date as the feed wrote it, offset kept.
	Published time.Time
	// Text is the item's content as plain text, which stands in for a page
	// that fails.
	Text string
	// Truncated says the feed's content was cut (feed.MaxContent), and so
	// Text.
	Truncated bool
}

// NewItem reads a feed item.
func NewItem(fd Feed, it feed.Item) *Item {
	link := it.URL
	if link == "" && strings.HasPrefix(it.GUID, "http") {
		link = it.GUID
	}
	return &Item{Feed: fd, Link: link, Text: htmlText(it.Content), Truncated: it.Truncated, Published: it.Published,
		Ref: store.FeedRef{ID: fd.ID, URL: fd.URL, GUID: it.GUID, ItemPublished: utc(it.Published),
			ItemDateUnparsed: it.DateUnparsed, ItemTitle: it.Title, ItemSummary: itemSummary(it)}}
}

// itemOf is the item a stored article came from, as far as the article
// recorded it, with its feed's selector.
func (s *Stage) itemOf(a *store.Article) (*Item, error) {
	it := &Item{Feed: Feed{ID: a.Feed.ID, URL: a.Feed.URL, Ref: a.Feed.ItemPublished}, Link: a.URL, Ref: a.Feed,
		Published: a.Feed.ItemPublished}
	if a.PublishedSource == "feed" {
		it.Published = a.PublishedLocal() // the item's date with the offset it was written in
	}
	if it.Feed.Ref.IsZero() {
		it.Feed.Ref = a.FetchedAt
	}
	if a.Feed.ID != "" {
		f, err := s.st.Feed(a.Feed.ID)
		switch {
		case err == nil:
			it.Feed.Selector = f.Selector
		case !isNotFound(err):
			return nil, err
		}
	}
	if a.TextSource == "feed" {
		it.Text, it.Truncated = a.Text, a.Truncated
	}
	if a.LangSource == "feed" {
		it.Feed.Lang = a.Lang
	}
	return it, nil
}

// article starts an article from its item.
func (it *Item) article() *store.Article {
	if it == nil {
		return &store.Article{}
	}
	return &store.Article{URL: it.Link, Feed: it.Ref}
}

// declaredLang gives an article the feed's language when neither its text
// nor its page said.
func (it *Item) declaredLang(a *store.Article) {
	if it != nil && a.Lang == "" && it.Feed.Lang != "" {
		a.Lang, a.LangSource = it.Feed.Lang, "feed"
	}
}

// itemSummary is the item's description or summary as plain text, cut at
// a length that keeps the record small.
func itemSummary(it feed.Item) string {
	s := it.Summary
	if s == "" {
		s = it.Content
	}
	s = htmlText(s)
	const max = 2000
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}
