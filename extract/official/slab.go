package official

// slab hands out runs of elements from a few arrays, so that a document's
// many short-lived candidates and name words take a few allocations, not
// one each, and the next document reuses them. Pointers into an array stay
// valid until reset: a run that does not fit comes from the next array, one
// kept from an earlier document or a new one.
type slab[T any] struct {
	arrays [][]T // arrays[:cur+1] hold this document's runs; the rest are free
	cur    int
}

// take returns a run of n zero elements. A new array holds twice the last
// one, at least minCap and at most maxCap elements (n if more).
func (s *slab[T]) take(n, minCap, maxCap int) []T {
	for ; s.cur < len(s.arrays); s.cur++ {
		a := s.arrays[s.cur]
		if cap(a)-len(a) >= n {
			s.arrays[s.cur] = a[:len(a)+n]
			return a[len(a) : len(a)+n : len(a)+n]
		}
	}
	last := 0
	if len(s.arrays) > 0 {
		last = cap(s.arrays[len(s.arrays)-1])
	}
	a := make([]T, n, max(n, min(max(minCap, 2*last), maxCap)))
	s.arrays = append(s.arrays, a)
	s.cur = len(s.arrays) - 1
	return a[:n:n]
}

// reset frees every array for the next document, cleared so that it holds
// nothing of this one.
func (s *slab[T]) reset() {
	for i := range s.arrays {
		clear(s.arrays[i])
		s.arrays[i] = s.arrays[i][:0]
	}
	s.cur = 0
}
