package official

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
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
	nlBefore   bool // a line break lies between the previous token and this one (or it is the first)
	headline   bool // on a line whose words are mostly capitalized
	ascii      bool // a word of ASCII bytes only
}

// docTokens returns the rules' tokens of d: its shared tokens (d.Tokens,
// or text.Tokenize when the caller gave none) joined by tokensOf, in the
// buffers of s.
func docTokens(d *extract.Doc, isAbbrev func(string) bool, s *scratch) []token {
	src := d.Tokens
	if src == nil {
		if cap(s.src) < len(d.Text)/4+8 {
			s.src = make([]text.Token, 0, len(d.Text)/4+8)
		}
		src = text.Tokenize(d.Text, s.src[:0])
		s.src = src[:0]
	}
	buf := s.toks[:0]
	if cap(buf) < len(src) {
		buf = make([]token, 0, len(src))
	}
	return tokensOf(d.Text, src, isAbbrev, buf)
}

// tokensOf reads the shared tokens ts of s (runs of letters, digits and
// marks, and single other characters) as the rules' tokens, appended to
// buf:
//   - a word starts with a letter and holds letters, digits and
//     non-spacing marks (Mn), and apostrophes, hyphens and periods that a
//     letter follows ("U.S", "O'Neill"); a trailing "'s" is the next
//     token's, and a final period the word's when isAbbrev says so ("Mr.",
//     "K.");
//   - a number starts with a digit and holds letters and digits, and ".",
//     ",", "-", ":" and "/" that an ASCII digit follows;
//   - "'s" (or "’s") not followed by a letter, after a token on the same
//     line, is a possessive;
//   - anything else is one rune of punctuation (a spacing or enclosing
//     mark splits a shared word here), and vertical tabs and form feeds are
//     white space.
func tokensOf(s string, ts []text.Token, isAbbrev func(string) bool, buf []token) []token {
	nl := true
	// The next token starts at p, in or before ts[k].
	for k, p := 0, 0; k < len(ts); {
		t := &ts[k]
		if p <= t.Start {
			p = t.Start
			nl = nl || t.LineStart
		}
		if !t.Word && (s[p] == '\v' || s[p] == '\f') {
			k++ // white space
			continue
		}
		// The token is written in place, field by field: a composite
		// literal would be built on the stack with narrow stores and
		// copied with wide loads, which wait for those stores (a failed
		// store-to-load forwarding on every token).
		poss := len(buf) > 0 && !nl // a possessive may follow a token on this line
		buf = append(buf, token{})
		o := &buf[len(buf)-1]
		o.start, o.nlBefore = p, nl
		if p == t.Start && isASCIIToken(t) && text.IsASCIILetter(s[p]) && !joinsNext(s, ts, k) {
			// Most words: a whole shared word of ASCII letters and digits
			// that joins nothing after it (what the letter case below
			// does for them, in short).
			o.kind, o.end = tWord, t.End
			if o.end < len(s) && s[o.end] == '.' && isAbbrev(s[p:o.end+1]) {
				o.end++ // the period is the word's, the next shared token
				k++
				o.upper, o.allCaps, o.ascii = 'A' <= s[p] && s[p] <= 'Z', isAllCaps(s[p:o.end]), true
			} else {
				o.upper, o.allCaps, o.ascii = t.Upper, t.Caps, true
			}
			k++
			p = o.end
			nl = false
			continue
		}
		r, size := rune(s[p]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[p:])
		}
		switch {
		case !t.Word && (r == '\'' || r == '’') && poss && possessiveS(s, p+size):
			o.kind, o.end = tPoss, p+size+1
			k++ // the "s" is the next shared token, or its first letter
		case !t.Word:
			o.kind, o.end = tPunct, p+size
		case unicode.IsLetter(r):
			o.kind = tWord
			var sep int
			o.end, k, sep = scan(s, ts, k, p, true)
			w := s[p:o.end]
			// A trailing "'s" belongs to the next token.
			if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
				o.end -= 2
				k = sep
			} else if n > 4 && strings.HasSuffix(w, "’s") {
				o.end -= 4
				k = sep
			} else if o.end < len(s) && s[o.end] == '.' && isAbbrev(s[p:o.end+1]) {
				// The period is the word's: an abbreviation.
				o.end++
				k++
			}
			if o.end == t.End && p == t.Start {
				o.upper, o.allCaps, o.ascii = t.Upper, t.Caps, isASCIIToken(t)
			} else {
				o.upper, o.allCaps, o.ascii = unicode.IsUpper(r), isAllCaps(s[p:o.end]), text.IsASCII(s[p:o.end])
			}
		case unicode.IsDigit(r):
			o.kind = tNum
			o.end, k, _ = scan(s, ts, k, p, false)
		default: // a mark that starts no word
			o.kind, o.end = tPunct, p+size
		}
		if o.end >= ts[k].End {
			k++
		}
		p = o.end
		nl = false
	}
	return buf
}

// joinsNext reports whether scan would join the shared word ts[k] to the
// word after the separator that follows it ("O'Neill", "U.S").
func joinsNext(s string, ts []text.Token, k int) bool {
	return glued(ts, k+1) && glued(ts, k+2) && ts[k+2].Word && joins(s, &ts[k+1], &ts[k+2], true)
}

// possessiveS reports an "s" or "S" at i with no letter after it.
func possessiveS(s string, i int) bool {
	if i >= len(s) || s[i] != 's' && s[i] != 'S' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return i+1 >= len(s) || !unicode.IsLetter(r)
}

// scan returns the end of the word (or, unless word is set, the number)
// that starts at p in ts[k], the index of the shared token holding its last
// byte, and the index of the last separator it joined.
func scan(s string, ts []text.Token, k, p int, word bool) (end, last, sep int) {
	for {
		if isASCIIToken(&ts[k]) {
			end = ts[k].End // ASCII letters and digits only: all of it
		} else {
			end = wordRun(s, p, ts[k].End, word)
		}
		if end < ts[k].End || !glued(ts, k+1) || !glued(ts, k+2) || !ts[k+2].Word || !joins(s, &ts[k+1], &ts[k+2], word) {
			return end, k, sep
		}
		sep, k = k+1, k+2
		p = ts[k].Start
	}
}

// joins reports whether the one-character token c joins the word before
// it to next: an apostrophe, hyphen or period before a letter, or in a
// number ".", ",", "-", ":" or "/" before an ASCII digit.
func joins(s string, c, next *text.Token, word bool) bool {
	sep := s[c.Start:c.End]
	if word {
		r, _ := utf8.DecodeRuneInString(s[next.Start:])
		return (sep == "'" || sep == "’" || sep == "-" || sep == ".") && unicode.IsLetter(r)
	}
	return (sep == "." || sep == "," || sep == "-" || sep == ":" || sep == "/") && text.IsDigit(s[next.Start])
}

// wordRun returns the end of the letters and digits (and, when marks is
// set, non-spacing marks) from i, within a shared word that ends at end.
func wordRun(s string, i, end int, marks bool) int {
	for i < end {
		if s[i] < utf8.RuneSelf {
			i++ // an ASCII letter or digit: a shared word holds no other
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(marks && unicode.Is(unicode.Mn, r)) {
			break
		}
		i += n
	}
	return i
}

// isASCIIToken reports a shared word of ASCII bytes only: as many bytes
// as code points (a shared word holds letters, digits and marks, never an
// invalid byte).
func isASCIIToken(t *text.Token) bool { return t.Word && t.End-t.Start == t.CEnd-t.CStart }

// glued reports whether ts[k] exists and follows the token before it with
// no space.
func glued(ts []text.Token, k int) bool { return k < len(ts) && ts[k].Start == ts[k-1].End }

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
