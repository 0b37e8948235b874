package feed

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func rss(items string) string {
	return `<?xml version="1.0"?><rss version="2.0" xmlns:e="http://e.example/"><channel><title>t</title>` + items + `</channel></rss>`
}

// TestHostileShapesAreRefused: bodies that made gofeed build a gigabyte of
// nodes (deep or repeated elements, namespaced ones above all) are refused
// before it parses them; ordinary feeds, with comments, CDATA and quoted
// '>' in attributes, are not.
func TestHostileShapesAreRefused(t *testing.T) {
	item := `<item><title>x</title><link>http://a.example/b</link><description>d</description>%s</item>`
	tests := []struct {
		name    string
		body    string
		refused bool
	}{
		{"deep namespaced nesting", rss(fmt.Sprintf(item, strings.Repeat("<e:x>", 100)+strings.Repeat("</e:x>", 100))), true},
		{"deep plain nesting", rss(fmt.Sprintf(item, strings.Repeat("<x>", 100)+strings.Repeat("</x>", 100))), true},
		{"too many elements", rss(fmt.Sprintf(item, strings.Repeat(`<e:x a="1">y</e:x>`, MaxElements))), true},
		{"too many self-closing elements", rss(fmt.Sprintf(item, strings.Repeat(`<e:x/>`, MaxElements))), true},
		{"deep json", `{"version":"https://jsonfeed.org/version/1.1","items":[` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `]}`, true},
		{"nesting at the limit", rss(fmt.Sprintf(item, strings.Repeat("<x>", MaxDepth-4)+strings.Repeat("</x>", MaxDepth-4))), false},
		{"markup inside cdata and comments is not counted", rss(fmt.Sprintf(item,
			"<e:body><![CDATA["+strings.Repeat("<div>", 500)+"]]></e:body><!-- "+strings.Repeat("<p>", 500)+" -->")), false},
		{"a quoted > in an attribute", rss(fmt.Sprintf(item, strings.Repeat(`<e:x a="1>2"/>`, 100))), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.body), "https://wire.example/feed")
			if got := errors.Is(err, ErrTooComplex); got != tc.refused {
				t.Fatalf("Parse: err = %v; refused %v, want %v", err, got, tc.refused)
			}
			var pe *ParseError
			if tc.refused && (!errors.As(err, &pe) || pe.ErrorClass() != "parse") {
				t.Errorf("refusal %v is not a parse error", err)
			}
		})
	}
	// Every feed this package is tested on passes the check.
	paths, _ := filepath.Glob("testdata/parse/*")
	for _, p := range paths {
		if strings.HasSuffix(p, ".json") && strings.Contains(p, "golden") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkShape(b); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// TestItemFieldCaps: one field of a feed item cannot carry megabytes
// through the run.
func TestItemFieldCaps(t *testing.T) {
	long := strings.Repeat("€", MaxContent/3+10) // 3 bytes a rune: the caps fall inside runes
	title := strings.Repeat("€", MaxTitle/3+5)
	guid := strings.Repeat("g", MaxGUID+1)
	body := rss(fmt.Sprintf(`<item><title>%s</title><link>http://a.example/%s</link><guid isPermaLink="false">%s</guid><description>%s</description><author>x@y (%s)</author></item>`,
		title, strings.Repeat("p", MaxURL), guid, long, title) +
		`<item><title>short</title><link>http://a.example/ok</link><description>fine</description></item>`)
	f, err := Parse([]byte(body), "https://wire.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	it := f.Items[0]
	if len(it.Title) > MaxTitle || !utf8.ValidString(it.Title) || len(it.Title) < MaxTitle-2 {
		t.Errorf("title of %d bytes (valid %v), want cut to about %d on a rune boundary", len(it.Title), utf8.ValidString(it.Title), MaxTitle)
	}
	if len(it.Content) > MaxContent || !utf8.ValidString(it.Content) || !it.Truncated {
		t.Errorf("content of %d bytes, truncated %v; want at most %d, marked truncated", len(it.Content), it.Truncated, MaxContent)
	}
	if !strings.HasPrefix(it.GUID, "sha256:") || len(it.GUID) > 100 {
		t.Errorf("long GUID kept as %.80q, want its hash", it.GUID)
	}
	if it.URL != "" {
		t.Errorf("link of %d bytes kept, want it dropped", len(it.URL))
	}
	if ok := f.Items[1]; ok.Truncated || ok.Content != "fine" || ok.URL != "http://a.example/ok" {
		t.Errorf("ordinary item = %+v, want it untouched", ok)
	}
}

// TestImplausibleItemTimesAreDropped: "year 1" and "9999-12-31" in a feed
// are filler, not times; the item is kept without them.
func TestImplausibleItemTimesAreDropped(t *testing.T) {
	body := rss(`<item><title>a</title><link>http://a.example/1</link><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate></item>` +
		`<item><title>b</title><link>http://a.example/2</link><pubDate>Fri, 31 Dec 9999 23:59:59 -0500</pubDate></item>` +
		`<item><title>c</title><link>http://a.example/3</link><pubDate>Wed, 12 Mar 2025 06:40:00 +0000</pubDate></item>`)
	f, err := Parse([]byte(body), "https://wire.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"", "", "2025-03-12T06:40:00Z"} {
		got := ""
		if !f.Items[i].Published.IsZero() {
			got = f.Items[i].Published.UTC().Format(time.RFC3339)
		}
		if got != want {
			t.Errorf("item %d: published %q, want %q", i, got, want)
		}
	}
	// The dropped times are kept as written, like dates no parser reads.
	for i, want := range []string{"Mon, 01 Jan 0001 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 -0500", ""} {
		if got := f.Items[i].DateUnparsed; got != want {
			t.Errorf("item %d: date unparsed %q, want %q", i, got, want)
		}
	}
}
