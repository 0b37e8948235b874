package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/eventwire/eventwire/ingest/fetch"
)

// realworldFeeds finds ../shared/corpus/realworld/feeds beside the
// repository root, or skips the test.
func realworldFeeds(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found; skipping the real-world feed test")
		}
		dir = parent
	}
	feeds := filepath.Join(dir, "..", "shared", "corpus", "realworld", "feeds")
	if _, err := os.Stat(feeds); err != nil {
		t.Skipf("%s is absent (the shared corpus is not checked out); skipping the real-world feed test", feeds)
	}
	return feeds
}

// scriptShare is the share of letters outside ASCII that belong to table.
func scriptShare(s string, table *unicode.RangeTable) (share float64, n int) {
	var in, all int
	for _, r := range s {
		if r < 0x80 || !unicode.IsLetter(r) {
			continue
		}
		all++
		if unicode.Is(table, r) {
			in++
		}
	}
	if all == 0 {
		return 0, 0
	}
	return float64(in) / float64(all), in
}

func TestRealWorldFeedsDecode(t *testing.T) {
	dir := realworldFeeds(t)
	latinExtA := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0x00c0, Hi: 0x017f, Stride: 1}}}
	tests := []struct {
		file     string
		label    string // the charset the file is in, for the Content-Type variant
		script   *unicode.RangeTable
		minShare float64
		must     []string // runes that must appear in the titles
		minItems int
	}{
		{"charset/acnnewswire-ko.euc-kr.xml", "euc-kr", unicode.Hangul, 0.9, nil, 5},
		{"charset/acnnewswire-zh.gb2312.xml", "gb2312", unicode.Han, 0.9, nil, 5},
		{"charset/newsru-com.koi8-r.xml", "koi8-r", unicode.Cyrillic, 0.95, nil, 5},
		{"charset/bbc-hungarian.windows-1250.xml", "windows-1250", latinExtA, 0.95, []string{"ő"}, 5},
		{"charset/golem-de.iso-8859-1.xml", "iso-8859-1", latinExtA, 0.95, []string{"ü"}, 5},
		{"charset/bbc-urdu.utf-8.xml", "utf-8", unicode.Arabic, 0.95, nil, 5},
		{"charset/uol-noticias.latin1-undeclared.rss", "iso-8859-1", latinExtA, 0.95, []string{"ç"}, 5},
		{"news/guardian-us.rss", "utf-8", nil, 0, nil, 20}, // English: ASCII titles
	}
	c := fetch.New(fetch.Options{AllowPrivate: true, HostRate: -1})
	for _, tt := range tests {
		body, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		variants := map[string]string{
			"no_charset":      "application/rss+xml",
			"http_charset":    "application/rss+xml; charset=" + tt.label,
			"text_xml_no_cs":  "text/xml",
			"wrong_http_utf8": "application/xml; charset=utf-8",
		}
		if tt.label == "utf-8" {
			variants["wrong_http_legacy"] = "application/xml; charset=windows-1252"
		}
		for vname, ct := range variants {
			t.Run(filepath.Base(tt.file)+"/"+vname, func(t *testing.T) {
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", ct)
					w.Write(body)
				}))
				defer srv.Close()
				resp, err := c.Fetch(context.Background(), fetch.Request{URL: srv.URL + "/feed", Kind: fetch.KindFeed})
				if err != nil {
					t.Fatal(err)
				}
				f, err := Parse(resp.Body, resp.URL)
				if err != nil {
					t.Fatalf("Parse: %v (charset %s from %s)", err, resp.Charset, resp.CharsetSource)
				}
				if len(f.Items) < tt.minItems {
					t.Fatalf("%d items, want at least %d", len(f.Items), tt.minItems)
				}
				var titles strings.Builder
				titles.WriteString(f.Title)
				for _, it := range f.Items {
					titles.WriteString("\n" + it.Title)
				}
				s := titles.String()
				share, n := 1.0, 1
				if tt.script != nil {
					share, n = scriptShare(s, tt.script)
				}
				if n == 0 || share < tt.minShare || strings.ContainsRune(s, '\uFFFD') {
					t.Errorf("Content-Type %q: charset %s from %s: script share %.2f (%d letters), want >= %.2f and no U+FFFD; titles:\n%.300s",
						ct, resp.Charset, resp.CharsetSource, share, n, tt.minShare, s)
				}
				for _, m := range tt.must {
					if !strings.Contains(s, m) {
						t.Errorf("titles lack %q (charset %s from %s):\n%.300s", m, resp.Charset, resp.CharsetSource, s)
					}
				}
				for _, moj := range []string{"Ã©", "Ã§", "Ã£", "Ã¼", "Å‘"} {
					if strings.Contains(s, moj) {
						t.Errorf("mojibake %q in titles (charset %s from %s)", moj, resp.Charset, resp.CharsetSource)
					}
				}
			})
		}
	}
}
