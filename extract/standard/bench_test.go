package standard

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

// BenchmarkPipeline runs the whole default pipeline over one wire-style
// article and over the same article repeated 50 and 400 times: MB/s should
// stay about the same across sizes; a drop says some rule is superlinear.
func BenchmarkPipeline(b *testing.B) {
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	p := New()
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	// The article itself warms up: an extractor may load its tables only
	// when a text first needs them, and a load inside the timing would be
	// spread over the runs as if it were work per article.
	p.Run(string(raw), pub)
	for _, n := range []int{1, 50, 400} {
		text := strings.Repeat(string(raw)+"\n\n", n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := extracttest.CPUTime()
			for b.Loop() {
				p.Run(text, pub)
			}
			extracttest.ReportCPU(b, start, len(text))
		})
	}
}

// BenchmarkPipelineOneSentence runs the pipeline over text with no
// sentence end, at two sizes: time per byte must stay flat (the event
// rules compared every mention with every trigger of a sentence, which
// made one long sentence quadratic or worse).
func BenchmarkPipelineOneSentence(b *testing.B) {
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	flat := strings.Map(func(r rune) rune {
		switch r {
		case '.', '!', '?', ';', ':', '\n':
			return ' '
		}
		return r
	}, string(raw))
	p := New()
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	p.Run("warm up the lexicons", pub)
	for _, kb := range []int{100, 400} {
		text := strings.Repeat(flat+" ", kb<<10/len(flat)+1)[:kb<<10]
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				p.Run(text, pub)
			}
		})
	}
}

// BenchmarkPipelineTimeML runs the pipeline over every text of the shared
// TimeML corpus (the texts `extract --jsonl` reads in the issue 18
// measurements): shorter texts than the bundled article, so the cost paid
// once per document weighs more. It skips without ../shared.
func BenchmarkPipelineTimeML(b *testing.B) {
	runTexts(b, New(), extracttest.TimeMLTexts(b))
}

// runTexts times p over texts, in CPU time too. Each text runs once before
// the timing, which loads every table it needs.
func runTexts(b *testing.B, p *extract.Pipeline, texts []string) {
	pub := time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC)
	n := 0
	for _, t := range texts {
		n += len(t)
		p.Run(t, pub)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			p.Run(t, pub)
		}
	}
	extracttest.ReportCPU(b, start, n)
}
