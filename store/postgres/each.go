package postgres

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

// eachBatch is how many records Each fetches from its cursor at a time.
const eachBatch = 256

// conds builds a WHERE clause from numbered arguments.
type conds struct {
	where []string
	args  []any
}

// add appends a condition whose "?" placeholders take the values.
func (c *conds) add(cond string, vals ...any) {
	for _, v := range vals {
		c.args = append(c.args, v)
		cond = strings.Replace(cond, "?", "$"+strconv.Itoa(len(c.args)), 1)
	}
	c.where = append(c.where, cond)
}

func (c *conds) sql() string {
	if len(c.where) == 0 {
		return "true"
	}
	return strings.Join(c.where, " AND ")
}

func filterConds(f store.Filter) *conds {
	c := &conds{}
	if !f.Since.IsZero() {
		c.add("a.sort_ns >= ?", store.SortNanosOf(f.Since))
	}
	if !f.Until.IsZero() {
		c.add("a.sort_ns < ?", store.SortNanosOf(f.Until))
	}
	if f.FeedID != "" {
		c.add("a.feed_id = ?", f.FeedID)
	}
	if f.Version > 0 {
		c.add("a.extractor_version = ?", f.Version)
	}
	switch f.Undated {
	case store.UndatedExclude:
		c.add("NOT a.undated")
	case store.UndatedOnly:
		c.add("a.undated")
	}
	if len(f.Langs) > 0 {
		c.add("a.lang = ANY(?)", f.Langs)
	}
	return c
}

// Each calls fn for each article matching f in SortTime order, then id.
// It reads through a server-side cursor in one read-only, repeatable-read
// transaction: it yields the articles as they stood when it began, each
// once, and holds at most one batch in memory. Writers are not held up
// (PostgreSQL readers take no locks that writers wait for).
func (d *DB) Each(f store.Filter, fn func(store.Record) error) error {
	tx, err := d.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	c := filterConds(f)
	text := "a.text"
	if f.NoText {
		text = "''"
	}
	_, err = tx.Exec(ctx, `DECLARE each_articles NO SCROLL CURSOR FOR SELECT a.doc, `+text+`, x.doc
		FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
		WHERE `+c.sql()+` ORDER BY a.sort_ns, a.id`, c.args...)
	if err != nil {
		return fmt.Errorf("store: export query: %w", err)
	}
	fetch := "FETCH " + strconv.Itoa(eachBatch) + " FROM each_articles"
	for {
		rows, err := tx.Query(ctx, fetch)
		if err != nil {
			return err
		}
		batch, err := scanRecords(rows)
		if err != nil {
			return err
		}
		for _, r := range batch {
			if err := fn(r); err != nil {
				return err
			}
		}
		if len(batch) < eachBatch {
			return tx.Commit(ctx)
		}
	}
}

// scanRecords reads rows of (article doc, text, extraction doc).
func scanRecords(rows pgx.Rows) ([]store.Record, error) {
	defer rows.Close()
	var out []store.Record
	for rows.Next() {
		var doc, ex []byte
		var text string
		if err := rows.Scan(&doc, &text, &ex); err != nil {
			return nil, err
		}
		a, err := decodeArticle(doc, text)
		if err != nil {
			return nil, err
		}
		out = append(out, store.Record{Article: a, ExtractionJSON: ex})
	}
	return out, rows.Err()
}
