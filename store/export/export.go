package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/eventwire/eventwire/store"
)

// SchemaID is the schema name every record carries.
const SchemaID = "eventwire/1"

// Record kinds. EventMentions lists, one record per reference, the
// mentions that events refer to: the side table of the flat events.
const (
	Articles      = "articles"
	Mentions      = "mentions"
	Events        = "events"
	EventMentions = "event-mentions"
)

// Formats.
const (
	JSONL = "jsonl"
	JSON  = "json"
	CSV   = "csv"
)

// Options choose what is written. The zero value writes articles as JSONL.
type Options struct {
	Format  string // jsonl (default), json or csv
	Records string // articles (default), mentions, events or event-mentions
	// NoText leaves the article text out.
	NoText bool
	// Types keeps only mentions of these types (articles, mentions) or
	// events of these types (events, event-mentions). Empty keeps all.
	Types []string
}

// Writer writes records of one kind in one format.
type Writer struct {
	opts  Options
	bw    *bufio.Writer
	cw    *csv.Writer
	n     int // records written
	began bool
}

// NewWriter checks the options and returns a writer onto w. Call Close to
// finish the output (the closing bracket of a JSON array, buffered data).
func NewWriter(w io.Writer, opts Options) (*Writer, error) {
	if opts.Format == "" {
		opts.Format = JSONL
	}
	if opts.Records == "" {
		opts.Records = Articles
	}
	switch opts.Format {
	case JSONL, JSON, CSV:
	default:
		return nil, fmt.Errorf("export: format %q: want jsonl, json or csv", opts.Format)
	}
	switch opts.Records {
	case Articles, Mentions, Events, EventMentions:
	default:
		return nil, fmt.Errorf("export: records %q: want articles, mentions, events or event-mentions", opts.Records)
	}
	ew := &Writer{opts: opts, bw: bufio.NewWriterSize(w, 1<<16)}
	if opts.Format == CSV {
		ew.cw = csv.NewWriter(ew.bw)
	}
	return ew, nil
}

// Count returns how many records were written.
func (w *Writer) Count() int { return w.n }

// Write writes the records that one stored article yields: one article
// record, or its mentions, or its events, or its events' mention
// references.
func (w *Writer) Write(rec store.Record) error {
	rec.Article.Normalize()
	if !w.began {
		w.began = true
		if err := w.begin(); err != nil {
			return err
		}
	}
	if w.opts.Records == EventMentions {
		return w.writeEventMentions(rec)
	}
	if w.opts.Format != CSV {
		return w.writeJSON(rec)
	}
	ex, err := rec.Decode()
	if err != nil {
		return err
	}
	a := rec.Article
	switch w.opts.Records {
	case Articles:
		w.n++
		return w.cw.Write(inert(articleRow(a, w.opts.NoText)))
	case Mentions:
		for i := range ex.Mentions {
			if w.keep(ex.Mentions[i].Type) {
				w.n++
				if err := w.cw.Write(inert(mentionRow(a, ex, i))); err != nil {
					return err
				}
			}
		}
	case Events:
		for i := range ex.Events {
			if !w.keep(ex.Events[i].Type) {
				continue
			}
			w.n++
			if err := w.cw.Write(inert(eventRow(a, ex, i))); err != nil {
				return err
			}
		}
	}
	return nil
}

// rawExtraction is a stored extraction with its mentions and events left
// as JSON: they are stored in export form, so JSON output passes them
// through instead of decoding and encoding every field.
type rawExtraction struct {
	Extractor store.ExtractorInfo `json:"extractor"`
	Mentions  []json.RawMessage   `json:"mentions"`
	Events    []json.RawMessage   `json:"events"`
}

// writeJSON writes the JSON records of one article. A decoded extraction
// is encoded first, so that both kinds of record go one way.
func (w *Writer) writeJSON(rec store.Record) error {
	raw := rec.ExtractionJSON
	if rec.Extraction != nil {
		var err error
		if raw, err = json.Marshal(rec.Extraction); err != nil {
			return fmt.Errorf("export: extraction of %s: %w", rec.Article.ID, err)
		}
	}
	var ex rawExtraction
	if raw != nil {
		if err := json.Unmarshal(raw, &ex); err != nil {
			return fmt.Errorf("export: extraction of %s: %w", rec.Article.ID, err)
		}
	} else {
		ex.Extractor = rec.Article.Extractor
	}
	a := rec.Article
	switch w.opts.Records {
	case Articles:
		r := articleRecord{Record: "article", Schema: SchemaID, Article: a, Mentions: w.filterRaw(ex.Mentions), Events: withIndex(ex.Events, nil)}
		if !w.opts.NoText {
			r.Text = &a.Text
		}
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("export: article %s: %w", a.ID, err)
		}
		return w.emitJSON(b)
	case Mentions:
		for i, m := range ex.Mentions {
			if !w.keep(rawType(m)) {
				continue
			}
			head, err := json.Marshal(mentionHead{"mention", SchemaID, a.ID, i, ex.Extractor.Version})
			if err != nil {
				return err
			}
			if err := w.emitJSON(splice(head, m)); err != nil {
				return err
			}
		}
	case Events:
		for i, e := range ex.Events {
			if !w.keep(rawType(e)) {
				continue
			}
			head, err := json.Marshal(eventHead{"event", SchemaID, a.ID, i, a.URL, a.Published, ex.Extractor.Version})
			if err != nil {
				return err
			}
			if err := w.emitJSON(splice(head, e)); err != nil {
				return err
			}
		}
	}
	return nil
}

// filterRaw keeps the mentions of the chosen types, each with its index
// "i" in the article's mention list (which event fields refer to).
func (w *Writer) filterRaw(ms []json.RawMessage) []json.RawMessage {
	return withIndex(ms, func(m json.RawMessage) bool { return w.keep(rawType(m)) })
}

// withIndex returns the objects that keep accepts (all when nil), each
// with "i", its index in ms, first.
func withIndex(ms []json.RawMessage, keep func(json.RawMessage) bool) []json.RawMessage {
	out := make([]json.RawMessage, 0, len(ms))
	for i, m := range ms {
		if keep != nil && !keep(m) {
			continue
		}
		out = append(out, splice([]byte(`{"i":`+strconv.Itoa(i)+`}`), m))
	}
	return out
}

// rawType reads the "type" of a stored mention or event, which its encoder
// writes first.
func rawType(m json.RawMessage) string {
	const p = `{"type":"`
	if bytes.HasPrefix(m, []byte(p)) {
		if end := bytes.IndexByte(m[len(p):], '"'); end >= 0 {
			return string(m[len(p) : len(p)+end])
		}
	}
	var t struct {
		Type string `json:"type"`
	}
	json.Unmarshal(m, &t)
	return t.Type
}

type articleRecord struct {
	Record string `json:"record"`
	Schema string `json:"schema"`
	*store.Article
	Text     *string           `json:"text,omitempty"`
	Mentions []json.RawMessage `json:"mentions"`
	Events   []json.RawMessage `json:"events"`
}

type eventHead struct {
	Record           string    `json:"record"`
	Schema           string    `json:"schema"`
	Article          string    `json:"article"`
	I                int       `json:"i"`
	SourceURL        string    `json:"source_url"`
	Published        time.Time `json:"published,omitzero"`
	ExtractorVersion int       `json:"extractor_version"`
}

func (w *Writer) keep(t string) bool {
	return len(w.opts.Types) == 0 || slices.Contains(w.opts.Types, t)
}

func (w *Writer) begin() error {
	switch w.opts.Format {
	case JSON:
		_, err := w.bw.WriteString("[\n")
		return err
	case CSV:
		return w.cw.Write(csvHeader(w.opts))
	}
	return nil
}

// Close finishes the output.
func (w *Writer) Close() error {
	if !w.began {
		w.began = true
		if err := w.begin(); err != nil {
			return err
		}
	}
	if w.opts.Format == JSON {
		if _, err := w.bw.WriteString("]\n"); err != nil {
			return err
		}
	}
	if w.cw != nil {
		w.cw.Flush()
		if err := w.cw.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := w.bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// emitJSON writes one JSON record in the JSONL or JSON framing.
func (w *Writer) emitJSON(b []byte) error {
	if w.opts.Format == JSON && w.n > 0 {
		if _, err := w.bw.WriteString(",\n"); err != nil {
			return err
		}
	}
	w.n++
	if _, err := w.bw.Write(b); err != nil {
		return err
	}
	if w.opts.Format == JSONL {
		return w.bw.WriteByte('\n')
	}
	return nil
}

type mentionHead struct {
	Record           string `json:"record"`
	Schema           string `json:"schema"`
	Article          string `json:"article"`
	I                int    `json:"i"`
	ExtractorVersion int    `json:"extractor_version"`
}

// splice joins two JSON objects into one.
func splice(a, b []byte) []byte {
	if len(b) <= 2 {
		return a
	}
	out := make([]byte, 0, len(a)+len(b))
	out = append(out, a[:len(a)-1]...)
	out = append(out, ',')
	return append(out, b[1:]...)
}
