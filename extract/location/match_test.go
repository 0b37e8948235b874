package location

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

func TestStartsAtEndsAt(t *testing.T) {
	// tokens [0,2) [3,4) [5,7) and [6,7): the third match took the
	// fourth's first token as a suffix word, so both end on token 6
	ms := []match{{t0: 0, t1: 2}, {t0: 3, t1: 4}, {t0: 5, t1: 7}, {t0: 6, t1: 7}}
	tests := []struct {
		name       string
		tok        int
		start, end int // match index, -1 for none
	}{
		{"first token of the first match", 0, 0, -1},
		{"last token of the first match", 1, -1, 0},
		{"a one-token match", 3, 1, 1},
		{"no match there", 2, -1, -1},
		{"two end on one token: the last", 6, 3, 3},
		{"past the end", 9, -1, -1},
		{"before the start", -1, -1, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := func(i int, ok bool) int {
				if !ok {
					return -1
				}
				return i
			}
			if s := got(startsAt(ms, tc.tok)); s != tc.start {
				t.Errorf("startsAt(%d) = %d; want %d", tc.tok, s, tc.start)
			}
			if e := got(endsAt(ms, tc.tok)); e != tc.end {
				t.Errorf("endsAt(%d) = %d; want %d", tc.tok, e, tc.end)
			}
		})
	}
}

// TestReadingReuse runs the test articles one after another through one
// extractor, whose readings are reused, twice over, and expects each
// article's mentions to equal those of a fresh reading.
func TestReadingReuse(t *testing.T) {
	g, _, err := shared.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(names) < 2 {
		t.Fatalf("test articles: %v %v", names, err)
	}
	x := shared
	for round := range 2 {
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want := g.extract(&extract.Doc{Text: string(b)}, newReading())
			got := x.Extract(&extract.Doc{Text: string(b)})
			if len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %s: %d mentions from a reused reading, %d from a fresh one", round, name, len(got), len(want))
			}
		}
	}
}
