package official

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// BenchmarkExtract measures throughput over the wire-style articles in
// testdata, joined into one document.
func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for _, a := range extracttest.Articles(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	extracttest.BenchExtract(b, New(), sb.String())
}

// BenchmarkExtractLongRuns guards against work that grows faster than the
// text on long runs of capitals and organisation-like phrases.
func BenchmarkExtractLongRuns(b *testing.B) {
	unit := "Mr. Kim Jong-un, a minister of the US State Department, said John Smith of the Aaa of Bbb of Ccc. "
	extracttest.BenchExtract(b, New(), strings.Repeat(unit, 2000))
}

// BenchmarkExtractTimeML runs the extractor alone over the shared TimeML
// texts, each read first as the pipeline reads it (sentences, tokens,
// lower case, dateline; no location or organisation mentions), and reports
// CPU time per pass. It skips without ../shared.
func BenchmarkExtractTimeML(b *testing.B) {
	ex := New()
	var docs []*extract.Doc
	n := 0
	for _, t := range extracttest.TimeMLTexts(b) {
		d := &extract.Doc{Text: t, Sentences: extract.Sentences(t), Tokens: text.Tokenize(t, nil), Lower: text.LowerASCII(t), Dateline: extract.FindDateline(t)}
		ex.Extract(d) // loads the lexicon before the timing
		docs = append(docs, d)
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			ex.Extract(d)
		}
	}
	extracttest.ReportCPU(b, start, n)
}
