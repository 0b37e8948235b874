package date

import (
	"os"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	e := New()
	d := &extract.Doc{Text: string(text), Published: wed}
	e.Extract(d) // load the lexicon outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	start := extracttest.CPUTime()
	for range b.N {
		e.Extract(d)
	}
	// the process CPU time is less noisy than the wall time on a machine
	// others share
	b.ReportMetric(float64(extracttest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkExtractTimeML runs the extractor over the shared TimeML texts,
// news denser in dates than the bundled article, as the pipeline's
// BenchmarkPipelineTimeML does, with the tokens and lower-cased text the
// pipeline shares. It skips without ../shared.
func BenchmarkExtractTimeML(b *testing.B) {
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	var docs []*extract.Doc
	for _, s := range extracttest.TimeMLTexts(b) {
		docs = append(docs, extracttest.PipelineDoc(s, pub))
	}
	extracttest.BenchDocs(b, New(), docs)
}
