package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
)

// Reserve books the next request slot for host, every apart from the one
// booked before it by any pass, and returns how long to wait for it. A
// slot further than maxWait away (maxWait < 0: no bound) is not booked:
// ok is false and wait says how far the next free slot is. The database's
// clock spaces the slots, so passes on machines whose clocks differ still
// keep the host's limit.
func (d *DB) Reserve(c context.Context, host string, every, maxWait time.Duration) (wait time.Duration, ok bool, err error) {
	bound := maxWait.Seconds()
	if maxWait < 0 {
		bound = 1e9
	}
	var secs float64
	err = d.pool.QueryRow(c, `WITH t AS (SELECT clock_timestamp() AS now)
		INSERT INTO host_slots AS h (host, next_at) SELECT $1, t.now + make_interval(secs => $2) FROM t
		ON CONFLICT (host) DO UPDATE SET next_at = greatest(h.next_at, (SELECT now FROM t)) + make_interval(secs => $2)
			WHERE greatest(h.next_at, (SELECT now FROM t)) <= (SELECT now FROM t) + make_interval(secs => $3)
		RETURNING extract(epoch FROM (h.next_at - make_interval(secs => $2)) - (SELECT now FROM t))::float8`,
		host, every.Seconds(), bound).Scan(&secs)
	if err == nil {
		return max(0, time.Duration(secs*float64(time.Second))), true, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, false, err
	}
	err = d.pool.QueryRow(c, `SELECT extract(epoch FROM next_at - clock_timestamp())::float8 FROM host_slots WHERE host = $1`, host).Scan(&secs)
	if err != nil {
		return 0, false, err
	}
	return time.Duration(secs * float64(time.Second)), false, nil
}

// Defer makes every pass wait at least d before its next request to host
// (a Retry-After).
func (d *DB) Defer(c context.Context, host string, wait time.Duration) error {
	_, err := d.pool.Exec(c, `INSERT INTO host_slots AS h (host, next_at) VALUES ($1, clock_timestamp() + make_interval(secs => $2))
		ON CONFLICT (host) DO UPDATE SET next_at = greatest(h.next_at, EXCLUDED.next_at)`, host, wait.Seconds())
	return err
}
