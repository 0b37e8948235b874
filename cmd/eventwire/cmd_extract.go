package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/ingest/article"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/store"
)

type extractOptions struct {
	published string
	jsonl     bool
	html      bool
	url       string
}

func newExtractCommand(g *globals) *cobra.Command {
	var o extractOptions
	c := &cobra.Command{
		Use:   "extract [--published T] [--jsonl] [--html] [FILE ...]",
		Short: "Extract mentions and events from text or HTML",
		Long: `Extract reads plain text (or HTML with --html, stripped first) from the files
given, or standard input, and prints the mentions (dates, amounts, locations,
officials) and events as JSON.

--published anchors relative dates ("Wednesday", "last month"); with --html the
page's own publication time is used when --published is not given.

With --jsonl, standard input (or each FILE) holds one JSON object per line,
{"id": ..., "text": ...} or {"id": ..., "html": ..., "url": ...}, optionally with
"published" (RFC 3339, years 1 to 9998), and each gets one output line {"id",
"text"?, "mentions", "events", "error"?} in the same order. A bad line gets an
error and the rest go on; the id always comes back as it came (a number stays a
number), and every output line is valid JSON in UTF-8.
On SIGINT or SIGTERM it stops at once (exit 1): the lines finished before the
first unfinished one are written, the rest are not.

A binary file is refused (exit 1), and HTML given without --html is bad
usage (exit 2): the rules would read its markup as text.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), g, o, args)
		},
	}
	c.Flags().StringVar(&o.published, "published", "", "publication time that anchors relative dates (RFC 3339 or YYYY-MM-DD)")
	c.Flags().BoolVar(&o.jsonl, "jsonl", false, "read and write JSON Lines (one object per line)")
	c.Flags().BoolVar(&o.html, "html", false, "input is HTML: strip the page first")
	c.Flags().StringVar(&o.url, "url", "", "the page's URL, for site rules (with --html)")
	return c
}

type extractOutput struct {
	ID       json.RawMessage   `json:"id"`
	Text     *string           `json:"text,omitempty"`
	Mentions []extract.Mention `json:"mentions"`
	Events   []extract.Event   `json:"events"`
	Error    string            `json:"error,omitempty"`
}

// appendJSON appends o as json.Marshal writes it, by hand (see jsonAppender).
func (o extractOutput) appendJSON(b []byte) ([]byte, error) {
	// The id and the text are encoded by encoding/json itself: the id is
	// raw JSON to compact and escape as it does, and both are short or rare
	// (the text comes back with --html input only).
	id, err := json.Marshal(o.ID)
	if err != nil {
		return nil, err
	}
	b = append(b, `{"id":`...)
	b = append(b, id...)
	if o.Text != nil {
		t, err := json.Marshal(*o.Text)
		if err != nil {
			return nil, err
		}
		b = append(b, `,"text":`...)
		b = append(b, t...)
	}
	b = append(b, `,"mentions":`...)
	if o.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range o.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = o.Mentions[i].AppendJSON(b); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"events":`...)
	if o.Events == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range o.Events {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = o.Events[i].AppendJSON(b); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	if o.Error != "" {
		e, err := json.Marshal(o.Error)
		if err != nil {
			return nil, err
		}
		b = append(b, `,"error":`...)
		b = append(b, e...)
	}
	return append(b, '}'), nil
}

func runExtract(ctx context.Context, g *globals, o extractOptions, args []string) error {
	pub, err := parseTime(o.published)
	if err != nil {
		return usagef("--published: %v", err)
	}
	// The article stage reads pages as the cron pass does; the rules run
	// on every text, as the scorers' corpora are English.
	// Nothing is stored, so no limit applies: a text is extracted whole.
	stage := article.New(nil, article.Options{Pipeline: standard.New(), AnyLanguage: true, NoLimits: true})
	if o.jsonl {
		gc := pauseGC()
		defer gc.resume()
		fn := func(in *jsonlInput) any {
			gc.admit(in)
			defer gc.resume() // the first line has loaded the tables
			out := extractOutput{ID: in.ID, Mentions: []extract.Mention{}, Events: []extract.Event{}}
			t := pub
			if in.Published != "" {
				if t, err = parseTime(in.Published); err != nil {
					out.Error = err.Error()
					return out
				}
			}
			var a *store.Article
			switch {
			case in.Text != nil:
				a = &store.Article{Text: *in.Text}
			case in.HTML != nil:
				if a, err = stage.Read(article.Page{URL: in.URL, Body: []byte(*in.HTML)}, nil); err != nil {
					out.Error = err.Error()
					return out
				}
				out.Text = &a.Text
			default:
				out.Error = `input has neither "text" nor "html"`
				return out
			}
			ex := extractAt(stage, a, t)
			out.Mentions, out.Events = ex.Mentions, ex.Events
			return out
		}
		return eachInput(ctx, g, args, func(r io.Reader) error { return processJSONL(ctx, r, g.stdout, fn) })
	}
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	return eachInput(ctx, g, args, func(r io.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		if err := checkText(b); err != nil {
			return err
		}
		if !o.html && looksLikeHTML(b) {
			return usagef("the input looks like HTML: give --html to strip the page first (or strip it with eventwire strip)")
		}
		a := &store.Article{Text: string(b)}
		out := struct {
			Text      string            `json:"text,omitempty"`
			Published *time.Time        `json:"published,omitempty"`
			Mentions  []extract.Mention `json:"mentions"`
			Events    []extract.Event   `json:"events"`
		}{}
		if o.html {
			b, _, _ = fetch.DecodePage(b)
			if a, err = stage.Read(article.Page{URL: o.url, Body: b}, nil); err != nil {
				return err
			}
			out.Text = a.Text
		}
		ex := extractAt(stage, a, pub)
		if t := article.Anchor(a); !t.IsZero() {
			out.Published = &t
		}
		out.Mentions, out.Events = ex.Mentions, ex.Events
		return enc.Encode(out)
	})
}

// startupMemoryLimit bounds the heap while pauseGC holds the collector.
const startupMemoryLimit = 256 << 20

// pausedGC is the collector's settings before pauseGC.
type pausedGC struct {
	once    sync.Once
	percent int
	limit   int64
}

// pauseGC turns the garbage collector off, below a memory limit of
// startupMemoryLimit, until resume. The first text loads the rules' tables
// (the gazetteer above all): some 60 MB that stay, built in bursts that
// made the collector run half a dozen times over a growing heap, some 40
// ms of CPU, a sixth of extract --jsonl over TimeBank once. Off, the load
// allocates about 100 MB in all, and one collection after it is all it
// costs; the limit keeps a huge first text from going further.
func pauseGC() *pausedGC {
	g := &pausedGC{limit: debug.SetMemoryLimit(-1)}
	debug.SetMemoryLimit(min(g.limit, startupMemoryLimit))
	g.percent = debug.SetGCPercent(-1)
	return g
}

// pausedInputMax is the longest text or page extracted with the collector
// paused. Beyond it the heap of the text's own work nears
// startupMemoryLimit, and with the collector off the limit then has it run
// over and over: an 8 MB first text took 10.6 s of CPU, 3.3 s with it on.
const pausedInputMax = 1 << 20

// admit resumes the collector before a line whose text or page is longer
// than pausedInputMax.
func (g *pausedGC) admit(in *jsonlInput) {
	if in.Text != nil && len(*in.Text) > pausedInputMax || in.HTML != nil && len(*in.HTML) > pausedInputMax {
		g.resume()
	}
}

// resume restores the settings pauseGC found, once.
func (g *pausedGC) resume() {
	g.once.Do(func() {
		debug.SetGCPercent(g.percent)
		debug.SetMemoryLimit(g.limit)
	})
}

// extractAt extracts an article, anchored at t when t is set, else at
// the publication time its page gave.
func extractAt(stage *article.Stage, a *store.Article, t time.Time) *store.Extraction {
	if !t.IsZero() {
		a.Published, a.PublishedSource, a.PublishedOffset = t, "given", ""
	}
	return stage.Extract(a)
}

// eachInput calls fn on each named file, or on standard input when there is
// none ("-" also names standard input). It stops before the next file when
// ctx ends.
func eachInput(ctx context.Context, g *globals, args []string, fn func(io.Reader) error) error {
	if len(args) == 0 {
		return fn(g.stdin)
	}
	for _, name := range args {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("interrupted before %s: %w", name, err)
		}
		if name == "-" {
			if err := fn(g.stdin); err != nil {
				return err
			}
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("open input: %w", err)
		}
		err = fn(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}
