package extracttest

import (
	"testing"

	"github.com/eventwire/eventwire/extract"
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
