package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/ingest/article"
	"github.com/eventwire/eventwire/store"
)

func newReextractCommand(g *globals) *cobra.Command {
	var batch int
	var restrip bool
	c := &cobra.Command{
		Use:   "reextract",
		Short: "Re-run the extractors on stored articles extracted by an older version or other lexicons",
		Long: fmt.Sprintf(`Reextract re-runs the extraction pipeline (version %d) on every stored article
extracted by an older version, or by the same version with other lexicons (the
rules fingerprint recorded with each extraction differs), in batches of --batch,
each committed before the next. It can be stopped at any moment and run again:
it resumes with the articles still behind. With --restrip, pages are stripped again from the stored
raw HTML first (after stripping rules improve), with their feed's selector: the
text, title, byline, publication time, language and text hash are renewed and
the article is checked for duplicates again. An article without a stored page,
or whose page now strips to no text, keeps its text.`, standard.Version),
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
	db, err := openDB(g, dbPass)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.Counts()
	if err != nil {
		return err
	}
	bar := newProgress(g.stderr, c.Articles, "reextract")
	info, err := extractorInfo()
	if err != nil {
		return err
	}
	stage := article.New(db, article.Options{Pipeline: standard.New(), Extractor: info, Now: func() time.Time { return time.Now().UTC() }})
	done, after := 0, ""
	for {
		if ctx.Err() != nil {
			fmt.Fprintf(g.stderr, "reextract: interrupted after %d articles; run it again to resume\n", done)
			return nil
		}
		ids, err := db.StaleIDs(info, after, batch)
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
			if err := reextractOne(db, stage, a, restrip); err != nil {
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

// reextractOne extracts a stored article again, from its stored page
// read again when restrip is set and the page is there.
func reextractOne(db store.Store, stage *article.Stage, a *store.Article, restrip bool) error {
	if restrip {
		raw, err := db.Page(a.ID)
		if err == nil {
			return stage.Refresh(a, article.Page{URL: a.URL, Body: raw})
		}
		if !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	before := a.Text
	ex := stage.Extract(a)
	if a.Text != before {
		// Extract holds the text to the limits: a text it cut (an article
		// stored before the limits) is stored again with its extraction,
		// so that the text and the mentions' offsets agree.
		return db.PutArticle(a, nil, ex)
	}
	return db.PutExtraction(a.ID, ex)
}
