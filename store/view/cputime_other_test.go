//go:build !unix

package view

import "time"

func cpuTime() time.Duration { return 0 }
