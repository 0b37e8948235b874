package organization

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// TestCanonicalKey: the key canonical hands back with a name (the list's,
// or a slice of the lower-cased text) is strings.ToLower of the name, and
// lowerSpan is strings.ToLower of the span, ASCII or not.
func TestCanonicalKey(t *testing.T) {
	text := "The European Central Bank and the Bank of Japan met officials of Société Générale. " +
		"The World Health Organization (WHO) said the  Bank of   Japan 's plan worked. Ümit Holding SA fell."
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	a := newAnalysis(lx, g, d)
	a.findNames()
	a.findAcronyms()
	a.findByContext()
	if len(a.cands) == 0 {
		t.Fatal("no candidates")
	}
	keyed := 0
	for _, c := range a.cands {
		name, key := a.canonical(c)
		if key == "" {
			continue
		}
		keyed++
		if want := strings.ToLower(name); key != want {
			t.Errorf("canonical of %q: key %q, want %q", a.span(c.s, c.e), key, want)
		}
	}
	if keyed == 0 {
		t.Error("no candidate's key came without a copy")
	}
	for from := 0; from <= len(text); from++ {
		for to := from; to <= len(text); to += 7 {
			if got, want := a.lowerSpan(from, to), strings.ToLower(text[from:to]); got != want {
				t.Fatalf("lowerSpan(%d, %d) = %q, want %q", from, to, got, want)
			}
		}
	}
}

// TestWordsBefore: the words of the phrase are read from the last, as
// strings.Fields splits them.
func TestWordsBefore(t *testing.T) {
	text := "shares of the carmaker Vendral rose"
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	a := newAnalysis(lx, g, d)
	at := 4 // "Vendral"
	if a.word(at) != "Vendral" {
		t.Fatalf("token %d is %q", at, a.word(at))
	}
	for _, tc := range []struct {
		name, ws string
		want     bool
	}{
		{"empty", "", true},
		{"one word", "carmaker", true},
		{"three words", "of the carmaker", true},
		{"extra spaces", "  of\tthe   carmaker ", true},
		{"only spaces", " \t ", true},
		{"wrong last", "of the company", false},
		{"wrong first", "in the carmaker", false},
		{"too long", "rose shares of the carmaker", false},
		{"unicode space", "the\u00a0carmaker", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := a.wordsBefore(at, backWords(tc.ws)); got != tc.want {
				t.Errorf("wordsBefore(%q) = %v, want %v", tc.ws, got, tc.want)
			}
		})
	}
}
