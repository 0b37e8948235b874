package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsDigit reports an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsASCII reports whether s holds only ASCII bytes. It reads eight bytes
// at a time: extractors ask it of whole documents to take their ASCII
// fast paths.
func IsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7] >= utf8.RuneSelf {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

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

// scratchTextMax is the longest text whose per-document scratch goes back
// to an extractor's pool. A pool keeps its buffers at the size of the
// largest text it has seen, and while one extractor runs the others' pools
// hold theirs: an 8 MB text kept some 600 MB of token arrays alive across
// the whole run. Above it, each extractor's scratch is garbage once its
// Extract returns, and only the news-sized texts the pools are for reuse
// their buffers.
const scratchTextMax = 1 << 20

// KeepScratch reports whether per-document scratch sized for a text of n
// bytes should go back to its pool (see scratchTextMax).
func KeepScratch(n int) bool { return n <= scratchTextMax }
