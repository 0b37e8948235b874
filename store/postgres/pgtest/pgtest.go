// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the server that EVENTWIRE_TEST_POSTGRES names, dropped when
// the test ends. Tests skip, saying why, when the variable is unset.
//
// It does not start a server: .ci/run does (see the README for a local
// one).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env names the variable that holds the test server's URL.
const Env = "EVENTWIRE_TEST_POSTGRES"

// Require skips the test, saying why, when no server is configured.
func Require(t testing.TB) {
	t.Helper()
	if os.Getenv(Env) == "" {
		t.Skip(Env + " is not set: no PostgreSQL to test against (e.g. postgres://postgres@127.0.0.1:5432/postgres; .ci/run starts one)")
	}
}

// URL returns the URL of an empty schema of its own for the test (no
// eventwire tables yet), or skips the test when no server is configured.
func URL(t testing.TB) string {
	t.Helper()
	Require(t)
	base := os.Getenv(Env)
	var b [6]byte
	rand.Read(b[:])
	schema := "ewtest_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("%s=%s: %v", Env, base, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create test schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Logf("drop test schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Logf("drop test schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
