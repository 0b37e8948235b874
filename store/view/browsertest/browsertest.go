// Package browsertest runs a headless Chromium for the viewer's tests: it
// loads a page, lets its scripts run, and hands back the DOM as Chromium
// left it (or a screenshot), and it reads highlights out of such a DOM.
//
// It drives Chromium through its command line (--dump-dom, --screenshot),
// so it needs no library and no DevTools connection; it does not click or
// type. Tests call Chromium first: without a browser they skip with a
// message, unless EVENTWIRE_BROWSER_TESTS=require (set by CI), which makes
// a missing browser a failure.
package browsertest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Chromium returns the path of a Chromium or Chrome binary ($CHROMIUM, or
// one on $PATH), or ends the test: skipped, or failed when the environment
// requires browser tests.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no Chromium on PATH (Debian: apt-get install chromium; or set CHROMIUM=/path/to/chrome): browser test skipped"
	if os.Getenv("EVENTWIRE_BROWSER_TESTS") == "require" {
		t.Fatal(msg + ", but EVENTWIRE_BROWSER_TESTS=require")
	}
	t.Skip(msg)
	return ""
}

// flags start Chromium headless, as root, on a machine without a network
// beyond loopback, with a profile of its own.
func flags(t testing.TB) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir()}
}

func run(t testing.TB, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(flags(t), args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// DumpDOM loads url, gives its scripts time to run, and returns the DOM
// serialized as HTML.
func DumpDOM(t testing.TB, bin, url string) string {
	t.Helper()
	out := run(t, bin, "--virtual-time-budget=5000", "--dump-dom", url)
	if len(out) == 0 {
		t.Fatalf("chromium --dump-dom %s printed nothing", url)
	}
	return string(out)
}

// Screenshot writes a PNG of url at the given window size.
func Screenshot(t testing.TB, bin, url, path string, width, height int) {
	t.Helper()
	run(t, bin, "--virtual-time-budget=5000", "--hide-scrollbars",
		"--window-size="+strconv.Itoa(width)+","+strconv.Itoa(height), "--screenshot="+path, url)
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("chromium wrote no screenshot at %s: %v", path, err)
	}
}

// Parse parses a page or a dumped DOM.
func Parse(t testing.TB, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Walk calls fn on n and every node under it, in document order.
func Walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		Walk(c, fn)
	}
}

// Attr returns an attribute's value, "" if absent.
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// HasAttr reports whether n has the attribute.
func HasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// Text is the DOM's textContent of n.
func Text(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	Walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// ByID returns the element with that id, or nil.
func ByID(doc *html.Node, id string) *html.Node {
	var found *html.Node
	Walk(doc, func(n *html.Node) {
		if found == nil && n.Type == html.ElementNode && Attr(n, "id") == id {
			found = n
		}
	})
	return found
}

// MarkTexts returns, per data-m value, the text of the highlight elements
// that carry it, joined in document order: a mention cut into fragments
// reads whole again.
func MarkTexts(doc *html.Node) map[string]string {
	out := map[string]string{}
	Walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && HasAttr(n, "data-m") {
			out[Attr(n, "data-m")] += Text(n)
		}
	})
	return out
}

// MarkClasses returns, per data-m value, the class of its first element.
func MarkClasses(doc *html.Node) map[string]string {
	out := map[string]string{}
	Walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && HasAttr(n, "data-m") {
			if _, ok := out[Attr(n, "data-m")]; !ok {
				out[Attr(n, "data-m")] = Attr(n, "class")
			}
		}
	})
	return out
}

// Render serializes one node, for messages.
func Render(n *html.Node) string {
	var b bytes.Buffer
	html.Render(&b, n)
	s := b.String()
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
}
