package text

import (
	"slices"
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
	return tokenize(text, buf)
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

// Byte classes of the ASCII characters, for tokenize.
const (
	classLetter = 1 << iota // A-Z, a-z
	classLower              // a-z
	classUpper              // A-Z
	classDigit              // 0-9
	classBlank              // ' ', '\t', '\r': white space within a line

	classWord = classLetter | classDigit
)

// asciiClass is the class of each byte below utf8.RuneSelf (0 above).
var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = classLetter | classLower
		case c >= 'A' && c <= 'Z':
			t[c] = classLetter | classUpper
		case c >= '0' && c <= '9':
			t[c] = classDigit
		case c == ' ' || c == '\t' || c == '\r':
			t[c] = classBlank
		}
	}
	return t
}()

// tokenize splits text into tokens, appending to buf, and marks them in
// the same pass: LineMixed (a line is the tokens from one with LineStart to
// the next; the first token appended opens one) and Abbrev (a word that a
// glued period follows and that Sentences would not end a sentence after).
func tokenize(text string, buf []Token) []Token {
	lineFirst := len(buf) // the first token of the current line
	mixed := false        // LineMixed of the current line, as far as read
	space, line := true, true
	runes := 0 // code points before i
	var lex *sentenceLexicon
	given := buf
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' || asciiClass[c]&classBlank != 0 {
			space, line = true, line || c == '\n'
			i++
			runes++
			continue
		}
		// The token is written in place, field by field: built on the
		// stack, its flags written a byte at a time and then copied in wide
		// moves, it made the copy wait on the byte stores. Every field is
		// set (the buffer may hold an earlier text's tokens).
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, len(text)/5+8)
		}
		buf = buf[:len(buf)+1]
		t := &buf[len(buf)-1]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			switch {
			case cl&classWord == 0:
				t.Start, t.End, t.CStart, t.CEnd = i, i+1, runes, runes+1
				t.Word, t.Upper, t.Caps, t.Number = false, false, false, false
			default:
				j, n := i+1, 1
				letters, seen := int(cl&classLetter), cl // seen: the classes of the ASCII bytes
				other := false                           // a word rune beyond ASCII
				for j < len(text) {
					b := text[j]
					if b < utf8.RuneSelf {
						bc := asciiClass[b]
						if bc&classWord == 0 {
							break
						}
						letters += int(bc & classLetter)
						seen |= bc
						j++
						n++
						continue
					}
					r, size := utf8.DecodeRuneInString(text[j:])
					if !isWordRune(r) {
						break
					}
					if unicode.IsLower(r) {
						seen |= classLower
					}
					if unicode.IsLetter(r) {
						letters++
					}
					other = true
					j += size
					n++
				}
				t.Start, t.End, t.CStart, t.CEnd = i, j, runes, runes+n
				t.Word, t.Upper, t.Caps, t.Number = true, cl&classUpper != 0, letters >= 2 && seen&classLower == 0, letters == 0 && !other
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				buf = buf[:len(buf)-1]
				space = true
				i += size
				runes++
				continue
			}
			if !isWordRune(r) {
				t.Start, t.End, t.CStart, t.CEnd = i, i+size, runes, runes+1
				t.Word, t.Upper, t.Caps, t.Number = false, false, false, false
			} else {
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
				t.Start, t.End, t.CStart, t.CEnd = i, j, runes, runes+n
				t.Word, t.Upper, t.Caps, t.Number = true, unicode.IsUpper(r), letters >= 2 && !lower, false
			}
		}
		t.Space, t.LineStart, t.Abbrev = space, line, false
		if line {
			lineFirst, mixed = len(buf)-1, false
		}
		if t.Word {
			if !mixed && (!t.Caps && !t.Upper && !IsDigit(text[t.Start]) || t.Upper && !t.Caps && t.End-t.Start > 1) {
				// The line is mixed: so are its tokens before this one.
				mixed = true
				for k := lineFirst; k < len(buf)-1; k++ {
					buf[k].LineMixed = true
				}
			}
			if t.End < len(text) && text[t.End] == '.' {
				if lex == nil {
					lex = loadSentenceLexicon()
				}
				// The word before the period as Sentences sees it: "U.S"
				// is three tokens here but one abbreviation there.
				t.Abbrev = lex.kind(wordBefore(text[:t.End])) != abbrevNone
			}
		}
		t.LineMixed = mixed
		i, runes, space, line = t.End, t.CEnd, false, false
	}
	if len(buf) == len(given) {
		return given // no token: the buffer as given (nil stays nil)
	}
	return buf
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
