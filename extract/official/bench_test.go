package official

import (
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
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
	var docs []*extract.Doc
	for _, s := range extracttest.TimeMLTexts(b) {
		docs = append(docs, extracttest.PipelineDoc(s, time.Time{}))
	}
	extracttest.BenchDocs(b, New(), docs)
}
