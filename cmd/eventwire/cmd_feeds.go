package main

import (
	"context"
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
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/ingest/page"
	"github.com/eventwire/eventwire/store"
)

func newFeedsCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "feeds",
		Short: "Add, import, list, edit, export and remove feeds",
		Long:  "Feeds live in the database. A feed is polled by \"eventwire run\" when its interval has passed.",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownSubcommand(cmd, args[0])
			}
			return cmd.Help()
		},
	}
	c.AddCommand(newFeedsAddCommand(g), newFeedsImportCommand(g), newFeedsListCommand(g), newFeedsRemoveCommand(g),
		newFeedsEditCommand(g), newFeedsExportCommand(g))
	return c
}

func checkFeedURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return usagef("feed URL %q: want an absolute http or https URL", raw)
	}
	return nil
}

// minInterval is the shortest poll interval a feed may have: a feed
// polled more often than once a minute is a burden on its host.
const minInterval = time.Minute

func checkInterval(d time.Duration) error {
	if d < minInterval {
		return usagef("--interval %s: want at least %s", d, minInterval)
	}
	return nil
}

func newFeedsAddCommand(g *globals) *cobra.Command {
	var name, selector string
	var interval time.Duration
	var noCheck, allowPrivate bool
	c := &cobra.Command{
		Use:   "add URL",
		Short: "Subscribe to a feed (RSS, Atom or JSON Feed)",
		Long: `Add subscribes to a feed. It first fetches the URL and checks that it is a
feed; given a web page instead, it subscribes to the feed the page links to
(<link rel="alternate">). --no-check skips the fetch (for a feed that is down
now, or a machine that is offline).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			u := args[0]
			if err := checkFeedURL(u); err != nil {
				return err
			}
			if err := checkInterval(interval); err != nil {
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
			note := ""
			if !noCheck {
				if u, note, err = checkFeed(cmd.Context(), g, u, allowPrivate); err != nil {
					return err
				}
			}
			f := &store.Feed{URL: u, Name: name, Interval: interval, Selector: selector, Added: time.Now().UTC()}
			if err := db.AddFeed(f); err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "added feed %s: %s%s\n", f.ID, f.URL, note)
			return nil
		},
	}
	addDBFlag(c, g)
	c.Flags().StringVar(&name, "name", "", "a name for the feed")
	c.Flags().DurationVar(&interval, "interval", 30*time.Minute, "how often to poll it (at least 1m)")
	c.Flags().StringVar(&selector, "selector", "", "CSS selector of the article body on this feed's pages")
	c.Flags().BoolVar(&noCheck, "no-check", false, "subscribe without fetching the URL first")
	c.Flags().BoolVar(&allowPrivate, "allow-private", os.Getenv("EVENTWIRE_ALLOW_PRIVATE") == "1", "permit loopback and private-network addresses for the check (also EVENTWIRE_ALLOW_PRIVATE=1)")
	return c
}

// checkFeed fetches u and confirms it is a feed, or finds the feed an
// HTML page links to. It returns the feed's URL and a note for the user.
func checkFeed(ctx context.Context, g *globals, u string, allowPrivate bool) (string, string, error) {
	client := fetch.New(fetch.Options{UserAgent: userAgent(), AllowPrivate: allowPrivate, Logger: g.logger})
	get := func(u string) (*fetch.Response, *feed.Feed, error) {
		resp, err := client.Fetch(ctx, fetch.Request{URL: u, Kind: fetch.KindFeed})
		if err != nil {
			return nil, nil, fmt.Errorf("feeds add: fetch %s: %w%s (subscribe anyway with --no-check)", u, err, blockedHint(fetch.Class(err), err.Error()))
		}
		f, err := feed.Parse(resp.Body, resp.URL)
		return resp, f, err
	}
	resp, f, err := get(u)
	if resp == nil {
		return "", "", err
	}
	if err == nil {
		return u, fmt.Sprintf(" (%q, %s)", f.Title, count(len(f.Items), "item", "items")), nil
	}
	for _, link := range feed.Discover(resp.Body, resp.URL) {
		if _, f, err := get(link); err == nil {
			return link, fmt.Sprintf(" (found on %s: %q, %s)", u, f.Title, count(len(f.Items), "item", "items")), nil
		}
	}
	return "", "", fmt.Errorf("feeds add: %s is no RSS, Atom or JSON feed and links to none: %w (subscribe anyway with --no-check)", u, err)
}

// blockedHint says how to reach a private address when that is what
// blocked a fetch.
func blockedHint(class, msg string) string {
	if class == "blocked" && strings.Contains(msg, fetch.ErrPrivateAddress.Error()) {
		return "; to fetch from loopback or private-network addresses, give --allow-private (or set EVENTWIRE_ALLOW_PRIVATE=1)"
	}
	return ""
}

func newFeedsEditCommand(g *globals) *cobra.Command {
	var name, selector string
	var interval time.Duration
	c := &cobra.Command{
		Use:   "edit ID [--name N] [--interval D] [--selector CSS]",
		Short: "Change a feed's name, poll interval or article selector",
		Long: `Edit changes the settings given and leaves the others. --selector "" goes
back to the site rules and the generic stripper. It works while a run is
going; the run keeps the edit.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fl := cmd.Flags()
			if !fl.Changed("name") && !fl.Changed("interval") && !fl.Changed("selector") {
				return usagef("feeds edit: give --name, --interval or --selector")
			}
			if fl.Changed("interval") {
				if err := checkInterval(interval); err != nil {
					return err
				}
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
			f, err := db.EditFeed(args[0], func(f *store.Feed) error {
				if fl.Changed("name") {
					f.Name = name
				}
				if fl.Changed("interval") {
					f.Interval = interval
					// The new interval counts from the last poll.
					if !f.LastPoll.IsZero() && f.ErrorCount == 0 {
						f.NextPoll = f.LastPoll.Add(interval)
					}
				}
				if fl.Changed("selector") {
					f.Selector = selector
				}
				return nil
			})
			if errors.Is(err, store.ErrNotFound) {
				return usagef("no feed with id %s (see eventwire feeds list)", args[0])
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "feed %s: name %q, interval %s, selector %q\n", f.ID, f.Name, fmtDuration(f.Interval), f.Selector)
			return nil
		},
	}
	addDBFlag(c, g)
	c.Flags().StringVar(&name, "name", "", "a name for the feed")
	c.Flags().DurationVar(&interval, "interval", 0, "how often to poll it (at least 1m)")
	c.Flags().StringVar(&selector, "selector", "", "CSS selector of the article body (\"\" for the site rules)")
	return c
}

func newFeedsExportCommand(g *globals) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "export [--out FILE]",
		Short: "Write the feeds as an OPML subscription list",
		Long: `Export writes every feed as OPML 2.0, which feed readers and "eventwire feeds
import" read; the interval and selector travel in attributes of their own.`,
		Args: cobra.NoArgs,
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
			srcs := make([]feed.Source, len(feeds))
			for i, f := range feeds {
				srcs[i] = feed.Source{URL: f.URL, Name: f.Name, Interval: f.Interval, Selector: f.Selector}
			}
			var w io.Writer = g.stdout
			if out != "" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("feeds export: %w", err)
				}
				defer f.Close()
				w = f
			}
			return feed.WriteOPML(w, "eventwire feeds", srcs, time.Now())
		},
	}
	addDBFlag(c, g)
	c.Flags().StringVar(&out, "out", "", "write to FILE instead of stdout")
	return c
}

// fmtDuration writes a duration as people do: "45m", "1h30m", "30s".
func fmtDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
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
				if iv < minInterval {
					fmt.Fprintf(g.stderr, "skipping %q: interval %s is under %s\n", s.URL, iv, minInterval)
					skipped++
					continue
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
			fmt.Fprintf(g.stdout, "imported %s, skipped %d\n", count(added, "feed", "feeds"), skipped)
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
				out := make([]feedJSON, len(feeds))
				for i, f := range feeds {
					out[i] = feedJSON{Feed: f, Interval: fmtDuration(f.Interval)}
				}
				return enc.Encode(out)
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
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", f.ID, f.Name, fmtDuration(f.Interval), next, errs, f.URL)
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

// feedJSON is a feed as "feeds list --json" prints it: the interval as a
// duration string ("45m"), not nanoseconds.
type feedJSON struct {
	store.Feed
	Interval string `json:"interval"`
}

// readFeedList parses an OPML or YAML feed list, chosen by file extension.
func readFeedList(r io.Reader, ext string) ([]feed.Source, error) {
	if ext == ".yaml" || ext == ".yml" {
		return feed.ParseYAML(r)
	}
	return feed.ParseOPML(r)
}

// unknownSubcommand is the usage error for "eventwire feeds ad": exit 2,
// as for a misspelt command, with cobra's suggestions.
func unknownSubcommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath())
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
	}
	return usageError{errors.New(msg)}
}
