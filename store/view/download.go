package view

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/export"
)

var contentTypes = map[string]string{
	export.JSONL: "application/x-ndjson; charset=utf-8",
	export.JSON:  "application/json; charset=utf-8",
	export.CSV:   "text/csv; charset=utf-8",
}

// exportRequest is /export's parameters, which are export's flags.
type exportRequest struct {
	opts         export.Options
	since, until string
	feed         string
	version      int
}

func parseExport(v url.Values) (*exportRequest, error) {
	e := &exportRequest{
		opts: export.Options{Format: v.Get("format"), Records: v.Get("records"), NoText: v.Get("no-text") == "1",
			Types: splitList(v.Get("type"))},
		since: v.Get("since"), until: v.Get("until"), feed: v.Get("feed"),
	}
	if e.opts.Format == "" {
		e.opts.Format = export.JSONL
	}
	if e.opts.Records == "" {
		e.opts.Records = export.Articles
	}
	if s := v.Get("extractor-version"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return nil, badRequest("extractor-version", fmt.Errorf("%q: want a whole number", s))
		}
		e.version = n
	}
	return e, nil
}

// query selects what export selects for the same flags, in its order.
func (e *exportRequest) query(chunk int) (store.Query, error) {
	since, err := parseTime(e.since)
	if err != nil {
		return store.Query{}, badRequest("since", err)
	}
	until, err := parseTime(e.until)
	if err != nil {
		return store.Query{}, badRequest("until", err)
	}
	return store.Query{Since: since, Until: until, FeedID: e.feed, Version: e.version, Oldest: true, Limit: chunk,
		NoText: e.opts.NoText || e.opts.Records != export.Articles}, nil
}

// handleExport writes what "eventwire export" writes with the same flags,
// through the same writer. It reads the database in chunks, each in its
// own read transaction: unlike the export command, a download that runs
// while a pass stores articles is not one snapshot.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	req, err := parseExport(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q, err := req.query(s.opts.DownloadChunk)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sent := &sentCounter{w: w}
	ew, err := export.NewWriter(sent, req.opts)
	if err != nil {
		s.fail(w, r, badRequest("format or records", err))
		return
	}
	// abort ends a download that cannot go on: with an error page if
	// nothing was sent yet, else by cutting the connection, so that half a
	// file never looks whole.
	abort := func(err error) {
		if sent.n == 0 {
			w.Header().Del("Content-Disposition")
			s.fail(w, r, err)
			return
		}
		s.opts.Logger.Error("serve: export cut short", "err", err)
		panic(http.ErrAbortHandler)
	}
	started := false
	for {
		var page *store.Page
		err := s.withDB(func(db Reader) error {
			var err error
			page, err = db.Articles(q)
			return err
		})
		if err != nil {
			abort(err)
			return
		}
		if !started {
			started = true
			h := w.Header()
			h.Set("Content-Type", contentTypes[req.opts.Format])
			h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="eventwire-%s.%s"`, req.opts.Records, req.opts.Format))
		}
		for _, rec := range page.Records {
			if err := ew.Write(rec); err != nil {
				abort(err)
				return
			}
		}
		if page.Newer == "" {
			break
		}
		q.After = page.Newer
	}
	if err := ew.Close(); err != nil {
		abort(err)
	}
}

// sentCounter counts the bytes that reached the client.
type sentCounter struct {
	w io.Writer
	n int64
}

func (c *sentCounter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
