package organization

import (
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

// FuzzExtract checks the invariants on any input: spans inside the text
// that hold the mention's text, valid UTF-8 mentions of valid text, no two
// organisation mentions overlapping, a payload with a kind and an entity,
// one canonical name per entity, and the same output twice.
func FuzzExtract(f *testing.F) {
	extracttest.FuzzSeeds(f,
		"The Federal Aviation Administration (FAA) said the FAA and the agency agreed.",
		"Porthaven 3 Lindell 2\nKestrel 1 Marsby 0\n",
		"Shares of Harlow Air Group Inc. fell; Harlow Air's chief executive said.",
		"PT ( ) Inc. & Co. of the ( KDP ) KDP ( Kurdistan Democratic Party",
		"Bank of\nJapan Ltd. Ministry of of the ( X )",
		"\xff\xfeÉcole Polytechnique Fédérale de Lausanne (EPFL) dit",
		"the the agency agency police said said",
	)
	f.Fuzz(func(t *testing.T, text string) {
		ms := run(t, text)
		again := run(t, text)
		if len(ms) != len(again) {
			t.Fatalf("%d mentions, then %d", len(ms), len(again))
		}
		names := map[int]string{}
		end := -1
		for i, m := range ms {
			if m != again[i] && (m.Start != again[i].Start || m.End != again[i].End || *m.Organization != *again[i].Organization) {
				t.Fatalf("mention %d differs between runs: %+v vs %+v", i, m, again[i])
			}
			if m.Type != extract.TypeOrganization || m.Organization == nil {
				t.Fatalf("mention %d: type %q, payload %v", i, m.Type, m.Organization)
			}
			if m.Start < end {
				t.Fatalf("mention %d [%d,%d) overlaps the one before (end %d)", i, m.Start, m.End, end)
			}
			end = m.End
			o := m.Organization
			if o.Kind == "" || o.Entity < 1 || o.Name == "" || !utf8.ValidString(o.Name) && utf8.ValidString(text) {
				t.Fatalf("mention %d %q: bad payload %+v", i, m.Text, o)
			}
			if n, ok := names[o.Entity]; ok && n != o.Name {
				t.Fatalf("entity %d has names %q and %q", o.Entity, n, o.Name)
			}
			names[o.Entity] = o.Name
		}
	})
}
