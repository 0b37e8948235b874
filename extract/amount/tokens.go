package amount

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
}

// tokenize splits text into words, numbers and symbols. Letters and digits
// are split apart ("USD115" is "USD" "115", glued), so that codes and
// scale abbreviations stuck to a number can be read.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	i := 0
	prevEnd := -1
	nl := false
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '\n' {
				nl = true
			}
			i++
			continue
		}
		var r rune
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		} else {
			r = rune(c)
		}
		t := token{s: i, glued: i == prevEnd, nl: nl}
		nl = false
		switch {
		case isDigit(c):
			j := i + 1
			for j < len(text) {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			t.kind, t.e = tkNum, j
		case isLetter(r):
			j := i + size
			upper := unicode.IsUpper(r)
			dotted := false
			for j < len(text) {
				r2, s2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, s2 = utf8.DecodeRuneInString(text[j:])
				}
				if isLetter(r2) {
					if !unicode.IsUpper(r2) {
						upper = false
					}
					j += s2
					continue
				}
				// "U.S", "Korea's": a dot or apostrophe between letters.
				if (r2 == '.' || r2 == '\'' || r2 == '’') && j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if isLetter(r3) && (r2 != '.' || isShortAbbrev(text[i:j])) {
						if r2 == '.' {
							dotted = true
						}
						j += s2
						continue
					}
				}
				break
			}
			// "U.S." keeps its final dot.
			if dotted && j < len(text) && text[j] == '.' {
				j++
			}
			t.kind, t.e, t.upper = tkWord, j, upper
		default:
			t.kind, t.e = tkSym, i+size
		}
		toks = append(toks, t)
		prevEnd = t.e
		i = t.e
	}
	return toks
}

// isShortAbbrev reports whether the word part before a dot is short enough
// to be an initialism piece ("U" in "U.S"), not a sentence end glued to the
// next word ("said.He").
func isShortAbbrev(s string) bool {
	k := strings.LastIndexByte(s, '.')
	return len(s)-k-1 <= 2
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// asciiLower lowers ASCII letters only, so that byte offsets stay valid.
func asciiLower(s string) string {
	has := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			has = true
			break
		}
	}
	if !has {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
