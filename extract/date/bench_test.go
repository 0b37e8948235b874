package date

import (
	"os"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	ltext "github.com/eventwire/eventwire/extract/text"
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
	texts := extracttest.TimeMLTexts(b)
	e := New()
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	docs := make([]*extract.Doc, len(texts))
	n := 0
	for k, t := range texts {
		// the pipeline's shared analyses, made once per document there
		docs[k] = &extract.Doc{Text: t, Published: pub, Tokens: ltext.Tokenize(t, nil), Lower: ltext.LowerASCII(t), Dateline: ltext.FindDateline(t)}
		n += len(t)
		e.Extract(docs[k]) // load the lexicon outside the timing
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			e.Extract(d)
		}
	}
	extracttest.ReportCPU(b, start, n)
}
