package text

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// TestRuneIndexAtAStrideBoundary is the FuzzRun finding: when the text's
// length is a multiple of the index's stride, the end of the text had no
// mark, and a mention ending there got cend 0.
func TestRuneIndexAtAStrideBoundary(t *testing.T) {
	for _, n := range []int{runeStride, 2 * runeStride, 3*runeStride + 1} {
		text := "é" + strings.Repeat("x", n-2)
		if len(text) != n {
			t.Fatalf("built %d bytes, want %d", len(text), n)
		}
		if got, want := NewRuneIndex(text).Rune(len(text)), utf8.RuneCountInString(text); got != want {
			t.Errorf("text of %d bytes: Rune(end) = %d, want %d", len(text), got, want)
		}
	}
}
