package date

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

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenMention is the part of a mention the golden files pin down.
type goldenMention struct {
	Text      string         `json:"text"`
	Start     int            `json:"start"`
	End       int            `json:"end"`
	Rule      string         `json:"rule"`
	TimexType string         `json:"timex_type"`
	Value     string         `json:"value"`
	Mod       string         `json:"mod,omitempty"`
	Range     *extract.Range `json:"range,omitempty"`
	Anchored  bool           `json:"anchored"`
}

// goldenPublished is the publication time of the golden articles; files
// named *unanchored* have none (a dateline with a year may anchor them).
var goldenPublished = time.Date(2018, 12, 12, 9, 0, 0, 0, time.UTC)

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pub := goldenPublished
			if strings.Contains(name, "unanchored") {
				pub = time.Time{}
			}
			got := goldenJSON(t, string(text), pub)
			// a second run must give the same bytes
			if again := goldenJSON(t, string(text), pub); !bytes.Equal(got, again) {
				t.Fatalf("%s: output differs between two runs", name)
			}
			want := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("%s: output differs from %s (run go test -update after checking):\ngot:\n%s", name, want, got)
			}
		})
	}
}

func goldenJSON(t *testing.T, text string, pub time.Time) []byte {
	t.Helper()
	var out []goldenMention
	d := &extract.Doc{Text: text, Published: pub, Dateline: extract.FindDateline(text)}
	for _, m := range New().Extract(d) {
		d := m.Date
		out = append(out, goldenMention{m.Text, m.Start, m.End, m.Rule, d.TimexType, d.Value, d.Mod, d.Range, d.Anchored})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}
