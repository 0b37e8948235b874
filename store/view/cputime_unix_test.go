//go:build unix

package view

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used: on a machine that other
// work shares, CPU time per operation moves less than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
