package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// robotsServer answers robots.txt with code and body and every other path
// with a small page; it counts robots.txt requests.
func robotsServer(t *testing.T, code int, body string, robotsHits *atomic.Int32) string {
	t.Helper()
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			w.WriteHeader(code)
			fmt.Fprint(w, body)
			return
		}
		fmt.Fprint(w, "<html><body>story</body></html>")
	}))
	return srv.URL
}

func TestRobots(t *testing.T) {
	const rules = "User-agent: *\nDisallow: /private/\n\nUser-agent: eventwire\nDisallow: /wire/embargoed\nAllow: /\n"
	tests := []struct {
		name       string
		code       int
		body       string
		opts       Options
		path       string
		kind       Kind
		wantErr    error
		wantClass  string
		robotsHits int32
	}{
		{"our_group_disallows", 200, rules, Options{}, "/wire/embargoed-story", KindPage, ErrDisallowed, "blocked", 1},
		{"our_group_wins_over_star", 200, rules, Options{}, "/private/x", KindPage, nil, "", 1},
		{"star_group_for_other_agent", 200, rules, Options{UserAgent: "otherbot/2.0"}, "/private/x", KindPage, ErrDisallowed, "blocked", 1},
		{"allowed_path", 200, rules, Options{}, "/wire/today", KindPage, nil, "", 1},
		{"feeds_skip_robots", 200, "User-agent: *\nDisallow: /\n", Options{}, "/feed.xml", KindFeed, nil, "", 0},
		{"feeds_obey_with_option", 200, "User-agent: *\nDisallow: /\n", Options{FeedRobots: true}, "/feed.xml", KindFeed, ErrDisallowed, "blocked", 1},
		{"404_allows_all", 404, "", Options{}, "/anything", KindPage, nil, "", 1},
		{"403_allows_all", 403, "", Options{}, "/anything", KindPage, nil, "", 1},
		{"500_disallows_for_now", 500, "", Options{}, "/anything", KindPage, ErrDisallowed, "blocked", 1},
		{"503_disallows_for_now", 503, "", Options{}, "/anything", KindPage, ErrDisallowed, "blocked", 1},
		{"unparsable_allows", 200, "\x00\x01 not robots", Options{}, "/anything", KindPage, nil, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int32
			base := robotsServer(t, tt.code, tt.body, &hits)
			c := testClient(t, tt.opts)
			for range 3 { // the rules are cached: one robots.txt request
				_, err := c.Fetch(context.Background(), Request{URL: base + tt.path, Kind: tt.kind})
				if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
					t.Fatalf("robots %d %q, %s: error %v, want %v", tt.code, tt.body, tt.path, err, tt.wantErr)
				}
				if Class(err) != tt.wantClass {
					t.Fatalf("Class(%v) = %q, want %q", err, Class(err), tt.wantClass)
				}
			}
			if got := hits.Load(); got != tt.robotsHits {
				t.Errorf("robots.txt requested %d times, want %d", got, tt.robotsHits)
			}
		})
	}
}

func TestRobotsServerErrorRetriedLater(t *testing.T) {
	var hits atomic.Int32
	clock := newFakeClock()
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if hits.Add(1) == 1 {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "story")
	}))
	c := testClient(t, Options{Clock: clock})
	if _, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/a"}); !errors.Is(err, ErrDisallowed) {
		t.Fatalf("with robots.txt 500: %v, want ErrDisallowed", err)
	}
	clock.Sleep(context.Background(), robotsErrorTTL+time.Second)
	if _, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/a"}); err != nil {
		t.Fatalf("after the error TTL, robots.txt 404: %v, want success", err)
	}
	if hits.Load() != 2 {
		t.Errorf("robots.txt requested %d times, want 2", hits.Load())
	}
}

func TestRobotsCrawlDelay(t *testing.T) {
	var hits atomic.Int32
	base := robotsServer(t, 200, "User-agent: *\nCrawl-delay: 5\n", &hits)
	clock := newFakeClock()
	c := New(Options{AllowPrivate: true, Clock: clock, HostRate: 10})
	for i := range 3 {
		if _, err := c.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/story/%d", base, i)}); err != nil {
			t.Fatal(err)
		}
	}
	// robots.txt goes at once; from then on every request to the host,
	// the feed included, waits the Crawl-delay rather than the 100 ms of
	// the base rate.
	if _, err := c.Fetch(context.Background(), Request{URL: base + "/feed", Kind: KindFeed}); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprint([]time.Duration{5 * time.Second, 5 * time.Second, 5 * time.Second, 5 * time.Second})
	if got := fmt.Sprint(clock.Sleeps()); got != want {
		t.Errorf("waits %s, want %s", got, want)
	}
}

func TestRobotsUnreachableHost(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	addr := srv.URL
	srv.Close() // nothing listens there now
	c := testClient(t, Options{})
	_, err := c.Fetch(context.Background(), Request{URL: addr + "/story"})
	if err == nil || Class(err) != "network" {
		t.Fatalf("Fetch from a closed port = %v (class %q), want a network error", err, Class(err))
	}
}

func TestAgentToken(t *testing.T) {
	for ua, want := range map[string]string{
		DefaultUserAgent:      "eventwire",
		"EventWire/1.2":       "eventwire",
		"newsbot (+http://x)": "newsbot",
		"plain":               "plain",
	} {
		if got := agentToken(ua); got != want {
			t.Errorf("agentToken(%q) = %q, want %q", ua, got, want)
		}
	}
}

// A caller that gives up while fetching robots.txt must not leave the
// callers waiting on it with its context error.
func TestRobotsLeaderCanceled(t *testing.T) {
	var hits atomic.Int32
	firstSeen := make(chan struct{})
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if hits.Add(1) == 1 {
				close(firstSeen)
				<-r.Context().Done()
				return
			}
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "story")
	}))
	c := testClient(t, Options{})
	ctxA, cancelA := context.WithCancel(context.Background())
	errA := make(chan error, 1)
	go func() {
		_, err := c.Fetch(ctxA, Request{URL: srv.URL + "/a"})
		errA <- err
	}()
	<-firstSeen
	errB := make(chan error, 1)
	go func() {
		_, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/b"})
		errB <- err
	}()
	time.Sleep(20 * time.Millisecond) // let B start waiting on A's robots.txt; the test passes either way
	cancelA()
	if err := <-errA; !errors.Is(err, context.Canceled) {
		t.Errorf("A: %v, want context.Canceled", err)
	}
	if err := <-errB; err != nil {
		t.Errorf("B, whose context is fine: %v, want success", err)
	}
}
