package official

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// TestTokensASCIIShortcut checks the shortcuts that read ASCII from the
// shared tokens' code-point offsets: every word's ascii mark says what its
// bytes say, and every word ends where the byte-by-byte run ends.
func TestTokensASCIIShortcut(t *testing.T) {
	parts := []string{"Zoë", "naïve", "Müller", "O'Neill", "U.S.", "Mr.", "al-Rashid", "Bo’s", "the", "1,200", "x\u0301y", "\xff", "Ω", "São", "Paulo's", "e.g.", "—", "  ", "\n"}
	r := rand.New(rand.NewSource(11))
	for round := 0; round < 200; round++ {
		var b strings.Builder
		for i := 0; i < 30; i++ {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		doc := b.String()
		a := newAnalysis(testExtractor().lexicon(), &extract.Doc{Text: doc}, nil)
		// Without code-point offsets every word is read byte by byte.
		src := text.Tokenize(doc, nil)
		slow := append([]text.Token(nil), src...)
		for i := range slow {
			slow[i].CStart, slow[i].CEnd = 0, 0
		}
		fast, bytewise := tokensOf(doc, src, a.isAbbrev, nil), tokensOf(doc, slow, a.isAbbrev, nil)
		if len(fast) != len(bytewise) {
			t.Fatalf("%q: %d tokens, %d read byte by byte", doc, len(fast), len(bytewise))
		}
		for k := range fast {
			f := fast[k]
			f.ascii = bytewise[k].ascii
			if f != bytewise[k] {
				t.Fatalf("%q: token %d %+v, read byte by byte %+v", doc, k, fast[k], bytewise[k])
			}
		}
		for k, tok := range a.toks {
			if tok.kind != tWord {
				continue
			}
			w := doc[tok.start:tok.end]
			if tok.ascii != isASCII(w) {
				t.Fatalf("%q: word %d %q marked ascii %v", doc, k, w, tok.ascii)
			}
			if want := strings.ToLower(w); tok.ascii && a.lower[k] != want {
				t.Fatalf("%q: word %q lower %q, want %q", doc, w, a.lower[k], want)
			}
		}
	}
}
