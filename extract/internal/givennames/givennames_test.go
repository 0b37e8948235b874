package givennames

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/text"
)

// TestListIsSortedAndUnique: the generator writes each name once, sorted;
// a hand edit that breaks that shows here.
func TestListIsSortedAndUnique(t *testing.T) {
	var names []string
	for _, n := range text.Lines(data) {
		if n != strings.TrimSpace(n) || strings.ContainsAny(n, " \t") {
			t.Errorf("entry %q has white space", n)
		}
		names = append(names, n)
	}
	if !slices.IsSorted(names) {
		t.Error("names are not sorted")
	}
	if c := slices.Compact(slices.Clone(names)); len(c) != len(names) {
		t.Errorf("%d names listed twice", len(names)-len(c))
	}
}

func TestSet(t *testing.T) {
	tests := []struct {
		name     string
		lower    bool
		minBytes int
		in, out  []string
	}{
		{"as written, all", false, 0, []string{"Aaron", "Al"}, []string{"aaron"}},
		{"lower case, three letters or more", true, 3, []string{"aaron"}, []string{"Aaron", "al", "Al"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Set(tc.lower, tc.minBytes)
			for _, n := range tc.in {
				if !s[n] {
					t.Errorf("Set(%v, %d) lacks %q", tc.lower, tc.minBytes, n)
				}
			}
			for _, n := range tc.out {
				if s[n] {
					t.Errorf("Set(%v, %d) has %q", tc.lower, tc.minBytes, n)
				}
			}
			for n := range s {
				if len(n) < tc.minBytes || (tc.lower && n != strings.ToLower(n)) {
					t.Errorf("Set(%v, %d) has %q", tc.lower, tc.minBytes, n)
				}
			}
		})
	}
}
