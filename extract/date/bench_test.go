package date

import (
	"os"
	"testing"

	"github.com/eventwire/eventwire/extract"
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
	for range b.N {
		e.Extract(d)
	}
}
