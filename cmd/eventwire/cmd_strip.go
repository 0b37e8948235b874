package main

import (
	"context"
	"encoding/json"
	"io"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/ingest/page"
)

type stripOptions struct {
	url      string
	jsonl    bool
	selector string
}

func newStripCommand(g *globals) *cobra.Command {
	var o stripOptions
	c := &cobra.Command{
		Use:   "strip [--url URL] [--jsonl] [FILE ...]",
		Short: "Strip HTML pages to title, byline, publication time and text",
		Long: `Strip reads HTML pages from the files given, or standard input, and
prints each page's title, byline, publication time and main text as JSON.
A page is decoded as its byte order mark or <meta charset> says (else
detected), as a fetched page would be.

--url gives the page's address, which selects bundled site rules and resolves
relative links.

With --jsonl, the input holds one JSON object per line, {"id": ..., "html": ...,
"url": ...}, and each gets one output line {"id", "title", "byline",
"published", "text", "error"?} in the same order. On SIGINT or SIGTERM it
stops at once (exit 1): the lines finished before the first unfinished one are
written, the rest are not.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStrip(cmd.Context(), g, o, args)
		},
	}
	c.Flags().StringVar(&o.url, "url", "", "the page's URL (site rules, relative links)")
	c.Flags().BoolVar(&o.jsonl, "jsonl", false, "read and write JSON Lines (one object per line)")
	c.Flags().StringVar(&o.selector, "selector", "", "CSS selector of the article body, overriding site rules")
	return c
}

type stripOutput struct {
	ID json.RawMessage `json:"id"`
	*page.Result
	Error string `json:"error,omitempty"`
}

func runStrip(ctx context.Context, g *globals, o stripOptions, args []string) error {
	opts := page.Options{Selector: o.selector}
	st := page.New()
	if o.jsonl {
		fn := func(in *jsonlInput) any {
			if in.HTML == nil {
				return stripOutput{ID: in.ID, Error: `input has no "html"`}
			}
			u := in.URL
			if u == "" {
				u = o.url
			}
			r, err := st.Strip([]byte(*in.HTML), u, opts)
			if err != nil {
				return stripOutput{ID: in.ID, Error: err.Error()}
			}
			return stripOutput{ID: in.ID, Result: r}
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
		// A file has no HTTP header: its <meta charset> (or BOM) says
		// how to read it, as for a fetched page.
		b, _, _ = fetch.DecodePage(b)
		res, err := st.Strip(b, o.url, opts)
		if err != nil {
			return err
		}
		return enc.Encode(res)
	})
}
