package extract_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/standard"
)

// TestAppendJSONReal compares the hand-written JSON with encoding/json's
// over the mentions and events the standard pipeline finds in the test
// articles of the extractor packages and, when ../shared is present, in the TimeML texts.
func TestAppendJSONReal(t *testing.T) {
	// The wire-style test articles of every extractor package.
	paths, err := filepath.Glob(filepath.Join("*", "testdata", "*.txt"))
	if err != nil || len(paths) < 10 {
		t.Fatalf("want the test articles of the extractor packages, found %d (%v)", len(paths), err)
	}
	var texts []string
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if !testing.Short() {
		t.Run("timeml", func(t *testing.T) { texts = append(texts, extracttest.TimeMLTexts(t)...) })
	}
	p := standard.New()
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	nm, ne := 0, 0
	for _, s := range texts {
		res := p.Run(s, pub)
		for _, m := range res.Mentions {
			want, err := extract.MarshalReflect(m)
			if err != nil {
				t.Fatal(err)
			}
			got, err := m.AppendJSON(nil)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("mention %q:\n got %s (%v)\nwant %s", m.Text, got, err, want)
			}
			nm++
		}
		for _, e := range res.Events {
			want, err := json.Marshal(extract.PlainEvent(e))
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.AppendJSON(nil)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("event %q:\n got %s (%v)\nwant %s", e.Trigger.Text, got, err, want)
			}
			ne++
		}
	}
	if nm == 0 || ne == 0 {
		t.Fatalf("%d mentions and %d events compared; the articles should give some of each", nm, ne)
	}
	t.Logf("%d texts, %d mentions, %d events", len(texts), nm, ne)
}
