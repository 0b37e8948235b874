package official

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

// FuzzExtract checks the span invariants on any input: offsets inside the
// text and on rune boundaries, text[start:end] equal to the mention's text,
// title spans inside the text, names and entities filled in, and the same
// output twice.
func FuzzExtract(f *testing.F) {
	extracttest.FuzzSeeds(f,
		"",
		"Foreign Minister Kang Kyung-wha said.",
		"Lee Do-hoon, South Korea's chief negotiator, said. Lee added.",
		"Mr. O'Brien met Sen. al-Assad, D-Ohio, chairman of the Senate's panel.",
		"SEOUL, Dec. 12 (Yonhap) -- President Moon Jae-in spoke.",
		"J.H. Berman and van der Berg de la",
		"Ünal Çelik, the Türkiye envoy, met José Ñúñez ’s aide Şahin.",
		"A. B. C. D. E.\n\nF. G",
		"Mr.\nMr. Mr. , , ' 's",
		"de",
		"SHEARER NAMED. Alan Shearer said.",
	)
	ex := testExtractor()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the pipeline repairs invalid UTF-8 before extractors run
		}
		d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
		ms := ex.Extract(d)
		extracttest.CheckMentions(t, text, ms)
		for _, m := range ms {
			p := m.Person
			if p == nil || p.Name == "" || p.Entity < 1 {
				t.Fatalf("text %q: mention %q without person payload %+v", text, m.Text, p)
			}
			if m.Type != extract.TypeOfficial && m.Type != extract.TypePerson {
				t.Fatalf("text %q: mention %q has type %q", text, m.Text, m.Type)
			}
			if ts := p.TitleSpan; ts != nil {
				if ts[0] < 0 || ts[1] > len(text) || ts[0] >= ts[1] || text[ts[0]:ts[1]] != p.Title {
					t.Fatalf("text %q: title span %v does not hold %q", text, *ts, p.Title)
				}
			}
		}
		again := ex.Extract(d)
		if !reflect.DeepEqual(ms, again) {
			t.Fatalf("text %q: two runs differ", text)
		}
	})
}
