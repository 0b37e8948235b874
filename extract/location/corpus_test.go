package location

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir finds ../shared beside the repository root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared corpus not found at %s; skipping the corpus check", shared)
	}
	return shared
}

// TestSeedStory runs the story that defines the job: the places it names
// come out, the negotiator's name and the State Department do not.
func TestSeedStory(t *testing.T) {
	path := filepath.Join(sharedDir(t), "corpus", "seed", "cost-sharing-talks.txt")
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
