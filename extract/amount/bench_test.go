package amount

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// BenchmarkExtract runs the extractor over the wire-style articles in
// testdata, joined into one text of about 6 KB.
func BenchmarkExtract(b *testing.B) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles in testdata: %v", err)
	}
	var sb strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n")
	}
	text := sb.String()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	x := New()
	x.Extract(d) // load the tables outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(d)
	}
}
