package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// slowloris answers every page at one byte per interval until the client
// hangs up, counting the page requests it gets; robots.txt comes at once.
func slowloris(t *testing.T, interval time.Duration, pages *atomic.Int32) string {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		pages.Add(1)
		w.WriteHeader(http.StatusOK)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-tick.C:
			case <-r.Context().Done():
				return
			}
		}
	})
	return serve(t, mux).URL
}

// TestHostBudgetStopsSlowloris: a host that trickles its pages costs its
// budget once per run, not the request timeout per page; the pages after
// that are deferred without a request, and other hosts are not affected.
func TestHostBudgetStopsSlowloris(t *testing.T) {
	var slowPages, otherPages atomic.Int32
	slow := slowloris(t, 20*time.Millisecond, &slowPages)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			otherPages.Add(1)
		}
		fmt.Fprint(w, "<html><p>fine</p></html>")
	})
	other := serve(t, mux).URL
	// The timeout alone would let each page run for a minute.
	c := testClient(t, Options{Timeout: time.Minute, HostBudget: 300 * time.Millisecond})
	for i := range 5 {
		_, err := c.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/story/%d", slow, i)})
		var se *StatusError
		if !errors.As(err, &se) || !se.Deferred || se.OverBudget != 300*time.Millisecond {
			t.Fatalf("page %d of the slow host: err = %v, want a deferral over the host's budget", i, err)
		}
		if !strings.Contains(err.Error(), "request time") {
			t.Errorf("page %d: error %q does not say why", i, err)
		}
		if Class(err) != "rate-limited" {
			t.Errorf("page %d: class %q, want rate-limited (retried next run, not a failure)", i, Class(err))
		}
	}
	if n := slowPages.Load(); n != 1 {
		t.Errorf("the slow host got %d page requests, want 1: the rest deferred without a request", n)
	}
	resp, err := c.Fetch(context.Background(), Request{URL: other + "/story"})
	if err != nil || !strings.Contains(string(resp.Body), "fine") || otherPages.Load() != 1 {
		t.Fatalf("another host after the slow one: %v, %d requests; want its page", err, otherPages.Load())
	}
}

// TestHostBudgetOff: a negative budget leaves only the request timeout.
func TestHostBudgetOff(t *testing.T) {
	var pages atomic.Int32
	slow := slowloris(t, 10*time.Millisecond, &pages)
	c := testClient(t, Options{Timeout: 150 * time.Millisecond, HostBudget: -1})
	for i := range 3 {
		_, err := c.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/story/%d", slow, i)})
		if Class(err) != "timeout" {
			t.Fatalf("page %d: err = %v (class %q), want a timeout", i, err, Class(err))
		}
	}
	if n := pages.Load(); n != 3 {
		t.Errorf("requests = %d, want 3 (no budget, each page tried)", n)
	}
}
