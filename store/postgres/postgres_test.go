package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/postgres"
	"github.com/eventwire/eventwire/store/postgres/pgtest"
	"github.com/eventwire/eventwire/store/storetest"
)

// openTest returns a migrated, empty database of the test's own.
func openTest(t *testing.T) *postgres.DB {
	t.Helper()
	url := pgtest.URL(t)
	if _, _, err := postgres.Migrate(url); err != nil {
		t.Fatal(err)
	}
	db, err := postgres.Open(url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestSuite runs the shared store suite against PostgreSQL.
func TestSuite(t *testing.T) {
	pgtest.Require(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}

func exec(t *testing.T, url, sql string) {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), sql); err != nil {
		t.Fatal(err)
	}
}

// TestSchemaChecked: Open refuses a database without the schema, with an
// older one and with a newer one, each with a message that says what to
// do; Migrate brings an empty one up and is idempotent.
func TestSchemaChecked(t *testing.T) {
	url := pgtest.URL(t)
	_, err := postgres.Open(url, postgres.Options{})
	if !errors.Is(err, postgres.ErrSchema) || !strings.Contains(err.Error(), "eventwire migrate") {
		t.Errorf("Open on an empty database: %v; want ErrSchema naming eventwire migrate", err)
	}
	from, to, err := postgres.Migrate(url)
	if err != nil || from != 0 || to != postgres.SchemaVersion() {
		t.Fatalf("Migrate = %d -> %d, %v; want 0 -> %d", from, to, err, postgres.SchemaVersion())
	}
	if from, to, err = postgres.Migrate(url); err != nil || from != to {
		t.Errorf("second Migrate = %d -> %d, %v; want nothing to do", from, to, err)
	}
	db, err := postgres.Open(url, postgres.Options{})
	if err != nil {
		t.Fatalf("Open after Migrate: %v", err)
	}
	db.Close()
	exec(t, url, `INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')`)
	_, err = postgres.Open(url, postgres.Options{})
	if !errors.Is(err, postgres.ErrSchema) || !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), "upgrade eventwire") {
		t.Errorf("Open on a newer schema: %v; want ErrSchema saying upgrade", err)
	}
	if _, _, err := postgres.Migrate(url); !errors.Is(err, postgres.ErrSchema) {
		t.Errorf("Migrate on a newer schema: %v; want ErrSchema", err)
	}
	exec(t, url, `DELETE FROM schema_migrations`)
	_, err = postgres.Open(url, postgres.Options{})
	if !errors.Is(err, postgres.ErrSchema) || !strings.Contains(err.Error(), "older") || !strings.Contains(err.Error(), "eventwire migrate") {
		t.Errorf("Open on an older schema: %v; want ErrSchema saying migrate", err)
	}
}

// TestReadOnlyRefusesWrites: a read-only open cannot write.
func TestReadOnlyRefusesWrites(t *testing.T) {
	url := pgtest.URL(t)
	if _, _, err := postgres.Migrate(url); err != nil {
		t.Fatal(err)
	}
	db, err := postgres.Open(url, postgres.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.AddFeed(&store.Feed{URL: "https://a.example/rss"}); err == nil {
		t.Error("AddFeed on a read-only open succeeded")
	}
	if n, err := db.ArticleCount(); err != nil || n != 0 {
		t.Errorf("ArticleCount = %d, %v", n, err)
	}
}

// TestLeaseExpires: a lease not renewed runs out and the feed goes to
// another pass; a renewed one does not.
func TestLeaseExpires(t *testing.T) {
	db := openTest(t)
	for i := 0; i < 3; i++ {
		if err := db.AddFeed(&store.Feed{URL: fmt.Sprintf("https://f%d.example/rss", i)}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	claim := func(pass string, lease time.Duration, limit int) []string {
		got, err := db.ClaimFeeds(store.Claim{Pass: pass, Now: now, Limit: limit, Lease: lease})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, f := range got {
			ids = append(ids, f.ID)
		}
		return ids
	}
	if ids := claim("dead", 300*time.Millisecond, 1); fmt.Sprint(ids) != "[1]" {
		t.Fatalf("first pass claims %v, want [1]", ids)
	}
	if ids := claim("live", time.Minute, 1); fmt.Sprint(ids) != "[2]" {
		t.Fatalf("second pass claims %v, want [2]", ids)
	}
	if ids := claim("renewed", 300*time.Millisecond, 1); fmt.Sprint(ids) != "[3]" {
		t.Fatalf("third pass claims %v, want [3]", ids)
	}
	if held, err := db.RenewLeases("renewed", time.Minute); err != nil || fmt.Sprint(held) != "[3]" {
		t.Fatalf("RenewLeases = %v, %v; want [3]", held, err)
	}
	time.Sleep(700 * time.Millisecond)
	if ids := claim("other", time.Minute, 5); fmt.Sprint(ids) != "[1]" {
		t.Errorf("after the first pass's lease ran out, another claims %v; want [1] (2 and 3 are held)", ids)
	}
	if held, err := db.RenewLeases("dead", time.Minute); err != nil || len(held) != 0 {
		t.Errorf("the first pass renews after its feed was claimed by another: holds %v, %v; want nothing", held, err)
	}
}

// TestReserveSpacesRequests: slots booked by many goroutines at once are
// every apart, and a slot too far away is not booked.
func TestReserveSpacesRequests(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	const every = 40 * time.Millisecond
	var mu sync.Mutex
	var waits []time.Duration
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w, ok, err := db.Reserve(ctx, "h.example", every, -1)
			if err != nil || !ok {
				t.Errorf("Reserve = %v, %v, %v", w, ok, err)
			}
			mu.Lock()
			waits = append(waits, w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	var maxWait time.Duration
	for _, w := range waits {
		maxWait = max(maxWait, w)
	}
	// Eight slots every 40 ms: the last is about 280 ms away, less the
	// time the bookings took.
	if maxWait < 7*every-150*time.Millisecond {
		t.Errorf("waits %v: the eighth slot is only %v away, want about %v", waits, maxWait, 7*every)
	}
	w, ok, err := db.Reserve(ctx, "h.example", every, 10*time.Millisecond)
	if err != nil || ok || w < 100*time.Millisecond {
		t.Errorf("Reserve with a 10 ms bound behind eight slots = %v, %v, %v; want not booked, a wait of ~300 ms", w, ok, err)
	}
	if err := db.Defer(ctx, "other.example", time.Second); err != nil {
		t.Fatal(err)
	}
	w, ok, _ = db.Reserve(ctx, "other.example", every, -1)
	if !ok || w < 800*time.Millisecond {
		t.Errorf("after a 1 s Retry-After, Reserve waits %v (booked %v), want about 1 s", w, ok)
	}
}
