package organization

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// token kinds.
const (
	tWord  = iota // letters and digits, with inner hyphens, apostrophes and periods
	tNum          // starts with a digit
	tPoss         // possessive 's (or a bare apostrophe after a plural)
	tPunct        // one punctuation rune
)

// token is a word, number or punctuation mark of the text: one or more of
// the shared tokens (extract/text) joined as names are written.
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
	// blocked: the token is inside an earlier extractor's mention (a
	// date, an amount): no name runs through it.
	blocked bool
	// name: the token can be a word of a name (nameTok), worked out once.
	name bool
}

// docTokens returns the rules' tokens of d: its shared tokens (d.Tokens,
// or text.Tokenize when the caller gave none) joined by tokensOf.
func docTokens(d *extract.Doc, buf []token) []token {
	src := d.Tokens
	if src == nil {
		src = text.Tokenize(d.Text, make([]text.Token, 0, len(d.Text)/4+8))
	}
	return tokensOf(d.Text, src, buf)
}

// tokensOf reads the shared tokens ts of s (words of letters, digits and
// marks, and single punctuation characters) as the rules' tokens, appended
// to buf. The shared tokens split at every punctuation mark; names and
// numbers keep some of theirs, so a run of tokens with no space between
// them is joined again:
//   - a word keeps inner hyphens, apostrophes and periods before a letter
//     or digit ("Coca-Cola", "O'Neill", "U.S"), an ampersand between
//     capitals ("AT&T"), and a final period when it is an initial, a
//     dotted abbreviation or a company or title abbreviation ("U.S.",
//     "Corp.", see keepsPeriod);
//   - a number (a word that starts with a digit) keeps inner ".", ",", "-",
//     ":" and "/" before a digit ("1,234.5", "3-1", "10:30"), and a
//     leading period after a space (".556");
//   - "'s" and "’s" after a word, and a bare apostrophe after a plural's
//     "s" ("the Orioles' loss"), are possessive tokens.
func tokensOf(s string, ts []text.Token, buf []token) []token {
	// Room for one token per shared token, the most there can be: each
	// token is written in place, not built and copied by append.
	buf = slices.Grow(buf, len(ts))
	for k := 0; k < len(ts); {
		t := &ts[k]
		n := len(buf)
		buf = buf[:n+1]
		o := &buf[n]
		// Field by field, not as one composite literal: the compiler
		// builds a literal on the stack with small stores and copies it
		// with 16-byte loads, which wait for those stores (a failed
		// store-to-load forwarding on every token).
		o.start, o.end, o.kind = t.Start, t.End, 0
		o.space, o.nl, o.ascii = t.Space, t.LineStart, s[t.Start] < utf8.RuneSelf
		o.upper, o.caps, o.capsLine, o.sentStart, o.lower, o.blocked, o.name = false, false, false, false, false, false, false
		next := k + 1
		c := s[t.Start]
		switch {
		case !t.Word:
			switch {
			case (c == '\'' || c == 0xE2 && s[t.Start:t.End] == "’") && n > 0 && !t.LineStart && possessiveS(s, ts, k+1):
				o.kind, o.end, next = tPoss, ts[k+1].End, k+2
			case c == '\'' && n > 0 && !t.Space && s[t.Start-1] == 's' && (t.End >= len(s) || !isWordByte(s[t.End])):
				o.kind = tPoss // "the Orioles' loss"
			case c == '.' && t.Space && glued(ts, k+1) && isDigit(s[ts[k+1].Start]):
				o.kind = tNum // ".556"
				o.end, next = numberEnd(s, ts, k+1)
			default:
				o.kind = tPunct
			}
		case isDigit(c):
			o.kind = tNum
			o.end, next = numberEnd(s, ts, k)
		default:
			o.kind = tWord
			if glued(ts, k+1) && joiner(s[ts[k+1].Start]) {
				o.end, next = wordEnd(s, ts, k)
			} // else most words: nothing joins them (what wordEnd finds, in short)
			if next == k+1 && t.CEnd-t.CStart == t.End-t.Start {
				o.upper, o.caps, o.lower, o.ascii = asciiWordCase(s[o.start:o.end], t)
			} else {
				o.upper, o.caps, o.lower, o.ascii = wordCase(s[o.start:o.end])
			}
		}
		k = next
	}
	return buf
}

// glued reports whether ts[k] exists and follows the token before it with
// no space.
func glued(ts []text.Token, k int) bool { return k < len(ts) && !ts[k].Space }

// possessiveS reports whether ts[k] is a glued word "s" (or "S") that ends
// there: the "s" of "'s".
func possessiveS(s string, ts []text.Token, k int) bool {
	if !glued(ts, k) || !ts[k].Word {
		return false
	}
	c := s[ts[k].Start]
	return (c == 's' || c == 'S') && ts[k].End-ts[k].Start == 1
}

// numberEnd returns the end of the number whose first word is ts[k] and
// the index of the token after it.
func numberEnd(s string, ts []text.Token, k int) (end, next int) {
	end, next = ts[k].End, k+1
	for glued(ts, next+1) && !ts[next].Word && ts[next].End-ts[next].Start == 1 && ts[next+1].Word && !ts[next+1].Space {
		switch s[ts[next].Start] {
		case '.', ',', '-', ':', '/':
			if isDigit(s[ts[next+1].Start]) && !ts[next].Space {
				end, next = ts[next+1].End, next+2
				continue
			}
		}
		break
	}
	return end, next
}

// wordEnd returns the end of the word whose first part is ts[k] and the
// index of the token after it.
func wordEnd(s string, ts []text.Token, k int) (end, next int) {
	start := ts[k].Start
	end, next = ts[k].End, k+1
	for glued(ts, next) && !ts[next].Word && glued(ts, next+1) && ts[next+1].Word {
		p, w := ts[next], ts[next+1]
		n := s[w.Start]
		c := s[p.Start]
		join := false
		switch {
		case c == '-' || c == '.':
			join = isWordByte(n) || n >= utf8.RuneSelf && isLetterRune(firstRune(s[w.Start:]))
		case c == '\'':
			// "O'Neill" joins; the "s" of a possessive is a token of its own.
			join = isWordByte(n) && !((n == 's' || n == 'S') && w.End-w.Start == 1) ||
				n >= utf8.RuneSelf && isLetterRune(firstRune(s[w.Start:]))
		case c == '&':
			join = isUpperByte(s[end-1]) && isUpperByte(n)
		case s[p.Start:p.End] == "’":
			join = isWordByte(n) && !((n == 's' || n == 'S') && w.End-w.Start == 1)
		}
		if !join {
			break
		}
		end, next = w.End, next+2
	}
	if glued(ts, next) && s[ts[next].Start] == '.' && ts[next].End-ts[next].Start == 1 && keepsPeriod(s[start:end]) {
		end, next = end+1, next+1
	}
	return end, next
}

// joiner reports whether a word may join what follows it when c glues to
// it: every mark wordEnd joins ("-", ".", "'", "&", "’") starts with c.
func joiner(c byte) bool { return c == '-' || c == '.' || c == '\'' || c == '&' || c == 0xE2 }

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

// wordCase reads the case of a word: upper, its first letter is upper
// case; caps, it has two or more letters, some upper case and none lower
// case; lower, it has a lower-case letter; ascii, it is all ASCII.
func wordCase(w string) (upper, caps, lower, ascii bool) {
	// Most words are ASCII: one plain loop over the bytes.
	letters, uppers := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return wordCaseRunes(w)
		case c >= 'a' && c <= 'z':
			lower = true
			letters++
		case c >= 'A' && c <= 'Z':
			upper = upper || letters == 0
			letters++
			uppers++
		}
	}
	return upper, letters >= 2 && !lower && uppers > 0, lower, true
}

// asciiWordCase is wordCase for a word that is one shared token t, all
// ASCII letters and digits and starting with a letter: the tokenizer has
// read its first letter's case (Upper) and whether all its letters, two or
// more, are capitals (Caps); only a capitalised word that is not in
// capitals needs a look for a second letter, which is then lower case.
func asciiWordCase(w string, t *text.Token) (upper, caps, lower, ascii bool) {
	switch {
	case t.Caps:
		return true, true, false, true
	case !t.Upper:
		return false, false, true, true
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true, false, true, true
		}
	}
	return true, false, false, true
}

// wordCaseRunes is wordCase for a word with a non-ASCII rune.
func wordCaseRunes(w string) (upper, caps, lower, ascii bool) {
	letters, uppers := 0, 0
	ascii = true
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				upper = upper || letters == 0
				letters++
				uppers++
			case c >= 'a' && c <= 'z':
				letters++
				lower = true
			}
			continue
		}
		ascii = false
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			upper = upper || letters == 0
			uppers++
		} else if unicode.IsLower(r) {
			lower = true
		}
		letters++
	}
	return upper, letters >= 2 && !lower && uppers > 0, lower, ascii
}

// mixedWord reports a word with a lower-case letter that is no initial:
// a line with one is running text, not a headline or a table.
func mixedWord(t *token) bool {
	return t.kind == tWord && !t.caps && (!t.upper || t.end-t.start > 1) && t.lower
}

// markLine sets capsLine on the tokens of one line, which has a mixed word
// or not, and sentStart on its first word or number.
func markLine(line []token, mixed bool) {
	first := true
	for k := range line {
		line[k].capsLine = !mixed
		if first && (line[k].kind == tWord || line[k].kind == tNum) {
			line[k].sentStart = true
			first = false
		}
	}
}

// markSentences sets sentStart on the first word or number of each
// sentence; sentStarts are the byte offsets where sentences begin.
func markSentences(toks []token, sentStarts []int) {
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
