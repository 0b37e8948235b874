package event

import (
	"math/rand/v2"
	"slices"
	"testing"

	textpkg "github.com/eventwire/eventwire/extract/text"
)

// TestIndexWordsAsAppending holds indexWords equal to what appending pair
// by pair gave (a mention not repeated next to itself, first-seen order).
func TestIndexWordsAsAppending(t *testing.T) {
	words := []string{"police", "polic", "ministry", "bank", "the", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		var pairs []wordOf
		for range r.IntN(20) {
			pairs = append(pairs, wordOf{words[r.IntN(len(words))], r.IntN(4)})
		}
		want := map[string][]int{}
		for _, p := range pairs {
			if ws := want[p.w]; len(ws) == 0 || ws[len(ws)-1] != p.mi {
				want[p.w] = append(ws, p.mi)
			}
		}
		got := map[string][]int{}
		rest := indexWords(got, slices.Clone(pairs))
		if len(rest) != 0 {
			t.Fatalf("round %d: pairs left: %v", round, rest)
		}
		if len(got) != len(want) {
			t.Fatalf("round %d: %d words, want %d (%v)", round, len(got), len(want), pairs)
		}
		for w, ws := range want {
			if !slices.Equal(got[w], ws) {
				t.Fatalf("round %d: %q: %v, want %v (%v)", round, w, got[w], ws, pairs)
			}
			if cap(got[w]) != len(got[w]) {
				t.Fatalf("round %d: %q: cap %d > len %d: an append would write into the next list", round, w, cap(got[w]), len(got[w]))
			}
		}
	}
}

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
