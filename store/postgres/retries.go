package postgres

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

// PutRetry saves a queued page's state.
func (d *DB) PutRetry(r *store.Retry) error {
	return d.write(func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		if err := queueRetry(b, r); err != nil {
			return err
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// DueRetries returns up to limit queued pages due at now, in id order.
func (d *DB) DueRetries(now time.Time, limit int) ([]store.Retry, error) {
	rows, err := d.pool.Query(ctx, `SELECT doc FROM retries WHERE NOT gave_up AND next_try <= $1
		ORDER BY article_id LIMIT $2`, now, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Retry
	for rows.Next() {
		var doc []byte
		if err := rows.Scan(&doc); err != nil {
			return nil, err
		}
		var r store.Retry
		if err := json.Unmarshal(doc, &r); err != nil {
			return nil, fmt.Errorf("store: decode retry: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ClaimRetries claims up to limit due pages for hold (see
// store.RetryQueue): their next_try moves to now+hold in the same
// statement that picks them, and SKIP LOCKED lets two workers claiming at
// once take different pages.
func (d *DB) ClaimRetries(now time.Time, limit int, hold time.Duration) ([]store.Retry, error) {
	var out []store.Retry
	err := d.write(func(tx pgx.Tx) error {
		out = out[:0]
		rows, err := tx.Query(ctx, `UPDATE retries SET next_try = $3 WHERE article_id IN (
			SELECT article_id FROM retries WHERE NOT gave_up AND next_try <= $1
			ORDER BY article_id LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING doc`, now, limit, now.Add(hold))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var doc []byte
			if err := rows.Scan(&doc); err != nil {
				return err
			}
			var r store.Retry
			if err := json.Unmarshal(doc, &r); err != nil {
				return fmt.Errorf("store: decode retry: %w", err)
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b store.Retry) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// Retries counts the retry queue.
func (d *DB) Retries(now time.Time) (store.RetryCounts, error) {
	var c store.RetryCounts
	err := d.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE NOT gave_up),
		count(*) FILTER (WHERE NOT gave_up AND next_try <= $1), count(*) FILTER (WHERE gave_up) FROM retries`, now).
		Scan(&c.Waiting, &c.Due, &c.GaveUp)
	return c, err
}

// AddRun records a run summary.
func (d *DB) AddRun(r *store.Run) error {
	doc, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("store: encode run: %w", err)
	}
	return d.write(func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO runs (started, started_ns, finished, articles_new, doc) VALUES ($1, $2, $3, $4, $5)`,
			r.Started, r.Started.UnixNano(), tm(r.Finished), r.ArticlesNew, doc)
		return err
	})
}

// Runs returns up to n most recent runs, newest first.
func (d *DB) Runs(n int) ([]store.Run, error) {
	rows, err := d.pool.Query(ctx, `SELECT doc FROM runs ORDER BY started_ns DESC, id DESC LIMIT $1`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Run
	for rows.Next() {
		var doc []byte
		if err := rows.Scan(&doc); err != nil {
			return nil, err
		}
		var r store.Run
		if err := json.Unmarshal(doc, &r); err != nil {
			return nil, fmt.Errorf("store: decode run: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
