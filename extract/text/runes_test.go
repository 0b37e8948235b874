package text

import (
	"strings"
	"testing"
)

func TestRuneIndex(t *testing.T) {
	text := strings.Repeat("é", 300) + "x" + strings.Repeat("한", 200)
	ri := NewRuneIndex(text)
	n := 0
	for b := 0; b <= len(text); b++ {
		if b == len(text) || b > 0 && text[b-1] < 0x80 || b < len(text) && (text[b]&0xC0) != 0x80 {
			// b is a rune boundary
			if got := ri.Rune(b); got != n {
				t.Fatalf("Rune(%d) = %d, want %d", b, got, n)
			}
			n++
		}
	}
}
