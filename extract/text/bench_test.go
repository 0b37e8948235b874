package text_test

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// The benchmarks live in the external test package so that they can use
// extracttest's CPU-time report, which imports extract and so this package.

func BenchmarkSentences(b *testing.B) {
	s := strings.Repeat(text.BenchArticle, 4)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		text.Sentences(s)
	}
	extracttest.ReportCPU(b, start, len(s))
}

func BenchmarkTokenize(b *testing.B) {
	s := strings.Repeat(text.BenchArticle, 4)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var buf []text.Token
	start := extracttest.CPUTime()
	for b.Loop() {
		buf = text.Tokenize(s, buf[:0])
	}
	extracttest.ReportCPU(b, start, len(s))
}
