package text

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word (a run of letters, digits and marks, in any script) or
// one punctuation or symbol character. Start and End are byte offsets into
// the text, CStart and CEnd the same span in code points.
type Token struct {
	Start, End   int
	CStart, CEnd int
	Word         bool
	// Space: white space separates the token from the one before (true for
	// the first token).
	Space bool
	// LineStart: the token opens a line.
	LineStart bool
	// Upper: the token starts with an upper-case letter. Caps: it has two
	// or more letters and no lower-case one ("NATO"; a word of a script
	// without case, such as Hangul, too).
	Upper, Caps bool
	// Number: a word of ASCII digits only.
	Number bool
	// LineMixed: the token's line has a word with a lower-case letter, so
	// capitals there carry information (not a headline or a table).
	LineMixed bool
	// Abbrev: a word followed by a period that belongs to it ("Mr.", "Dec.",
	// "U.S.", an initial), by the abbreviation lexicon of Sentences.
	Abbrev bool
}

// Tokenize splits text into tokens, appending to buf, and marks them.
func Tokenize(text string, buf []Token) []Token {
	start := len(buf)
	buf = tokenize(text, buf)
	markLines(text, buf[start:])
	markAbbrevs(text, buf[start:])
	return buf
}

// SentenceTokens returns the tokens that lie inside s: toks must be sorted,
// as Tokenize returns them.
func SentenceTokens(toks []Token, s Sentence) []Token {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	k := lo
	for k < len(toks) && toks[k].End <= s.End {
		k++
	}
	return toks[lo:k]
}

// markLines sets LineMixed on every token.
func markLines(text string, toks []Token) {
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
func markAbbrevs(text string, toks []Token) {
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
func tokenize(text string, buf []Token) []Token {
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
			case isASCIIWord(c):
				j, n := i, 0
				letters, lower, digits := 0, false, true
				for j < len(text) {
					b := text[j]
					if b < utf8.RuneSelf {
						if !isASCIIWord(b) {
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

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
