package bolt

import (
	"github.com/eventwire/eventwire/store"

	"slices"
	"sync"
	"time"
)

var _ store.Store = (*DB)(nil)

// Location returns the database file's path.
func (d *DB) Location() string { return d.path }

// leases are a bbolt DB's feed leases. They live in memory: the writer
// role lets one pass at a time use the file, so only that process's passes
// can hold them, and a lease needs no expiry (a process that dies lets go
// of the file and of its leases together).
type leases struct {
	mu     sync.Mutex
	held   map[string]string          // feed id -> pass
	polled map[string]map[string]bool // pass -> feed ids it released
	// retries holds the retry queue's claims: article id -> until.
	retries map[string]time.Time
}

// ClaimFeeds leases due feeds to a pass (see LeaseStore).
func (d *DB) ClaimFeeds(c store.Claim) ([]store.Feed, error) {
	feeds, err := d.Feeds()
	if err != nil {
		return nil, err
	}
	l := &d.leases
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held == nil {
		l.held, l.polled = map[string]string{}, map[string]map[string]bool{}
	}
	var out []store.Feed
	for _, f := range feeds {
		if len(out) >= c.Limit {
			break
		}
		if len(c.FeedIDs) > 0 && !slices.Contains(c.FeedIDs, f.ID) {
			continue
		}
		if _, ok := l.held[f.ID]; ok || l.polled[c.Pass][f.ID] || !c.Due(&f) {
			continue
		}
		l.held[f.ID] = c.Pass
		out = append(out, f)
	}
	return out, nil
}

// RenewLeases returns the feeds a pass holds: in-memory leases do not
// expire.
func (d *DB) RenewLeases(pass string, _ time.Duration) ([]string, error) {
	l := &d.leases
	l.mu.Lock()
	defer l.mu.Unlock()
	var ids []string
	for id, p := range l.held {
		if p == pass {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

// ReleaseFeed ends a pass's lease on a feed.
func (d *DB) ReleaseFeed(id, pass string) error {
	l := &d.leases
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held[id] != pass {
		return nil
	}
	delete(l.held, id)
	if l.polled[pass] == nil {
		l.polled[pass] = map[string]bool{}
	}
	l.polled[pass][id] = true
	return nil
}
