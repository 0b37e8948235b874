package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/eventwire/eventwire/store"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrSchema means the database's schema is not the one this eventwire
// uses: missing, older (run "eventwire migrate") or newer (upgrade
// eventwire).
var ErrSchema = errors.New("schema version mismatch")

// IsURL reports whether a --db value names a PostgreSQL database.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Options configure Open. The zero value is ready to use.
type Options struct {
	// MaxConns bounds the connections of the pool; zero means 8.
	MaxConns int
	// ReadOnly makes every transaction read-only.
	ReadOnly bool
}

// DB is an open PostgreSQL database. Its methods are safe for concurrent
// use.
type DB struct {
	pool     *pgxpool.Pool
	loc      string
	readOnly bool
	pages    store.Pages

	// passStart is the database's time at each pass's first claim: a feed
	// let go since then is not claimed again by that pass.
	passMu    sync.Mutex
	passStart map[string]time.Time
}

var _ store.Store = (*DB)(nil)

// ctx is the context of store calls: the store interface has none, and a
// query that hangs is ended by the server's statement timeout, if set.
var ctx = context.Background()

// Open connects to the database at the URL and checks its schema version.
func Open(dsn string, opts Options) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: database URL %s: %w", Redact(dsn), err)
	}
	cfg.MaxConns = int32(opts.MaxConns)
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = 8
	}
	if opts.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connect to %s: %w", Redact(dsn), err)
	}
	d := &DB{pool: pool, loc: Redact(dsn), readOnly: opts.ReadOnly, passStart: map[string]time.Time{}}
	if err := d.checkSchema(); err != nil {
		pool.Close()
		return nil, err
	}
	return d, nil
}

// Redact returns the URL without its password.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Location returns the database's URL without its password.
func (d *DB) Location() string { return d.loc }

// Close closes the pool.
func (d *DB) Close() error {
	d.pool.Close()
	return nil
}

// ---- migrations

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: no version number", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{v, base, string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// SchemaVersion is the schema this code reads and writes: the highest
// migration's version.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrationLock is the advisory lock key that serialises migrations.
const migrationLock = 0x65766e74 // "evnt"

// Migrate applies the migrations the database lacks, each in its own
// transaction, and returns the versions before and after. Two at once are
// serialised by an advisory lock.
func Migrate(dsn string) (from, to int, err error) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return 0, 0, fmt.Errorf("store: connect to %s: %w", Redact(dsn), err)
	}
	defer conn.Close(ctx)
	ms, err := migrations()
	if err != nil {
		return 0, 0, err
	}
	from = -1
	for _, m := range ms {
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
				return err
			}
			var cur int
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
				return err
			}
			if from < 0 {
				from = cur
			}
			if cur > SchemaVersion() {
				return fmt.Errorf("store: database schema %d is newer than this eventwire's (%d): upgrade eventwire: %w", cur, SchemaVersion(), ErrSchema)
			}
			to = cur
			if cur >= m.version {
				return nil
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("store: migration %s: %w", m.name, err)
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name)
			to = m.version
			return err
		})
		if err != nil {
			return from, to, err
		}
	}
	return from, to, nil
}

// checkSchema refuses a database without this code's schema version.
func (d *DB) checkSchema() error {
	var have bool
	if err := d.pool.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&have); err != nil {
		return fmt.Errorf("store: %s: %w", d.loc, err)
	}
	want := SchemaVersion()
	if !have {
		return fmt.Errorf("store: %s has no eventwire tables: run \"eventwire migrate --db URL\" first: %w", d.loc, ErrSchema)
	}
	var v int
	if err := d.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return fmt.Errorf("store: %s: %w", d.loc, err)
	}
	switch {
	case v < want:
		return fmt.Errorf("store: %s has schema %d, older than this eventwire's (%d): run \"eventwire migrate --db URL\": %w", d.loc, v, want, ErrSchema)
	case v > want:
		return fmt.Errorf("store: %s has schema %d, newer than this eventwire's (%d): upgrade eventwire: %w", d.loc, v, want, ErrSchema)
	}
	return nil
}

// ---- helpers

// tm is a time for a nullable column: NULL for the zero time.
func tm(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// write runs fn in a read-write transaction.
func (d *DB) write(fn func(pgx.Tx) error) error {
	if d.readOnly {
		return fmt.Errorf("store: %s is open read-only", d.loc)
	}
	return pgx.BeginFunc(ctx, d.pool, fn)
}
