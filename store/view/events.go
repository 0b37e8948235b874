package view

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/eventwire/eventwire/store"
)

// eventsPage is the table of events across articles.
type eventsPage struct {
	basePage
	F           filters
	Form        filterForm
	Rows        []eventListRow
	Articles    int
	Newer       string
	Older       string
	Export      []exportLink
	NotExported []string
}

type eventListRow struct {
	eventRow
	ArticleID    string
	ArticleTitle string
	Published    string
	Link         string
}

// eventsQuery is the store query of an events page: the articles that
// have an event (of the types asked for).
func eventsQuery(f filters, limit int) store.Query {
	q := f.query(limit)
	q.HasEvents = true
	return q
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilters(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, feeds, err := s.pageAndFeeds(eventsQuery(f, s.opts.PageSize))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &eventsPage{
		basePage:    basePage{Title: "Events", Nav: "events"},
		F:           f,
		Form:        filterForm{Action: "/events", Feeds: feeds, Types: s.pal.order},
		Articles:    len(page.Records),
		NotExported: f.notExported("events"),
	}
	etypes := splitList(f.EType)
	for _, rec := range page.Records {
		a := rec.Article
		ex, err := decodeExtraction(rec.ExtractionJSON, "")
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, e := range ex.Events {
			if len(etypes) > 0 && !slices.Contains(etypes, e.Type) {
				continue
			}
			n := strconv.Itoa(e.I)
			p.Rows = append(p.Rows, eventListRow{eventRow: s.eventRow(e, ex.Mentions), ArticleID: a.ID, ArticleTitle: a.Title,
				Published: showTime(a.SortTime()), Link: "/articles/" + a.ID + "?event=" + n + "#ev-" + n})
		}
	}
	if page.Newer != "" {
		p.Newer = f.link("/events", "after", page.Newer)
	}
	if page.Older != "" {
		p.Older = f.link("/events", "before", page.Older)
	}
	for _, format := range []string{"jsonl", "json", "csv"} {
		v := f.exportParams("events")
		v.Set("format", format)
		p.Export = append(p.Export, exportLink{Label: format, Href: "/export?" + v.Encode(), Command: exportCommand(v)})
	}
	s.render(w, r, http.StatusOK, "events", p)
}
