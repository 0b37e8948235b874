package amount

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
)

// BenchmarkExtract runs the extractor over the wire-style articles in
// testdata, joined into one text of about 6 KB.
func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for _, a := range extracttest.Articles(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n")
	}
	extracttest.BenchExtract(b, New(), sb.String())
}
