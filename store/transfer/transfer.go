package transfer

import (
	"context"
	"fmt"

	"github.com/eventwire/eventwire/store"
)

// Options configure Copy. The zero value is ready to use.
type Options struct {
	// Source names the source in the target's checkpoint (its path); two
	// copies from one source resume each other.
	Source string
	// Batch is the number of articles committed at once; 0 means 500.
	Batch int
	// Restart ignores the checkpoint and copies every article again (an
	// article already there is replaced by the source's).
	Restart bool
	// Progress, when set, is called after each batch with the articles
	// copied by this call so far.
	Progress func(copied int)
}

// Result counts what a Copy did.
type Result struct {
	Feeds, Runs int
	// Articles were copied by this call; Resumed says it began after a
	// checkpoint (the id it began after).
	Articles int
	Resumed  string
}

// Copy copies src to dst. It stops between batches when ctx is done,
// with what it copied committed.
func Copy(ctx context.Context, src store.CopySource, dst store.CopySink, opts Options) (Result, error) {
	var res Result
	if opts.Batch <= 0 {
		opts.Batch = 500
	}
	feeds, err := src.Feeds()
	if err != nil {
		return res, fmt.Errorf("copy: read feeds: %w", err)
	}
	seq, err := src.FeedSequence()
	if err != nil {
		return res, fmt.Errorf("copy: read feeds: %w", err)
	}
	if err := dst.ImportFeeds(feeds, seq); err != nil {
		return res, fmt.Errorf("copy: write feeds: %w", err)
	}
	res.Feeds = len(feeds)
	runs, err := src.Runs(1 << 30)
	if err != nil {
		return res, fmt.Errorf("copy: read runs: %w", err)
	}
	if err := dst.ImportRuns(runs); err != nil {
		return res, fmt.Errorf("copy: write runs: %w", err)
	}
	res.Runs = len(runs)
	after := ""
	if !opts.Restart {
		if after, err = dst.CopyCheckpoint(opts.Source); err != nil {
			return res, fmt.Errorf("copy: read checkpoint: %w", err)
		}
		res.Resumed = after
	}
	for {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		batch, err := src.DumpArticles(after, opts.Batch)
		if err != nil {
			return res, fmt.Errorf("copy: read articles after %q: %w", after, err)
		}
		if len(batch) == 0 {
			return res, nil
		}
		if err := dst.ImportArticles(opts.Source, batch); err != nil {
			return res, fmt.Errorf("copy: write articles after %q: %w", after, err)
		}
		res.Articles += len(batch)
		after = batch[len(batch)-1].Article.ID
		if opts.Progress != nil {
			opts.Progress(res.Articles)
		}
	}
}
