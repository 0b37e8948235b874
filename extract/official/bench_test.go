package official

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
)

// BenchmarkExtract measures throughput over the wire-style articles in
// testdata, joined into one document.
func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for _, a := range extracttest.Articles(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	extracttest.BenchExtract(b, New(), sb.String())
}

// BenchmarkExtractLongRuns guards against work that grows faster than the
// text on long runs of capitals and organisation-like phrases.
func BenchmarkExtractLongRuns(b *testing.B) {
	unit := "Mr. Kim Jong-un, a minister of the US State Department, said John Smith of the Aaa of Bbb of Ccc. "
	extracttest.BenchExtract(b, New(), strings.Repeat(unit, 2000))
}
