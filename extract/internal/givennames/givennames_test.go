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
	for _, l := range []struct{ name, data string }{{"given_names.txt", data}, {"people_names.txt", people}} {
		t.Run(l.name, func(t *testing.T) { checkSortedUnique(t, l.data) })
	}
}

func checkSortedUnique(t *testing.T, data string) {
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

// TestGender: the gender table holds names of one sex only, each a name of
// the full list, and none of those the two lists share.
func TestGender(t *testing.T) {
	g, err := Gender()
	if err != nil {
		t.Fatal(err)
	}
	all := Set(true, 0)
	for n, sex := range g {
		if sex != 'm' && sex != 'f' {
			t.Errorf("%q: gender %q", n, sex)
		}
		if !all[n] {
			t.Errorf("%q is in the gender table but not in the list of given names", n)
		}
	}
	for _, tc := range []struct {
		name string
		want byte
	}{{"john", 'm'}, {"margaret", 'f'}, {"jordan", 0}, {"leslie", 0}} {
		if got := g[tc.name]; got != tc.want {
			t.Errorf("Gender()[%q] = %q, want %q", tc.name, got, tc.want)
		}
	}
	if len(g) < 7000 || len(g) >= len(all) {
		t.Errorf("%d gendered names of %d: the table looks truncated or unfiltered", len(g), len(all))
	}
}

// TestGenderMalformed: a bad line is an error, not a silent skip.
func TestGenderMalformed(t *testing.T) {
	if _, err := parseGender("# header\nanna\tf\nbob\tx\n"); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Fatalf("Gender() error = %v, want one naming line 3", err)
	}
}

func TestPeople(t *testing.T) {
	asWritten, lower := People(false), People(true)
	for _, n := range []string{"Aaron", "Nakamura", "Okonkwo"} {
		if !asWritten[n] || !lower[strings.ToLower(n)] {
			t.Errorf("People lacks %q (as written %v, lower case %v)", n, asWritten[n], lower[strings.ToLower(n)])
		}
	}
	if asWritten["nakamura"] {
		t.Error("People(false) has the lower-cased \"nakamura\"")
	}
	for n := range lower {
		if n != strings.ToLower(n) {
			t.Errorf("People(true) has %q", n)
		}
	}
	if len(lower) < 30000 {
		t.Errorf("People(true): %d names, want at least 30000", len(lower))
	}
}
