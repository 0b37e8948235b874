package official

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// BenchmarkExtract measures throughput over the wire-style articles in
// testdata, joined into one document.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	ex := New()
	ex.Extract(d) // load the lexicon outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ex.Extract(d)
	}
}

// BenchmarkExtractLongRuns guards against work that grows faster than the
// text on long runs of capitals and organisation-like phrases.
func BenchmarkExtractLongRuns(b *testing.B) {
	unit := "Mr. Kim Jong-un, a minister of the US State Department, said John Smith of the Aaa of Bbb of Ccc. "
	text := strings.Repeat(unit, 2000)
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	ex := New()
	ex.Extract(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ex.Extract(d)
	}
}
