package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsDigit reports an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsASCIILetter reports an ASCII letter.
func IsASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// IsLetter reports a letter of any script or a combining mark that belongs
// to one (Mn, Mc): the letters of a word.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// LowerASCII returns s with the ASCII letters A-Z lower-cased and every
// other byte unchanged, so byte offsets stay valid; on an ASCII letter run
// it agrees with strings.ToLower. A string without capitals is returned as
// is.
func LowerASCII(s string) string {
	k := 0
	for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	var b strings.Builder // one allocation, unlike []byte and back
	b.Grow(len(s))
	from := 0 // s[from:k] is copied as is
	for ; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[from:k])
			b.WriteByte(c + 'a' - 'A')
			from = k + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}
