package location

import (
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// TestStreetHeadsMay checks the street lexicon's length filter: it lets
// every head word of every section through, and stops some other words
// (else it filters nothing).
func TestStreetHeadsMay(t *testing.T) {
	h, err := loadStreetHeads()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range []map[string]string{h.last, h.first} {
		for w := range m {
			n++
			if !h.may(w) {
				t.Errorf("may(%q) = false for a head word", w)
			}
		}
	}
	for _, m := range []map[string]bool{h.abbrev, h.numbered} {
		for w := range m {
			n++
			if !h.may(w) {
				t.Errorf("may(%q) = false for a head word", w)
			}
		}
	}
	if n < 40 {
		t.Fatalf("%d head words", n)
	}
	for _, w := range []string{"", "Obama", "Kremlin", "Wednesday"} {
		if h.may(w) {
			t.Errorf("may(%q) = true", w)
		}
	}
}

// TestUpperIndex checks words.upper against the tokens over the shared
// TimeML texts and a few of the package's: every word token that starts
// upper case, in order, and nothing else.
func TestUpperIndex(t *testing.T) {
	texts := []string{"", "lower case only", "Paris, Mo. and the Isle of Man. NATO’s Élysée"}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	var buf []int32
	for _, s := range texts {
		ws := wordsOf(&extract.Doc{Text: s, Tokens: text.Tokenize(s, nil)}, buf)
		var want []int32
		for i, tk := range ws.toks {
			if tk.Word && tk.Upper {
				want = append(want, int32(i))
			}
		}
		if len(want) != len(ws.upper) {
			t.Fatalf("%d upper words, want %d in %.40q", len(ws.upper), len(want), s)
		}
		for i := range want {
			if want[i] != ws.upper[i] {
				t.Fatalf("upper[%d] = %d, want %d in %.40q", i, ws.upper[i], want[i], s)
			}
		}
		buf = ws.upper
	}
}
