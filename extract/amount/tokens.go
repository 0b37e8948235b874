package amount

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract/text"
)

// Token kinds.
const (
	tkWord = iota + 1 // letters, with inner dots and apostrophes ("U.S.", "Korea's")
	tkNum             // digits with inner "," and "." ("1,234.5")
	tkSym             // any other single character ("$", "(", "%", "-")
)

// token is a byte span of the text. glued means no space before it; nl
// means a line break before it.
type token struct {
	s, e  int
	kind  uint8
	glued bool
	nl    bool
	upper bool // a word written in capitals only
	// info is the lexicon's entry for a word, looked up once
	// (parser.classify): an index into lexicon.entries, 0 for other
	// tokens and unknown words.
	info   int32
	dotted bool // a word with dots ("U.S."), whose key drops them
}

// tokens reads the document's shared tokens (text.Tokenize) as amount's:
// each run of tokens with no space between them is split again into
// words, numbers and symbols (split), since amount reads letters and digits
// apart ("USD115" is "USD" "115", glued, so that codes and scale
// abbreviations stuck to a number can be read) and keeps inner separators
// that the shared tokens split at ("1,234.5", "U.S.").
func tokens(src string, ts []text.Token, buf []token) []token {
	return readTokens(src, "", ts, buf, nil)
}

// readTokens is tokens that also looks each word up in words, as
// parser.classify would, when words is not nil: lower is src with ASCII
// letters lowered. A word of ASCII letters is packed for the lookup while
// it is read. Its token is written in place, field by field: built apart
// and copied in, the copy waited on the byte stores.
func readTokens(src, lower string, ts []text.Token, buf []token, words *text.WordTable[int32]) []token {
	toks := buf[:0]
	for k := 0; k < len(ts); {
		m := k + 1
		for m < len(ts) && !ts[m].Space {
			m++
		}
		// The first token opens a line only after a line break.
		nl := ts[k].LineStart && (k > 0 || strings.IndexByte(src[:ts[k].Start], '\n') >= 0)
		// Most runs are one word of ASCII letters, or one with a
		// punctuation mark before or after it ("said,", "(Reuters"):
		// split would read them as they are; reading them here spares the
		// byte-by-byte reading of runes. (A mark between letters, "U.S",
		// "Korea's", makes a longer run, which split joins into a word.)
		word, mark, markFirst := ts[k], text.Token{}, false
		if m == k+2 && ts[k].End == ts[k+1].Start {
			switch {
			case isMark(src, ts[k+1]):
				mark = ts[k+1]
			case isMark(src, ts[k]):
				word, mark, markFirst = ts[k+1], ts[k], true
			}
		}
		if m > k+1 && mark.End == 0 {
			word.End = word.Start // a run that split reads
		}
		if packed, upper, ok := asciiWord(src, word.Start, word.End); ok {
			if markFirst {
				toks = add(toks, mark.Start, mark.End, tkSym, false, nl, false)
				nl = false
			}
			toks = add(toks, word.Start, word.End, tkWord, markFirst, nl, upper)
			if words != nil {
				t := &toks[len(toks)-1]
				if packed != 0 {
					t.info = words.GetPacked(packed)
				} else {
					t.info = words.Get(lower[t.s:t.e])
				}
			}
			if mark.End > 0 && !markFirst {
				toks = add(toks, mark.Start, mark.End, tkSym, true, false, false)
			}
			k = m
			continue
		}
		n := len(toks)
		toks = split(src[:ts[m-1].End], ts[k].Start, nl, toks)
		if words != nil {
			for j := n; j < len(toks); j++ {
				if t := &toks[j]; t.kind == tkWord {
					t.info = words.Get(lower[t.s:t.e])
				}
			}
		}
		k = m
	}
	return toks
}

// add appends a token to toks, written in place field by field.
func add(toks []token, s, e int, kind uint8, glued, nl, upper bool) []token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	t.s, t.e, t.kind, t.glued, t.nl, t.upper, t.info, t.dotted = s, e, kind, glued, nl, upper, 0, false
	return toks
}

// asciiWord reports whether src[s:e] holds ASCII letters only, which
// split reads as one word token; upper says it has no lower-case letter.
// packed is the lower-cased word packed as text.WordTable.GetPacked reads
// it, 0 for a word longer than text.MaxPacked. The bytes are read and
// tested eight at a time.
func asciiWord(src string, s, e int) (packed uint64, upper, ok bool) {
	var lower uint64 // the 0x20 bits of the letters: set by a lower-case one
	for i := s; i < e; i += 8 {
		n := min(8, e-i)
		var v uint64
		if i+8 <= len(src) {
			v = text.Load64(src[i:])
		} else {
			for k := range n {
				v |= uint64(src[i+k]) << (8 * k)
			}
		}
		mask := ^uint64(0) >> (64 - 8*n)
		// Each byte lowered, the bytes past the word made an "a"; then no
		// byte may be below "a" or above "z".
		y := (v|bytes8*0x20)&mask | bytes8*'a'&^mask
		if text.NotLower8(y) != 0 {
			return 0, false, false
		}
		lower |= v & mask & (bytes8 * 0x20)
		if e-s <= text.MaxPacked {
			packed = y&mask | uint64(e-s)<<56
		}
	}
	return packed, lower == 0, e > s
}

// bytes8 is 1 in every byte of a uint64: bytes8*c is c eight times.
const bytes8 = 0x0101010101010101

// isMark reports a token of one ASCII byte that is neither a letter nor
// a digit.
func isMark(src string, t text.Token) bool {
	if t.End-t.Start != 1 {
		return false
	}
	c := src[t.Start]
	return c < utf8.RuneSelf && !text.IsASCIILetter(c) && !text.IsDigit(c)
}

// split appends the tokens of src[i:], which holds no white space.
func split(src string, i int, nl bool, toks []token) []token {
	prevEnd := -1
	for i < len(src) {
		c := src[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[i:])
		}
		t := token{s: i, glued: i == prevEnd, nl: nl}
		nl = false
		switch {
		case text.IsDigit(c):
			j := i + 1
			for j < len(src) {
				if text.IsDigit(src[j]) {
					j++
					continue
				}
				if (src[j] == ',' || src[j] == '.') && j+1 < len(src) && text.IsDigit(src[j+1]) {
					j += 2
					continue
				}
				break
			}
			t.kind, t.e = tkNum, j
		case text.IsLetter(r):
			t.kind, t.upper = tkWord, true
			t.e, t.dotted = wordEnd(src, i, size)
			for k := i; k < t.e; {
				// ASCII first, without decoding: most words are.
				if c := src[k]; c < utf8.RuneSelf {
					if c >= 'a' && c <= 'z' {
						t.upper = false
						break
					}
					k++
					continue
				}
				r, n := utf8.DecodeRuneInString(src[k:t.e])
				if text.IsLetter(r) && !unicode.IsUpper(r) {
					t.upper = false
					break
				}
				k += n
			}
		default:
			t.kind, t.e = tkSym, i+size
		}
		toks = append(toks, t)
		prevEnd = t.e
		i = t.e
	}
	return toks
}

// wordEnd is the end of the word whose first letter, size bytes long, is
// at src[i]: letters, joined by a dot or an apostrophe between letters
// ("U.S", "Korea's"), and the final dot of a dotted word ("U.S."). dotted
// says the word holds a dot.
func wordEnd(src string, i, size int) (end int, dotted bool) {
	j := i + size
	for j < len(src) {
		if text.IsASCIILetter(src[j]) { // most letters are; no call to IsLetter
			j++
			continue
		}
		r2, s2 := rune(src[j]), 1
		if r2 >= utf8.RuneSelf {
			r2, s2 = utf8.DecodeRuneInString(src[j:])
		}
		if text.IsLetter(r2) {
			j += s2
			continue
		}
		if (r2 == '.' || r2 == '\'' || r2 == '’') && j+s2 < len(src) {
			r3, _ := utf8.DecodeRuneInString(src[j+s2:])
			if text.IsLetter(r3) && (r2 != '.' || isShortAbbrev(src[i:j])) {
				dotted = dotted || r2 == '.'
				j += s2
				continue
			}
		}
		break
	}
	if dotted && j < len(src) && src[j] == '.' {
		j++
	}
	return j, dotted
}

// isShortAbbrev reports whether the word part before a dot is short enough
// to be an initialism piece ("U" in "U.S"), not a sentence end glued to the
// next word ("said.He").
func isShortAbbrev(s string) bool {
	k := strings.LastIndexByte(s, '.')
	return len(s)-k-1 <= 2
}
