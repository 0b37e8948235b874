//go:build !unix

package text

import "time"

func cpuTime() time.Duration { return 0 }
