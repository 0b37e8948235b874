package main

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store"
)

// addDBFlag adds --db to a command that opens the database.
func addDBFlag(c *cobra.Command, g *globals) {
	c.Flags().StringVar(&g.db, "db", "", "database file (default $EVENTWIRE_DB, else $XDG_DATA_HOME/eventwire/eventwire.db or ~/.local/share/eventwire/eventwire.db)")
}

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

func openDB(g *globals, readOnly bool) (*store.DB, error) {
	return store.Open(dbPath(g.db), store.Options{ReadOnly: readOnly})
}
