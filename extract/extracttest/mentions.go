package extracttest

import (
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

// CheckMentions fails the test at the first mention of ms that breaks the
// span contract every extractor keeps over text: a non-empty byte span
// inside the text, Text equal to text[Start:End], and, when the text is
// valid UTF-8, valid mention text whose span starts and ends on rune
// boundaries. Invalid input is not held to the UTF-8 checks because the
// pipeline repairs it before extractors run and extractors need only not
// crash on it. Checks that only one extractor promises (no overlaps,
// payload shapes, links between mentions) stay with that extractor.
func CheckMentions(t testing.TB, text string, ms []extract.Mention) {
	t.Helper()
	valid := utf8.ValidString(text)
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %d %q: span [%d,%d) is empty or outside the text of %d bytes", i, m.Text, m.Start, m.End, len(text))
		}
		if got := text[m.Start:m.End]; got != m.Text {
			t.Fatalf("mention %d: text[%d:%d] = %q, mention text %q", i, m.Start, m.End, got, m.Text)
		}
		if !valid {
			continue
		}
		// Valid mention text inside valid text already implies rune
		// boundaries; both are asked so the message names either breach.
		if !utf8.ValidString(m.Text) || !utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
			t.Fatalf("mention %d: span [%d,%d) of %q cuts a rune or is not valid UTF-8", i, m.Start, m.End, m.Text)
		}
	}
}
