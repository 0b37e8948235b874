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
			if tok.ascii != text.IsASCII(w) {
				t.Fatalf("%q: word %d %q marked ascii %v", doc, k, w, tok.ascii)
			}
			if want := strings.ToLower(w); tok.ascii && a.lower[k] != want {
				t.Fatalf("%q: word %q lower %q, want %q", doc, w, a.lower[k], want)
			}
		}
	}
}

// TestMarkLinesMatchesPasses checks markLines, which reads the tokens
// line by line once, against the three passes it stands for: lower case
// word by word, the first word or number of every line, and title-case
// lines; and its capsFrom against a scan.
func TestMarkLinesMatchesPasses(t *testing.T) {
	lx := testExtractor().lexicon()
	parts := []string{"Zoë", "Official", "Views", "Danger", "of", "Slow", "Revision", "NATO", "the", "1,200", "Mr.", "\"", "(", "\n", "\n\n", ".", "São", "ÉTAT", "said", "\v"}
	r := rand.New(rand.NewSource(12))
	headlines := 0
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for i := 0; i < 60; i++ {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		doc := b.String()
		d := &extract.Doc{Text: doc, Sentences: []extract.Sentence{}}
		if r.Intn(2) == 0 {
			d.Sentences = nil
		}
		a := newAnalysis(lx, d, nil)
		// The passes over fresh tokens.
		want := append([]token(nil), tokensOf(doc, text.Tokenize(doc, nil), a.isAbbrev, nil)...)
		for i := 0; i < len(want); {
			j := i + 1
			for j < len(want) && !want[j].nlBefore {
				j++
			}
			words, caps := 0, 0
			for k := i; k < j; k++ {
				if want[k].kind == tWord && !want[k].allCaps {
					words++
					if want[k].upper {
						caps++
					}
				}
			}
			if words >= 5 && caps*10 >= words*8 {
				for k := i; k < j; k++ {
					want[k].headline = true
				}
				headlines++
			}
			i = j
		}
		for i := range want {
			if want[i].nlBefore {
				for j := i; j < len(want) && (j == i || !want[j].nlBefore); j++ {
					if want[j].kind == tWord || want[j].kind == tNum {
						want[j].sentStart = true
						break
					}
				}
			}
		}
		b2 := &analysis{d: d, text: doc, toks: want}
		b2.markSentenceStarts()
		if len(want) != len(a.toks) {
			t.Fatalf("%q: %d tokens, the passes %d", doc, len(a.toks), len(want))
		}
		capsFrom := len(want)
		for k := len(want) - 1; k >= 0; k-- {
			if want[k].kind == tWord && want[k].allCaps && want[k].end-want[k].start >= 3 {
				capsFrom = k
			}
		}
		if a.capsFrom != capsFrom {
			t.Fatalf("%q: capsFrom %d, the scan says %d", doc, a.capsFrom, capsFrom)
		}
		for k := range want {
			if a.toks[k] != want[k] {
				t.Fatalf("%q: token %d %q is %+v, the passes say %+v", doc, k, a.word(k), a.toks[k], want[k])
			}
			lw := ""
			if want[k].kind == tWord {
				lw = strings.ToLower(doc[want[k].start:want[k].end])
			}
			if a.lower[k] != lw {
				t.Fatalf("%q: token %d lowered %q, want %q", doc, k, a.lower[k], lw)
			}
		}
	}
	if headlines == 0 {
		t.Fatal("no title-case line: the test tests nothing")
	}
}

// TestLowerReused: newAnalysis takes the lower-case buffer as release left
// it, without clearing it again; a shorter document read after a longer
// one must see "" for every token that is no word.
func TestLowerReused(t *testing.T) {
	lx := testExtractor().lexicon()
	var s *scratch
	for _, doc := range []string{"Mr. Smith met the Prime Minister of Ruritania on Monday in Paris.", ", , ; ( ) Jones 12 !", "a"} {
		a := newAnalysis(lx, &extract.Doc{Text: doc}, s)
		for k, tok := range a.toks {
			want := ""
			if tok.kind == tWord {
				want = strings.ToLower(doc[tok.start:tok.end])
			}
			if a.lower[k] != want {
				t.Errorf("%q: token %d lower %q, want %q", doc, k, a.lower[k], want)
			}
		}
		s = a.scratch
		a.release(s)
	}
}

// TestIsNameShortcut: markLines answers nameTok from the word's case alone
// unless the word is in capitals or the text has a hyphen second, third or
// fourth; isName must agree with nameTok for every word, hyphenated or not,
// at the end of the text too.
func TestIsNameShortcut(t *testing.T) {
	lx := testExtractor().lexicon()
	parts := []string{"al-Assad", "bin-Laden", "ash-Shara", "ad-Din", "el-Sisi", "al-", "bin-", "ab-", "a-b", "x-ray", "e-mail",
		"D-Calif.", "R-Texas", "I-Vt.", "D-", "D-CA", "al-A", "K.", "J.H.", "NATO", "Al-Qaeda", "BIN-LADEN", "Zoë", "ÉTAT", "al-Ωmega", "said", "Mr.", "of", "a", "-", ","}
	r := rand.New(rand.NewSource(13))
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for i := 0; i < 1+r.Intn(20); i++ {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		doc := b.String()
		a := newAnalysis(lx, &extract.Doc{Text: doc}, nil)
		for k := range a.toks {
			if a.isName[k] != a.nameTok(k) {
				t.Fatalf("%q: isName says %v of %q, nameTok %v", doc, a.isName[k], a.word(k), !a.isName[k])
			}
		}
	}
}
