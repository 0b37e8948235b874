package view

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/view/browsertest"
)

// FuzzArticlePage builds an article from any text and any mention and
// event spans (fitting or not, of known and unknown types, with argument
// indexes in range or not), renders the article page, parses it as a
// browser would, and checks: the page renders, the text block reads as the
// text, every mention that fits reads as its text, none that does not fit
// is highlighted, and rendering twice gives the same page.
func FuzzArticlePage(f *testing.F) {
	f.Add("SEOUL, March 12 -- Park met Lee in Busan on Wednesday.", []byte{0, 5, 19, 23, 24, 27, 31, 36, 40, 49, 3, 9}, uint8(1))
	f.Add("Zürich – 北京 talks <b>&amp;</b> \"quoted\"", []byte{0, 7, 11, 17, 18, 23, 0, 40}, uint8(0))
	f.Add("a", []byte{0, 1, 0, 1, 1, 0}, uint8(255))
	s, err := New(Options{Open: func() (Reader, error) { return nil, fmt.Errorf("unused") }})
	if err != nil {
		f.Fatal(err)
	}
	types := []string{"date", "amount", "location", "official", "person", "organization", "facility", "a b\"<"}
	f.Fuzz(func(t *testing.T, text string, raw []byte, sel uint8) {
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\x00") {
			t.Skip("article text is valid UTF-8; HTML turns CR and NUL into other characters")
		}
		type m struct {
			Type       string  `json:"type"`
			Text       string  `json:"text"`
			Start      int     `json:"start"`
			End        int     `json:"end"`
			Confidence float64 `json:"confidence"`
			Rule       string  `json:"rule"`
			Name       string  `json:"name,omitempty"`
		}
		type e struct {
			Type    string `json:"type"`
			Trigger struct {
				Text       string `json:"text"`
				Start, End int
			} `json:"trigger"`
			Who []int `json:"who"`
		}
		var ms []m
		var evs []e
		for i := 0; i+1 < len(raw) && len(ms) < 30; i += 2 {
			a, b := int(raw[i])%(len(text)+2), int(raw[i+1])%(len(text)+2)
			mt := ""
			if 0 <= a && a <= b && b <= len(text) {
				mt = text[a:b]
			}
			if i%6 == 4 {
				mt += "x" // a mention that does not fit
			}
			ms = append(ms, m{Type: types[i/2%len(types)], Text: mt, Start: a, End: b, Confidence: 0.5, Rule: "fuzz", Name: mt})
			if i%4 == 0 {
				var ev e
				ev.Type, ev.Trigger.Text, ev.Trigger.Start, ev.Trigger.End = "meet", mt, a, b
				ev.Who = []int{int(raw[i]) % 40, -1}
				evs = append(evs, ev)
			}
		}
		exJSON, err := json.Marshal(map[string]any{"extractor": map[string]any{"name": "f", "version": 1}, "mentions": ms, "events": evs})
		if err != nil {
			t.Fatal(err)
		}
		det := &store.Detail{Record: store.Record{Article: &store.Article{ID: "x", Title: "t", Text: text}, ExtractionJSON: exJSON}}
		selected := int(sel) - 1
		if selected >= len(evs) {
			selected = -1
		}
		page := func() string {
			p, err := s.articleView(det, nil, nil, selected)
			if err != nil {
				t.Fatalf("articleView: %v", err)
			}
			var b bytes.Buffer
			if err := s.pages["article"].Execute(&b, p); err != nil {
				t.Fatalf("render: %v", err)
			}
			return b.String()
		}
		html1 := page()
		if html2 := page(); html1 != html2 {
			t.Fatal("two renderings differ")
		}
		doc := browsertest.Parse(t, html1)
		if got := browsertest.Text(browsertest.ByID(doc, "text")); got != text {
			t.Fatalf("text block reads %q, want %q", got, text)
		}
		marks := browsertest.MarkTexts(doc)
		for i, x := range ms {
			got, ok := marks[fmt.Sprint(i)]
			switch fitsText := fits(text, x.Start, x.End, x.Text); {
			case fitsText && got != x.Text:
				t.Fatalf("mention %d %+v reads %q", i, x, got)
			case !fitsText && ok:
				t.Fatalf("mention %d %+v does not fit, yet is highlighted as %q", i, x, got)
			}
		}
	})
}

func TestGroupDigits(t *testing.T) {
	for in, want := range map[string]string{"1100000000000": "1,100,000,000,000", "756000000": "756,000,000", "28500": "28,500",
		"999": "999", "0.8": "0.8", "-1234.5": "-1,234.5", "1e6": "1,000,000", "x": "x", "1000": "1,000"} {
		if got := groupDigits(in); got != want {
			t.Errorf("groupDigits(%q) = %q, want %q", in, got, want)
		}
	}
}
