package main

import (
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/postgres"
)

// addDBFlag adds --db to a command that opens the database.
func addDBFlag(c *cobra.Command, g *globals) {
	c.Flags().StringVar(&g.db, "db", "", "database: a bbolt file, or a postgres:// URL (default $EVENTWIRE_DB, else $XDG_DATA_HOME/eventwire/eventwire.db or ~/.local/share/eventwire/eventwire.db)")
	c.Flags().DurationVar(&g.lockTimeout, "lock-timeout", defaultLockTimeout, "how long to wait for another eventwire process to let go of the database before exiting 3")
}

// defaultLockTimeout is how long a command waits for a bbolt file that
// another process holds.
const defaultLockTimeout = 3 * time.Second

// dbPath resolves the database path: --db, $EVENTWIRE_DB, then the XDG
// data directory.
func dbPath(flag string) string {
	if flag != "" {
		return flag
	}
	if p := os.Getenv("EVENTWIRE_DB"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = "."
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "eventwire", "eventwire.db")
}

// How a command uses the database.
type dbMode int

const (
	// dbRead: export, stats, feeds list; never in a pass's way.
	dbRead dbMode = iota
	// dbEdit: short edits (feeds add, edit, remove, import) that may
	// interleave with a running pass.
	dbEdit
	// dbPass: run and reextract; one at a time (exit 3 for the second).
	dbPass
)

// openDB opens the database that --db or $EVENTWIRE_DB names: PostgreSQL
// for a postgres:// URL, else a bbolt file.
func openDB(g *globals, mode dbMode) (store.Store, error) {
	if g.lockTimeout <= 0 {
		return nil, usagef("--lock-timeout must be positive")
	}
	path := dbPath(g.db)
	if postgres.IsURL(path) {
		return postgres.Open(path, postgres.Options{ReadOnly: mode == dbRead, MaxConns: g.maxConns})
	}
	if g.db != "" || os.Getenv("EVENTWIRE_DB") != "" {
		// A path the user gave is used as given: a typo in its folder must
		// not grow a new, empty database somewhere (every command alike).
		// Only the default place is created on first use.
		if dir := filepath.Dir(path); !isDir(dir) {
			return nil, usagef("database %s: the folder %s does not exist", path, dir)
		}
	}
	return bolt.Open(path, bolt.Options{ReadOnly: mode == dbRead, Shared: mode == dbEdit, LockTimeout: g.lockTimeout})
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// dbWaits returns how often a bbolt database waited for other processes;
// PostgreSQL has no such waits to report.
func dbWaits(db store.Store) bolt.Waits {
	if w, ok := db.(interface{ Waits() bolt.Waits }); ok {
		return w.Waits()
	}
	return bolt.Waits{}
}

// redactDB names a database for messages: a URL without its password.
func redactDB(path string) string {
	if postgres.IsURL(path) {
		return postgres.Redact(path)
	}
	return path
}
