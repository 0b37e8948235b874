package main

import (
	"fmt"
	"slices"

	"github.com/eventwire/eventwire/store"
	"github.com/spf13/cobra"
)

func newCheckCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "check",
		Short: "Check the database for damage",
		Long: `Check reads the whole database without changing it: every record of every
bucket (feeds, articles, extractions, runs decode; index entries point to
stored articles; pages are gzip data), then bbolt's consistency check of the
page tree and free list. It prints the counts and what it found.

It reads the records in short chunks, as export does, so a running
"eventwire run" goes on meanwhile; bbolt's final check reads the whole file in
one go, and a run waits for it: on a large database, run check between
passes (a run that waits longer than its --lock-timeout fails to store what
it was writing).

Exit codes: 0 no damage found; 1 damage found, or the file cannot be opened
as a database (a truncated, empty or overwritten file, a directory, a pipe).
What to do then: README, "Backups and recovery".

On a PostgreSQL database (--db postgres://...) check opens it, which
verifies the connection and that the schema is the one this eventwire uses,
and prints the record counts; PostgreSQL guards its own pages, and
pg_amcheck is the tool for a deeper check of them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openDB(g, dbRead)
			if err != nil {
				return err
			}
			defer db.Close()
			w := g.stdout
			fmt.Fprintf(w, "database %s\n", redactDB(dbPath(g.db)))
			ck, ok := db.(interface {
				Check() (*store.CheckReport, error)
			})
			if !ok {
				c, err := db.Counts()
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "  feeds %d, articles %d, pages %d, extractions %d, runs %d\n", c.Feeds, c.Articles, c.Pages, c.Extractions, c.Runs)
				fmt.Fprintln(w, "ok: connected, schema current; PostgreSQL checks its own pages (pg_amcheck for a deeper check)")
				return nil
			}
			rep, err := ck.Check()
			names := make([]string, 0, len(rep.Buckets))
			for n := range rep.Buckets {
				names = append(names, n)
			}
			slices.Sort(names)
			for _, n := range names {
				fmt.Fprintf(w, "  %-14s %d records\n", n, rep.Buckets[n])
			}
			for _, p := range rep.Problems {
				fmt.Fprintf(w, "problem: %s\n", p)
			}
			if more := rep.Found - len(rep.Problems); more > 0 {
				fmt.Fprintf(w, "problem: ... and %d more\n", more)
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(w, "ok: no damage found")
			return nil
		},
	}
	addDBFlag(c, g)
	return c
}
