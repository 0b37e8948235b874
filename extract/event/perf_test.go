package event

import (
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

// quoteSpansByByte is quoteSpans as it was before nextBytes: a test of
// every byte. The fast one must agree with it.
func quoteSpansByByte(text string) [][2]int {
	var out [][2]int
	open, single := -1, false
	closeAt := func(p int) {
		if open >= 0 && p > open {
			out = append(out, [2]int{open, p})
		}
		open, single = -1, false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			closeAt(i)
		case c == '"':
			if open >= 0 && !single {
				closeAt(i)
			} else if open < 0 {
				open = i + 1
			}
		case c == 0xE2 || c == 0xC2:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '“', '«':
				if open < 0 {
					open = i + size
				}
			case '”', '»':
				if open >= 0 && !single {
					closeAt(i)
				}
			case '‘':
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if open < 0 && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
					open, single = i+size, true
				}
			case '’':
				if open >= 0 && single {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					if !unicode.IsLetter(next) {
						closeAt(i)
					}
				}
			}
			i += size - 1
		}
	}
	closeAt(len(text))
	return out
}

// randomText strings together pieces that matter to the rules under test:
// quotation marks of every kind, line ends, words, a dash and a stray byte.
func randomText(r *rand.Rand, n int) string {
	pieces := []string{"a", "said", " ", " ", "\n", `"`, "“", "”", "‘", "’", "«", "»", "—", "é", "\xE2", "\xC2", "s", "It's", ".", ",", "the talks"}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func TestQuoteSpansAsByByte(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		text := randomText(r, r.IntN(60))
		got, want := quoteSpans(text, nil), quoteSpansByByte(text)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d %q: quoteSpans = %v, by byte %v", i, text, got, want)
		}
	}
}

func TestSentenceTokensAsText(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 500 {
		text := strings.ReplaceAll(randomText(r, r.IntN(80)), "\xE2", ". ")
		toks := textpkg.Tokenize(text, nil)
		sents := extract.Sentences(text)
		// The sentences, and spans that start or end inside a token.
		spans := append([]extract.Sentence(nil), sents...)
		for range 5 {
			a, b := r.IntN(len(text)+1), r.IntN(len(text)+1)
			spans = append(spans, extract.Sentence{Start: min(a, b), End: max(a, b)})
		}
		db := &docBuilder{tokens: toks}
		for k, s := range spans {
			want := textpkg.SentenceTokens(toks, s)
			if got := sentenceTokens(toks, s); !slices.Equal(got, want) {
				t.Fatalf("case %d %q %v: sentenceTokens = %v, text.SentenceTokens %v", i, text, s, got, want)
			}
			// The walk: the sentences in order, then spans anywhere.
			if got := db.sentenceTokens(s); !slices.Equal(got, want) {
				t.Fatalf("case %d %q span %d %v: walk = %v, text.SentenceTokens %v", i, text, k, s, got, want)
			}
		}
	}
}

// TestVocabAsMaps checks that the one look-up of classify gives what the
// separate maps and predicates give, for every word they know and for
// words they do not.
func TestVocabAsMaps(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"quickly", "family", "officials", "zzz", "", "the"}
	for w := range lex.words {
		words = append(words, w)
	}
	for w := range lex.closed {
		words = append(words, w)
	}
	for w := range lex.classes {
		words = append(words, w)
	}
	for w := range lex.actorNouns {
		words = append(words, w)
	}
	for w := range lex.governors {
		words = append(words, w)
	}
	for _, w := range words {
		items := []item{{kind: itemWord, word: w}, {kind: itemWord, word: w}}
		lex.classify(items[:1], nil) // items[1] stays unread: infoOf reads the map
		for k := range items {
			wi := lex.infoOf(&items[k])
			if !sameEntries(wi.entries, lex.words[w]) || len(wi.entries) > 0 && wi.simple != simpleEntries(lex.words[w]) {
				t.Errorf("%q: entries %v, want %v", w, wi.entries, lex.words[w])
			}
			if !slices.Equal(wi.classes, lex.classes[w]) {
				t.Errorf("%q: classes %v, want %v", w, wi.classes, lex.classes[w])
			}
			if got := lex.actorNounOf(&items[k]); got != lex.actorNouns[w] {
				t.Errorf("%q: actorNounOf %q, want %q", w, got, lex.actorNouns[w])
			}
			g, ok := lex.governors[w]
			if got, gotOK := lex.governorFor(&items[k]); got != g || gotOK != ok || lex.governorValue(&items[k]) != g {
				t.Errorf("%q: governorFor %v %v, want %v %v", w, got, gotOK, g, ok)
			}
			if !sameEntries(lex.entriesOf(&items[k]), lex.words[w]) {
				t.Errorf("%q: entriesOf differs from words", w)
			}
			for _, c := range []string{"people", "means", "compound", "geo"} {
				if lex.inClassAt(items, k, c) != lex.inClass(w, c) {
					t.Errorf("%q: inClassAt %s = %v, inClass %v", w, c, !lex.inClass(w, c), lex.inClass(w, c))
				}
			}
		}
		if got, want := items[0].flags&^fClassified, classFlags(w); got != want {
			t.Errorf("%q: classify's flags %b, classFlags %b", w, got, want)
		}
	}
}

// sameEntries reports whether a and b are the same entries of the lexicon
// (the same backing array, as the vocabulary shares it with words).
func sameEntries(a, b []entry) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func TestStartsUpperAsUnicode(t *testing.T) {
	for _, s := range []string{"", "A", "a", "Z", "z", "@", "[", "`", "{", "É", "é", "Ωmega", "ωmega", "1", "\xff", "Ǆ", "ǅ"} {
		r, _ := utf8.DecodeRuneInString(s)
		if got, want := startsUpper(s), unicode.IsUpper(r); got != want {
			t.Errorf("startsUpper(%q) = %v, unicode.IsUpper %v", s, got, want)
		}
	}
	for r := rune(0); r < 0x250; r++ {
		if got, want := startsUpper(string(r)+"x"), unicode.IsUpper(r); got != want {
			t.Errorf("startsUpper(%q) = %v, unicode.IsUpper %v", string(r), got, want)
		}
	}
}

// TestItemOfMentionAsScan checks the binary search of itemOfMention
// against a walk over the items, with mentions that overlap (left out of
// the items) and mentions that cut tokens.
func TestItemOfMentionAsScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := range 500 {
		text := randomText(r, 1+r.IntN(40))
		var ms []extract.Mention
		for range r.IntN(6) {
			a := r.IntN(len(text))
			b := a + 1 + r.IntN(len(text)-a)
			ms = append(ms, extract.Mention{Start: a, End: b, Text: text[a:b]})
		}
		slices.SortStableFunc(ms, func(x, y extract.Mention) int { return x.Start - y.Start })
		idx := make([]int, len(ms))
		for k := range idx {
			idx[k] = k
		}
		d := &extract.Doc{Text: text, Mentions: ms}
		s := &sentence{docBuilder: &docBuilder{doc: d}}
		s.items = splitItems(text, "", false, textpkg.Tokenize(text, nil), 0, len(text), idx, ms, nil)
		for mi := range ms {
			want := -1
			for k := range s.items {
				if s.items[k].kind == itemMention && s.items[k].mention == mi {
					want = k
				}
			}
			if got := s.itemOfMention(mi); got != want {
				t.Fatalf("case %d %q mention %d %v: itemOfMention = %d, scan %d", i, text, mi, ms[mi], got, want)
			}
		}
	}
}

// TestClosedWordsComplete reads the word lists of the closed-class
// predicates from words.go and checks that closedClassWords holds every
// word of them, so that the flags classify reads from the table say what
// the predicates say (the -ly adverbs aside, which classify tests itself).
func TestClosedWordsComplete(t *testing.T) {
	src, err := os.ReadFile("words.go")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range []struct {
		name string
		flag uint16
	}{{"isPreposition", fPrep}, {"isClauseWord", fClause}, {"isModal", fModal}, {"isBeForm", fBe},
		{"isHaveForm", fHave}, {"isNegator", fNeg}, {"isCommonVerb", fCommonVerb}, {"isAdverb", fAdverb},
		{"isDeterminer", fDeterminer}, {"isHabitual", fHabitual}, {"isConditional", fConditional}} {
		body := string(src)
		i := strings.Index(body, "func "+fn.name+"(")
		if i < 0 {
			t.Fatalf("words.go: no func %s", fn.name)
		}
		body = body[i:]
		body = body[:strings.Index(body, "return true")] // the first case: the words of the class
		words := regexp.MustCompile(`"([^"]*)"`).FindAllStringSubmatch(body, -1)
		if len(words) < 3 {
			t.Fatalf("%s: found %d words", fn.name, len(words))
		}
		for _, m := range words {
			w := m[1]
			if lex.closed[w]&fn.flag == 0 {
				t.Errorf("%s lists %q, but closedClassWords does not give it the flag", fn.name, w)
			}
		}
	}
}
