package view

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/eventwire/eventwire/store/view/browsertest"
)

// pwned is the attribute the fixture's hostile scripts set on <html>.
const pwned = "data-pwned"

// TestBrowserHostileScriptsNeverRun loads the pages that show the hostile
// article, feed name and feed error in headless Chromium and reads the DOM
// it leaves: no hostile script ran (none set data-pwned), while the
// viewer's own script did (it sets class "js"), so scripts were running.
func TestBrowserHostileScriptsNeverRun(t *testing.T) {
	bin := browsertest.Chromium(t)
	f := newFixture(t)
	_, ts := newTestServer(t, f, Options{})
	for _, path := range []string{"/articles/" + f.hostile.ID, "/articles/" + f.hostile.ID + "?event=0", "/feeds", "/", "/events?feed=3"} {
		t.Run(path, func(t *testing.T) {
			doc := browsertest.Parse(t, browsertest.DumpDOM(t, bin, ts.URL+path))
			root := htmlElement(doc)
			if v := browsertest.Attr(root, pwned); v != "" {
				t.Errorf("a hostile script ran: <html %s=%q>", pwned, v)
			}
			if !strings.Contains(browsertest.Attr(root, "class"), "js") {
				t.Errorf("the viewer's own script did not run (no class js on <html>), so the check proves nothing")
			}
			if !strings.Contains(browsertest.Text(doc), "<script>") {
				t.Errorf("the hostile markup is not shown as text")
			}
		})
	}
}

// TestBrowserCSPBlocksInlineScript proves the second line of defence: a
// page that put hostile markup into the HTML unescaped, served with the
// viewer's security headers, does not run it; the same page without them
// does (so the page is a fair test).
func TestBrowserCSPBlocksInlineScript(t *testing.T) {
	bin := browsertest.Chromium(t)
	page := fmt.Sprintf(`<!doctype html><html><head><title>t</title></head><body><p>%s</p><p>%s</p></body></html>`, hostileText, hostileFeedName)
	for _, tc := range []struct {
		name    string
		headers bool
		ran     bool
	}{{"with the viewer's headers", true, false}, {"without them", false, true}} {
		t.Run(tc.name, func(t *testing.T) {
			ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tc.headers {
					setSecurityHeaders(w.Header())
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write([]byte(page))
			}))
			defer ts.Close()
			root := htmlElement(browsertest.Parse(t, browsertest.DumpDOM(t, bin, ts.URL)))
			if ran := browsertest.Attr(root, pwned) != ""; ran != tc.ran {
				t.Errorf("inline script ran: %v, want %v (<html %s=%q>)", ran, tc.ran, pwned, browsertest.Attr(root, pwned))
			}
		})
	}
}

// TestBrowserHighlights loads the fixture article in Chromium and checks
// each highlight's DOM text against its mention, the nested and the
// neutral ones included.
func TestBrowserHighlights(t *testing.T) {
	bin := browsertest.Chromium(t)
	f := newFixture(t)
	_, ts := newTestServer(t, f, Options{})
	doc := browsertest.Parse(t, browsertest.DumpDOM(t, bin, ts.URL+"/articles/"+f.lisbon.ID+"?event=0"))
	marks := browsertest.MarkTexts(doc)
	n := 0
	for i, m := range f.mentions {
		got, ok := marks[fmt.Sprint(i)]
		if m.Rule == "date/fixture-skewed" {
			if ok {
				t.Errorf("the skewed mention %d is highlighted as %q", i, got)
			}
			continue
		}
		n++
		if got != m.Text {
			t.Errorf("mention %d: highlight reads %q, want %q", i, got, m.Text)
		}
	}
	if len(marks) != n {
		t.Errorf("%d highlighted mentions, want %d", len(marks), n)
	}
	if got := browsertest.Text(browsertest.ByID(doc, "text")); got != f.lisbon.Text {
		t.Errorf("text block in the browser reads %q", got)
	}
}

func htmlElement(doc *html.Node) *html.Node {
	var root *html.Node
	browsertest.Walk(doc, func(n *html.Node) {
		if root == nil && n.Type == html.ElementNode && n.Data == "html" {
			root = n
		}
	})
	if root == nil {
		return &html.Node{}
	}
	return root
}
