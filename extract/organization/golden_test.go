package organization

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden runs the extractor over the wire-style articles in testdata
// (written for these tests) and compares the organisation mentions with
// the golden files; a second run must give the same bytes.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden_*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenJSON(t, string(raw))
			if again := goldenJSON(t, string(raw)); string(again) != string(got) {
				t.Fatalf("second run differs")
			}
			extracttest.Golden(t, strings.TrimSuffix(f, ".txt")+".golden.json", got, *update)
		})
	}
}

func goldenJSON(t *testing.T, text string) []byte {
	t.Helper()
	ms := run(t, text)
	b, err := json.MarshalIndent(ms, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}
