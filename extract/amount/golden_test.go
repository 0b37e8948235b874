package amount

import (
	"bytes"
	"encoding/json"
	"flag"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
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
	for _, a := range extracttest.Articles(t) {
		t.Run(a.Name, func(t *testing.T) {
			got := goldenJSON(t, a.Text)
			// A second run must give the same bytes.
			if again := goldenJSON(t, a.Text); !bytes.Equal(got, again) {
				t.Fatalf("%s: output differs between two runs", a.Name)
			}
			extracttest.Golden(t, a.Golden, got, *update)
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
