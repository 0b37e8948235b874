package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/ingest/fetch"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestParseGolden parses every testdata/parse/<name>.{xml,json} feed and
// compares the result with <name>.golden.json. The feed URL the links
// resolve against is the same for all.
func TestParseGolden(t *testing.T) {
	const feedURL = "https://wire.example.org/feeds/main.xml"
	files, err := filepath.Glob("testdata/parse/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(body, feedURL)
			if err != nil {
				t.Fatalf("Parse(%s): %v", path, err)
			}
			got, err := json.MarshalIndent(f, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s:\ngot:\n%s\nwant:\n%s", path, golden, got, want)
			}
			// A second parse gives the same result.
			again, _ := Parse(body, feedURL)
			if b, _ := json.MarshalIndent(again, "", "  "); !bytes.Equal(append(b, '\n'), got) {
				t.Errorf("Parse(%s) is not deterministic", path)
			}
		})
	}
	if n < 5 {
		t.Fatalf("found %d feeds in testdata/parse, want at least 5", n)
	}
}

func TestParseItemRules(t *testing.T) {
	const feedURL = "https://wire.example.org/feeds/main.xml"
	body, err := os.ReadFile("testdata/parse/rss20_relative_links_and_guid_fallback.xml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(body, feedURL)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 4 {
		t.Fatalf("got %d items, want 4", len(f.Items))
	}
	tests := []struct {
		name      string
		got, want string
	}{
		{"relative_link_resolved", f.Items[0].URL, "https://wire.example.org/business/2026/03/port-operator-record-quarter"},
		{"guid_kept", f.Items[0].GUID, "hw-2026-0301-114"},
		{"full_content_kept", f.Items[0].Content, `<p>ROTTERDAM, March 1 (Harbour Wire) - The port operator said on Sunday that volumes rose 7.2 percent.</p>`},
		{"summary_beside_content", f.Items[0].Summary, "ROTTERDAM, March 1 (Harbour Wire) - The port operator said on Sunday..."},
		{"author", f.Items[0].Author, "Maren Holt"},
		{"guid_falls_back_to_link", f.Items[1].GUID, "https://wire.example.org/business/2026/03/war-risk"},
		{"description_as_content", f.Items[1].Content, "LONDON, Feb 28 (Harbour Wire) - Premiums for vessels crossing the strait doubled."},
		{"no_link_no_url", f.Items[2].URL, ""},
		{"permalink_guid_as_link", f.Items[3].URL, "https://wire.example.org/business/2026/02/guid-as-link"},
		{"feed_link_resolved", f.Link, "https://wire.example.org/business/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	if g := f.Items[2].GUID; !strings.HasPrefix(g, "sha256:") {
		t.Errorf("item without guid or link: GUID %q, want a sha256: hash", g)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantIs  error
		wantMsg string
	}{
		{"unterminated_comment", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Broken</title>\n<item><title>a</title><!-- unterminated </item>\n</channel></rss>", nil, "XML syntax error on line 6"},
		{"invalid_utf8", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Broken</title>\n<item><title>a\xff</title></item>\n</channel></rss>", nil, "line 5: invalid UTF-8"},
		{"truncated_xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Cut", nil, "EOF"},
		{"html_page", "<!DOCTYPE html><html><head><title>Home</title></head><body>Hello</body></html>", ErrNotFeed, "html page"},
		{"plain_text", "just some words", ErrNotFeed, "not an rss"},
		{"empty", "", ErrNotFeed, ""},
		{"bad_json_feed", `{"version": "https://jsonfeed.org/version/1", "items": [`, nil, "parse feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.body), "https://x.example/feed")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) = %v, want a *ParseError", tt.body, err)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Parse(%q) = %v, want %v", tt.body, err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) || !strings.Contains(err.Error(), "https://x.example/feed") {
				t.Errorf("Parse(%q) error %q does not name the feed and %q", tt.body, err, tt.wantMsg)
			}
			if c := fetch.Class(err); c != "parse" {
				t.Errorf("fetch.Class = %q, want parse", c)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, p := range []string{"rss091.xml", "rss10_rdf.xml", "jsonfeed.json", "atom_relative_link_and_updated_only.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata/parse", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := Parse(body, "https://wire.example.org/feeds/main.xml")
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			if it.GUID == "" {
				t.Fatalf("item without GUID: %+v", it)
			}
			if it.URL != "" && !utf8.ValidString(it.URL) {
				t.Fatalf("invalid URL %q", it.URL)
			}
			if len(it.Title) > MaxTitle || len(it.Author) > MaxTitle || len(it.GUID) > MaxGUID || len(it.Content) > MaxContent || len(it.Summary) > MaxContent {
				t.Fatalf("item fields over their caps: title %d, author %d, guid %d, content %d, summary %d bytes",
					len(it.Title), len(it.Author), len(it.GUID), len(it.Content), len(it.Summary))
			}
			if !it.Published.IsZero() && !plausible(it.Published) || !it.Updated.IsZero() && !plausible(it.Updated) {
				t.Fatalf("implausible item time kept: published %v, updated %v", it.Published, it.Updated)
			}
		}
	})
}
