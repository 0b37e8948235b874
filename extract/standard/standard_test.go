package standard

import (
	"slices"
	"testing"
	"time"
)

func TestPipelineOrder(t *testing.T) {
	// Organisations run before places (which flag the places inside their
	// names) and people after both; a change of order
	// changes what the pipeline returns and must be deliberate.
	got := New().Extractors()
	want := []string{"date", "amount", "organization", "location", "official"}
	if !slices.Equal(got, want) {
		t.Errorf("extractors = %v, want %v", got, want)
	}
}

func TestPipelineEndToEnd(t *testing.T) {
	text := "SEOUL, Dec. 12 (Wire) -- Foreign Minister Kim Sun-hee said Wednesday that Seoul would pay 10 billion won ($8.9 million)."
	pub := time.Date(2018, 12, 12, 15, 0, 0, 0, time.FixedZone("KST", 9*3600))
	res := New().Run(text, pub)
	types := map[string]int{}
	for _, m := range res.Mentions {
		types[m.Type]++
		if text[m.Start:m.End] != m.Text {
			t.Errorf("span %d:%d does not hold %q", m.Start, m.End, m.Text)
		}
	}
	for _, typ := range []string{"date", "amount", "location", "official"} {
		if types[typ] == 0 {
			t.Errorf("no %s mention in %q: %v", typ, text, types)
		}
	}
	if len(res.Events) == 0 {
		t.Errorf("no event in %q", text)
	}
}
