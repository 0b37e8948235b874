package view

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/export"
)

// The JSON API gives the export's records: /api/articles and /api/events
// a page of article or event records in an envelope with links to the
// pages around it, /api/articles/{id} one article record, /api/feeds the
// feeds with their counts and the last runs.

// maxAPILimit caps the page size a client may ask for.
const maxAPILimit = 500

// listEnvelope is a page of records.
type listEnvelope struct {
	Records json.RawMessage `json:"records"`
	// Newer and Older are the paths of the adjacent pages, null at the ends.
	Newer *string `json:"newer"`
	Older *string `json:"older"`
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	if code >= 500 {
		s.opts.Logger.Error("serve", "path", r.URL.Path, "err", err)
	}
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	s.writeJSON(w, code, map[string]string{"error": msg})
}

func (s *Server) writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error encoding JSON", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// apiLimit reads the limit parameter.
func (s *Server) apiLimit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return s.opts.PageSize, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxAPILimit {
		return 0, badRequest("limit", fmt.Errorf("%q: want 1 to %d", v, maxAPILimit))
	}
	return n, nil
}

// apiList answers a page of records of one kind.
func (s *Server) apiList(w http.ResponseWriter, r *http.Request, path, records string) {
	f, err := parseFilters(r.URL.Query())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	limit, err := s.apiLimit(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	q := f.query(limit)
	opts := export.Options{Format: export.JSON, Records: records, NoText: r.URL.Query().Get("text") != "1"}
	if records == export.Events {
		q = eventsQuery(f, limit)
		opts.Types = q.EventTypes
	}
	q.NoText = opts.NoText
	var page *store.Page
	if err := s.withDB(func(db Reader) error {
		var err error
		page, err = db.Articles(q)
		return err
	}); err != nil {
		s.apiError(w, r, err)
		return
	}
	var b bytes.Buffer
	ew, err := export.NewWriter(&b, opts)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	for _, rec := range page.Records {
		if err := ew.Write(rec); err != nil {
			s.apiError(w, r, err)
			return
		}
	}
	if err := ew.Close(); err != nil {
		s.apiError(w, r, err)
		return
	}
	env := listEnvelope{Records: b.Bytes()}
	extra := []string{}
	if v := r.URL.Query().Get("limit"); v != "" {
		extra = append(extra, "limit", v)
	}
	if r.URL.Query().Get("text") == "1" {
		extra = append(extra, "text", "1")
	}
	if page.Newer != "" {
		l := f.link(path, append(extra, "after", page.Newer)...)
		env.Newer = &l
	}
	if page.Older != "" {
		l := f.link(path, append(extra, "before", page.Older)...)
		env.Older = &l
	}
	s.writeJSON(w, http.StatusOK, env)
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	s.apiList(w, r, "/api/articles", export.Articles)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	s.apiList(w, r, "/api/events", export.Events)
}

// apiArticle answers one article record, text, mentions and events
// included: the line "export --records articles" writes for it.
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	var det *store.Detail
	if err := s.withDB(func(db Reader) error {
		var err error
		det, err = db.ArticleDetail(r.PathValue("id"))
		return err
	}); err != nil {
		s.apiError(w, r, err)
		return
	}
	var b bytes.Buffer
	ew, _ := export.NewWriter(&b, export.Options{Format: export.JSONL, Records: export.Articles})
	if err := ew.Write(det.Record); err != nil {
		s.apiError(w, r, err)
		return
	}
	if err := ew.Close(); err != nil {
		s.apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b.Bytes())
}

// apiFeedCounts are the counts added to a feed's stored JSON in /api/feeds.
type apiFeedCounts struct {
	Articles    int       `json:"articles"`
	Duplicates  int       `json:"duplicates"`
	FailedPages int       `json:"failed_pages"`
	Latest      time.Time `json:"latest_article,omitzero"`
}

func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) {
	d, err := s.loadFeeds()
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := struct {
		Feeds []json.RawMessage `json:"feeds"`
		Runs  []store.Run       `json:"runs"`
	}{Feeds: []json.RawMessage{}, Runs: d.runs}
	if out.Runs == nil {
		out.Runs = []store.Run{}
	}
	for _, f := range d.feeds {
		// The feed's own JSON form, whatever it becomes, with the counts
		// added to the same object.
		fb, err := json.Marshal(f)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		c := d.counts[f.ID]
		cb, err := json.Marshal(apiFeedCounts{c.Articles, c.Duplicates, c.FailedPages, c.Latest})
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		out.Feeds = append(out.Feeds, joinObjects(fb, cb))
	}
	s.writeJSON(w, http.StatusOK, out)
}

// joinObjects joins two JSON objects into one.
func joinObjects(a, b []byte) []byte {
	a, b = bytes.TrimSpace(a), bytes.TrimSpace(b)
	if len(b) <= 2 {
		return a
	}
	if len(a) <= 2 {
		return b
	}
	out := make([]byte, 0, len(a)+len(b))
	out = append(out, a[:len(a)-1]...)
	out = append(out, ',')
	return append(out, b[1:]...)
}
