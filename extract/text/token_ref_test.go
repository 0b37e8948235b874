package text

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeReference is Tokenize as it was written before tokenize marked
// lines and abbreviations in its own pass (three passes, no byte table):
// the oracle of TestTokenizeAgreesWithReference.
func tokenizeReference(text string, buf []Token) []Token {
	start := len(buf)
	buf = tokenizeRef(text, buf)
	markLinesRef(text, buf[start:])
	markAbbrevsRef(text, buf[start:])
	return buf
}

// tokenizeSamples are texts for the comparisons: the tests' own, the
// benchmark article, every abbreviation of the lexicon in a few contexts,
// random strings of awkward pieces and, when ../shared is there, the
// TimeML files as they are (markup and all).
func tokenizeSamples(t testing.TB) []string {
	samples := []string{
		"", "a", "A", "Kim met Lee.", "(AP)", "paid 960 billion", "A1 road", "one\ntwo", "SEOUL TALKS\nthe end",
		"Mr. Kim", "Dec. 12", "the U.S. side", "talks ended. Then", "서울 회담", "Korea’s", "Zaïre’s U.S.-led\n\tA1",
		"SEOUL, Dec. 12 (Yonhap) -- Mr. Kim paid 9.6 billion won.", "\n\nX\n", "ÉCOLE École é1 1é ½ x²", "Ab.\n12 AB. x.",
		strings.Repeat(benchArticle, 2),
	}
	if data, err := os.ReadFile("data/abbreviations.txt"); err == nil {
		for _, w := range strings.Fields(string(data)) {
			samples = append(samples, w+". Then", "the "+w+". next", strings.ToUpper(w)+".", "("+w+".\n")
		}
	}
	pieces := []string{"a", "B", "Ab", "AB", "7", "12", " ", "  ", "\t", "\r", "\n", "\n\n", ".", ",", "-", "(", "\"", "'",
		"é", "É", "İ", "ß", "ǅ", "\u0301", "½", "٣", "한", "—", "’", "“", "\u00a0", "\u2028", "\u3000", "\u0085", "Mr", "U.S", "a.m", "Dec", "No"}
	rng := rand.New(rand.NewSource(18))
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(24) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		samples = append(samples, b.String())
	}
	files, _ := filepath.Glob("../../../shared/corpus/timeml/*/*.tml")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil && utf8.Valid(data) {
			samples = append(samples, string(data))
		}
	}
	return samples
}

// TestTokenizeAgreesWithReference: the one-pass tokenizer gives the tokens
// and marks of the three-pass one, also appended after other tokens.
func TestTokenizeAgreesWithReference(t *testing.T) {
	prefix := Tokenize("Earlier TEXT. here", nil)
	for _, s := range tokenizeSamples(t) {
		got, want := Tokenize(s, nil), tokenizeReference(s, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokenize(%q)\n got %s\nwant %s", s, marks(s, got), marks(s, want))
		}
		got = Tokenize(s, append([]Token(nil), prefix...))
		want = tokenizeReference(s, append([]Token(nil), prefix...))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokenize(%q) after other tokens differs from the reference", s)
		}
	}
}

// markLines sets LineMixed on every token.
func markLinesRef(text string, toks []Token) {
	for i := 0; i < len(toks); {
		j, mixed := i, false
		for ; j < len(toks) && (j == i || !toks[j].LineStart); j++ {
			t := toks[j]
			if t.Word && !t.Caps && !t.Upper && !IsDigit(text[t.Start]) {
				mixed = true
			} else if t.Word && t.Upper && !t.Caps && t.End-t.Start > 1 {
				mixed = true
			}
		}
		for k := i; k < j; k++ {
			toks[k].LineMixed = mixed
		}
		i = j
	}
}

// markAbbrevs sets Abbrev on words that a glued period follows and that
// Sentences would not end a sentence after.
func markAbbrevsRef(text string, toks []Token) {
	var lex *sentenceLexicon
	for i := range toks {
		t := &toks[i]
		if !t.Word || t.End >= len(text) || text[t.End] != '.' {
			continue
		}
		if lex == nil {
			lex = loadSentenceLexicon()
		}
		// The word before the period as Sentences sees it: "U.S" is three
		// tokens here but one abbreviation there.
		w := wordBefore(text[:t.End])
		t.Abbrev = lex.kind(w) != abbrevNone
	}
}

// tokenize splits text into tokens, appending to buf.
func tokenizeRef(text string, buf []Token) []Token {
	space, line := true, true
	runes := 0 // code points before i
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				i++
				runes++
				continue
			case c == '\n':
				space, line = true, true
				i++
				runes++
				continue
			case isASCIIWordRef(c):
				j, n := i, 0
				letters, lower, digits := 0, false, true
				for j < len(text) {
					b := text[j]
					if b < utf8.RuneSelf {
						if !isASCIIWordRef(b) {
							break
						}
						if b >= 'a' && b <= 'z' {
							lower = true
							letters++
							digits = false
						} else if b >= 'A' && b <= 'Z' {
							letters++
							digits = false
						}
						j++
						n++
						continue
					}
					r, size := utf8.DecodeRuneInString(text[j:])
					if !isWordRune(r) {
						break
					}
					if unicode.IsLower(r) {
						lower = true
					}
					if unicode.IsLetter(r) {
						letters++
					}
					digits = false
					j += size
					n++
				}
				buf = append(buf, Token{Start: i, End: j, CStart: runes, CEnd: runes + n, Word: true, Space: space,
					LineStart: line, Upper: c >= 'A' && c <= 'Z', Caps: letters >= 2 && !lower, Number: digits})
				i, runes, space, line = j, runes+n, false, false
				continue
			default:
				buf = append(buf, Token{Start: i, End: i + 1, CStart: runes, CEnd: runes + 1, Space: space, LineStart: line})
				i, runes, space, line = i+1, runes+1, false, false
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			runes++
			continue
		}
		if !isWordRune(r) {
			buf = append(buf, Token{Start: i, End: i + size, CStart: runes, CEnd: runes + 1, Space: space, LineStart: line})
			i, runes, space, line = i+size, runes+1, false, false
			continue
		}
		j, n := i, 0
		letters, lower := 0, false
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) {
				break
			}
			if unicode.IsLower(r2) {
				lower = true
			}
			if unicode.IsLetter(r2) {
				letters++
			}
			j += n2
			n++
		}
		buf = append(buf, Token{Start: i, End: j, CStart: runes, CEnd: runes + n, Word: true, Space: space, LineStart: line,
			Upper: unicode.IsUpper(r), Caps: letters >= 2 && !lower})
		i, runes, space, line = j, runes+n, false, false
	}
	return buf
}

func isASCIIWordRef(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// kindReference is sentenceLexicon.kind without the ends filter.
func (lex *sentenceLexicon) kindReference(w string) abbrevKind {
	if w == "" {
		return abbrevNone
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) {
		if unicode.IsUpper(r) {
			return abbrevWeak
		}
		return lex.abbrev[w]
	}
	if len(w) <= 16 {
		if k := lex.abbrev[strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, w)]; k != abbrevNone {
			return k
		}
	}
	if isDottedAcronym(w) {
		return abbrevWeak
	}
	return abbrevNone
}

// TestAbbrevKindFilter: the ends filter lets every abbreviation through,
// in any case, and kind agrees with the plain lookup on words of all sorts.
func TestAbbrevKindFilter(t *testing.T) {
	lex := loadSentenceLexicon()
	var words []string
	for w := range lex.abbrev {
		if len(w) >= 2 && len(w) <= maxFolded && !lex.mayHold(w) {
			t.Errorf("mayHold(%q) = false for an abbreviation", w)
		}
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"x", "x"+w, w[:len(w)-1])
	}
	for _, s := range tokenizeSamples(t)[:200] {
		words = append(words, strings.Fields(s)...)
	}
	words = append(words, "", "a", "Z", "é", "É", "U.S", "a.m", "N.Y.C", "said", "Gov't", "GOV'T", "ÀB", "aé", "éa", strings.Repeat("x", 20))
	found := 0
	for _, w := range words {
		got, want := lex.kind(w), lex.kindReference(w)
		if got != want {
			t.Errorf("kind(%q) = %d, want %d", w, got, want)
		}
		if got != abbrevNone {
			found++
		}
	}
	if found < len(lex.abbrev) {
		t.Errorf("only %d words found abbreviations, want at least %d", found, len(lex.abbrev))
	}
}

// sentencesReference is Sentences as it was before it skipped to the
// bytes that can end a sentence: the oracle of TestSentencesAgreeWithReference.
func sentencesReference(text string) []Sentence {
	lex := loadSentenceLexicon()
	n := len(text)
	out := make([]Sentence, 0, n/128+1)
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[start:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if e > start {
			out = append(out, Sentence{start, e})
		}
		start = -1
	}
	for i := 0; i < n; {
		c := text[i]
		if start >= 0 && i-start >= MaxSentence && (isSpaceByte(c) || i-start >= 2*MaxSentence && utf8.RuneStart(c)) {
			emit(i)
			if isSpaceByte(c) {
				i++
			} else {
				start = i
			}
			continue
		}
		if c == '\n' {
			if start >= 0 && !softBreak(text, i) {
				emit(i)
			}
			i++
			continue
		}
		if start < 0 {
			if c < utf8.RuneSelf {
				if isSpaceByte(c) || c == '\v' || c == '\f' {
					i++
					continue
				}
			} else if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				i += size
				continue
			}
			start = i
		}
		size := terminatorSize(text, i)
		if size == 0 {
			// Bytes inside a multi-byte rune never equal an ASCII byte or
			// the lead byte of "…", so stepping byte-wise is safe.
			i++
			continue
		}
		j := i + size
		for j < n {
			if s := closerSize(text, j); s > 0 {
				j += s
				continue
			}
			break
		}
		if j < n && !isSpaceAt(text, j) {
			i = j // "3.5", "U.S.-led", "Yahoo!Inc"
			continue
		}
		k := skipLineSpace(text, j)
		if k < n && text[k] != '\n' {
			next, nsize := utf8.DecodeRuneInString(text[k:])
			ellipsis := size > 1 || strings.HasPrefix(text[i:], "..")
			if !opensSentence(next) || ellipsis && unicode.IsDigit(next) {
				i = j // "talking of... 100,000 cases"
				continue
			}
			if isOpeningQuote(next) && k+nsize < n {
				if r, _ := utf8.DecodeRuneInString(text[k+nsize:]); unicode.IsLower(r) {
					i = j // a quoted word inside the sentence: the U.S. "sporadically"
					continue
				}
			}
			if c == '.' && j == i+1 {
				switch lex.kind(wordBefore(text[start:i])) {
				case abbrevTitle:
					i = j
					continue
				case abbrevWeak:
					if !isOpeningQuote(next) && !lex.starters[leadingWord(text[k:])] {
						i = j
						continue
					}
				}
			}
		}
		emit(j)
		i = j
	}
	emit(n)
	return out
}

// TestSentencesAgreeWithReference: Sentences gives the spans of the
// byte-by-byte reference, also on runs longer than MaxSentence.
func TestSentencesAgreeWithReference(t *testing.T) {
	samples := tokenizeSamples(t)
	long := strings.Repeat("officials met in the capital and talked of prices ", 2*MaxSentence/50)
	samples = append(samples, long, long+". Then", strings.Repeat("é", 3*MaxSentence/2), "x"+strings.Repeat(".", MaxSentence+3)+" A",
		strings.Repeat("a", MaxSentence-1)+"… B", strings.Repeat("a", MaxSentence)+"\nb")
	for _, s := range samples {
		if got, want := Sentences(s), sentencesReference(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Sentences(%.200q)\n got %v\nwant %v", s, got, want)
		}
	}
}

// findDatelineReference is FindDateline as it was before it looked at
// each line before trying the patterns: the oracle of
// TestFindDatelineAgreesWithReference.
func findDatelineReference(text string) *Dateline {
	pats := datelinePatterns()
	for off := 0; off < len(text) && off < 400; {
		rest := text[off:]
		if d := matchDateline(pats[0], rest, false); d != nil {
			return d.shift(off)
		}
		if d := matchDateline(pats[1], rest, true); d != nil {
			return d.shift(off)
		}
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return nil
}

// TestFindDatelineAgreesWithReference: the line filter keeps every
// dateline the patterns find, at every line of the first 400 bytes.
func TestFindDatelineAgreesWithReference(t *testing.T) {
	samples := tokenizeSamples(t)
	heads := []string{"SEOUL, Dec. 12 (Yonhap) -- ", "LONDON (Reuters) - ", "WASHINGTON — ", "Seoul, South Korea — ", "PARIS: ", "PARIS, Dec. 12: ", "LONDON (AP): ", "O'HARE, Ill. -- ",
		"A.B. -", "New-York (AP) – ", "St. Louis -- ", "Trump — who ", "NAIROBI, Kenya (AP) _", "BERLIN, 3 March 2019 (dpa) —", "X-RAY: ", "Ab -- X"}
	for _, h := range heads {
		for _, s := range []string{"", "\n", "Headline here\n", "\n\nKICKER\n", strings.Repeat("x", 390) + "\n"} {
			samples = append(samples, s+h+"The talks began.", s+h+"\nThe talks", s+h+"“Yes,” he said.", s+h+"the talks")
		}
	}
	found := 0
	for _, s := range samples {
		got, want := FindDateline(s), findDatelineReference(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("FindDateline(%.300q)\n got %+v\nwant %+v", s, got, want)
		}
		if got != nil {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d datelines found: the samples do not test the filter", found)
	}
}
