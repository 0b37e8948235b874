package location

import (
	"os"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
)

// TestSeedStory runs the story that defines the job: the places it names
// come out, the negotiator's name and the State Department do not.
func TestSeedStory(t *testing.T) {
	path := extracttest.SharedCorpus(t, "seed", "cost-sharing-talks.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed story not readable: %v", err)
	}
	ms := run(t, string(b))
	for _, want := range []string{"South Korea", "United States", "Jeju", "Hawaii", "Korea", "Seoul", "Jeju Island"} {
		if find(ms, want) == nil {
			t.Errorf("%s: no mention %q; got %s", path, want, describe(ms))
		}
	}
	if m := find(ms, "Chang"); m != nil {
		t.Errorf("%s: the negotiator Chang came out as a place: %+v", path, *m.Location)
	}
	if j := find(ms, "Jeju"); j != nil && j.Location.Country != "KR" {
		t.Errorf("%s: Jeju resolved to %+v, want South Korea", path, *j.Location)
	}
}
