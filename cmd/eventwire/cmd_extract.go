package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/ingest/page"
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
number), and every output line is valid JSON in UTF-8.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(g, o, args)
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

func runExtract(g *globals, o extractOptions, args []string) error {
	pub, err := parseTime(o.published)
	if err != nil {
		return usagef("--published: %v", err)
	}
	p := standard.New()
	st := page.New()
	if o.jsonl {
		fn := func(in *jsonlInput) any {
			out := extractOutput{ID: in.ID, Mentions: []extract.Mention{}, Events: []extract.Event{}}
			t := pub
			if in.Published != "" {
				if t, err = parseTime(in.Published); err != nil {
					out.Error = err.Error()
					return out
				}
			}
			var text string
			switch {
			case in.Text != nil:
				text = *in.Text
			case in.HTML != nil:
				r, err := st.Strip([]byte(*in.HTML), in.URL, page.Options{})
				if err != nil {
					out.Error = err.Error()
					return out
				}
				text = r.Text
				out.Text = &text
				if t.IsZero() {
					t = r.Published
				}
			default:
				out.Error = `input has neither "text" nor "html"`
				return out
			}
			res := p.Run(text, t)
			out.Mentions, out.Events = res.Mentions, res.Events
			return out
		}
		return eachInput(g, args, func(r io.Reader) error { return processJSONL(r, g.stdout, fn) })
	}
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	return eachInput(g, args, func(r io.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		text, t := string(b), pub
		out := struct {
			Text      string            `json:"text,omitempty"`
			Published *time.Time        `json:"published,omitempty"`
			Mentions  []extract.Mention `json:"mentions"`
			Events    []extract.Event   `json:"events"`
		}{}
		if o.html {
			res, err := st.Strip(b, o.url, page.Options{})
			if err != nil {
				return err
			}
			text = res.Text
			out.Text = text
			if t.IsZero() {
				t = res.Published
			}
		}
		if !t.IsZero() {
			out.Published = &t
		}
		res := p.Run(text, t)
		out.Mentions, out.Events = res.Mentions, res.Events
		return enc.Encode(out)
	})
}

// eachInput calls fn on each named file, or on standard input when there is
// none ("-" also names standard input).
func eachInput(g *globals, args []string, fn func(io.Reader) error) error {
	if len(args) == 0 {
		return fn(g.stdin)
	}
	for _, name := range args {
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
