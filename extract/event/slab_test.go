package event

import (
	"testing"

	textpkg "github.com/eventwire/eventwire/extract/text"
)

// TestSlabTake: runs are non-nil even when empty, capped, and never share
// memory, so that an append to one event's list cannot reach another's.
func TestSlabTake(t *testing.T) {
	var sl slab[int]
	var runs [][]int
	for i, n := range []int{0, 3, 8, 1, 0, 40, 5, 600, 2} {
		run := sl.take(n)
		if run == nil {
			t.Fatalf("take(%d) is nil", n)
		}
		if len(run) != n || cap(run) != n {
			t.Fatalf("take(%d): len %d cap %d", n, len(run), cap(run))
		}
		for k := range run {
			if run[k] != 0 {
				t.Fatalf("take(%d)[%d] = %d, not zeroed", n, k, run[k])
			}
			run[k] = i + 1
		}
		runs = append(runs, run)
	}
	for i, run := range runs {
		for k, v := range run {
			if v != i+1 {
				t.Fatalf("run %d[%d] = %d: overwritten by run %d", i, k, v, v-1)
			}
		}
	}
}

// TestLowerAtAsLower: reading an ASCII word from the lower-cased text
// gives what lower gives; other words go through lower.
func TestLowerAtAsLower(t *testing.T) {
	for _, text := range []string{
		"The Ministry of DEFENCE said",
		"Émile ÉCOLE naïve İstanbul ΣΟΦΙΑ",
		"U.S.-led talks, Mr O'Neil's AK-47",
		"",
	} {
		low := textpkg.LowerASCII(text) // as the pipeline's Doc.Lower
		for from := 0; from <= len(text); from++ {
			for to := from; to <= len(text); to++ {
				if got, want := lowerAt(text, low, from, to), lower(text[from:to]); got != want {
					t.Fatalf("lowerAt(%q, %d, %d) = %q, want %q", text, from, to, got, want)
				}
			}
		}
	}
}
