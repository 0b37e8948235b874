package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store"
)

// statsReport is what stats prints, and its JSON form with --json.
type statsReport struct {
	Database  string            `json:"database"`
	FileBytes int64             `json:"file_bytes"`
	Counts    statsCounts       `json:"counts"`
	Retry     store.RetryCounts `json:"retry_queue"`
	Feeds     []statsFeed       `json:"feeds"`
	Runs      []store.Run       `json:"last_runs"`
}

type statsCounts struct {
	Feeds       int `json:"feeds"`
	Articles    int `json:"articles"`
	Duplicates  int `json:"duplicates"`
	Pages       int `json:"pages"`
	Extractions int `json:"extractions"`
	Runs        int `json:"runs"`
}

type statsFeed struct {
	ID          string    `json:"id"`
	Name        string    `json:"name,omitempty"`
	URL         string    `json:"url"`
	Articles    int       `json:"articles"`
	Duplicates  int       `json:"duplicates"`
	FailedPages int       `json:"failed_pages"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	NextPoll    time.Time `json:"next_poll,omitzero"`
	ErrorCount  int       `json:"error_count,omitempty"`
	ErrorClass  string    `json:"error_class,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
}

func newStatsCommand(g *globals) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "stats [--json]",
		Short: "Counts, per-feed figures, the retry queue, failing feeds and the last runs",
		Long: `Stats counts what the database holds, per feed too (articles, syndicated
duplicates, pages that failed so that the article keeps the feed's text, last
successful poll), the queue of failed pages waiting for another try, the
failing feeds with their error class and next try, and the last runs. --json
prints the same as one JSON object. It works while a run is going.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := gatherStats(g)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(g.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			return printStats(g.stdout, r)
		},
	}
	addDBFlag(c, g)
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

func gatherStats(g *globals) (*statsReport, error) {
	db, err := openDB(g, dbRead)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	c, err := db.Counts()
	if err != nil {
		return nil, err
	}
	r := &statsReport{Database: db.Location(), FileBytes: c.FileBytes, Counts: statsCounts{c.Feeds, c.Articles, c.Duplicates, c.Pages, c.Extractions, c.Runs}}
	if r.Retry, err = db.Retries(time.Now()); err != nil {
		return nil, err
	}
	feeds, err := db.Feeds()
	if err != nil {
		return nil, err
	}
	r.Feeds = []statsFeed{}
	for _, f := range feeds {
		fc := c.PerFeed[f.ID]
		r.Feeds = append(r.Feeds, statsFeed{ID: f.ID, Name: f.Name, URL: f.URL, Articles: fc.Articles, Duplicates: fc.Duplicates,
			FailedPages: fc.FailedPages, LastSuccess: f.LastSuccess, NextPoll: f.NextPoll,
			ErrorCount: f.ErrorCount, ErrorClass: f.ErrorClass, LastError: f.LastError})
	}
	if r.Runs, err = db.Runs(5); err != nil {
		return nil, err
	}
	if r.Runs == nil {
		r.Runs = []store.Run{}
	}
	return r, nil
}

func printStats(w io.Writer, r *statsReport) error {
	c := r.Counts
	fmt.Fprintf(w, "database %s (%.1f MiB)\n", r.Database, float64(r.FileBytes)/(1<<20))
	fmt.Fprintf(w, "feeds %d, articles %d (%d syndicated %s), pages %d, extractions %d, runs %d\n",
		c.Feeds, c.Articles, c.Duplicates, plural(c.Duplicates, "duplicate", "duplicates"), c.Pages, c.Extractions, c.Runs)
	fmt.Fprintf(w, "retry queue: %s waiting (%d due now), %d given up\n", count(r.Retry.Waiting, "page", "pages"), r.Retry.Due, r.Retry.GaveUp)
	if len(r.Feeds) > 0 {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  FEED\tARTICLES\tDUPLICATES\tFAILED PAGES\tLAST SUCCESS\tNAME")
		for _, f := range r.Feeds {
			last := "never"
			if !f.LastSuccess.IsZero() {
				last = f.LastSuccess.Local().Format("2006-01-02 15:04")
			}
			name := f.Name
			if name == "" {
				name = f.URL
			}
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%s\t%s\n", f.ID, f.Articles, f.Duplicates, f.FailedPages, last, name)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	failing := 0
	for _, f := range r.Feeds {
		if f.ErrorCount == 0 {
			continue
		}
		if failing == 0 {
			fmt.Fprintln(w, "failing feeds:")
		}
		failing++
		fmt.Fprintf(w, "  %s [%s] %s: %s, last %q; next try %s%s\n", f.ID, f.ErrorClass, f.URL,
			count(f.ErrorCount, "error", "errors"), f.LastError, f.NextPoll.Local().Format(time.RFC3339), blockedHint(f.ErrorClass, f.LastError))
	}
	if failing == 0 {
		fmt.Fprintln(w, "failing feeds: none")
	}
	fmt.Fprintln(w, "last runs:")
	for _, r := range r.Runs {
		stopped := ""
		if r.Stopped != "" {
			stopped = " (stopped: " + r.Stopped + ")"
		}
		retried := ""
		if r.PagesRetried+r.RetriesFailed > 0 {
			retried = fmt.Sprintf("; pages retried %d fetched, %d failed again", r.PagesRetried, r.RetriesFailed)
		}
		fmt.Fprintf(w, "  %s  %5.1f s  feeds %d polled, %d not modified, %d failed; articles %d new, %d duplicate, %d failed%s%s\n",
			r.Started.Local().Format("2006-01-02 15:04:05"), r.Finished.Sub(r.Started).Seconds(),
			r.FeedsPolled, r.FeedsNotModified, r.FeedsFailed, r.ArticlesNew, r.ArticlesDup, r.ArticlesFailed, retried, stopped)
	}
	return nil
}
