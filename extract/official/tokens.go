package official

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	tWord  = iota // letters, with inner apostrophes, hyphens and periods
	tNum          // starts with a digit
	tPoss         // possessive 's or ’s (or a bare apostrophe after a plural)
	tPunct        // one punctuation rune
)

// token is a word or punctuation mark of the text.
type token struct {
	start, end int
	kind       uint8
	upper      bool // first rune is upper case
	allCaps    bool // every letter upper case and at least two letters
	sentStart  bool // first word of its sentence (after opening quotes)
	lineStart  bool // first token after a line break
	nlBefore   bool // a line break lies between the previous token and this one
	headline   bool // on a line whose words are mostly capitalized
}

// tokenize splits text into tokens. Periods stay inside a word when a
// letter follows ("U.S") and at the end of abbreviations and initials
// ("Mr.", "K."), where isAbbrev says so.
func tokenize(text string, isAbbrev func(string) bool) []token {
	toks := make([]token, 0, len(text)/5)
	nl := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			nl = true
			i += size
			continue
		case unicode.IsSpace(r):
			i += size
			continue
		}
		t := token{start: i, nlBefore: nl}
		switch {
		case (r == '\'' || r == '’') && i+size < len(text) && (text[i+size] == 's' || text[i+size] == 'S') &&
			(i+size+1 >= len(text) || !isLetterAt(text, i+size+1)) && len(toks) > 0 && !nl:
			t.kind, t.end = tPoss, i+size+1
		case unicode.IsLetter(r):
			t.kind = tWord
			t.end = scanWord(text, i)
			w := text[i:t.end]
			// A trailing "'s" belongs to the next token.
			if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
				t.end -= 2
			} else if n > 4 && strings.HasSuffix(w, "’s") {
				t.end -= 4
			}
			// A final period is the word's when it is an abbreviation.
			if t.end < len(text) && text[t.end] == '.' && isAbbrev(text[i:t.end+1]) {
				t.end++
			}
		case unicode.IsDigit(r):
			t.kind = tNum
			j := i
			for j < len(text) {
				c, cs := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) || ((c == '.' || c == ',' || c == '-' || c == ':' || c == '/') && j+cs < len(text) && isDigitAt(text, j+cs)) {
					j += cs
					continue
				}
				break
			}
			t.end = j
		default:
			t.kind, t.end = tPunct, i+size
		}
		if t.kind == tWord {
			w := text[t.start:t.end]
			f, _ := utf8.DecodeRuneInString(w)
			t.upper = unicode.IsUpper(f)
			t.allCaps = isAllCaps(w)
		}
		t.lineStart = nl
		nl = false
		toks = append(toks, t)
		i = t.end
	}
	markHeadlines(toks)
	return toks
}

// markHeadlines flags the tokens of title-case lines ("Official Views
// Danger of Slow Revision"), where capitals say nothing about names.
func markHeadlines(toks []token) {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].nlBefore {
			j++
		}
		words, caps := 0, 0
		for k := i; k < j; k++ {
			if toks[k].kind == tWord && !toks[k].allCaps {
				words++
				if toks[k].upper {
					caps++
				}
			}
		}
		if words >= 5 && caps*10 >= words*8 {
			for k := i; k < j; k++ {
				toks[k].headline = true
			}
		}
		i = j
	}
}

// scanWord returns the end of the word starting at i: letters, digits, and
// apostrophes, hyphens and periods that have a letter on both sides.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		c, cs := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
			j += cs
			continue
		}
		if (c == '\'' || c == '’' || c == '-' || c == '.') && j+cs < len(text) && isLetterAt(text, j+cs) && j > i {
			j += cs
			continue
		}
		break
	}
	return j
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func isDigitAt(text string, i int) bool { return text[i] >= '0' && text[i] <= '9' }

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// isInitial reports "K." or "J.H." (upper-case letters each followed by a period).
func isInitial(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}
