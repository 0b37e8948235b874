package view

import (
	"sync"
	"time"
)

// A writer (eventwire run) takes bbolt's file lock by trying it without
// blocking and, when a reader holds it, trying again every 50 ms. Readers
// that follow one another without a pause can keep a shared lock on the
// file all the time, and the writer may not find the moment: measured with
// two clients loading pages back to back, a writer waited up to 0.99 s for
// a lock (TestCronNotBlockedByServe; 0.10 to 0.27 s in five other runs). The gate takes turns instead: one
// request holds the database at a time, and after holding it for
// maxStretch without a break the server leaves it free for breakLen, more
// than the writer's retry interval, before the next request opens it. A
// writer then waits at most about maxStretch + breakLen + one request.

const (
	maxStretch = 200 * time.Millisecond
	breakLen   = 60 * time.Millisecond
)

// gate serialises the server's use of the database and makes the breaks.
type gate struct {
	mu       sync.Mutex
	stretch  time.Time // when the current unbroken stretch of use began
	released time.Time // when the database was last closed
}

// enter waits for the database's turn; leave must follow.
func (g *gate) enter() {
	g.mu.Lock()
	now := time.Now()
	switch idle := now.Sub(g.released); {
	case idle >= breakLen:
		g.stretch = now
	case now.Sub(g.stretch) >= maxStretch:
		time.Sleep(breakLen - idle)
		g.stretch = time.Now()
	}
}

func (g *gate) leave() {
	g.released = time.Now()
	g.mu.Unlock()
}
