package extracttest

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedCorpus returns <repository root>/../shared/corpus joined with rel,
// or skips the test when that path is absent: the shared corpus lives
// beside the checkout, not in it, and the core suite must pass without it.
// The root is the first directory holding go.mod, walking up from the
// working directory (the package directory under go test).
func SharedCorpus(t testing.TB, rel ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("shared corpus: working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared corpus: no go.mod above the working directory, so no repository root to find ../shared from; skipping")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared", "corpus"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available at %s (it lives in ../shared beside the repository); skipping: %v", p, err)
	}
	return p
}
