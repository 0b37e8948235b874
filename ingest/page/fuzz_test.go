package page

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzStrip checks invariants on any input: no panic, valid UTF-8 in every
// field, paragraphs trimmed and separated by exactly one blank line, and
// the same result twice.
func FuzzStrip(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "https://en.yna.co.kr/view/AEN20241212000300315")
		f.Add(b, "")
	}
	f.Add([]byte("<p>SEOUL, Dec. 12 (Yonhap) --</p><p>text</p>"), "https://example.com/2024/01/02/x")
	f.Add([]byte("<div><div><p>a<br><br>b</p></div><p>\u00a0</p></div>"), "://bad url")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-13-45"}]}</script>`), "")
	f.Add([]byte("<table><tr><td>1</td><td>Kyle</td></tr></table>"), "http://example.com")
	f.Add([]byte("\xff\xfe<p>\xc3</p>"), "")
	s := New()
	f.Fuzz(func(t *testing.T, src []byte, u string) {
		r, err := s.Strip(src, u, Options{})
		if err != nil {
			return
		}
		for name, v := range map[string]string{"title": r.Title, "byline": r.Byline, "lang": r.Lang, "canonical": r.CanonicalURL, "text": r.Text, "path": r.Path} {
			if !utf8.ValidString(v) {
				t.Errorf("%s %q is not valid UTF-8", name, v)
			}
		}
		if r.Text != "" {
			for _, p := range strings.Split(r.Text, "\n\n") {
				if p == "" || strings.TrimSpace(p) != p {
					t.Errorf("paragraph %q is empty or untrimmed in %q", p, r.Text)
				}
			}
		}
		r2, err := s.Strip(src, u, Options{})
		if err != nil {
			t.Fatalf("second Strip failed: %v", err)
		}
		if !reflect.DeepEqual(r, r2) {
			t.Errorf("not deterministic:\n%+v\n%+v", r, r2)
		}
	})
}
