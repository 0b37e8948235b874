//go:build unix

package text

import (
	"syscall"
	"time"
)

// cpuTime reads getrusage(2) for this process: the benchmarks report CPU
// time per operation, which a busy machine moves far less than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
