package amount

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// BenchmarkExtract runs the extractor over the wire-style articles in
// testdata, joined into one text of about 6 KB, as the pipeline would hand
// it over (sentences and dateline found; extracttest.BenchExtract's set-up),
// and reports the process's CPU time per run beside the wall time: on the
// shared machine the CPU time is the steadier measure.
func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for _, a := range extracttest.Articles(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n")
	}
	text := sb.String()
	x := New()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	x.Extract(d) // loads the tables before the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		x.Extract(d)
	}
	extracttest.ReportCPU(b, start, len(text))
}

// BenchmarkExtractTimeML runs the extractor over the 256 shared TimeML
// texts (skipped without ../shared), each handed over as the pipeline
// hands it: tokens, lower-cased text, sentences, dateline and the date
// mentions found before. It measures amount's own share of the pipeline,
// which BenchmarkExtract mixes with tokenizing.
func BenchmarkExtractTimeML(b *testing.B) {
	texts := extracttest.TimeMLTexts(b)
	dates := date.New()
	x := New()
	docs := make([]*extract.Doc, len(texts))
	n := 0
	for i, s := range texts {
		d := &extract.Doc{Text: s, Sentences: text.Sentences(s), Tokens: text.Tokenize(s, nil),
			Lower: text.LowerASCII(s), Dateline: text.FindDateline(s)}
		d.Mentions = dates.Extract(d)
		slices.SortFunc(d.Mentions, func(a, b extract.Mention) int { return cmp.Compare(a.Start, b.Start) })
		docs[i] = d
		x.Extract(d) // loads the tables before the timing
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
		}
	}
	extracttest.ReportCPU(b, start, n)
}
