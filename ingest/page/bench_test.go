package page

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkStrip strips a wire-style page of our own (testdata).
func BenchmarkStrip(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "jsonld_graph_widgets.html"))
	if err != nil {
		b.Fatal(err)
	}
	s := New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Strip(src, "https://harbour.example/news/port-strike-ends", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStripCorpus strips the real pages of ../shared/corpus/
// article-extraction, one page per iteration; it skips without them.
func BenchmarkStripCorpus(b *testing.B) {
	dir := sharedDir(b, "corpus", "article-extraction", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skip("no pages in " + dir)
	}
	var pages [][]byte
	total := 0
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(r)
		if err != nil {
			b.Fatal(err)
		}
		p, err := io.ReadAll(zr)
		r.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		total += len(p)
	}
	s := New()
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s.Strip(pages[i%len(pages)], "", Options{})
		i++
	}
}
