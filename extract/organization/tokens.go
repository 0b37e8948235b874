package organization

import (
	"unicode"
	"unicode/utf8"
)

// This file is the package's only tokenizer, kept apart so that it can be
// swapped for a shared text layer without touching the rules.

// token kinds.
const (
	tWord  = iota // letters and digits, with inner hyphens, apostrophes and periods
	tNum          // starts with a digit
	tPoss         // possessive 's (or a bare apostrophe after a plural)
	tPunct        // one punctuation rune
)

// token is a word, number or punctuation mark of the text.
type token struct {
	start, end int
	kind       uint8
	// space: white space separates the token from the one before; nl: a
	// line break does.
	space, nl bool
	// upper: the first rune is an upper-case letter; caps: two or more
	// letters and none lower case.
	upper, caps bool
	// capsLine: the token's line has no word with a lower-case letter (a
	// headline or a table row), so capitals there say nothing about names.
	capsLine bool
	// sentStart: the first word of its sentence or line.
	sentStart bool
	// ascii: the token is all ASCII, so its lower case is a substring of
	// the ASCII-lower-cased text.
	ascii bool
	// lower: a word with a lower-case letter.
	lower bool
}

// tokenize splits text into tokens, appending to buf.
func tokenize(text string, buf []token) []token {
	space, nl := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			space, nl = true, true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		t := token{start: i, space: space, nl: nl}
		switch {
		case (c == '\'' || r == '’') && len(buf) > 0 && !nl && possAt(text, i+size):
			t.kind, t.end = tPoss, i+size+1
		case c == '\'' && len(buf) > 0 && !space && text[i-1] == 's' && (i+1 >= len(text) || !isWordByte(text[i+1])):
			t.kind, t.end = tPoss, i+1 // "the Orioles' loss"
		case isDigit(c):
			t.kind, t.end = tNum, scanNumber(text, i)
		case c == '.' && i+1 < len(text) && isDigit(text[i+1]) && space:
			t.kind, t.end = tNum, scanNumber(text, i+1) // ".556"
		case isLetterRune(r):
			t.kind = tWord
			var ascii bool
			t.end, ascii = scanWordCase(text, i, &t)
			if !ascii {
				t.upper = false
				markCase(text, &t)
				t.lower = hasLower(text[t.start:t.end])
			}
		default:
			t.kind, t.end = tPunct, i+size
		}
		t.ascii = true
		if c >= utf8.RuneSelf || t.kind == tWord && !asciiSpan(text[t.start:t.end]) {
			t.ascii = false
		}
		buf = append(buf, t)
		i = t.end
		space, nl = false, false
	}
	return buf
}

// possAt reports whether an "s" that ends a word follows at i ("'s").
func possAt(text string, i int) bool {
	return i < len(text) && (text[i] == 's' || text[i] == 'S') && (i+1 >= len(text) || !isWordByte(text[i+1]))
}

func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			j++
			continue
		}
		if (c == '.' || c == ',' || c == '-' || c == ':' || c == '/') && j+1 < len(text) && isDigit(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// scanWord returns the end of the word that starts at i: letters, digits
// and marks, with inner hyphens, apostrophes, ampersands between capitals
// ("AT&T") and periods that a letter follows ("U.S"). A final period stays
// when the word is an initial or dotted abbreviation ("U.S.", "K.") or a
// short abbreviation that companies and titles use ("Corp.", "Inc.").
func scanWord(text string, i int) int {
	end, _ := scanWordCase(text, i, nil)
	return end
}

// scanWordCase is scanWord that also sets t's case flags when t is not
// nil; ascii reports whether the word is all ASCII (else the caller marks
// the case itself).
func scanWordCase(text string, i int, t *token) (end int, ascii bool) {
	j := i
	ascii = true
	letters, uppers, lower, first := 0, 0, false, true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				letters++
				lower = true
				first = false
				j++
				continue
			case c >= 'A' && c <= 'Z':
				if first && t != nil {
					t.upper = true
				}
				letters++
				uppers++
				first = false
				j++
				continue
			case c >= '0' && c <= '9':
				j++
				continue
			}
			if (c == '-' || c == '\'' || c == '.' || c == '&') && j+1 < len(text) && j > i {
				n := text[j+1]
				if c == '\'' && (n == 's' || n == 'S') && (j+2 >= len(text) || !isWordByte(text[j+2])) {
					break // the possessive is a token of its own
				}
				if c == '&' && !(isUpperByte(text[j-1]) && isUpperByte(n)) {
					break
				}
				if isWordByte(n) || n >= utf8.RuneSelf && isLetterRune(firstRune(text[j+1:])) {
					j++
					continue
				}
			}
			break
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '’' && j > i {
			if possAt(text, j+size) {
				break
			}
			if j+size < len(text) && isWordByte(text[j+size]) {
				j += size
				continue
			}
			break
		}
		if !isLetterRune(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j += size
	}
	if j < len(text) && text[j] == '.' && keepsPeriod(text[i:j]) {
		j++
	}
	if t != nil && ascii {
		t.caps = letters >= 2 && !lower && uppers > 0
		t.lower = lower
	}
	return j, ascii
}

// keepsPeriod reports whether a word followed by a period is an
// abbreviation that owns it.
func keepsPeriod(w string) bool {
	if len(w) == 1 && isUpperByte(w[0]) {
		return true
	}
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			return true
		}
	}
	switch w {
	case "Corp", "Inc", "Co", "Cos", "Ltd", "Bros", "Dept", "Assn", "Mfg", "Intl", "Natl", "Govt",
		"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj",
		"Prof", "St", "Mt", "Ft", "Jr", "Sr", "No", "Vs", "vs", "v":
		return true
	}
	return false
}

func markCase(text string, t *token) {
	s := text[t.start:t.end]
	letters, upperN, lower, first := 0, 0, false, true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				letters++
				upperN++
				if first {
					t.upper = true
				}
				first = false
			case c >= 'a' && c <= 'z':
				letters++
				lower = true
				first = false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upperN++
			if first {
				t.upper = true
			}
		} else if unicode.IsLower(r) {
			lower = true
		}
		first = false
	}
	t.caps = letters >= 2 && !lower && upperN > 0
}

// markLines sets capsLine and sentStart. sentStarts are the byte offsets
// where sentences begin.
func markLines(text string, toks []token, sentStarts []int) {
	for i := 0; i < len(toks); {
		j, mixed := i, false
		for ; j < len(toks) && (j == i || !toks[j].nl); j++ {
			t := toks[j]
			if t.kind == tWord && !t.caps && (!t.upper || t.end-t.start > 1) && t.lower {
				mixed = true
			}
		}
		first := true
		for k := i; k < j; k++ {
			toks[k].capsLine = !mixed
			if first && (toks[k].kind == tWord || toks[k].kind == tNum) {
				toks[k].sentStart = true
				first = false
			}
		}
		i = j
	}
	k := 0
	for _, s := range sentStarts {
		for k < len(toks) && toks[k].start < s {
			k++
		}
		for j := k; j < len(toks); j++ {
			if toks[j].kind == tWord || toks[j].kind == tNum {
				toks[j].sentStart = true
				break
			}
			if toks[j].kind != tPunct {
				break
			}
		}
	}
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return true
		} else if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsLower(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// lowerASCII returns s in lower case; it allocates only when s has an
// upper-case letter.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return lowerSlow(s)
		}
	}
	return s
}

func lowerSlow(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch r {
		case '’':
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

func asciiSpan(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
