package amount

import (
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/extracttest"
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
	dates := date.New()
	var docs []*extract.Doc
	for _, s := range extracttest.TimeMLTexts(b) {
		docs = append(docs, extracttest.PipelineDoc(s, time.Time{}, dates))
	}
	extracttest.BenchDocs(b, New(), docs)
}
