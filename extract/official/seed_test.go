package official

import (
	"os"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
)

// TestSeedStory runs the story that defines the job (kept outside the
// repository) and checks its three officials.
func TestSeedStory(t *testing.T) {
	b, err := os.ReadFile(extracttest.SharedCorpus(t, "seed", "cost-sharing-talks.txt"))
	if err != nil {
		t.Skipf("seed story not readable: %v", err)
	}
	ms := run(t, string(b))
	want := map[string][3]string{ // mention text -> name, title of the full-name mention's entity, affiliation
		"Chang Won-sam":  {"Chang Won-sam", "chief negotiator", "South Korea"},
		"Timothy Betts":  {"Timothy Betts", "deputy assistant secretary for plans, programs and operations", "US State Department"},
		"Kang Kyung-wha": {"Kang Kyung-wha", "Foreign Minister", ""},
	}
	for _, m := range ms {
		if m.Person == nil {
			continue
		}
		if w, ok := want[m.Text]; ok {
			p := m.Person
			if p.Name != w[0] || p.Title != w[1] || p.Affiliation != w[2] {
				t.Errorf("%s: got name %q title %q affiliation %q, want %q %q %q", m.Text, p.Name, p.Title, p.Affiliation, w[0], w[1], w[2])
			}
		}
	}
	for _, short := range []string{"Chang", "Betts"} {
		found := false
		for _, m := range ms {
			if m.Person != nil && m.Text == short {
				found = true
				full := map[string]string{"Chang": "Chang Won-sam", "Betts": "Timothy Betts"}[short]
				if m.Person.Name != full {
					t.Errorf("%q at %d: name %q, want %q", short, m.Start, m.Person.Name, full)
				}
			}
		}
		if !found {
			t.Errorf("no mention %q in the seed story", short)
		}
	}
	for _, bad := range []string{"Jeju", "Yonhap", "First", "Wednesday", "Hawaii"} {
		if m := find(ms, bad); m != nil {
			t.Errorf("%q taken as a person", bad)
		}
	}
}
