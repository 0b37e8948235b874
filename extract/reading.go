package extract

import "github.com/eventwire/eventwire/extract/text"

// The reading of a document (sentences, datelines, offsets) lives in
// extract/text; these names keep the contract's Doc fields and the callers
// that have not moved yet (extract/event) working unchanged.

// Sentence is a byte span [Start, End) of the text.
type Sentence = text.Sentence

// Dateline is the opening of a wire story; see text.Dateline.
type Dateline = text.Dateline

// RuneIndex converts byte offsets of one text into code-point offsets.
type RuneIndex = text.RuneIndex

// Sentences calls text.Sentences.
func Sentences(s string) []Sentence { return text.Sentences(s) }

// SentenceAt calls text.SentenceAt.
func SentenceAt(ss []Sentence, b int) int { return text.SentenceAt(ss, b) }

// NewRuneIndex calls text.NewRuneIndex.
func NewRuneIndex(s string) *RuneIndex { return text.NewRuneIndex(s) }

// FindDateline calls text.FindDateline.
func FindDateline(s string) *Dateline { return text.FindDateline(s) }
