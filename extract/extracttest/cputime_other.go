//go:build !unix

package extracttest

import "time"

func cpuTime() time.Duration { return 0 }
