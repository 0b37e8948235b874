package date

import (
	"math/rand/v2"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// TestMentionStrings builds the mentions of random hits, many to a
// document as extract does, and checks their values and ranges against
// the strings made one by one (cal.value, cal.spanInto, dayInto), which
// the arena replaced.
func TestMentionStrings(t *testing.T) {
	lx, err := New().lexicon()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	grans := []gran{gCentury, gDecade, gYear, gHalf, gQuarter, gSeason, gMonth, gWeek, gWeekend, gDay}
	clocks := []string{"", "", "", "T15:00", "TMO", "TNI"}
	for doc := range 200 {
		s := newScanner(lx, &extract.Doc{Text: "one two three four five six seven eight"}, nil)
		s.known = doc%2 == 0
		n := 1 + r.IntN(12)
		hits := make([]hit, n)
		for k := range hits {
			c := cal{granularity: grans[r.IntN(len(grans))], year: r.IntN(2200) - 100, month: r.IntN(14) - 1,
				day: r.IntN(33) - 1, part: r.IntN(55) - 1, season: []string{"SP", "SU"}[r.IntN(2)], clock: clocks[r.IntN(len(clocks))]}
			h := hit{end: 1 + r.IntN(len(s.toks)), timexType: timex(1 + r.IntN(4)), calendar: c, noRange: r.IntN(4) == 0, rule: ruleID(r.IntN(ruleCount))}
			if r.IntN(5) == 0 {
				h.literal = []string{"PRESENT_REF", "P2Y", "2019-05-09TEV", "XXXX-12-31"}[r.IntN(4)]
			}
			hits[k] = h
		}
		payloads := make([]payload, n)
		out := make([]extract.Mention, n)
		for k, h := range hits {
			out[k] = s.mention(0, h, &payloads[k], &s.sc.strs)
		}
		s.sc.strs.finish()
		for k := range payloads {
			if p := &payloads[k]; p.dayRange && dayInto(&p.rng, p.date.Value) {
				p.date.Range = &p.rng
			}
		}
		for k, h := range hits {
			d := out[k].Date
			if d.Value != h.value() {
				t.Fatalf("hit %+v: value %q, want %q", h, d.Value, h.value())
			}
			var want extract.Range
			has := false
			switch {
			case h.clockRange() != nil || h.rangeOverride != nil:
				continue
			case h.literal == "" && !h.noRange && h.timexType == tDate:
				has = h.calendar.spanInto(&want)
			}
			if !has && (h.timexType == tDate || h.timexType == tTime) && !h.rule.in(famRange) {
				has = dayInto(&want, h.value())
			}
			if has != (d.Range != nil) || has && *d.Range != want {
				t.Fatalf("hit %+v: range %+v, want %v %+v", h, d.Range, has, want)
			}
		}
	}
}
