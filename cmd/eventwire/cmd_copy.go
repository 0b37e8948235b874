package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/postgres"
	"github.com/eventwire/eventwire/store/transfer"
)

type copyOptions struct {
	from, to string
	batch    int
	restart  bool
}

func newCopyCommand(g *globals) *cobra.Command {
	var o copyOptions
	c := &cobra.Command{
		Use:   "copy --from PATH --to postgres://...",
		Short: "Copy a bbolt database into PostgreSQL (resumable)",
		Long: `Copy moves an existing database over: feeds with their ids and polling
state, run summaries, and every article with its text, raw page, extraction
and retry-queue entry, as stored (duplicates stay marked as they were).

--from is a bbolt file (opened read-only: a pass may keep running on it, but
what it stores after the copy went past is not copied); --to is a
postgres:// URL, whose schema copy creates if it has none. Articles go over
in batches, each committed with a checkpoint: a copy that stopped (Ctrl-C, a
lost connection) continues where it was when run again. --restart copies
everything again. Nothing in the target is deleted.

Exit codes: 0 done; 1 error; 2 bad usage; 3 the bbolt file is locked.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCopy(cmd.Context(), g, o)
		},
	}
	c.Flags().StringVar(&o.from, "from", "", "the bbolt database to copy")
	c.Flags().StringVar(&o.to, "to", "", "the PostgreSQL database to copy into (postgres://...)")
	c.Flags().IntVar(&o.batch, "batch", 500, "articles committed at once")
	c.Flags().BoolVar(&o.restart, "restart", false, "copy every article again, ignoring where an earlier copy stopped")
	c.Flags().DurationVar(&g.lockTimeout, "lock-timeout", defaultLockTimeout, "how long to wait for the bbolt file before exiting 3")
	return c
}

func runCopy(ctx context.Context, g *globals, o copyOptions) error {
	switch {
	case o.from == "" || o.to == "":
		return usagef("copy needs --from PATH and --to postgres://...")
	case postgres.IsURL(o.from):
		return usagef("--from %s: give the bbolt file to copy (a PostgreSQL source is not supported)", postgres.Redact(o.from))
	case !postgres.IsURL(o.to):
		return usagef("--to %s: give a postgres:// URL", o.to)
	case o.batch < 1:
		return usagef("--batch must be at least 1")
	}
	if _, err := os.Stat(o.from); errors.Is(err, os.ErrNotExist) {
		return usagef("--from %s: no such file", o.from)
	}
	src, err := bolt.Open(o.from, bolt.Options{ReadOnly: true, LockTimeout: g.lockTimeout})
	if err != nil {
		return err
	}
	defer src.Close()
	if _, _, err := postgres.Migrate(o.to); err != nil {
		return err
	}
	dst, err := postgres.Open(o.to, postgres.Options{})
	if err != nil {
		return err
	}
	defer dst.Close()
	total, _ := src.ArticleCount()
	abs, err := filepath.Abs(o.from)
	if err != nil {
		abs = o.from
	}
	opts := transfer.Options{Source: abs, Batch: o.batch, Restart: o.restart}
	if bar := newProgress(g.stderr, total, "articles"); bar != nil {
		opts.Progress = func(n int) { bar.Set(n) }
		defer bar.Finish()
	}
	res, err := transfer.Copy(ctx, src, dst, opts)
	resumed := ""
	if res.Resumed != "" {
		resumed = fmt.Sprintf(" (resumed after article %s)", res.Resumed)
	}
	fmt.Fprintf(g.stderr, "eventwire copy: %d feeds, %d runs, %d articles copied%s from %s to %s\n",
		res.Feeds, res.Runs, res.Articles, resumed, o.from, postgres.Redact(o.to))
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("copy stopped; run it again to continue: %w", err)
	}
	return err
}
