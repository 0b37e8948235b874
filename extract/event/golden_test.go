package event_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/event"
	"github.com/eventwire/eventwire/extract/standard"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readArticle reads a test article: a "published: RFC 3339" line, a blank
// line, then the text.
func readArticle(t testing.TB, path string) (string, time.Time) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read article: %v", err)
	}
	head, text, ok := strings.Cut(string(b), "\n\n")
	pub, found := strings.CutPrefix(head, "published: ")
	if !ok || !found {
		t.Fatalf("%s: want a first line \"published: T\" and a blank line", path)
	}
	p, err := time.Parse(time.RFC3339, pub)
	if err != nil {
		t.Fatalf("%s: published: %v", path, err)
	}
	return text, p
}

// goldenEvent is an event with a line that reads its mentions, so that a
// diff of the golden file shows what changed.
type goldenEvent struct {
	Read string `json:"_read"`
	extract.Event
}

func readable(ms []extract.Mention, e extract.Event) string {
	name := func(i int) string {
		m := ms[i]
		if m.Date != nil {
			return fmt.Sprintf("%s=%s", m.Text, m.Date.Value)
		}
		return m.Text
	}
	list := func(ix []int) string {
		var parts []string
		for _, i := range ix {
			parts = append(parts, name(i))
		}
		return "[" + strings.Join(parts, "; ") + "]"
	}
	var who []string
	for _, p := range e.Participants {
		who = append(who, name(p.Mention)+":"+p.Role)
	}
	return fmt.Sprintf("s%d %s %q who=[%s] when=%s where=%s amounts=%s", e.Sentence.I, e.Type, e.Trigger.Text,
		strings.Join(who, "; "), list(e.When), list(e.Where), list(e.Amounts))
}

func goldenJSON(res extract.Result) ([]byte, error) {
	out := make([]goldenEvent, len(res.Events))
	for i, e := range res.Events {
		out[i] = goldenEvent{Read: readable(res.Mentions, e), Event: e}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// TestGolden runs the default pipeline over the wire-style articles in
// testdata and compares the full event list with the golden files. Run
// with -update after a deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	p := standard.New()
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, pub := readArticle(t, path)
			got, err := goldenJSON(p.Run(text, pub))
			if err != nil {
				t.Fatalf("encode events: %v", err)
			}
			again, err := goldenJSON(p.Run(text, pub))
			if err != nil || !bytes.Equal(got, again) {
				t.Fatalf("pipeline output not stable across runs (%v)", err)
			}
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatalf("write golden: %v", err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("events of %s differ from %s (run with -update and read the diff):\n%s", path, golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, w, g)
		}
	}
	return "(no line differs)"
}

// BenchmarkEvents measures the builder alone over the test articles, with
// the mentions the default pipeline finds in them.
func BenchmarkEvents(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	p := standard.New()
	var docs []*extract.Doc
	size := 0
	for _, path := range paths {
		text, pub := readArticle(b, path)
		res := p.Run(text, pub)
		docs = append(docs, &extract.Doc{Text: text, Published: pub, Sentences: extract.Sentences(text),
			Dateline: extract.FindDateline(text), Mentions: res.Mentions})
		size += len(text)
	}
	eb := event.New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			eb.Events(d)
		}
	}
}
