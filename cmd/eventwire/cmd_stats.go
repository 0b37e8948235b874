package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

func newStatsCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "stats",
		Short: "Counts, failing feeds and the last runs",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openDB(g, dbRead)
			if err != nil {
				return err
			}
			defer db.Close()
			c, err := db.Counts()
			if err != nil {
				return err
			}
			w := g.stdout
			fmt.Fprintf(w, "database %s (%.1f MiB)\n", db.Path(), float64(c.FileBytes)/(1<<20))
			fmt.Fprintf(w, "feeds %d, articles %d (%d syndicated duplicates), pages %d, extractions %d, runs %d\n",
				c.Feeds, c.Articles, c.Duplicates, c.Pages, c.Extractions, c.Runs)
			feeds, err := db.Feeds()
			if err != nil {
				return err
			}
			failing := 0
			for _, f := range feeds {
				if f.ErrorCount == 0 {
					continue
				}
				if failing == 0 {
					fmt.Fprintln(w, "failing feeds:")
				}
				failing++
				fmt.Fprintf(w, "  %s [%s] %s: %d errors, last %q; next try %s\n", f.ID, f.ErrorClass, f.URL,
					f.ErrorCount, f.LastError, f.NextPoll.Local().Format(time.RFC3339))
			}
			if failing == 0 {
				fmt.Fprintln(w, "failing feeds: none")
			}
			runs, err := db.Runs(5)
			if err != nil {
				return err
			}
			fmt.Fprintln(w, "last runs:")
			for _, r := range runs {
				fmt.Fprintf(w, "  %s  %5.1f s  feeds %d polled, %d not modified, %d failed; articles %d new, %d duplicate, %d failed%s\n",
					r.Started.Local().Format("2006-01-02 15:04:05"), r.Finished.Sub(r.Started).Seconds(),
					r.FeedsPolled, r.FeedsNotModified, r.FeedsFailed, r.ArticlesNew, r.ArticlesDup, r.ArticlesFailed,
					map[bool]string{true: " (stopped: " + r.Stopped + ")", false: ""}[r.Stopped != ""])
			}
			return nil
		},
	}
	addDBFlag(c, g)
	return c
}
