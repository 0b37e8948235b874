package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/ingest/feed"
	"github.com/eventwire/eventwire/ingest/page"
	"github.com/eventwire/eventwire/store"
)

func newFeedsCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "feeds",
		Short: "Add, import, list and remove feeds",
		Long:  "Feeds live in the database. A feed is polled by \"eventwire run\" when its interval has passed.",
	}
	c.AddCommand(newFeedsAddCommand(g), newFeedsImportCommand(g), newFeedsListCommand(g), newFeedsRemoveCommand(g))
	return c
}

func checkFeedURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return usagef("feed URL %q: want an absolute http or https URL", raw)
	}
	return nil
}

func newFeedsAddCommand(g *globals) *cobra.Command {
	var name, selector string
	var interval time.Duration
	c := &cobra.Command{
		Use:   "add URL",
		Short: "Subscribe to a feed (RSS, Atom or JSON Feed)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFeedURL(args[0]); err != nil {
				return err
			}
			if selector != "" {
				if err := page.CheckSelector(selector); err != nil {
					return usageError{err}
				}
			}
			db, err := openDB(g, dbEdit)
			if err != nil {
				return err
			}
			defer db.Close()
			f := &store.Feed{URL: args[0], Name: name, Interval: interval, Selector: selector, Added: time.Now().UTC()}
			if err := db.AddFeed(f); err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "added feed %s: %s\n", f.ID, f.URL)
			return nil
		},
	}
	addDBFlag(c, g)
	c.Flags().StringVar(&name, "name", "", "a name for the feed")
	c.Flags().DurationVar(&interval, "interval", 30*time.Minute, "how often to poll it")
	c.Flags().StringVar(&selector, "selector", "", "CSS selector of the article body on this feed's pages")
	return c
}

func newFeedsImportCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "import FILE",
		Short: "Subscribe to the feeds listed in an OPML or YAML file",
		Long: `Import reads an OPML file (.opml, .xml) or a YAML list (.yaml, .yml) of feeds:

  - url: https://example.com/rss
    name: Example
    interval: 30m
    selector: article .body

Feeds already subscribed are skipped.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return usagef("feeds import: %v", err)
			}
			defer f.Close()
			srcs, err := readFeedList(f, strings.ToLower(filepath.Ext(args[0])))
			if err != nil {
				return fmt.Errorf("feeds import %s: %w", args[0], err)
			}
			db, err := openDB(g, dbEdit)
			if err != nil {
				return err
			}
			defer db.Close()
			added, skipped := 0, 0
			for _, s := range srcs {
				if err := checkFeedURL(s.URL); err != nil {
					fmt.Fprintf(g.stderr, "skipping %q: %v\n", s.URL, err)
					skipped++
					continue
				}
				if s.Selector != "" {
					if err := page.CheckSelector(s.Selector); err != nil {
						fmt.Fprintf(g.stderr, "skipping %q: %v\n", s.URL, err)
						skipped++
						continue
					}
				}
				iv := s.Interval
				if iv <= 0 {
					iv = 30 * time.Minute
				}
				err := db.AddFeed(&store.Feed{URL: s.URL, Name: s.Name, Interval: iv, Selector: s.Selector, Added: time.Now().UTC()})
				if errors.Is(err, store.ErrExists) {
					skipped++
					continue
				}
				if err != nil {
					return err
				}
				added++
			}
			fmt.Fprintf(g.stdout, "imported %d feeds, skipped %d\n", added, skipped)
			return nil
		},
	}
	addDBFlag(c, g)
	return c
}

func newFeedsListCommand(g *globals) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "list [--json]",
		Short: "List feeds with their polling state",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openDB(g, dbRead)
			if err != nil {
				return err
			}
			defer db.Close()
			feeds, err := db.Feeds()
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(g.stdout)
				enc.SetIndent("", "  ")
				if feeds == nil {
					feeds = []store.Feed{}
				}
				return enc.Encode(feeds)
			}
			tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tINTERVAL\tNEXT POLL\tERRORS\tURL")
			for _, f := range feeds {
				next := "now"
				if !f.NextPoll.IsZero() {
					next = f.NextPoll.Local().Format("2006-01-02 15:04")
				}
				errs := "-"
				if f.ErrorCount > 0 {
					errs = fmt.Sprintf("%d (%s)", f.ErrorCount, f.ErrorClass)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", f.ID, f.Name, f.Interval, next, errs, f.URL)
			}
			return tw.Flush()
		},
	}
	addDBFlag(c, g)
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

func newFeedsRemoveCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "remove ID",
		Short: "Unsubscribe from a feed (its stored articles stay)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openDB(g, dbEdit)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := db.RemoveFeed(args[0]); err != nil {
				if errors.Is(err, store.ErrNotFound) {
					return usagef("no feed with id %s (see eventwire feeds list)", args[0])
				}
				return err
			}
			fmt.Fprintf(g.stdout, "removed feed %s\n", args[0])
			return nil
		},
	}
	addDBFlag(c, g)
	return c
}

// readFeedList parses an OPML or YAML feed list, chosen by file extension.
func readFeedList(r io.Reader, ext string) ([]feed.Source, error) {
	if ext == ".yaml" || ext == ".yml" {
		return feed.ParseYAML(r)
	}
	return feed.ParseOPML(r)
}
