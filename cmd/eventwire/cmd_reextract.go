package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/ingest/page"
	"github.com/eventwire/eventwire/ingest/poller"
	"github.com/eventwire/eventwire/store"
)

func newReextractCommand(g *globals) *cobra.Command {
	var batch int
	var restrip bool
	c := &cobra.Command{
		Use:   "reextract",
		Short: "Re-run the extractors on stored articles whose extractor version is older",
		Long: fmt.Sprintf(`Reextract re-runs the extraction pipeline (version %d) on every stored article
extracted by an older version, in batches of --batch, each committed before the
next. It can be stopped at any moment and run again: it resumes with the
articles still behind. With --restrip, pages are stripped again from the stored
raw HTML first (after stripping rules improve).`, standard.Version),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 {
				return usagef("--batch must be at least 1")
			}
			return runReextract(cmd.Context(), g, batch, restrip)
		},
	}
	addDBFlag(c, g)
	c.Flags().IntVar(&batch, "batch", 200, "articles per batch")
	c.Flags().BoolVar(&restrip, "restrip", false, "strip the stored raw pages again before extracting")
	return c
}

func runReextract(ctx context.Context, g *globals, batch int, restrip bool) error {
	db, err := openDB(g, false)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.Counts()
	if err != nil {
		return err
	}
	bar := newProgress(g.stderr, c.Articles, "reextract")
	pl := standard.New()
	info := store.ExtractorInfo{Name: standard.Name, Version: standard.Version}
	done, after := 0, ""
	for {
		if ctx.Err() != nil {
			fmt.Fprintf(g.stderr, "reextract: interrupted after %d articles; run it again to resume\n", done)
			return nil
		}
		ids, err := db.StaleIDs(standard.Version, after, batch)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			break
		}
		for _, id := range ids {
			a, err := db.Article(id)
			if err != nil {
				return err
			}
			if restrip {
				if raw, err := db.Page(id); err == nil {
					if r, err := page.Strip(raw, a.URL, page.Options{}); err == nil && r.Text != "" {
						a.Text = r.Text
					}
				} else if !errors.Is(err, store.ErrNotFound) {
					return err
				}
			}
			before := a.Text
			ex := poller.Extract(pl, a, info, time.Now().UTC())
			// Extract holds the text to the limits: a text it cut (stored
			// before the limits) is stored again with its extraction.
			if restrip || a.Text != before {
				err = db.PutArticle(a, nil, ex)
			} else {
				err = db.PutExtraction(id, ex)
			}
			if err != nil {
				return err
			}
			done++
			if bar != nil {
				bar.Add(1)
			}
		}
		after = ids[len(ids)-1]
	}
	if bar != nil {
		bar.Finish()
	}
	fmt.Fprintf(g.stderr, "reextract: %d articles brought to extractor version %d\n", done, standard.Version)
	return nil
}
