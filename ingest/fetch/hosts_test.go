package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"sync"
	"testing"
	"time"
)

// fakeSchedule is a shared host schedule kept in memory, on the fake
// clock: what several clients sharing one database would see.
type fakeSchedule struct {
	mu       sync.Mutex
	clock    *fakeClock
	next     map[string]time.Time
	everies  []time.Duration
	deferred map[string]time.Duration
}

func (s *fakeSchedule) Reserve(_ context.Context, host string, every, maxWait time.Duration) (time.Duration, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	slot := now
	if s.next[host].After(now) {
		slot = s.next[host]
	}
	if maxWait >= 0 && slot.Sub(now) > maxWait {
		return slot.Sub(now), false, nil
	}
	s.next[host] = slot.Add(every)
	s.everies = append(s.everies, every)
	return slot.Sub(now), true, nil
}

func (s *fakeSchedule) Defer(_ context.Context, host string, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deferred[host] = d
	if t := s.clock.Now().Add(d); t.After(s.next[host]) {
		s.next[host] = t
	}
	return nil
}

// TestSharedScheduleSpacesClients: two clients with their own limiters
// but one schedule ask one host no faster than its rate between them; a
// slot beyond MaxWait defers the request; a Retry-After reaches the
// schedule.
func TestSharedScheduleSpacesClients(t *testing.T) {
	clock := newFakeClock()
	sched := &fakeSchedule{clock: clock, next: map[string]time.Time{}, deferred: map[string]time.Duration{}}
	var mu sync.Mutex
	var hits []time.Time
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/busy" {
			w.Header().Set("Retry-After", "30")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		mu.Lock()
		hits = append(hits, clock.Now())
		mu.Unlock()
		w.Write([]byte("ok"))
	}))
	a := testClient(t, Options{Clock: clock, HostRate: 2, Hosts: sched, MaxWait: 10 * time.Second})
	b := testClient(t, Options{Clock: clock, HostRate: 2, Hosts: sched, MaxWait: 10 * time.Second})
	for i := 0; i < 3; i++ {
		for _, c := range []*Client{a, b} {
			if _, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/p", Kind: KindPage}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].Sub(hits[i-1]); gap < 500*time.Millisecond {
			t.Errorf("requests %d and %d of two clients %v apart, want at least 500 ms (2 per second)", i-1, i, gap)
		}
	}
	for _, e := range sched.everies {
		if e != 500*time.Millisecond {
			t.Errorf("slot spacing %v, want 500ms", e)
		}
	}
	_, err := a.Fetch(context.Background(), Request{URL: srv.URL + "/busy", Kind: KindPage})
	host := mustHost(t, srv.URL)
	if sched.deferred[host] != 30*time.Second {
		t.Errorf("Retry-After 30 reached the schedule as %v (err %v)", sched.deferred[host], err)
	}
	// b has no local Retry-After, but the shared slot is 30 s away: more
	// than its MaxWait, so the request is deferred, not sent.
	_, err = b.Fetch(context.Background(), Request{URL: srv.URL + "/p", Kind: KindPage})
	var se *StatusError
	if !errors.As(err, &se) || !se.Deferred || se.RetryAfter < 29*time.Second {
		t.Errorf("fetch while the host's shared slot is 30 s away: %v (%+v), want deferred with the wait", err, se)
	}
}

func mustHost(t *testing.T, raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}
