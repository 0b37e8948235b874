package postgres

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

// feedArgs are a feed's column values after its id, in the order of
// feedCols.
func feedArgs(f *store.Feed) ([]any, error) {
	doc, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("store: encode feed: %w", err)
	}
	return []any{f.URL, f.Name, f.Interval.Seconds(), f.Selector, tm(f.Added), tm(f.LastPoll), tm(f.LastSuccess),
		tm(f.NextPoll), f.ErrorCount, f.ErrorClass, f.LastError, doc}, nil
}

const feedCols = `url, name, interval_seconds, selector, added, last_poll, last_success, next_poll, error_count, error_class, last_error, doc`

const feedSet = `url = $2, name = $3, interval_seconds = $4, selector = $5, added = $6, last_poll = $7,
	last_success = $8, next_poll = $9, error_count = $10, error_class = $11, last_error = $12, doc = $13`

func feedID(id string) (int64, bool) {
	n, err := strconv.ParseInt(id, 10, 64)
	return n, err == nil && n > 0
}

func scanFeed(row pgx.Row) (*store.Feed, error) {
	var id int64
	var doc []byte
	if err := row.Scan(&id, &doc); err != nil {
		return nil, err
	}
	var f store.Feed
	if err := json.Unmarshal(doc, &f); err != nil {
		return nil, fmt.Errorf("store: decode feed %d: %w", id, err)
	}
	f.ID = strconv.FormatInt(id, 10)
	return &f, nil
}

// AddFeed subscribes a feed and assigns its ID.
func (d *DB) AddFeed(f *store.Feed) error {
	return d.write(func(tx pgx.Tx) error {
		var old int64
		err := tx.QueryRow(ctx, `SELECT id FROM feeds WHERE url = $1`, f.URL).Scan(&old)
		if err == nil {
			return fmt.Errorf("feed %s (id %d): %w", f.URL, old, store.ErrExists)
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		var id int64
		if err := tx.QueryRow(ctx, `SELECT nextval(pg_get_serial_sequence('feeds', 'id'))`).Scan(&id); err != nil {
			return err
		}
		f.ID = strconv.FormatInt(id, 10)
		args, err := feedArgs(f)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO feeds (id, `+feedCols+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
			append([]any{id}, args...)...)
		return err
	})
}

// Feed returns the feed with that id.
func (d *DB) Feed(id string) (*store.Feed, error) {
	n, ok := feedID(id)
	if !ok {
		return nil, fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
	}
	f, err := scanFeed(d.pool.QueryRow(ctx, `SELECT id, doc FROM feeds WHERE id = $1`, n))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
	}
	return f, err
}

// Feeds returns every feed in id order.
func (d *DB) Feeds() ([]store.Feed, error) {
	rows, err := d.pool.Query(ctx, `SELECT id, doc FROM feeds ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *f)
	}
	return out, rows.Err()
}

// FeedKnown reports whether id names a feed that is or once was subscribed.
func (d *DB) FeedKnown(id string) (bool, error) {
	n, ok := feedID(id)
	if !ok {
		return false, nil
	}
	var known bool
	err := d.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM feeds WHERE id = $1)
		OR $1 <= (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM feeds_id_seq)`, n).Scan(&known)
	return known, err
}

// UpdateFeed saves a feed's polling state, keeping its name, interval
// and selector as stored.
func (d *DB) UpdateFeed(f *store.Feed) error {
	_, err := d.editFeed(f.ID, func(cur *store.Feed) error {
		name, iv, sel := cur.Name, cur.Interval, cur.Selector
		*cur = *f
		cur.Name, cur.Interval, cur.Selector = name, iv, sel
		f.Name, f.Interval, f.Selector = name, iv, sel
		return nil
	})
	return err
}

// EditFeed changes a feed's settings with fn, in one transaction.
func (d *DB) EditFeed(id string, fn func(*store.Feed) error) (*store.Feed, error) {
	return d.editFeed(id, fn)
}

func (d *DB) editFeed(id string, fn func(*store.Feed) error) (*store.Feed, error) {
	n, ok := feedID(id)
	if !ok {
		return nil, fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
	}
	var f *store.Feed
	err := d.write(func(tx pgx.Tx) error {
		var err error
		f, err = scanFeed(tx.QueryRow(ctx, `SELECT id, doc FROM feeds WHERE id = $1 FOR UPDATE`, n))
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
		} else if err != nil {
			return err
		}
		if err := fn(f); err != nil {
			return err
		}
		f.ID = id
		args, err := feedArgs(f)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE feeds SET `+feedSet+` WHERE id = $1`, append([]any{n}, args...)...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// RemoveFeed unsubscribes a feed. Its articles stay.
func (d *DB) RemoveFeed(id string) error {
	n, ok := feedID(id)
	if !ok {
		return fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
	}
	return d.write(func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM feeds WHERE id = $1`, n)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("feed %s: %w", id, store.ErrNotFound)
		}
		return nil
	})
}
