package standard

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

// FuzzRun holds the whole pipeline to what the export promises, whatever
// the extractors do: spans that hold, mentions sorted by start, no two
// mentions of one kind over the same text (the "EDMONTON AA,VA." bug broke
// this), indexes between mentions and events that point where they should,
// code-point offsets that match, valid UTF-8 JSON, and the same output twice.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"EDMONTON AA,VA.",
		"1to0Billion $A0000; 5 to 0 million won",
		"EDMONTON, Ky. -- a man of Paris, Mo., and of Ëlk Ridge, W.Va.; Also, Missouri",
		"SEOUL, Dec. 12 (Yonhap) -- Seoul paid 960 billion won ($887.5 million) on Wednesday, Foreign Minister Kang Kyung-wha said.",
		"\xff\xfe Monday 5 won ($1) in Jeju",
		"",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/article.txt"); err == nil {
		f.Add(string(b))
	}
	p := New()
	pub := time.Date(2025, 3, 12, 6, 40, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		res := p.Run(text, pub)
		again := p.Run(text, pub)
		got, err := json.Marshal(res)
		if err != nil {
			t.Fatalf("input %q: encode: %v", text, err)
		}
		if b, _ := json.Marshal(again); !bytes.Equal(got, b) {
			t.Fatalf("input %q: output differs between two runs", text)
		}
		if !utf8.Valid(got) || !json.Valid(got) {
			t.Fatalf("input %q: output is not valid UTF-8 JSON", text)
		}
		// The pipeline works on the text with invalid bytes replaced.
		text = strings.ToValidUTF8(text, "\uFFFD")
		ms := res.Mentions
		extracttest.CheckMentions(t, text, ms)
		ends := map[string]int{} // kind -> the farthest end so far
		for i, m := range ms {
			if i > 0 && m.Start < ms[i-1].Start {
				t.Fatalf("input %q: mention %d %q starts before mention %d", text, i, m.Text, i-1)
			}
			kind := m.Type
			if kind == extract.TypeOfficial {
				kind = extract.TypePerson
			}
			if e, ok := ends[kind]; ok && m.Start < e {
				t.Fatalf("input %q: %s mention %d %q overlaps an earlier one of its kind", text, m.Type, i, m.Text)
			}
			ends[kind] = max(ends[kind], m.End)
			if m.CStart != utf8.RuneCountInString(text[:m.Start]) || m.CEnd != m.CStart+utf8.RuneCountInString(m.Text) {
				t.Fatalf("input %q: mention %d %q: code points [%d,%d) do not match bytes [%d,%d)", text, i, m.Text, m.CStart, m.CEnd, m.Start, m.End)
			}
			if a := m.Amount; a != nil && a.EquivalentOf != nil {
				if j := *a.EquivalentOf; j < 0 || j >= len(ms) || j == i || ms[j].Amount == nil {
					t.Fatalf("input %q: mention %d %q: equivalent_of %d is not another amount", text, i, m.Text, j)
				}
			}
		}
		for i, e := range res.Events {
			if e.Trigger.Start < 0 || e.Trigger.End > len(text) || text[e.Trigger.Start:e.Trigger.End] != e.Trigger.Text {
				t.Fatalf("input %q: event %d: trigger span does not hold %q", text, i, e.Trigger.Text)
			}
			for _, refs := range [][]int{e.Who, e.When, e.Where, e.Amounts} {
				for _, j := range refs {
					if j < 0 || j >= len(ms) {
						t.Fatalf("input %q: event %d refers to mention %d of %d", text, i, j, len(ms))
					}
				}
			}
			for _, pt := range e.Participants {
				if pt.Mention < 0 || pt.Mention >= len(ms) {
					t.Fatalf("input %q: event %d: participant %d of %d mentions", text, i, pt.Mention, len(ms))
				}
			}
		}
	})
}
