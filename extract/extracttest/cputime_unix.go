//go:build unix

package extracttest

import (
	"syscall"
	"time"
)

// cpuTime reads getrusage(2) for this process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
