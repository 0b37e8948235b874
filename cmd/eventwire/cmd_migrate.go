package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/postgres"
)

func newMigrateCommand(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "migrate",
		Short: "Create or upgrade the database's schema",
		Long: `Migrate brings the database's schema to this eventwire's version.

For PostgreSQL (--db postgres://...) it applies the migrations the database
lacks, each in a transaction; every other command refuses a database whose
schema is older than its own ("run eventwire migrate") or newer ("upgrade
eventwire"). Two migrations at once wait for each other.

A bbolt file needs no migration (eventwire creates and checks it when it
opens it); migrate creates it if it is missing and reports its version.

Exit codes: 0 done; 1 error (a newer schema among them); 2 bad usage; 3 the
bbolt file is held by a running pass.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMigrate(g)
		},
	}
	addDBFlag(c, g)
	return c
}

func runMigrate(g *globals) error {
	path := dbPath(g.db)
	if postgres.IsURL(path) {
		from, to, err := postgres.Migrate(path)
		if err != nil {
			return err
		}
		if from == to {
			fmt.Fprintf(g.stderr, "eventwire migrate: %s is at schema %d, nothing to do\n", postgres.Redact(path), to)
		} else {
			fmt.Fprintf(g.stderr, "eventwire migrate: %s from schema %d to %d\n", postgres.Redact(path), from, to)
		}
		return nil
	}
	db, err := openDB(g, dbEdit)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(g.stderr, "eventwire migrate: %s is a bbolt database at schema %d, nothing to do\n", path, bolt.SchemaVersion)
	return nil
}
