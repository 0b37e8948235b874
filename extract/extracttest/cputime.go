package extracttest

import (
	"testing"
	"time"
)

// CPUTime is the CPU time this process has used (user and system, GC
// included), zero where the platform does not say: on a machine that other
// work shares, CPU time per operation moves far less than wall time.
func CPUTime() time.Duration { return cpuTime() }

// ReportCPU adds the process's CPU time per operation since start (a
// CPUTime reading taken before the loop), and the throughput in CPU time:
// the measures to compare on a shared machine.
func ReportCPU(b *testing.B, start time.Duration, bytes int) {
	b.Helper()
	if c := cpuTime() - start; c > 0 {
		b.ReportMetric(float64(c)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(bytes)*float64(b.N)/c.Seconds()/1e6, "cpu-MB/s")
	}
}
