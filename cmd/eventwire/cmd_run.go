package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/ingest/fetch"
	"github.com/eventwire/eventwire/ingest/poller"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

type runOptions struct {
	feeds        []string
	force        bool
	concurrency  int
	maxDuration  time.Duration
	hostRate     float64
	hostBudget   time.Duration
	allowPrivate bool
	lease        time.Duration
}

func newRunCommand(g *globals) *cobra.Command {
	var o runOptions
	c := &cobra.Command{
		Use:   "run",
		Short: "One cron pass: poll due feeds, fetch new articles, strip, extract, store",
		Long: `Run polls every feed that is due, fetches each new item's page (robots.txt,
per-host rate limit, conditional GET, size and time limits), strips it,
extracts mentions and events, and stores everything. It prints a one-line
summary on stderr and exits.

A failing feed backs off (up to a day) but is never disabled; failures are
listed in the summary and in "eventwire stats". --max-duration stops the pass
cleanly between articles; what was not reached is picked up next time.
--host-budget caps the request time one host may take per pass (a host that
trickles its pages a byte a second); its remaining pages wait for the next.
--feed limits the pass to some feeds, and --force polls them (or all) now,
whatever their next poll time or backoff.

An article whose page could not be fetched keeps the feed's text and its page
is queued: later runs try it again (after 30 minutes, doubling to a day, eight
tries), then re-extract the article from the page. "eventwire stats" counts
the queue.

Readers (export, stats, feeds list) and feed edits work while a run is going.

Exit codes: 0 the pass finished (per-feed failures included); 1 fatal error;
2 bad usage; 3 another eventwire process holds the database.

Crontab example (every 15 minutes):
  */15 * * * * eventwire run --max-duration 14m 2>>$HOME/eventwire.log`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), g, o)
		},
	}
	addDBFlag(c, g)
	c.Flags().StringSliceVar(&o.feeds, "feed", nil, "poll only these feeds (ids, repeated or comma-separated)")
	c.Flags().BoolVar(&o.force, "force", false, "poll now, ignoring the feeds' next poll times and backoff")
	c.Flags().IntVar(&o.concurrency, "concurrency", 8, "feeds polled at once")
	c.Flags().DurationVar(&o.maxDuration, "max-duration", 0, "stop cleanly after this long (0: no limit)")
	c.Flags().Float64Var(&o.hostRate, "host-rate", 1, "requests per second per host")
	c.Flags().DurationVar(&o.hostBudget, "host-budget", fetch.DefaultHostBudget, "request time one host may take per run; its pages after that wait for the next run (negative: no cap)")
	c.Flags().DurationVar(&o.lease, "lease", 2*time.Minute, "on a shared (PostgreSQL) database: how long a feed stays this run's without renewal; a run that dies gives its feeds back after this")
	c.Flags().BoolVar(&o.allowPrivate, "allow-private", os.Getenv("EVENTWIRE_ALLOW_PRIVATE") == "1", "permit loopback and private-network addresses (also EVENTWIRE_ALLOW_PRIVATE=1)")
	return c
}

// runMemoryLimit is the soft limit (runtime/debug.SetMemoryLimit) a run
// asks the Go collector to keep its memory under, unless GOMEMLIMIT says
// otherwise. By default the collector lets the heap grow to twice what is
// live; the article limits and the input gate bound what is live (about
// 300 MiB at the worst measured: README, "Limits under hostile input"), and
// this keeps the slack from doubling it. It is soft: a run that needs more
// gets more, with the collector working harder.
const runMemoryLimit = 384 << 20

func runRun(ctx context.Context, g *globals, o runOptions) error {
	if o.concurrency < 1 {
		return usagef("--concurrency must be at least 1")
	}
	if o.hostRate <= 0 {
		return usagef("--host-rate must be positive")
	}
	if o.hostBudget == 0 {
		return usagef("--host-budget must not be 0 (negative: no cap)")
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(runMemoryLimit))
	}
	if o.lease < time.Second {
		return usagef("--lease must be at least 1s")
	}
	g.maxConns = o.concurrency + 2
	db, err := openDB(g, dbPass)
	if err != nil {
		return err
	}
	defer db.Close()
	sum, err := runPass(ctx, g, db, newClient(g, db, o), o)
	if errors.Is(err, store.ErrNotFound) {
		return usagef("run --feed: %v (see eventwire feeds list)", err)
	}
	if sum != nil {
		printSummary(g.stderr, sum, dbWaits(db))
	}
	if errors.Is(err, poller.ErrStopped) {
		return nil // a clean early stop is a finished pass
	}
	return err
}

func userAgent() string {
	return "eventwire/" + buildVersion() + " (+https://github.com/eventwire/eventwire)"
}

// newClient returns the fetch client of a pass. On a shared database the
// per-host limits hold across every pass that uses it.
func newClient(g *globals, db store.Store, o runOptions) *fetch.Client {
	opts := fetch.Options{UserAgent: userAgent(), HostRate: o.hostRate, HostBudget: o.hostBudget, AllowPrivate: o.allowPrivate, Logger: g.logger}
	if hs, ok := db.(fetch.HostSchedule); ok {
		opts.Hosts = hs
	}
	return fetch.New(opts)
}

// runPass runs one poller pass with a progress bar on a terminal.
func runPass(ctx context.Context, g *globals, db store.Store, client *fetch.Client, o runOptions) (*poller.Summary, error) {
	feeds, err := db.Feeds()
	if err != nil {
		return nil, err
	}
	info, err := extractorInfo()
	if err != nil {
		return nil, err
	}
	opts := poller.Options{
		FeedIDs:     o.feeds,
		Force:       o.force,
		Concurrency: o.concurrency,
		MaxDuration: o.maxDuration,
		Logger:      g.logger,
		Extractor:   info,
		Lease:       o.lease,
	}
	if bar := newProgress(g.stderr, len(feeds), "feeds"); bar != nil {
		opts.Progress = func(pr poller.Progress) {
			bar.ChangeMax(pr.FeedsTotal)
			bar.Describe(fmt.Sprintf("feeds (%d %s)", pr.Pages, plural(pr.Pages, "page", "pages")))
			bar.Set(pr.FeedsDone)
		}
		defer bar.Finish()
		// Per-feed warnings would tear the bar, and the summary lists the
		// failures; keep errors only unless debugging.
		if !g.logger.Enabled(ctx, slog.LevelDebug) {
			opts.Logger = slog.New(slog.NewTextHandler(g.stderr, &slog.HandlerOptions{Level: slog.LevelError}))
		}
	}
	return poller.New(db, client, standard.New(), opts).Run(ctx)
}

func printSummary(w io.Writer, s *poller.Summary, waits bolt.Waits) {
	secs := s.Finished.Sub(s.Started).Seconds()
	fmt.Fprintf(w, "eventwire run: feeds %d polled, %d not modified, %d failed; articles %d new, %d duplicate, %d failed",
		s.FeedsPolled, s.FeedsNotModified, s.FeedsFailed, s.ArticlesNew, s.ArticlesDup, s.ArticlesFailed)
	if s.PagesRetried+s.RetriesFailed > 0 {
		fmt.Fprintf(w, "; pages retried %d fetched, %d failed again", s.PagesRetried, s.RetriesFailed)
	}
	fmt.Fprintf(w, "; %.1f s", secs)
	if waits.Waits > 0 {
		fmt.Fprintf(w, "; waited for readers %d times, longest %d ms", waits.Waits, waits.Longest.Milliseconds())
	}
	if s.Stopped != "" {
		fmt.Fprintf(w, " (stopped early: %s)", s.Stopped)
	}
	fmt.Fprintln(w)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed feed %s [%s] %s: %s; next try %s%s\n", f.FeedID, f.Class, f.URL, f.Error, f.NextPoll.Local().Format(time.RFC3339), blockedHint(f.Class, f.Error))
	}
}
