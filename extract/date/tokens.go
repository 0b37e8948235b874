package date

import (
	"unicode/utf8"

	ltext "github.com/eventwire/eventwire/extract/text"
)

// token kinds
const (
	kWord  = 'a'
	kNum   = 'd'
	kPunct = 'p'
)

// token is a run of letters, a run of digits, or one other character.
// Spaces separate tokens and are not tokens.
type token struct {
	start, end int
	low        string   // lower-cased text
	in         tableBit // the lexicon tables that hold low (tables.go)
	// num is the value of a digit run, -1 when above 1e8; int32 keeps the
	// token at 48 bytes (a document has one per word).
	num   int32
	kind  byte
	upper bool // the first character is an upper-case letter
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// tokenize splits text into tokens. Letters include bytes of non-ASCII
// characters other than typographic punctuation, so that words in other
// scripts stay whole and never look like date words.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4+8)
	// Letter runs are ASCII, so their lower-cased forms are slices of one
	// lower-cased copy of the text: one allocation instead of one per
	// capitalised word.
	lowText := ltext.LowerASCII(text)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case isLetter(c):
			j := i + 1
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: kWord, low: lowText[i:j], upper: c < 'a'})
			i = j
		case isDigit(c):
			j := i + 1
			n := int(c - '0')
			for j < len(text) && isDigit(text[j]) {
				if n >= 0 {
					n = n*10 + int(text[j]-'0')
					if n > 1e8 {
						n = -1
					}
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: kNum, low: text[i:j], num: int32(n)})
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, low: text[i : i+1]})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if isPunctRune(r) {
				toks = append(toks, token{start: i, end: i + size, kind: kPunct, low: punctLow(r, text[i:i+size])})
				i += size
				continue
			}
			if r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2002' || r == '\u2003' {
				i += size
				continue
			}
			j := i + size
			for j < len(text) && text[j] >= utf8.RuneSelf {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isPunctRune(r2) || r2 == '\u00a0' {
					break
				}
				j += s2
			}
			toks = append(toks, token{start: i, end: j, kind: kWord, low: text[i:j]})
			i = j
		}
	}
	return toks
}

func isPunctRune(r rune) bool {
	switch r {
	case '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026', '\u00b4', '\u2032':
		return true
	}
	return false
}

// punctLow folds typographic quotes and dashes to their ASCII forms so that
// rules see "New Year's" and "1990–1995" the same way in every style.
func punctLow(r rune, s string) string {
	switch r {
	case '\u2018', '\u2019', '\u00b4', '\u2032':
		return "'"
	case '\u2013', '\u2014':
		return "-"
	}
	return s
}
