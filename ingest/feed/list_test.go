package feed

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

const sampleOPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Wire subscriptions</title></head>
  <body>
    <outline text="Asia" title="Asia">
      <outline text="Korea" title="Korea">
        <outline type="rss" text="Seoul Desk" title="Seoul Desk" xmlUrl="https://seoul.example.kr/rss.xml" htmlUrl="https://seoul.example.kr/"/>
      </outline>
      <outline type="rss" text="Mekong Wire" xmlURL="https://mekong.example.org/feed" />
    </outline>
    <outline type="rss" title="Markets &amp; Money" xmlUrl="https://markets.example.com/atom.xml"/>
    <outline type="rss" text="Duplicate" xmlUrl="https://seoul.example.kr/rss.xml"/>
    <outline text="Empty folder"></outline>
  </body>
</opml>`

func TestParseOPML(t *testing.T) {
	got, err := ParseOPML(strings.NewReader(sampleOPML))
	if err != nil {
		t.Fatal(err)
	}
	want := []Source{
		{URL: "https://seoul.example.kr/rss.xml", Name: "Seoul Desk", Category: "Asia/Korea"},
		{URL: "https://mekong.example.org/feed", Name: "Mekong Wire", Category: "Asia"},
		{URL: "https://markets.example.com/atom.xml", Name: "Markets & Money"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ParseOPML:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestParseOPMLLatin1(t *testing.T) {
	doc := `<?xml version="1.0" encoding="ISO-8859-1"?><opml version="1.0"><body><outline text="Presse régionale" xmlUrl="http://presse.example.fr/flux"/></body></opml>`
	b, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte(doc))
	got, err := ParseOPML(strings.NewReader(string(b)))
	if err != nil || len(got) != 1 || got[0].Name != "Presse régionale" {
		t.Fatalf("ParseOPML(latin-1) = %+v, %v; want the name decoded", got, err)
	}
}

func TestParseOPMLErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		line      int
		want      string
		wantIs    error
	}{
		{"not_opml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"></rss>", 2, "not <opml>", nil},
		{"invalid_utf8", "<opml>\n<body>\n<outline text=\"a\xff\" xmlUrl=\"https://a.example/f\"/>\n</body>\n</opml>", 3, "invalid UTF-8", nil},
		{"unterminated_comment", "<opml>\n<body>\n<!-- <outline text=\"a\" xmlUrl=\"https://a.example/f\"/>\n</body>\n</opml>", 5, "unexpected EOF", nil},
		{"bad_scheme", "<opml>\n<body>\n\n<outline text=\"Local\" xmlUrl=\"file:///etc/feed.xml\"/>\n</body></opml>", 4, `outline "Local"`, nil},
		{"relative_url", "<opml><body>\n<outline text=\"Rel\" xmlUrl=\"/feed.xml\"/></body></opml>", 2, "not an absolute", nil},
		{"no_feeds", "<opml><body><outline text=\"folder\"/></body></opml>", 0, "no feeds", ErrNoFeeds},
		{"empty", "", 0, "no <opml>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOPML(strings.NewReader(tt.doc))
			var le *ListError
			if !errors.As(err, &le) {
				t.Fatalf("ParseOPML(%q) = %v, want *ListError", tt.doc, err)
			}
			if le.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseOPML(%q) = %q (line %d), want line %d and %q", tt.doc, err, le.Line, tt.line, tt.want)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v is not %v", err, tt.wantIs)
			}
		})
	}
}

func FuzzParseOPML(f *testing.F) {
	f.Add(sampleOPML)
	f.Add(`<opml><body><outline xmlUrl="http://a.example/x" text="&eacute;t&#xE9;"/></body></opml>`)
	f.Add(`<?xml version="1.0" encoding="windows-1251"?><opml><body><outline xmlUrl="http://a.example/x" text="` + "\xcd\xee\xe2\xee\xf1\xf2\xe8" + `"/></body></opml>`)
	f.Add(`<opml><body><outline xmlUrl="http://a.example/x"><outline xmlUrl="https://b.example/y" title="in a feed"/></outline></body></opml>`)
	f.Fuzz(func(t *testing.T, doc string) {
		got, err := ParseOPML(strings.NewReader(doc))
		again, err2 := ParseOPML(strings.NewReader(doc))
		if fmt.Sprint(got, err) != fmt.Sprint(again, err2) {
			t.Fatal("not deterministic")
		}
		if err != nil {
			var le *ListError
			if !errors.As(err, &le) || le.Line < 0 {
				t.Fatalf("error %v is not a *ListError with a line", err)
			}
			return
		}
		if len(got) == 0 {
			t.Fatal("no error and no feeds")
		}
		seen := map[string]bool{}
		for _, s := range got {
			if err := checkFeedURL(s.URL); err != nil {
				t.Fatalf("accepted %q: %v", s.URL, err)
			}
			if seen[s.URL] {
				t.Fatalf("duplicate %q", s.URL)
			}
			seen[s.URL] = true
			if !utf8.ValidString(s.Name) || !utf8.ValidString(s.Category) {
				t.Fatalf("invalid UTF-8 in %+v", s)
			}
		}
	})
}

func TestParseYAML(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []Source
	}{
		{"top_level_list", `
- url: https://wire.example.org/rss
  name: Example Wire
  interval: 30m
  selector: article .body
- https://plain.example.com/feed.xml
`, []Source{
			{URL: "https://wire.example.org/rss", Name: "Example Wire", Interval: 30 * time.Minute, Selector: "article .body"},
			{URL: "https://plain.example.com/feed.xml"},
		}},
		{"feeds_key", `
# my feeds
feeds:
  - url: http://a.example/x
    interval: 1h30m
`, []Source{{URL: "http://a.example/x", Interval: 90 * time.Minute}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseYAML(strings.NewReader(tt.doc))
			if err != nil || fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("ParseYAML(%q) = %+v, %v; want %+v", tt.doc, got, err, tt.want)
			}
		})
	}
}

func TestParseYAMLErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		line      int
		want      string
	}{
		{"bad_interval", "- url: https://a.example/f\n  interval: 30\n", 2, `interval "30"`},
		{"negative_interval", "- url: https://a.example/f\n  interval: -5m\n", 2, "negative"},
		{"unknown_key", "- url: https://a.example/f\n  intervall: 30m\n", 2, `unknown key "intervall"`},
		{"missing_url", "- name: nameless\n", 1, "missing url"},
		{"bad_url", "- url: ftp://a.example/f\n", 1, "not an absolute http"},
		{"duplicate", "- https://a.example/f\n- name: again\n  url: https://a.example/f\n", 2, "first on line 1"},
		{"unknown_top_key", "sources:\n  - https://a.example/f\n", 1, `unknown key "sources"`},
		{"scalar_document", "just words\n", 1, "want a list"},
		{"nested_value", "- url: [https://a.example/f]\n", 1, "want a single value"},
		{"syntax", "- url: https://a.example/f\n  name: a: b\n", 0, "line 2"},
		{"empty", "", 0, "no feeds"},
		{"feeds_null", "feeds:\n", 1, "no feeds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseYAML(strings.NewReader(tt.doc))
			var le *ListError
			if !errors.As(err, &le) {
				t.Fatalf("ParseYAML(%q) = %v, want *ListError", tt.doc, err)
			}
			if le.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseYAML(%q) = %q (line %d), want line %d and %q", tt.doc, err, le.Line, tt.line, tt.want)
			}
		})
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	in := []Source{
		{URL: "https://example.com/rss", Name: "Example & Co", Interval: 45 * time.Minute, Selector: "article .body"},
		{URL: "https://example.org/atom"},
	}
	var b strings.Builder
	if err := WriteOPML(&b, "eventwire feeds", in, time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out, err := ParseOPML(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("ParseOPML of our own export: %v\n%s", err, b.String())
	}
	if len(out) != 2 || out[0] != in[0] || out[1].URL != in[1].URL || out[1].Interval != 0 {
		t.Errorf("round trip = %+v, want %+v\n%s", out, in, b.String())
	}
}

func TestDiscover(t *testing.T) {
	page := `<html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" hreflang="de" type="text/html" href="/de/"><link rel="Alternate" type="application/atom+xml" href="https://other.example/atom"></head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`
	got := Discover([]byte(page), "https://example.com/news/")
	want := []string{"https://example.com/feed.xml", "https://other.example/atom"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Discover = %v, want %v", got, want)
	}
}
