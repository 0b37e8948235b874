package view

import (
	"encoding/json"
	"net/http"
	"net/url"
	"time"

	"github.com/eventwire/eventwire/store"
)

// articlesPage is the article list.
type articlesPage struct {
	basePage
	F      filters
	Form   filterForm
	Rows   []articleRow
	Newer  string
	Older  string
	Export []exportLink
	// NotExported names the filters in force that the downloads do not
	// apply, export having no flag for them.
	NotExported []string
}

// filterForm is what the filter form offers.
type filterForm struct {
	Action string
	Feeds  []store.Feed
	Types  []*typeStyle
}

type articleRow struct {
	ID, Title, Published string
	Feed                 string
	FeedID               string
	Lang                 string
	Mentions, Events     int
	Duplicate            bool
	FetchError           string
}

// exportLink is a download of what an export command writes.
type exportLink struct {
	Label, Href, Command string
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilters(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, feeds, err := s.pageAndFeeds(f.query(s.opts.PageSize))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &articlesPage{
		basePage:    basePage{Title: "Articles", Nav: "articles"},
		F:           f,
		Form:        filterForm{Action: "/", Feeds: feeds, Types: s.pal.order},
		NotExported: f.notExported("articles"),
	}
	names := feedNames(feeds)
	for _, rec := range page.Records {
		a := rec.Article
		row := articleRow{ID: a.ID, Title: a.Title, Published: showTime(a.SortTime()), Feed: names[a.Feed.ID], FeedID: a.Feed.ID,
			Lang: a.Lang, Duplicate: a.DuplicateOf != "", FetchError: a.FetchError}
		if row.Title == "" {
			row.Title = "(untitled) " + a.URL
		}
		row.Mentions, row.Events = countExtraction(rec.ExtractionJSON)
		p.Rows = append(p.Rows, row)
	}
	if page.Newer != "" {
		p.Newer = f.link("/", "after", page.Newer)
	}
	if page.Older != "" {
		p.Older = f.link("/", "before", page.Older)
	}
	for _, rec := range []string{"articles", "mentions"} {
		for _, format := range []string{"jsonl", "csv"} {
			v := f.exportParams(rec)
			v.Set("format", format)
			p.Export = append(p.Export, exportLink{Label: rec + " (" + format + ")", Href: "/export?" + v.Encode(), Command: exportCommand(v)})
		}
	}
	s.render(w, r, http.StatusOK, "articles", p)
}

// countExtraction counts a stored extraction's mentions and events.
func countExtraction(raw []byte) (mentions, events int) {
	if raw == nil {
		return 0, 0
	}
	var x struct {
		Mentions []json.RawMessage `json:"mentions"`
		Events   []json.RawMessage `json:"events"`
	}
	if json.Unmarshal(raw, &x) != nil {
		return 0, 0
	}
	return len(x.Mentions), len(x.Events)
}

func feedNames(feeds []store.Feed) map[string]string {
	out := map[string]string{}
	for _, f := range feeds {
		out[f.ID] = feedName(f)
	}
	return out
}

func feedName(f store.Feed) string {
	if f.Name != "" {
		return f.Name
	}
	if u, err := url.Parse(f.URL); err == nil && u.Host != "" {
		return u.Host
	}
	return f.URL
}

// showTime shows a time in its own offset, to the minute.
func showTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02 15:04 -07:00")
}

// safeURL returns u when it is an absolute http or https URL, else "": a
// stored URL is untrusted and becomes a link only if it is plainly a web
// address.
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

// pageAndFeeds reads one page of articles and the feeds (for the filter
// form and feed names) in one opening of the database.
func (s *Server) pageAndFeeds(q store.Query) (*store.Page, []store.Feed, error) {
	var page *store.Page
	var feeds []store.Feed
	err := s.withDB(func(db Reader) error {
		var err error
		if page, err = db.Articles(q); err != nil {
			return err
		}
		feeds, err = db.Feeds()
		return err
	})
	return page, feeds, err
}
