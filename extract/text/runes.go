package text

import "unicode/utf8"

// RuneIndex converts byte offsets of one text into code-point offsets.
type RuneIndex struct {
	ascii bool
	// marks[k] is the code-point offset at byte offset k*stride.
	marks []int
	text  string
}

const runeStride = 256

// NewRuneIndex indexes text for Rune lookups.
func NewRuneIndex(text string) *RuneIndex {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	ri := &RuneIndex{ascii: ascii, text: text}
	if ascii {
		return ri
	}
	ri.marks = make([]int, len(text)/runeStride+1)
	n := 0
	for i := 0; i < len(text); i++ {
		if i%runeStride == 0 {
			ri.marks[i/runeStride] = n
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
		ri.marks[len(text)/runeStride] = n
	}
	// The marks count rune starts before each stride boundary; a boundary
	// inside a rune is resolved in Rune by counting from the mark.
	return ri
}

// Rune returns the code-point offset of byte offset b (clamped to the text).
func (ri *RuneIndex) Rune(b int) int {
	if b < 0 {
		return 0
	}
	if b > len(ri.text) {
		b = len(ri.text)
	}
	if ri.ascii {
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
