package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract/event"
	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/export"
)

type exportOptions struct {
	format, records  string
	since, until     string
	feed, types, out string
	undated, langs   string
	noText           bool
	version          int
}

func newExportCommand(g *globals) *cobra.Command {
	var o exportOptions
	c := &cobra.Command{
		Use:   "export [--format jsonl|json|csv] [--records articles|mentions|events|event-mentions] [--since T] [--until T] [--feed ID] [--type T,...] [--out FILE]",
		Short: "Write stored articles, mentions or events as JSON Lines, JSON or CSV",
		Long: `Export streams records from the database, sorted by publication time (fetch
time for articles without one), to stdout or --out.

--records articles (default) writes one record per article with its mentions
and events inline; mentions and events write one record per mention or event,
each carrying its article id. Every mention's text is text[start:end] of its
article's text in UTF-8 bytes (cstart/cend: the same in code points).
event-mentions writes one record per mention an event refers to (article,
event, slot who/when/where/amount, mention, its type and text, the role, and
the pronoun or description that stood in the sentence): the side table of the
flat events.

--since and --until filter on publication time (RFC 3339 or YYYY-MM-DD;
--until is exclusive) through an index; --type keeps mention types
(date,amount,location,official,person) or, with --records events or
event-mentions, event types.
--extractor-version selects articles extracted by that version of the rules.
--lang keeps articles in these languages (ISO 639-1 codes, "und" for
unknown); the extractors run on English text only, so other languages have
articles without mentions.

An article whose page, feed item and dateline gave no publication time has
its fetch time as "published", with published_source "fetched_at"; such
undated articles sort by fetch time, but fall into a --since/--until window
only when asked: --undated include|exclude|only (default: exclude with a
window, include without one).

A filter that names an unknown type, feed or extractor version, or a window
whose --since is not before its --until, is bad usage (exit 2).

CSV writes one flat table per record kind. The events table has one row per
event (a GROUP BY type counts events) with the flat GDELT-style fields:
cameo, cameo_root, quad_class, negated, modality, quoted, actor1_* and
actor2_* (name, kind, country, mention), action_geo_* (name, country, lat,
lon, mention, source), the resolved date and the first money amount; the
mentions an event refers to are the event-mentions table. A cell that a
spreadsheet would run as a formula (beginning with = + - @, a tab or a
carriage return, other than a plain number or a UTC offset) gets a leading
apostrophe.

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
	c.Flags().StringVar(&o.records, "records", "articles", "articles, mentions, events or event-mentions")
	c.Flags().StringVar(&o.since, "since", "", "only articles published at or after T")
	c.Flags().StringVar(&o.until, "until", "", "only articles published before T")
	c.Flags().StringVar(&o.feed, "feed", "", "only articles from this feed id")
	c.Flags().StringVar(&o.types, "type", "", "comma-separated mention (or event) types to keep")
	c.Flags().StringVar(&o.out, "out", "", "write to FILE instead of stdout")
	c.Flags().BoolVar(&o.noText, "no-text", false, "leave out article text")
	c.Flags().IntVar(&o.version, "extractor-version", 0, "only articles extracted by this extractor version")
	c.Flags().StringVar(&o.undated, "undated", "", "articles with no publication time: include, exclude or only (default: exclude with --since/--until, else include)")
	c.Flags().StringVar(&o.langs, "lang", "", "comma-separated languages to keep (ISO 639-1, \"und\" for unknown)")
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
	if !since.IsZero() && !until.IsZero() && !since.Before(until) {
		return usagef("--since %s is not before --until %s: the window is empty", o.since, o.until)
	}
	filter := store.Filter{Since: since, Until: until, FeedID: o.feed, Version: o.version}
	switch o.undated {
	case "":
		if !since.IsZero() || !until.IsZero() {
			filter.Undated = store.UndatedExclude
		}
	case "include":
	case "exclude":
		filter.Undated = store.UndatedExclude
	case "only":
		filter.Undated = store.UndatedOnly
	default:
		return usagef("--undated %q: want include, exclude or only", o.undated)
	}
	if filter.Langs, err = parseLangs(o.langs); err != nil {
		return err
	}
	if o.version != 0 && (o.version < 1 || o.version > standard.Version) {
		return usagef("--extractor-version %d: versions run from 1 to %d (this eventwire's)", o.version, standard.Version)
	}
	var types []string
	for _, t := range strings.Split(o.types, ",") {
		if t = strings.TrimSpace(t); t != "" {
			types = append(types, t)
		}
	}
	if err := checkTypes(types, o.records); err != nil {
		return err
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
	db, err := openDB(g, dbRead)
	if err != nil {
		return err
	}
	defer db.Close()
	if o.feed != "" {
		if known, err := db.FeedKnown(o.feed); err != nil {
			return err
		} else if !known {
			return usagef("--feed %s: no such feed (see eventwire feeds list)", o.feed)
		}
	}
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
	filter.NoText = o.noText || o.records != export.Articles
	err = db.Each(filter, write)
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

// checkTypes refuses a --type that names no mention type (articles,
// mentions) or no event type (events).
func checkTypes(types []string, records string) error {
	known := event.Types()
	what := "event"
	if records != export.Events {
		var err error
		if known, err = export.MentionTypes(); err != nil {
			return err
		}
		what = "mention"
	}
	for _, t := range types {
		if !slices.Contains(known, t) {
			return usagef("--type %q: no such %s type (known: %s)", t, what, strings.Join(known, ", "))
		}
	}
	return nil
}

// parseLangs reads --lang: ISO 639-1 codes, "und" meaning unknown ("").
func parseLangs(s string) ([]string, error) {
	var out []string
	for _, l := range strings.Split(s, ",") {
		l = strings.ToLower(strings.TrimSpace(l))
		switch {
		case l == "":
			continue
		case l == "und":
			out = append(out, "")
		case len(l) == 2 && l[0] >= 'a' && l[0] <= 'z' && l[1] >= 'a' && l[1] <= 'z':
			out = append(out, l)
		default:
			return nil, usagef("--lang %q: want two-letter ISO 639-1 codes (en, de, ko) or und", l)
		}
	}
	return out, nil
}
