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

// tokenize reads the document's shared tokens (extract/text; shared nil
// tokenizes src) as date's, into buf, with low the text lower-cased: letters apart from digits ("5pm" is "5" "pm"),
// one token per other ASCII character, and a run of non-ASCII characters
// as one word, which no date word matches, so that words in other scripts
// stay whole and never look like date words. The shared tokens give the
// white space; the characters inside them are read here, and so is white
// space that is not ASCII, part of which date reads as a word's.
func tokenize(src, low string, shared []ltext.Token, buf []token) []token {
	if shared == nil {
		shared = ltext.Tokenize(src, nil)
	}
	// Letter runs are ASCII, so their lower-cased forms are slices of the
	// lower-cased copy of the text (low, ltext.LowerASCII(src)): one copy
	// instead of one per capitalised word.
	if n := len(shared) + len(shared)/8 + 8; cap(buf) < n {
		buf = make([]token, 0, n)
	}
	r := reader{src: src, low: low, toks: buf[:0]}
	pos := 0 // src[:pos] is read
	for _, st := range shared {
		if st.End <= pos {
			continue // inside a run of non-ASCII characters read already
		}
		if pos < st.Start && !isASCII(src[pos:st.Start]) {
			pos = r.read(pos, st.Start)
		}
		pos = r.read(max(pos, st.Start), st.End)
	}
	if pos < len(src) && !isASCII(src[pos:]) {
		r.read(pos, len(src))
	}
	return r.toks
}

// reader appends date's tokens of a text.
type reader struct {
	src, low string
	toks     []token
}

// read appends the tokens that begin in src[i:to] and returns where the
// last one ends, or to: a run of non-ASCII characters may run past to.
func (r *reader) read(i, to int) int {
	src := r.src
	for i < to {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case ltext.IsASCIILetter(c):
			j := i + 1
			for j < len(src) && ltext.IsASCIILetter(src[j]) {
				j++
			}
			r.toks = append(r.toks, token{start: i, end: j, kind: kWord, low: r.low[i:j], upper: c < 'a'})
			i = j
		case ltext.IsDigit(c):
			j := i + 1
			n := int(c - '0')
			for j < len(src) && ltext.IsDigit(src[j]) {
				if n >= 0 {
					n = n*10 + int(src[j]-'0')
					if n > 1e8 {
						n = -1
					}
				}
				j++
			}
			r.toks = append(r.toks, token{start: i, end: j, kind: kNum, low: src[i:j], num: int32(n)})
			i = j
		case c < utf8.RuneSelf:
			r.toks = append(r.toks, token{start: i, end: i + 1, kind: kPunct, low: src[i : i+1]})
			i++
		default:
			ru, size := utf8.DecodeRuneInString(src[i:])
			if isPunctRune(ru) {
				r.toks = append(r.toks, token{start: i, end: i + size, kind: kPunct, low: punctLow(ru, src[i:i+size])})
				i += size
				continue
			}
			if ru == '\u00a0' || ru == '\u2009' || ru == '\u202f' || ru == '\u2002' || ru == '\u2003' {
				i += size
				continue
			}
			j := i + size
			for j < len(src) && src[j] >= utf8.RuneSelf {
				r2, s2 := utf8.DecodeRuneInString(src[j:])
				if isPunctRune(r2) || r2 == '\u00a0' {
					break
				}
				j += s2
			}
			r.toks = append(r.toks, token{start: i, end: j, kind: kWord, low: src[i:j]})
			i = j
		}
	}
	return i
}

// isASCII reports whether s has no byte of a non-ASCII character.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
