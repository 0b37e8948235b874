package event_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/event"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/standard"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// splitArticle splits a test article into its text and publication time:
// a "published: RFC 3339" line, a blank line, then the text.
func splitArticle(t testing.TB, a extracttest.Article) (string, time.Time) {
	t.Helper()
	head, text, ok := strings.Cut(a.Text, "\n\n")
	pub, found := strings.CutPrefix(head, "published: ")
	if !ok || !found {
		t.Fatalf("%s: want a first line \"published: T\" and a blank line", a.Path)
	}
	p, err := time.Parse(time.RFC3339, pub)
	if err != nil {
		t.Fatalf("%s: published: %v", a.Path, err)
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
		n := name(p.Mention)
		if p.Span != nil {
			n = p.Span.Text + "=" + n
		}
		who = append(who, n+":"+p.Role)
	}
	flags := ""
	if e.Negated {
		flags += " negated"
	}
	if e.Modality != extract.ModalityAsserted {
		flags += " " + e.Modality
	}
	if e.Quoted {
		flags += " quoted"
	}
	return fmt.Sprintf("s%d %s %q who=[%s] when=%s where=%s amounts=%s%s", e.Sentence.I, e.Type, e.Trigger.Text,
		strings.Join(who, "; "), list(e.When), list(e.Where), list(e.Amounts), flags)
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
	p := standard.New()
	for _, a := range extracttest.Articles(t) {
		t.Run(a.Name, func(t *testing.T) {
			text, pub := splitArticle(t, a)
			got, err := goldenJSON(p.Run(text, pub))
			if err != nil {
				t.Fatalf("encode events: %v", err)
			}
			again, err := goldenJSON(p.Run(text, pub))
			if err != nil || !bytes.Equal(got, again) {
				t.Fatalf("pipeline output not stable across runs (%v)", err)
			}
			extracttest.Golden(t, a.Golden, got, *update)
		})
	}
}

// BenchmarkEvents measures the builder alone over the test articles, with
// the mentions the default pipeline finds in them.
func BenchmarkEvents(b *testing.B) {
	p := standard.New()
	var docs []*extract.Doc
	size := 0
	for _, a := range extracttest.Articles(b) {
		text, pub := splitArticle(b, a)
		res := p.Run(text, pub)
		docs = append(docs, &extract.Doc{Text: text, Published: pub, Sentences: extract.Sentences(text),
			Dateline: extract.FindDateline(text), Mentions: res.Mentions})
		size += len(text)
	}
	benchEvents(b, docs, size)
}

// BenchmarkEventsTimeML measures the builder alone over the shared TimeML
// texts, each a Doc filled as the pipeline fills it (tokens, lower case,
// mentions): short news texts, where what is paid once per document
// weighs. It skips without ../shared.
func BenchmarkEventsTimeML(b *testing.B) {
	p := standard.New()
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	var docs []*extract.Doc
	size := 0
	for _, t := range extracttest.TimeMLTexts(b) {
		t = strings.ToValidUTF8(t, "\uFFFD")
		res := p.Run(t, pub)
		docs = append(docs, &extract.Doc{Text: t, Published: pub, Sentences: extract.Sentences(t),
			Tokens: textpkg.Tokenize(t, nil), Lower: textpkg.LowerASCII(t),
			Dateline: extract.FindDateline(t), Mentions: res.Mentions})
		size += len(t)
	}
	benchEvents(b, docs, size)
}

func benchEvents(b *testing.B, docs []*extract.Doc, size int) {
	eb := event.New()
	for _, d := range docs {
		eb.Events(d) // parses the lexicon before the timing
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			eb.Events(d)
		}
	}
	extracttest.ReportCPU(b, start, size)
}
