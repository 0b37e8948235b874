package text

import "unicode/utf8"

// RuneIndex converts byte offsets of one text into code-point offsets.
type RuneIndex struct {
	// marks[k] is the code-point offset at byte offset k*stride; nil for
	// an ASCII text, where the offsets are the same.
	marks []int
	text  string
}

const runeStride = 256

// NewRuneIndex indexes text for Rune lookups. It inlines, so that the
// index of a caller that keeps it to itself is no allocation.
func NewRuneIndex(text string) *RuneIndex {
	return &RuneIndex{marks: runeMarks(text), text: text}
}

// runeMarks returns RuneIndex.marks.
func runeMarks(text string) []int {
	if IsASCII(text) {
		return nil
	}
	marks := make([]int, len(text)/runeStride+1)
	n := 0
	for i := 0; i < len(text); i++ {
		if i%runeStride == 0 {
			marks[i/runeStride] = n
		}
		if !utf8.RuneStart(text[i]) {
			continue
		}
		n++
	}
	// The last mark is the end of the text when its length is a multiple
	// of the stride; the loop above never reaches it (Rune(len(text)) was
	// 0 then: found by FuzzRun).
	if len(text)%runeStride == 0 {
		marks[len(text)/runeStride] = n
	}
	// The marks count rune starts before each stride boundary; a boundary
	// inside a rune is resolved in Rune by counting from the mark.
	return marks
}

// Rune returns the code-point offset of byte offset b (clamped to the text).
func (ri *RuneIndex) Rune(b int) int {
	if b < 0 {
		return 0
	}
	if b > len(ri.text) {
		b = len(ri.text)
	}
	if ri.marks == nil {
		return b
	}
	k := b / runeStride
	n := ri.marks[k]
	for i := k * runeStride; i < b; i++ {
		if utf8.RuneStart(ri.text[i]) {
			n++
		}
	}
	return n
}
