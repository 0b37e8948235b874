package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestFetchConditionalGET(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Sun, 01 Mar 2026 10:00:00 GMT"
	var hits atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Wire</title></channel></rss>`)
	}))
	c := testClient(t, Options{})
	ctx := context.Background()

	resp, err := c.Fetch(ctx, Request{URL: srv.URL + "/feed", Kind: KindFeed})
	if err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	if resp.ETag != etag || resp.LastModified != lastMod {
		t.Fatalf("validators: got %q %q, want %q %q", resp.ETag, resp.LastModified, etag, lastMod)
	}
	tests := []struct {
		name string
		req  Request
	}{
		{"etag", Request{URL: srv.URL + "/feed", Kind: KindFeed, ETag: etag}},
		{"last_modified", Request{URL: srv.URL + "/feed", Kind: KindFeed, LastModified: lastMod}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.Fetch(ctx, tt.req)
			if !errors.Is(err, ErrNotModified) || resp != nil {
				t.Fatalf("Fetch(%+v) = %v, %v; want nil, ErrNotModified", tt.req, resp, err)
			}
			if IsModified(err) || Class(err) != "not-modified" {
				t.Errorf("IsModified=%v Class=%q, want false, not-modified", IsModified(err), Class(err))
			}
		})
	}
	if got := hits.Load(); got != 3 {
		t.Errorf("server hits = %d, want 3", got)
	}
}

func TestFetchRetryAfter(t *testing.T) {
	clock := newFakeClock()
	date := clock.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	tests := []struct {
		name   string
		code   int
		header string
		want   time.Duration
	}{
		{"429_seconds", 429, "120", 120 * time.Second},
		{"429_http_date", 429, date, 90 * time.Second},
		{"503_seconds", 503, "30", 30 * time.Second},
		{"429_without_header", 429, "", 0},
		{"429_garbage", 429, "soon", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.header != "" {
					w.Header().Set("Retry-After", tt.header)
				}
				w.WriteHeader(tt.code)
			}))
			c := testClient(t, Options{Clock: clock, MaxWait: time.Minute})
			_, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/x", Kind: KindFeed})
			var se *StatusError
			if !errors.As(err, &se) || se.Code != tt.code || se.RetryAfter != tt.want || se.Deferred {
				t.Fatalf("Retry-After %q: got %v (%+v), want code %d retry %s", tt.header, err, se, tt.code, tt.want)
			}
			if tt.code == 429 || tt.want > 0 {
				if Class(err) != "rate-limited" {
					t.Errorf("Class = %q, want rate-limited", Class(err))
				}
			}

			// The next request to the host waits out the Retry-After, or is
			// deferred without being sent when that is over MaxWait.
			_, err = c.Fetch(context.Background(), Request{URL: srv.URL + "/y", Kind: KindFeed})
			switch {
			case tt.want > time.Minute:
				if !errors.As(err, &se) || !se.Deferred || se.RetryAfter != tt.want {
					t.Fatalf("second fetch: got %v (%+v), want deferred for %s", err, se, tt.want)
				}
				if len(clock.Sleeps()) != 0 {
					t.Errorf("deferred request slept %v", clock.Sleeps())
				}
			case tt.want > 0:
				if s := clock.Sleeps(); len(s) != 1 || s[0] != tt.want {
					t.Errorf("second fetch slept %v, want [%s]", s, tt.want)
				}
			default:
				if s := clock.Sleeps(); len(s) != 0 {
					t.Errorf("second fetch slept %v, want no wait", s)
				}
			}
		})
	}
}

func TestFetchDeferredByContextDeadline(t *testing.T) {
	clock := newFakeClock()
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "60")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	c := testClient(t, Options{Clock: clock, MaxWait: -1})
	ctx := context.Background()
	if _, err := c.Fetch(ctx, Request{URL: srv.URL, Kind: KindFeed}); Class(err) != "rate-limited" {
		t.Fatalf("first fetch: got %v, want a rate-limited 503", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_, err := c.Fetch(ctx, Request{URL: srv.URL, Kind: KindPage})
	var se *StatusError
	if !errors.As(err, &se) || !se.Deferred || se.RetryAfter != 60*time.Second {
		t.Fatalf("got %v, want deferred 60s (deadline is 5s away)", err)
	}
}

func TestFetchServerErrorThenRecovery(t *testing.T) {
	var n atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if n.Add(1) <= 2 {
			http.Error(w, "overloaded", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, "<html><body>fine</body></html>")
	}))
	c := testClient(t, Options{})
	for i, want := range []string{"http", "http", ""} {
		resp, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/story"})
		if got := Class(err); got != want {
			t.Fatalf("attempt %d: Class(%v) = %q, want %q", i+1, err, got, want)
		}
		if err == nil && !strings.Contains(string(resp.Body), "fine") {
			t.Fatalf("attempt %d: body %q", i+1, resp.Body)
		}
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	redirect := func(path, to string, code int) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, code) })
	}
	redirect("/loop/a", "/loop/b", http.StatusFound)
	redirect("/loop/b", "/loop/a", http.StatusFound)
	redirect("/self", "/self", http.StatusMovedPermanently)
	for i := range 7 {
		redirect(fmt.Sprintf("/chain/%d", i), fmt.Sprintf("/chain/%d", i+1), http.StatusFound)
	}
	mux.HandleFunc("/chain/7", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "end") })
	redirect("/moved", "/feed", http.StatusMovedPermanently)
	redirect("/moved308", "/moved", http.StatusPermanentRedirect)
	redirect("/temp", "/feed", http.StatusFound)
	redirect("/moved-then-temp", "/temp", http.StatusMovedPermanently)
	redirect("/temp-then-moved", "/moved", http.StatusFound)
	redirect("/to-ftp", "ftp://example.org/feed", http.StatusFound)
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "feed") })
	srv := serve(t, mux)

	tests := []struct {
		name      string
		path      string
		wantErr   error
		wantURL   string
		permanent string
	}{
		{"loop", "/loop/a", ErrTooManyRedirects, "", ""},
		{"self_loop", "/self", ErrTooManyRedirects, "", ""},
		{"five_hops_ok", "/chain/2", nil, "/chain/7", ""},
		{"six_hops_too_many", "/chain/1", ErrTooManyRedirects, "", ""},
		{"301", "/moved", nil, "/feed", "/feed"},
		{"308_then_301", "/moved308", nil, "/feed", "/feed"},
		{"302_not_permanent", "/temp", nil, "/feed", ""},
		{"301_then_302_keeps_first", "/moved-then-temp", nil, "/feed", "/temp"},
		{"302_then_301_not_permanent", "/temp-then-moved", nil, "/feed", ""},
		{"redirect_to_ftp", "/to-ftp", ErrScheme, "", ""},
	}
	c := testClient(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.Fetch(context.Background(), Request{URL: srv.URL + tt.path, Kind: KindFeed})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Fetch(%s) error = %v, want %v", tt.path, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Fetch(%s): %v", tt.path, err)
			}
			wantPerm := ""
			if tt.permanent != "" {
				wantPerm = srv.URL + tt.permanent
			}
			if resp.URL != srv.URL+tt.wantURL || resp.PermanentRedirect != wantPerm {
				t.Errorf("Fetch(%s): URL %q permanent %q, want %q %q", tt.path, resp.URL, resp.PermanentRedirect, srv.URL+tt.wantURL, wantPerm)
			}
		})
	}
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	mux := http.NewServeMux()
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, "<html>")
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := serve(t, mux)
	c := testClient(t, Options{Timeout: 100 * time.Millisecond})
	for _, path := range []string{"/slow-headers", "/slow-body"} {
		t.Run(strings.TrimPrefix(path, "/"), func(t *testing.T) {
			_, err := c.Fetch(context.Background(), Request{URL: srv.URL + path})
			if Class(err) != "timeout" {
				t.Fatalf("Fetch(%s) = %v (class %q), want timeout", path, err, Class(err))
			}
		})
	}
}

func TestFetchSizeCap(t *testing.T) {
	big := strings.Repeat("a", 3000)
	mux := http.NewServeMux()
	mux.HandleFunc("/length", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, big) })
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 3 {
			fmt.Fprint(w, big[:1000])
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, big[:2000]) })
	srv := serve(t, mux)
	c := testClient(t, Options{PageLimit: 2000, FeedLimit: 5000})
	tests := []struct {
		name string
		path string
		kind Kind
		want error
	}{
		{"content_length_over_page_cap", "/length", KindPage, ErrTooLarge},
		{"chunked_over_page_cap", "/chunked", KindPage, ErrTooLarge},
		{"exactly_the_cap", "/exact", KindPage, nil},
		{"feed_cap_is_separate", "/length", KindFeed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Fetch(context.Background(), Request{URL: srv.URL + tt.path, Kind: tt.kind})
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("Fetch(%s) error = %v, want %v", tt.path, err, tt.want)
			}
			if tt.want != nil && Class(err) != "too-large" {
				t.Errorf("Class = %q, want too-large", Class(err))
			}
		})
	}
}

func TestFetchScheme(t *testing.T) {
	c := New(Options{})
	for _, raw := range []string{"ftp://example.org/feed", "file:///etc/passwd", "javascript:alert(1)", "gopher://x/"} {
		if _, err := c.Fetch(context.Background(), Request{URL: raw}); !errors.Is(err, ErrScheme) {
			t.Errorf("Fetch(%q) = %v, want ErrScheme", raw, err)
		}
	}
}

func TestFetchPrivateAddress(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "inside") }))
	u, _ := url.Parse(srv.URL)
	urls := map[string]string{
		"literal_loopback": srv.URL,
		"localhost_name":   "http://localhost:" + u.Port(),
	}
	// A name that is neither an IP literal nor "localhost" but resolves to
	// loopback is only caught at dial time.
	if host, err := os.Hostname(); err == nil {
		if addrs, err := net.LookupHost(host); err == nil && len(addrs) > 0 && net.ParseIP(addrs[0]).IsLoopback() {
			urls["hostname_resolving_to_loopback"] = "http://" + host + ":" + u.Port()
		} else {
			t.Logf("host name %q does not resolve to loopback; dial-time case skipped", host)
		}
	}
	refusing := New(Options{HostRate: -1})
	allowing := testClient(t, Options{})
	for name, raw := range urls {
		t.Run(name, func(t *testing.T) {
			for _, kind := range []Kind{KindFeed, KindPage} {
				_, err := refusing.Fetch(context.Background(), Request{URL: raw, Kind: kind})
				if !errors.Is(err, ErrPrivateAddress) || Class(err) != "blocked" {
					t.Errorf("without AllowPrivate, Fetch(%s, kind %d) = %v, want ErrPrivateAddress", raw, kind, err)
				}
			}
			resp, err := allowing.Fetch(context.Background(), Request{URL: raw, Kind: KindPage})
			if err != nil || string(resp.Body) != "inside" {
				t.Errorf("with AllowPrivate, Fetch(%s) = %v, want the body", raw, err)
			}
		})
	}
}

func TestAddressGuard(t *testing.T) {
	g := newAddressGuard()
	tests := []struct {
		addr    string
		refused bool
	}{
		{"127.0.0.1:80", true},
		{"10.1.2.3:443", true},
		{"172.16.0.1:80", true},
		{"192.168.1.1:80", true},
		{"169.254.169.254:80", true},
		{"100.64.0.1:80", true},
		{"0.0.0.0:80", true},
		{"[::1]:80", true},
		{"[fd00::1]:80", true},
		{"[fe80::1]:80", true},
		{"[::ffff:127.0.0.1]:80", true},
		{"[64:ff9b::a00:1]:80", true},
		{"[2002:c0a8:101::1]:80", true},
		{"93.184.215.14:443", false},
		{"[2606:4700::6810:85e5]:443", false},
		{"[64:ff9b::5db8:d70e]:80", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			err := g.control("tcp", tt.addr, nil)
			if got := errors.Is(err, ErrPrivateAddress); got != tt.refused {
				t.Errorf("control(%s) = %v, refused %v, want %v", tt.addr, err, got, tt.refused)
			}
		})
	}
}

func TestHostRateSharedByFeedsAndPages(t *testing.T) {
	clock := newFakeClock()
	feedSrv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	other := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	c := New(Options{AllowPrivate: true, Clock: clock, HostRate: 1})
	steps := []struct {
		name  string
		url   string
		kind  Kind
		sleep []time.Duration // waits this step adds
	}{
		{"feed_first_request_goes_at_once", feedSrv.URL + "/feed", KindFeed, nil},
		// A page fetch first reads robots.txt, a request of its own.
		{"page_waits_for_robots_and_itself", feedSrv.URL + "/story", KindPage, []time.Duration{time.Second, time.Second}},
		{"feed_again_waits", feedSrv.URL + "/feed", KindFeed, []time.Duration{time.Second}},
		{"other_host_does_not_wait", other.URL + "/feed", KindFeed, nil},
		{"page_again_robots_cached", feedSrv.URL + "/story2", KindPage, []time.Duration{time.Second}},
	}
	before := 0
	for _, st := range steps {
		if _, err := c.Fetch(context.Background(), Request{URL: st.url, Kind: st.kind}); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		all := clock.Sleeps()
		got := all[before:]
		before = len(all)
		if fmt.Sprint(got) != fmt.Sprint(st.sleep) && !(len(got) == 0 && len(st.sleep) == 0) {
			t.Errorf("%s: slept %v, want %v", st.name, got, st.sleep)
		}
	}
}

func TestFetchConcurrent(t *testing.T) {
	var n atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		fmt.Fprintf(w, "<p>%s</p>", r.URL.Path)
	}))
	c := testClient(t, Options{})
	errs := make(chan error, 16)
	for i := range 16 {
		go func() {
			resp, err := c.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)})
			if err == nil && !strings.Contains(string(resp.Body), fmt.Sprintf("/p%d", i)) {
				err = fmt.Errorf("page %d: body %q", i, resp.Body)
			}
			errs <- err
		}()
	}
	for range 16 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if got := n.Load(); got != 17 { // 16 pages and one robots.txt
		t.Errorf("server saw %d requests, want 17 (robots.txt once)", got)
	}
}

func TestFetchTLSError(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") }))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{})
	_, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/feed", Kind: KindFeed})
	if Class(err) != "tls" {
		t.Fatalf("Fetch from a self-signed server = %v (class %q), want tls", err, Class(err))
	}
}

// A public server that redirects to an inside address is stopped at the
// dial of the second hop. httptest can only listen on loopback, so the
// "public" server is the one address the test's dialer lets through
// unguarded, and the name check is switched off so only the dial-time
// guard stands in the way.
func TestRedirectToPrivateCaughtAtDial(t *testing.T) {
	inside := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "internal metadata") }))
	outside := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, inside.URL+"/latest/meta-data", http.StatusFound)
	}))
	c := New(Options{HostRate: -1})
	c.opts.AllowPrivate = true
	public := strings.TrimPrefix(outside.URL, "http://")
	guarded := &net.Dialer{Control: c.guard.control}
	c.hc.Transport.(*http.Transport).DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr == public {
			return (&net.Dialer{}).DialContext(ctx, network, addr)
		}
		return guarded.DialContext(ctx, network, addr)
	}
	_, err := c.Fetch(context.Background(), Request{URL: outside.URL + "/feed", Kind: KindFeed})
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("redirect to %s: %v, want ErrPrivateAddress", inside.URL, err)
	}
}
