package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/eventwire/eventwire/ingest/canon"
	"github.com/eventwire/eventwire/ingest/page"
	"github.com/eventwire/eventwire/store"
)

// read fills an article from its page: stripped with the feed's selector,
// the canonical URL, headline, language, hashes and publication time. A
// page that cannot be stripped leaves the item's title and text, and the
// error is returned.
func (s *Stage) read(a *store.Article, pg Page, it *Item) error {
	if it == nil {
		it = &Item{}
	}
	var r *page.Result
	var err error
	if stop := s.opts.Gate.Do(s.context(), len(pg.Body), func() {
		r, err = s.stripper.Strip(pg.Body, pg.URL, page.Options{Selector: it.Feed.Selector, Now: it.Feed.Ref})
	}); stop != nil {
		return stop // the caller sees its context ended and stores nothing
	}
	a.Truncated = false
	if err != nil {
		r = &page.Result{Title: it.Ref.ItemTitle, Text: it.Text}
		a.FetchError = "strip: " + err.Error()
		a.TextSource, a.Truncated = "feed", it.Truncated
	} else {
		a.TextSource, a.FetchError = "page", ""
	}
	a.URL = pg.URL
	a.CanonicalURL = canon.Choose(pg.URL, r.CanonicalURL)
	a.Title = headline(r.Title, it.Ref.ItemTitle, it.Feed.Title)
	a.Byline, a.StripPath = r.Byline, r.Path
	a.Lang, a.LangSource = r.Lang, ""
	if a.Lang != "" {
		a.LangSource = "page"
	}
	it.declaredLang(a)
	a.Modified = utc(r.Modified)
	a.Text = r.Text
	if blank(a.Text) && it.Text != "" {
		a.Text, a.TextSource, a.Truncated = it.Text, "feed", it.Truncated
	}
	if pg.HTTP != nil {
		a.FetchedAt = s.opts.Now()
		a.HTTP = *pg.HTTP
	}
	sum := sha256.Sum256(pg.Body)
	a.PageSHA256 = hex.EncodeToString(sum[:])
	a.TextSHA256 = textHash(a.Text)
	s.setPublished(a, r, it)
	return err
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// setPublished chooses the publication time: the page's own metadata,
// then the feed item's date, then the dateline (its year from the feed's
// date or the fetch time) or a date in the URL, then the fetch time.
func (s *Stage) setPublished(a *store.Article, r *page.Result, it *Item) {
	weak := r == nil || r.Published.IsZero() || r.PublishedSource == "dateline" || r.PublishedSource == "url"
	switch {
	case !weak:
		a.SetPublished(r.Published, r.PublishedSource, !r.ZoneUnknown)
	case !it.Published.IsZero():
		a.SetPublished(it.Published, "feed", true)
	case r != nil && !r.Published.IsZero():
		a.SetPublished(r.Published, r.PublishedSource, !r.ZoneUnknown)
	default:
		a.SetPublished(a.FetchedAt, store.PublishedFetched, false)
	}
}

// headline is the article's title: the page's, unless the page gave
// none or only the site's name (the feed's title or a part of it, as
// "Global Voices Online" of "Global Voices Online » Feature"), when the
// feed item's title is the story's.
func headline(pageTitle, itemTitle, feedTitle string) string {
	if itemTitle == "" {
		return pageTitle
	}
	if pageTitle == "" {
		return itemTitle
	}
	pt := strings.ToLower(strings.Join(strings.Fields(pageTitle), " "))
	ft := strings.ToLower(strings.Join(strings.Fields(feedTitle), " "))
	if ft == "" || strings.EqualFold(pageTitle, itemTitle) {
		return pageTitle
	}
	if pt == ft {
		return itemTitle
	}
	for _, sep := range []string{" » ", " | ", " - ", " – ", " — ", " :: ", ": ", " · "} {
		for _, part := range strings.Split(ft, sep) {
			if strings.TrimSpace(part) == pt {
				return itemTitle
			}
		}
	}
	return pageTitle
}
