package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestExtractJSONLRestoresGC: extract --jsonl turns the collector off
// while the first line loads the tables, and gives back the settings it
// found, after a line and with no line at all.
func TestExtractJSONLRestoresGC(t *testing.T) {
	percent := debug.SetGCPercent(137)
	limit := debug.SetMemoryLimit(3 << 30)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	for _, in := range []string{`{"id":1,"text":"Talks began on Monday."}` + "\n", ""} {
		if code, _, stderr := runCLI(t, in, "extract", "--jsonl"); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if p := debug.SetGCPercent(137); p != 137 {
			t.Errorf("GC percent %d after extract --jsonl of %q, want 137", p, in)
		}
		if l := debug.SetMemoryLimit(-1); l != 3<<30 {
			t.Errorf("memory limit %d after extract --jsonl of %q, want %d", l, in, 3<<30)
		}
	}
	g := pauseGC()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("GC percent %d while paused, want -1 (off)", p)
	}
	if l := debug.SetMemoryLimit(-1); l != startupMemoryLimit {
		t.Errorf("memory limit %d while paused, want %d", l, startupMemoryLimit)
	}
	g.resume()
	g.resume()
	if p := debug.SetGCPercent(137); p != 137 {
		t.Errorf("GC percent %d after resume, want 137", p)
	}
}

// TestPausedGCAdmit: a short first line is extracted with the collector
// paused, a long text or page resumes it first.
func TestPausedGCAdmit(t *testing.T) {
	percent := debug.SetGCPercent(137)
	defer debug.SetGCPercent(percent)
	short, long := "Talks began on Monday.", strings.Repeat("Talks began on Monday. ", pausedInputMax/20)
	for _, tc := range []struct {
		name   string
		in     jsonlInput
		paused bool
	}{
		{"short text", jsonlInput{Text: &short}, true},
		{"short page", jsonlInput{HTML: &short}, true},
		{"neither", jsonlInput{}, true},
		{"long text", jsonlInput{Text: &long}, false},
		{"long page", jsonlInput{HTML: &long}, false},
	} {
		g := pauseGC()
		g.admit(&tc.in)
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		if paused := p == -1; paused != tc.paused {
			t.Errorf("%s: collector paused %v after admit, want %v", tc.name, paused, tc.paused)
		}
		g.resume()
		if p := debug.SetGCPercent(137); p != 137 {
			t.Errorf("%s: GC percent %d after resume, want 137", tc.name, p)
		}
	}
}
