package official

import (
	"math/rand"
	"testing"
)

// TestSlabRunsStayApart takes runs of random lengths over several
// documents and checks that every run is handed out zeroed and keeps its
// values while later runs of the same document are written.
func TestSlabRunsStayApart(t *testing.T) {
	var s slab[int]
	r := rand.New(rand.NewSource(3))
	for doc := 0; doc < 20; doc++ {
		var runs [][]int
		for i := 0; i < 50; i++ {
			n := 1 + r.Intn(12)
			run := s.take(n, 4, 64)
			if len(run) != n || cap(run) != n {
				t.Fatalf("doc %d: take(%d) gave len %d cap %d", doc, n, len(run), cap(run))
			}
			for j, v := range run {
				if v != 0 {
					t.Fatalf("doc %d run %d: element %d is %d, want a zeroed run", doc, i, j, v)
				}
				run[j] = doc*1000 + i
			}
			runs = append(runs, run)
		}
		for i, run := range runs {
			for _, v := range run {
				if v != doc*1000+i {
					t.Fatalf("doc %d run %d: holds %d, a later run overwrote it", doc, i, v)
				}
			}
		}
		s.reset()
	}
	if len(s.arrays) > 20 {
		t.Errorf("%d arrays after 20 documents of the same size: the arrays are not reused", len(s.arrays))
	}
}
