package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/export"
)

type exportOptions struct {
	format, records  string
	since, until     string
	feed, types, out string
	noText           bool
	version          int
}

func newExportCommand(g *globals) *cobra.Command {
	var o exportOptions
	c := &cobra.Command{
		Use:   "export [--format jsonl|json|csv] [--records articles|mentions|events] [--since T] [--until T] [--feed ID] [--type T,...] [--out FILE]",
		Short: "Write stored articles, mentions or events as JSON Lines, JSON or CSV",
		Long: `Export streams records from the database, sorted by publication time (fetch
time for articles without one), to stdout or --out.

--records articles (default) writes one record per article with its mentions
and events inline; mentions and events write one record per mention or event,
each carrying its article id. Every mention's text is text[start:end] of its
article's text in UTF-8 bytes (cstart/cend: the same in code points).

--since and --until filter on publication time (RFC 3339 or YYYY-MM-DD;
--until is exclusive) through an index; --type keeps mention types
(date,amount,location,official,person) or, with --records events, event types.
--extractor-version selects articles extracted by that version of the rules.

CSV writes one flat table per record kind; an event's mention references
become one row each (columns slot, mention, role).

--out writes to a temporary file beside FILE and renames it over FILE only
when the export succeeded: a failed export leaves the previous FILE as it
was.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(g, o)
		},
	}
	addDBFlag(c, g)
	c.Flags().StringVar(&o.format, "format", "jsonl", "jsonl, json or csv")
	c.Flags().StringVar(&o.records, "records", "articles", "articles, mentions or events")
	c.Flags().StringVar(&o.since, "since", "", "only articles published at or after T")
	c.Flags().StringVar(&o.until, "until", "", "only articles published before T")
	c.Flags().StringVar(&o.feed, "feed", "", "only articles from this feed id")
	c.Flags().StringVar(&o.types, "type", "", "comma-separated mention (or event) types to keep")
	c.Flags().StringVar(&o.out, "out", "", "write to FILE instead of stdout")
	c.Flags().BoolVar(&o.noText, "no-text", false, "leave out article text")
	c.Flags().IntVar(&o.version, "extractor-version", 0, "only articles extracted by this extractor version")
	return c
}

func runExport(g *globals, o exportOptions) error {
	since, err := parseTime(o.since)
	if err != nil {
		return usagef("--since: %v", err)
	}
	until, err := parseTime(o.until)
	if err != nil {
		return usagef("--until: %v", err)
	}
	var types []string
	for _, t := range strings.Split(o.types, ",") {
		if t = strings.TrimSpace(t); t != "" {
			types = append(types, t)
		}
	}
	var w io.Writer = g.stdout
	var f *outFile
	if o.out != "" {
		// Written beside the target and renamed over it only once the
		// export succeeded: a failure keeps the previous export.
		if f, err = createOut(o.out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer func() {
			if f != nil {
				f.Abort()
			}
		}()
		w = f
	}
	ew, err := export.NewWriter(w, export.Options{Format: o.format, Records: o.records, NoText: o.noText, Types: types})
	if err != nil {
		return usageError{err}
	}
	db, err := openDB(g, true)
	if err != nil {
		return err
	}
	defer db.Close()
	write := ew.Write
	if isTerminal(g.stderr) {
		if n, err := db.ArticleCount(); err == nil {
			bar := newProgress(g.stderr, n, "export")
			defer bar.Finish()
			write = func(r store.Record) error {
				bar.Add(1)
				return ew.Write(r)
			}
		}
	}
	err = db.Each(store.Filter{Since: since, Until: until, FeedID: o.feed, Version: o.version,
		NoText: o.noText || o.records != export.Articles}, write)
	if cerr := ew.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if f != nil {
		err, f = f.Commit(), nil
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	g.logger.Debug("export done", "records", ew.Count())
	return nil
}
