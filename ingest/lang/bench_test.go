package lang

import (
	"strings"
	"testing"
)

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("GENEVA, March 11 (Wire) -- Negotiators met on Tuesday for a third round of talks on the fisheries accord, officials said. ", 40)
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}
