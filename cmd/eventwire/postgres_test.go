package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/store/postgres/pgtest"
)

// TestMigrateAndSchemaErrors: commands on a PostgreSQL database without
// the schema say to run migrate; migrate creates it and says so, twice
// harmlessly.
func TestMigrateAndSchemaErrors(t *testing.T) {
	url := pgtest.URL(t)
	for _, args := range [][]string{{"feeds", "list"}, {"export"}, {"stats"}, {"run"}} {
		code, _, stderr := runCLI(t, "", append(args, "--db", url)...)
		if code != exitFatal || !strings.Contains(stderr, "eventwire migrate") {
			t.Errorf("%v before migrate: exit %d, %q; want 1 and a hint to migrate", args, code, stderr)
		}
	}
	code, _, stderr := runCLI(t, "", "migrate", "--db", url)
	if code != 0 || !strings.Contains(stderr, "from schema 0 to 1") {
		t.Fatalf("migrate: exit %d, %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "migrate", "--db", url)
	if code != 0 || !strings.Contains(stderr, "nothing to do") {
		t.Errorf("migrate again: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "feeds", "add", "https://wire.example/rss", "--no-check", "--db", url); code != 0 {
		t.Fatalf("feeds add after migrate: exit %d, %s", code, stderr)
	}
	if code, out, stderr := runCLI(t, "", "feeds", "list", "--db", url); code != 0 || !strings.Contains(out, "https://wire.example/rss") {
		t.Errorf("feeds list after migrate: exit %d, %q %q", code, out, stderr)
	}
}

// TestCheckOnPostgres: check refuses a PostgreSQL database without the
// schema like every command, and on a migrated one reports the counts and
// what it does not check, exit 0.
func TestCheckOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	if code, _, stderr := runCLI(t, "", "check", "--db", url); code != exitFatal || !strings.Contains(stderr, "eventwire migrate") {
		t.Errorf("check before migrate: exit %d, %q; want 1 and a hint to migrate", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "migrate", "--db", url); code != 0 {
		t.Fatalf("migrate: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "feeds", "add", "https://wire.example/rss", "--no-check", "--db", url); code != 0 {
		t.Fatalf("feeds add: exit %d, %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "", "check", "--db", url)
	if code != 0 || !strings.Contains(out, "feeds 1, articles 0") || !strings.Contains(out, "pg_amcheck") {
		t.Errorf("check after migrate: exit %d, %q %q; want 0, the counts and the pointer to pg_amcheck", code, out, stderr)
	}
}

// TestPostgresExportMatchesBolt runs the demo into a bbolt file, copies it
// into PostgreSQL and exports every record kind in every format from both:
// the outputs are byte for byte the same. The demo run straight into
// PostgreSQL gives the same articles, mentions and events.
func TestPostgresExportMatchesBolt(t *testing.T) {
	url := pgtest.URL(t)
	path := filepath.Join(t.TempDir(), "demo.db")
	if code, _, stderr := runCLI(t, "", "demo", "--db", path, "--digest=false"); code != 0 {
		t.Fatalf("demo into bbolt: exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "", "copy", "--from", path, "--to", url)
	if code != 0 || !strings.Contains(stderr, "12 articles copied") {
		t.Fatalf("copy: exit %d: %s", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "copy", "--from", path, "--to", url)
	if code != 0 || !strings.Contains(stderr, "0 articles copied (resumed after article") {
		t.Errorf("copy again: exit %d: %s; want nothing left to copy", code, stderr)
	}
	for _, records := range []string{"articles", "mentions", "events"} {
		for _, format := range []string{"jsonl", "json", "csv"} {
			args := []string{"export", "--records", records, "--format", format}
			c1, want, e1 := runCLI(t, "", append(args, "--db", path)...)
			c2, got, e2 := runCLI(t, "", append(args, "--db", url)...)
			if c1 != 0 || c2 != 0 {
				t.Fatalf("%v: exit %d (%s) and %d (%s)", args, c1, e1, c2, e2)
			}
			if got != want || len(want) < 100 {
				t.Errorf("%v: PostgreSQL export (%d bytes) differs from bbolt's (%d bytes)", args, len(got), len(want))
			}
		}
	}
	c1, s1, _ := runCLI(t, "", "stats", "--db", path, "--json")
	c2, s2, _ := runCLI(t, "", "stats", "--db", url, "--json")
	if c1 != 0 || c2 != 0 || !strings.Contains(s2, `"articles": 12`) && !strings.Contains(s2, `"articles":12`) {
		t.Errorf("stats --json: exit %d/%d\n%s\n%s", c1, c2, s1, s2)
	}

	direct := pgtest.URL(t)
	code, events, stderr := runCLI(t, "", "demo", "--db", direct, "--digest=false")
	if code != 0 || strings.Count(events, "\n") < 20 {
		t.Fatalf("demo --db URL: exit %d, %d lines: %s", code, strings.Count(events, "\n"), stderr)
	}
	if !strings.Contains(stderr, "database kept at "+direct) {
		t.Errorf("demo --db URL does not say where the database is: %s", stderr)
	}
}
