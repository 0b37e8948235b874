package postgres

import (
	"cmp"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

// ClaimFeeds leases due feeds to a pass. Rows another transaction is
// claiming are skipped, not waited for (FOR UPDATE SKIP LOCKED), so
// passes that claim at once each get feeds of their own. Lease times are
// the database's clock, so that passes on machines whose clocks differ
// agree on when a lease has run out; whether a feed is due is the pass's
// clock against NextPoll, which passes wrote with their own clocks.
func (d *DB) ClaimFeeds(c store.Claim) ([]store.Feed, error) {
	start, err := d.passStarted(c.Pass)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, s := range c.FeedIDs {
		if n, ok := feedID(s); ok {
			ids = append(ids, n)
		}
	}
	var out []store.Feed
	err = d.write(func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `UPDATE feeds f SET lease_pass = $1, lease_until = clock_timestamp() + make_interval(secs => $2)
			FROM (SELECT id FROM feeds
				WHERE (lease_until IS NULL OR lease_until < clock_timestamp())
				AND (released_at IS NULL OR released_at < $3)
				AND ($4 OR next_poll IS NULL OR next_poll <= $5)
				AND (NOT $6 OR id = ANY($7))
				ORDER BY id LIMIT $8 FOR UPDATE SKIP LOCKED) c
			WHERE f.id = c.id RETURNING f.id, f.doc`,
			c.Pass, c.Lease.Seconds(), start, c.Force, c.Now, len(c.FeedIDs) > 0, ids, c.Limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			f, err := scanFeed(rows)
			if err != nil {
				return err
			}
			out = append(out, *f)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	sortFeeds(out)
	return out, nil
}

func sortFeeds(fs []store.Feed) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0; j-- {
			a, _ := feedID(fs[j-1].ID)
			b, _ := feedID(fs[j].ID)
			if a <= b {
				break
			}
			fs[j-1], fs[j] = fs[j], fs[j-1]
		}
	}
}

// passStarted returns the database's time at a pass's first claim.
func (d *DB) passStarted(pass string) (time.Time, error) {
	d.passMu.Lock()
	defer d.passMu.Unlock()
	if t, ok := d.passStart[pass]; ok {
		return t, nil
	}
	var t time.Time
	if err := d.pool.QueryRow(ctx, `SELECT clock_timestamp()`).Scan(&t); err != nil {
		return t, err
	}
	d.passStart[pass] = t
	return t, nil
}

// RenewLeases extends a pass's leases and returns the feeds it holds. A
// lease that ran out but that no other pass has claimed is still the
// pass's (a claim overwrites lease_pass), so a late renewal keeps it.
func (d *DB) RenewLeases(pass string, lease time.Duration) ([]string, error) {
	var ids []string
	err := d.write(func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `UPDATE feeds SET lease_until = clock_timestamp() + make_interval(secs => $2)
			WHERE lease_pass = $1 RETURNING id::text`, pass, lease.Seconds())
		if err != nil {
			return err
		}
		ids, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	slices.SortFunc(ids, func(a, b string) int { x, _ := feedID(a); y, _ := feedID(b); return cmp.Compare(x, y) })
	return ids, err
}

// ReleaseFeed ends a pass's lease on a feed.
func (d *DB) ReleaseFeed(id, pass string) error {
	n, ok := feedID(id)
	if !ok {
		return nil
	}
	return d.write(func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE feeds SET lease_pass = NULL, lease_until = NULL, released_at = clock_timestamp()
			WHERE id = $1 AND lease_pass = $2`, n, pass)
		return err
	})
}
