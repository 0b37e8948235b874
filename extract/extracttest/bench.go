package extracttest

import (
	"cmp"
	"slices"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// BenchExtract measures ex over text as the pipeline would hand it over
// (sentences and dateline found), reporting bytes per second and
// allocations. One run happens before the timer starts, so that lexicons
// loaded lazily on first use are not counted as extraction.
func BenchExtract(b *testing.B, ex extract.Extractor, text string) {
	b.Helper()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	ex.Extract(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ex.Extract(d)
	}
}

// PipelineDoc reads text as the pipeline does before any extractor runs
// (sentences, dateline, the shared tokens and lower case) and adds the
// mentions the priors find, ordered by start as the pipeline merges them:
// a Doc on which one extractor can be timed alone.
func PipelineDoc(s string, pub time.Time, priors ...extract.Extractor) *extract.Doc {
	d := &extract.Doc{Text: s, Published: pub, Sentences: extract.Sentences(s), Dateline: extract.FindDateline(s),
		Tokens: text.Tokenize(s, nil), Lower: text.LowerASCII(s)}
	for _, p := range priors {
		d.Mentions = append(d.Mentions, p.Extract(d)...)
	}
	slices.SortStableFunc(d.Mentions, func(a, b extract.Mention) int { return cmp.Compare(a.Start, b.Start) })
	return d
}

// BenchDocs times ex over every doc, a pass an op, and reports the bytes
// of text, allocations and CPU time (ReportCPU). One pass runs before the
// timing, so that tables loaded on first use are not counted as
// extraction: on short texts the cost paid once per document is what
// such a benchmark is for.
func BenchDocs(b *testing.B, ex extract.Extractor, docs []*extract.Doc) {
	b.Helper()
	n := 0
	for _, d := range docs {
		ex.Extract(d)
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := CPUTime()
	for b.Loop() {
		for _, d := range docs {
			ex.Extract(d)
		}
	}
	ReportCPU(b, start, n)
}
