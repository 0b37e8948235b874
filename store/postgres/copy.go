package postgres

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

var (
	_ store.CopySource = (*DB)(nil)
	_ store.CopySink   = (*DB)(nil)
)

// ImportFeeds stores feeds with their ids; those already there stay as
// they are. New ids start after seq.
func (d *DB) ImportFeeds(feeds []store.Feed, seq int) error {
	return d.write(func(tx pgx.Tx) error {
		for i := range feeds {
			f := &feeds[i]
			n, ok := feedID(f.ID)
			if !ok {
				return fmt.Errorf("store: feed id %q is not a number", f.ID)
			}
			args, err := feedArgs(f)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO feeds (id, `+feedCols+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
				ON CONFLICT DO NOTHING`, append([]any{n}, args...)...); err != nil {
				return err
			}
			seq = max(seq, int(n))
		}
		if seq > 0 {
			_, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence('feeds', 'id'),
				greatest($1, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM feeds_id_seq)))`, seq)
			return err
		}
		return nil
	})
}

// ImportRuns stores run summaries not already there (by start time).
func (d *DB) ImportRuns(runs []store.Run) error {
	return d.write(func(tx pgx.Tx) error {
		for i := range runs {
			r := &runs[i]
			doc, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO runs (started, started_ns, finished, articles_new, doc)
				SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM runs WHERE started_ns = $2)`,
				r.Started, r.Started.UnixNano(), tm(r.Finished), r.ArticlesNew, doc); err != nil {
				return err
			}
		}
		return nil
	})
}

// ImportArticles stores a batch as given and moves the copy's checkpoint
// to its last id, in one transaction.
func (d *DB) ImportArticles(source string, batch []store.Dump) error {
	if len(batch) == 0 {
		return nil
	}
	return d.write(func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, dm := range batch {
			a := dm.Article
			if err := queueArticle(b, a); err != nil {
				return err
			}
			if dm.HoldsText && a.TextSHA256 != "" {
				b.Queue(`INSERT INTO content_hashes (text_sha256, article_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, a.TextSHA256, a.ID)
			}
			if dm.PageGzip != nil {
				b.Queue(`INSERT INTO pages (article_id, gz) VALUES ($1, $2) ON CONFLICT (article_id) DO NOTHING`, a.ID, dm.PageGzip)
			}
			if dm.Retry != nil {
				if err := queueRetry(b, dm.Retry); err != nil {
					return err
				}
			}
			if dm.Extraction != nil {
				if err := queueExtraction(b, a.ID, dm.Extraction); err != nil {
					return err
				}
			}
		}
		b.Queue(`INSERT INTO copy_state (source, last_id) VALUES ($1, $2)
			ON CONFLICT (source) DO UPDATE SET last_id = EXCLUDED.last_id, updated = now()`, source, batch[len(batch)-1].Article.ID)
		return tx.SendBatch(ctx, b).Close()
	})
}

// CopyCheckpoint returns the last article id copied from source.
func (d *DB) CopyCheckpoint(source string) (string, error) {
	var id string
	err := d.pool.QueryRow(ctx, `SELECT last_id FROM copy_state WHERE source = $1`, source).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// FeedSequence is the highest feed id ever given.
func (d *DB) FeedSequence() (int, error) {
	var n int64
	err := d.pool.QueryRow(ctx, `SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM feeds_id_seq`).Scan(&n)
	return int(n), err
}

// DumpArticles returns up to limit articles in id order after the id given.
func (d *DB) DumpArticles(after string, limit int) ([]store.Dump, error) {
	rows, err := d.pool.Query(ctx, `SELECT a.doc, a.text, x.doc, p.gz, r.doc,
		EXISTS (SELECT 1 FROM content_hashes h WHERE h.text_sha256 = a.text_sha256 AND h.article_id = a.id)
		FROM articles a LEFT JOIN extractions x ON x.article_id = a.id LEFT JOIN pages p ON p.article_id = a.id
		LEFT JOIN retries r ON r.article_id = a.id
		WHERE a.id > $1 ORDER BY a.id LIMIT `+strconv.Itoa(limit), after)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Dump
	for rows.Next() {
		var doc, ex, gz, rdoc []byte
		var text string
		var holds bool
		if err := rows.Scan(&doc, &text, &ex, &gz, &rdoc, &holds); err != nil {
			return nil, err
		}
		a, err := decodeArticle(doc, text)
		if err != nil {
			return nil, err
		}
		dm := store.Dump{Article: a, Extraction: ex, PageGzip: gz, HoldsText: holds}
		if rdoc != nil {
			dm.Retry = &store.Retry{}
			if err := json.Unmarshal(rdoc, dm.Retry); err != nil {
				return nil, fmt.Errorf("store: decode retry: %w", err)
			}
		}
		out = append(out, dm)
	}
	return out, rows.Err()
}
