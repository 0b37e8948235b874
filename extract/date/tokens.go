package date

import (
	"math/bits"
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

// tokenize reads src as date's tokens, into buf, with low the text
// lower-cased: letters apart from digits ("5pm" is "5" "pm"), one token
// per other ASCII character, and a run of non-ASCII characters as one
// word, which no date word matches, so that words in other scripts stay
// whole and never look like date words; a run may cross white space that
// is not ASCII. The document's shared tokens (extract/text; nil when it
// has none) only size buf: reading inside each of them, and between them
// where the text is not ASCII, gives the tokens that reading the text
// straight through gives (TestTokenizeStraight), as the white space they
// leave out that is ASCII is white space to read as well.
//
// With words, each token's membership (in) is read from it as the token
// is made; without (nil), in is left 0.
func tokenize(src, low string, shared []ltext.Token, buf []token, words *ltext.WordTable[tableBit]) []token {
	n := len(shared) + len(shared)/8 + 8
	if shared == nil {
		n = len(src)/4 + 8
	}
	if cap(buf) < n {
		buf = make([]token, 0, n)
	}
	r := reader{src: src, low: low, toks: buf[:0], words: words}
	r.read(0, len(src))
	return r.toks
}

// reader appends date's tokens of a text.
type reader struct {
	src, low string
	toks     []token
	words    *ltext.WordTable[tableBit] // nil: no membership
}

// add appends a token and returns it for the fields add does not set.
// It writes the fields in place: a token built whole and copied in costs
// more, its copy waiting on the stores that built it.
func (r *reader) add(start, end int, low string, kind byte) *token {
	r.toks = append(r.toks, token{})
	t := &r.toks[len(r.toks)-1]
	t.start, t.end, t.low, t.kind = start, end, low, kind
	return t
}

// addIn is add with the token's membership looked up, for the tokens
// that are not words of ASCII letters: read packs those for the table.
func (r *reader) addIn(start, end int, low string, kind byte) *token {
	t := r.add(start, end, low, kind)
	if r.words != nil {
		t.in = r.words.Get(low)
	}
	return t
}

// read appends the tokens that begin in src[i:to] and returns where the
// last one ends, or to: a run of non-ASCII characters may run past to.
func (r *reader) read(i, to int) int {
	src, low := r.src, r.low
	for i < to {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case ltext.IsASCIILetter(c):
			j, p := letters(low, i)
			t := r.add(i, j, low[i:j], kWord)
			t.upper = c < 'a'
			if r.words != nil {
				if p != 0 {
					t.in = r.words.GetPacked(p)
				} else {
					t.in = r.words.Get(low[i:j])
				}
			}
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
			r.addIn(i, j, src[i:j], kNum).num = int32(n)
			i = j
		case c < utf8.RuneSelf:
			r.addIn(i, i+1, src[i:i+1], kPunct)
			i++
		default:
			ru, size := utf8.DecodeRuneInString(src[i:])
			if isPunctRune(ru) {
				r.addIn(i, i+size, punctLow(ru, src[i:i+size]), kPunct)
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
			r.addIn(i, j, src[i:j], kWord)
			i = j
		}
	}
	return i
}

// letters returns the end of the run of letters at low[i], a letter, in
// the lower-cased text; and, for a run of at most ltext.MaxPacked (7)
// letters with eight bytes of text from low[i], the run packed for
// WordTable.GetPacked, else 0. The eight bytes are tested at once, without
// a branch for each: a word's length is hard to predict.
func letters(low string, i int) (int, uint64) {
	j := i + 1
	if i+8 <= len(low) {
		x := ltext.Load64(low[i:])
		if not := ltext.NotLower8(x); not != 0 {
			n := bits.TrailingZeros64(not) / 8
			return i + n, x&(1<<(8*n)-1) | uint64(n)<<56
		}
		j = i + 8
	}
	for j < len(low) && low[j]-'a' < 26 {
		j++
	}
	return j, 0
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
