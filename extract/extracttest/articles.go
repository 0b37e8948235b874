package extracttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Article is one wire-style test article of the package under test.
type Article struct {
	Name   string // file name without .txt, used to name subtests
	Path   string // testdata/<name>.txt
	Golden string // testdata/<name>.golden.json, the golden file beside it
	Text   string
}

// Articles reads testdata/*.txt of the package under test, in name order,
// and fails the test when there are none or one cannot be read: a golden,
// fuzz or benchmark run over no input would pass without checking
// anything.
func Articles(t testing.TB) []Article {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles in testdata: %v", err)
	}
	out := make([]Article, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read test article: %v", err)
		}
		base := strings.TrimSuffix(p, ".txt")
		out = append(out, Article{Name: filepath.Base(base), Path: p, Golden: base + ".golden.json", Text: string(b)})
	}
	return out
}
