package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/view/browsertest"
)

// demoDB runs the demo into a kept database and returns its path.
func demoDB(t *testing.T) string {
	t.Helper()
	code, _, stderr := runCLI(t, "", "demo", "--keep", "--digest=false")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, stderr)
	}
	const mark = "database kept at "
	i := strings.Index(stderr, mark)
	if i < 0 {
		t.Fatalf("demo --keep printed no path:\n%s", stderr)
	}
	path := strings.Fields(stderr[i+len(mark):])[0]
	t.Cleanup(func() { os.RemoveAll(filepath.Dir(path)) })
	return path
}

func serveDemo(t *testing.T, path string) *httptest.Server {
	t.Helper()
	srv, err := newViewServer(path, true, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(b)
}

// TestServeDownloadIsExportCommand: what the viewer's download links give
// is byte for byte what "eventwire export" prints with the same flags.
func TestServeDownloadIsExportCommand(t *testing.T) {
	path := demoDB(t)
	ts := serveDemo(t, path)
	for _, flags := range [][]string{
		{"--records", "events"},
		{"--records", "events", "--format", "csv"},
		{"--records", "events", "--type", "meet,negotiate", "--format", "json"},
		{"--records", "mentions", "--type", "amount", "--since", "2025-03-12"},
		{"--records", "articles", "--no-text", "--feed", "2"},
		{"--records", "articles", "--until", "2025-03-11T12:00:00+09:00", "--format", "csv"},
	} {
		t.Run(strings.Join(flags, " "), func(t *testing.T) {
			code, want, stderr := runCLI(t, "", append([]string{"export", "--db", path}, flags...)...)
			if code != 0 {
				t.Fatalf("export: exit %d: %s", code, stderr)
			}
			v := url.Values{}
			for i := 0; i < len(flags); i++ {
				k := strings.TrimPrefix(flags[i], "--")
				if k == "no-text" {
					v.Set(k, "1")
					continue
				}
				v.Set(k, flags[i+1])
				i++
			}
			status, got := httpGet(t, ts.URL+"/export?"+v.Encode())
			if status != 200 {
				t.Fatalf("/export?%s: %d %s", v.Encode(), status, got)
			}
			if got != want {
				t.Errorf("/export?%s differs from eventwire export %s (%d bytes against %d)", v.Encode(), strings.Join(flags, " "), len(got), len(want))
			}
			if len(want) < 50 {
				t.Errorf("export printed only %q: the case tests little", want)
			}
		})
	}
}

// TestServeDoesNotBlockRun runs "eventwire run" on the demo database while
// two clients load pages from the viewer without pause: the run must not
// exit 3 (database held) and must record its pass.
func TestServeDoesNotBlockRun(t *testing.T) {
	path := demoDB(t)
	ts := serveDemo(t, path)
	var id string
	if db, err := bolt.Open(path, bolt.Options{ReadOnly: true}); err == nil {
		p, err := db.Articles(store.Query{Limit: 1})
		if err != nil || len(p.Records) == 0 {
			t.Fatal("demo database has no article", err)
		}
		id = p.Records[0].Article.ID
		db.Close()
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var pages atomic.Int64
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				p := []string{"/", "/articles/" + id, "/events", "/feeds"}[i%4]
				if res, err := http.Get(ts.URL + p); err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
					pages.Add(1)
				}
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	// The demo's feed servers are gone: the pass fails per feed, quickly,
	// but it opens the database for writing and records a run.
	t0 := time.Now()
	code, _, stderr := runCLI(t, "", "run", "--db", path, "--allow-private")
	took := time.Since(t0)
	close(stop)
	wg.Wait()
	if code != 0 {
		t.Fatalf("run while serving: exit %d after %s\n%s", code, took, stderr)
	}
	code, out, _ := runCLI(t, "", "stats", "--db", path)
	if code != 0 || strings.Count(out, "\n  ") < 3 {
		t.Errorf("stats after the run: exit %d\n%s", code, out)
	}
	t.Logf("run took %s while %d pages were served", took, pages.Load())
}

// syncBuffer is a buffer that a server goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeAddr starts the command on a loopback and on an open address:
// only the open one warns, and both stop cleanly when cancelled.
func TestServeAddr(t *testing.T) {
	path := demoDB(t)
	for _, tc := range []struct {
		addr string
		warn bool
	}{{"127.0.0.1:0", false}, {"localhost:0", false}, {"0.0.0.0:0", true}, {":0", true}} {
		t.Run(tc.addr, func(t *testing.T) {
			var errb syncBuffer
			g := &globals{db: path, stderr: &errb, stdout: io.Discard, logger: slog.New(slog.NewTextHandler(&errb, nil))}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- runServe(ctx, g, serveOptions{addr: tc.addr}) }()
			var u string
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				if s := errb.String(); strings.Contains(s, "eventwire serve: http://") {
					u = strings.Fields(s[strings.Index(s, "http://"):])[0]
					break
				}
			}
			if u == "" {
				cancel()
				t.Fatalf("serve did not start: %s", errb.String())
			}
			if status, _ := httpGet(t, strings.Replace(u, "[::]", "127.0.0.1", 1)+"feeds"); status != 200 {
				t.Errorf("GET %sfeeds: %d", u, status)
			}
			cancel()
			if err := <-done; err != nil {
				t.Errorf("serve returned %v after cancel", err)
			}
			if warned := strings.Contains(errb.String(), "listening beyond this machine"); warned != tc.warn {
				t.Errorf("--addr %s: warned %v, want %v\n%s", tc.addr, warned, tc.warn, errb.String())
			}
		})
	}
	if code, _, stderr := runCLI(t, "", "serve", "--db", filepath.Join(t.TempDir(), "none.db")); code != exitFatal || !strings.Contains(stderr, "no database") {
		t.Errorf("serve on a missing database: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "serve", "--db", path, "--addr", "nonsense"); code != exitUsage {
		t.Errorf("serve --addr nonsense: exit %d, %s", code, stderr)
	}
}

// TestServeInBrowser loads the demo's defense cost talks article in
// headless Chromium, takes a screenshot, and checks that each highlight's
// DOM text is its mention's text. EVENTWIRE_SCREENSHOT_DIR keeps the
// screenshot (never commit it).
func TestServeInBrowser(t *testing.T) {
	bin := browsertest.Chromium(t)
	path := demoDB(t)
	ts := serveDemo(t, path)
	db, err := bolt.Open(path, bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	p, err := db.Articles(store.Query{Search: "defense cost talks", HideDuplicates: true, Limit: 1})
	if err != nil || len(p.Records) != 1 {
		db.Close()
		t.Fatalf("demo article not found: %v", err)
	}
	det, err := db.ArticleDetail(p.Records[0].Article.ID)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	var ex struct {
		Mentions []struct {
			Type, Text string
			Start, End int
		} `json:"mentions"`
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(det.ExtractionJSON, &ex); err != nil {
		t.Fatal(err)
	}
	if len(ex.Mentions) < 10 || len(ex.Events) == 0 {
		t.Fatalf("demo article has %d mentions and %d events; the test needs some", len(ex.Mentions), len(ex.Events))
	}
	page := ts.URL + "/articles/" + det.Article.ID + "?event=0"
	dir := os.Getenv("EVENTWIRE_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	shot := filepath.Join(dir, "serve-article.png")
	browsertest.Screenshot(t, bin, page, shot, 1400, 1800)
	t.Logf("screenshot: %s", shot)
	doc := browsertest.Parse(t, browsertest.DumpDOM(t, bin, page))
	marks := browsertest.MarkTexts(doc)
	text := det.Article.Text
	for i, m := range ex.Mentions {
		got, ok := marks[fmt.Sprint(i)]
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
			if ok {
				t.Errorf("mention %d does not fit the text, yet is highlighted as %q", i, got)
			}
			continue
		}
		if got != m.Text {
			t.Errorf("mention %d (%s): highlight reads %q, want %q", i, m.Type, got, m.Text)
		}
	}
	if got := browsertest.Text(browsertest.ByID(doc, "text")); got != text {
		t.Errorf("the text block reads differently from the article text")
	}
	t.Logf("%d highlights checked against their mentions", len(marks))
}
