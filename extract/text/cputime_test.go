package text

import (
	"testing"
	"time"
)

// reportCPU adds the CPU time per operation since start (extracttest's
// ReportCPU, which this package cannot import).
func reportCPU(b *testing.B, start time.Duration) {
	b.Helper()
	if c := cpuTime() - start; c > 0 {
		b.ReportMetric(float64(c)/float64(b.N), "cpu-ns/op")
	}
}
