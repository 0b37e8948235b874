package amount

import (
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
// it is read.
func readTokens(src, lower string, ts []text.Token, buf []token, words *text.WordTable[int32]) []token {
	toks := buf[:0]
	for k := 0; k < len(ts); {
		m := k + 1
		for m < len(ts) && !ts[m].Space {
			m++
		}
		// The first token opens a line only after a line break.
		nl := ts[k].LineStart && (k > 0 || strings.IndexByte(src[:ts[k].Start], '\n') >= 0)
		if m == k+1 {
			// Most runs are one word of ASCII letters: split would read it
			// as one word token; reading it here spares the byte-by-byte
			// reading of runes.
			if t, packed, ok := asciiWord(src, ts[k].Start, ts[k].End, nl); ok {
				if words != nil {
					if packed != 0 {
						t.info = words.GetPacked(packed)
					} else {
						t.info = words.Get(lower[t.s:t.e])
					}
				}
				toks = append(toks, t)
				k = m
				continue
			}
		}
		if m == k+2 {
			// A word with a punctuation mark before or after it ("said,",
			// "(Reuters"): split would read the two as they are.
			if w, p, ok := wordAndMark(src, ts[k], ts[k+1], nl); ok {
				if words != nil {
					if p != 0 {
						w.info = words.GetPacked(p)
					} else {
						w.info = words.Get(lower[w.s:w.e])
					}
				}
				if w.glued {
					toks = append(toks, token{s: ts[k].Start, e: ts[k].End, kind: tkSym, nl: nl}, w)
				} else {
					toks = append(toks, w, token{s: ts[k+1].Start, e: ts[k+1].End, kind: tkSym, glued: true})
				}
				k = m
				continue
			}
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

// asciiWord reads src[s:e] as one word token when it holds ASCII letters
// only, as split would. packed is the lower-cased word packed as
// text.WordTable.GetPacked reads it, 0 for a word longer than
// text.MaxPacked.
func asciiWord(src string, s, e int, nl bool) (t token, packed uint64, ok bool) {
	w := src[s:e]
	var v uint64
	var all byte // the bits of every letter: 0x20 is set by a lower-case one
	for i := 0; i < len(w); i++ {
		c := w[i]
		if lc := c | 0x20; lc-'a' > 'z'-'a' {
			return token{}, 0, false
		}
		all |= c
		v |= uint64(c|0x20) << (8 * uint(i) & 63)
	}
	if len(w) <= text.MaxPacked {
		packed = v | uint64(len(w))<<56
	}
	return token{s: s, e: e, kind: tkWord, nl: nl, upper: all&0x20 == 0}, packed, e > s
}

// wordAndMark reads two shared tokens with no space between them, a and
// b, as split reads them when one is a word of ASCII letters and the
// other one ASCII punctuation mark: the word's token (glued when the mark
// comes first; nl when it opens the run) and its packed form. Marks
// between letters are left to split ("U.S", "Korea's"): only a mark that
// ends or begins the run, where split cannot join it to a word.
func wordAndMark(src string, a, b text.Token, nl bool) (token, uint64, bool) {
	if a.End != b.Start {
		return token{}, 0, false
	}
	word, markFirst := a, false
	if !isMark(src, b) {
		if !isMark(src, a) {
			return token{}, 0, false
		}
		word, markFirst = b, true
	}
	t, p, ok := asciiWord(src, word.Start, word.End, false)
	if !ok {
		return token{}, 0, false
	}
	if markFirst {
		t.glued = true
	} else {
		t.nl = nl
	}
	return t, p, true
}

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
