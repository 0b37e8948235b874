package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/export"
	"github.com/eventwire/eventwire/store/postgres"
)

type demoOptions struct {
	db              string
	records, format string
	keep            bool
	noText          bool
	digest          bool
}

func newDemoCommand(g *globals) *cobra.Command {
	var o demoOptions
	c := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole pipeline offline on bundled sample feeds",
		Long: `Demo starts two local web servers that serve bundled sample feeds (RSS, Atom,
JSON Feed) and a dozen wire-style stories written for it, including a page in
EUC-KR and a story syndicated on both hosts. It runs two cron passes into a
temporary database (the second pass finds one feed unchanged and every story
already stored), then prints the export, events by default, on stdout. Nothing
leaves this machine.

--db runs the demo into a database of your choice instead, kept afterwards:
a bbolt file path, or a postgres:// URL (whose schema the demo creates if it
has none, as "eventwire migrate" would). Give it an empty database: the
export printed is the whole database's.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), g, o)
		},
	}
	c.Flags().StringVar(&o.db, "db", "", "run into this database (a bbolt path or a postgres:// URL) instead of a temporary one, and keep it")
	c.Flags().StringVar(&o.records, "records", "events", "records to print: articles, mentions, events or event-mentions")
	c.Flags().StringVar(&o.format, "format", "jsonl", "jsonl, json or csv")
	c.Flags().BoolVar(&o.keep, "keep", false, "keep the temporary database and print its path")
	c.Flags().BoolVar(&o.noText, "no-text", true, "leave article text out of article records")
	c.Flags().BoolVar(&o.digest, "digest", true, "also print a readable digest of the events on stderr")
	return c
}

func runDemo(ctx context.Context, g *globals, o demoOptions) error {
	ew, err := export.NewWriter(g.stdout, export.Options{Format: o.format, Records: o.records, NoText: o.noText})
	if err != nil {
		return usageError{err}
	}
	db, cleanup, err := openDemoDB(o)
	if err != nil {
		return err
	}
	defer cleanup()
	site, err := newDemoSite()
	if err != nil {
		return err
	}
	defer site.Close()
	for _, f := range site.FeedURLs() {
		// A tiny interval makes every feed due again on the second pass.
		if err := db.AddFeed(&store.Feed{URL: f.URL, Name: f.Name, Interval: time.Millisecond, Added: time.Now().UTC()}); err != nil {
			return err
		}
	}
	client := newClient(g, db, runOptions{hostRate: 50, allowPrivate: true})
	fmt.Fprintf(g.stderr, "eventwire demo: %d feeds on two local hosts, extractor %s v%d\n", len(site.FeedURLs()), standard.Name, standard.Version)
	for pass := 1; pass <= 2; pass++ {
		time.Sleep(2 * time.Millisecond)
		sum, err := runPass(ctx, g, db, client, runOptions{concurrency: 4, lease: 2 * time.Minute})
		if sum != nil {
			fmt.Fprintf(g.stderr, "pass %d: ", pass)
			printSummary(g.stderr, sum, bolt.Waits{})
		}
		if err != nil {
			return err
		}
	}
	if err := db.Each(store.Filter{}, ew.Write); err != nil {
		return err
	}
	if o.digest {
		if err := printDigest(g.stderr, db); err != nil {
			return err
		}
	}
	if err := ew.Close(); err != nil {
		return err
	}
	fmt.Fprintf(g.stderr, "eventwire demo: printed %d %s records\n", ew.Count(), o.records)
	if o.keep || o.db != "" {
		fmt.Fprintf(g.stderr, "database kept at %s (try: eventwire export --db %s --records mentions)\n", db.Location(), db.Location())
	}
	return nil
}

// openDemoDB opens the database the demo runs into: --db's, or a new one
// in a temporary folder that cleanup removes unless --keep.
func openDemoDB(o demoOptions) (store.Store, func(), error) {
	switch {
	case postgres.IsURL(o.db):
		if _, _, err := postgres.Migrate(o.db); err != nil {
			return nil, nil, err
		}
		db, err := postgres.Open(o.db, postgres.Options{})
		if err != nil {
			return nil, nil, err
		}
		return db, func() { db.Close() }, nil
	case o.db != "":
		db, err := bolt.Open(o.db, bolt.Options{})
		if err != nil {
			return nil, nil, err
		}
		return db, func() { db.Close() }, nil
	}
	dir, err := os.MkdirTemp("", "eventwire-demo-")
	if err != nil {
		return nil, nil, err
	}
	db, err := bolt.Open(filepath.Join(dir, "eventwire.db"), bolt.Options{NoSync: true})
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return db, func() {
		db.Close()
		if !o.keep {
			os.RemoveAll(dir)
		}
	}, nil
}

// printDigest writes one line per event, the mentions spelled out: what a
// reader wants to see before learning the record format.
func printDigest(w io.Writer, db store.Store) error {
	fmt.Fprintln(w, "\nevents, by article (the JSON records above carry the same, with spans):")
	return db.Each(store.Filter{}, func(r store.Record) error {
		ex, err := r.Decode()
		if err != nil {
			return err
		}
		dup := ""
		if r.Article.DuplicateOf != "" {
			dup = " [syndicated copy of " + r.Article.DuplicateOf[:8] + "]"
		}
		fmt.Fprintf(w, "\n%s  %s%s\n", r.Article.SortTime().Format("2006-01-02"), r.Article.Title, dup)
		names := func(idx []int) string {
			var parts []string
			for _, i := range idx {
				if i < 0 || i >= len(ex.Mentions) {
					continue
				}
				m := ex.Mentions[i]
				switch {
				case m.Person != nil && m.Person.Name != "":
					parts = append(parts, m.Person.Name)
				case m.Location != nil:
					parts = append(parts, m.Location.Name)
				case m.Amount != nil && m.Amount.Currency != "":
					parts = append(parts, fmt.Sprintf("%s %s", m.Amount.Currency, strconv.FormatFloat(m.Amount.Value, 'f', -1, 64)))
				default:
					parts = append(parts, m.Text)
				}
			}
			return strings.Join(parts, ", ")
		}
		for _, e := range ex.Events {
			when := ""
			if e.WhenResolved != nil {
				when = e.WhenResolved.Value
			}
			code := ""
			if e.Cameo != nil {
				code = *e.Cameo
			}
			fmt.Fprintf(w, "  %-10s %-4s %-10s who: %s", e.Type, code, when, names(e.Who))
			if s := names(e.Where); s != "" {
				fmt.Fprintf(w, "; where: %s", s)
			}
			if s := names(e.Amounts); s != "" {
				fmt.Fprintf(w, "; amounts: %s", s)
			}
			fmt.Fprintf(w, "  (%q)", e.Trigger.Text)
			if e.Negated {
				fmt.Fprint(w, " [negated]")
			}
			if e.Modality != "" && e.Modality != "asserted" {
				fmt.Fprintf(w, " [%s]", e.Modality)
			}
			fmt.Fprintln(w)
		}
		return nil
	})
}
