package amount

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenMention is what the golden files pin: the span and the payload.
type goldenMention struct {
	Text   string          `json:"text"`
	Start  int             `json:"start"`
	End    int             `json:"end"`
	Rule   string          `json:"rule"`
	Amount *extract.Amount `json:"amount"`
}

func runPipeline(text string) []extract.Mention {
	p := extract.NewPipeline(nil, New())
	return p.Run(text, time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC)).Mentions
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs in testdata: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenJSON(t, string(in))
			// A second run must give the same bytes.
			if again := goldenJSON(t, string(in)); !bytes.Equal(got, again) {
				t.Fatalf("%s: output differs between two runs", name)
			}
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: mentions differ from %s (go test -run TestGolden -update to accept)\ngot:\n%s", name, path, got)
			}
		})
	}
}

func goldenJSON(t *testing.T, text string) []byte {
	t.Helper()
	var ms []goldenMention
	for _, m := range runPipeline(text) {
		ms = append(ms, goldenMention{Text: m.Text, Start: m.Start, End: m.End, Rule: m.Rule, Amount: m.Amount})
	}
	b, err := json.MarshalIndent(ms, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}
