//go:build !unix

package standard

import "time"

func cpuTime() time.Duration { return 0 }
