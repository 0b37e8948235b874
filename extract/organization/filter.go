package organization

// wordFilter is a set of words that answers "surely not in the set" for
// most words with a few byte reads. The rules look every token of a
// document up in tables (lowBits, capBits, the lists' first words) and
// nearly every lookup misses: the filter spares the map's hashing for
// those.
type wordFilter struct {
	// first marks the first bytes of the words: capBits holds
	// capitalised words, so that most words of a text are told apart by
	// their first byte alone.
	first [256]bool
	// bits has about 16 bits per word, one set for each: a word whose
	// bit is clear is not in the set.
	bits []uint64
	mask uint
}

// newWordFilter returns a filter of the words.
func newWordFilter(words []string) *wordFilter {
	n := uint(64)
	for n < uint(16*len(words)) {
		n *= 2
	}
	f := &wordFilter{bits: make([]uint64, n/64), mask: n - 1}
	for _, w := range words {
		if w == "" {
			continue
		}
		f.first[w[0]] = true
		b := f.bit(w)
		f.bits[b>>6] |= 1 << (b & 63)
	}
	return f
}

// bit mixes a word's length and three of its bytes into a bit number.
func (f *wordFilter) bit(w string) uint {
	n := len(w)
	h := uint(n)*0x9E3779B1 ^ uint(w[0])*0x85EBCA77 ^ uint(w[n-1])*0xC2B2AE3D ^ uint(w[n/2])*0x27D4EB2F
	return (h ^ h>>15 ^ h>>31) & f.mask
}

// may reports whether w may be in the set: false means it is not.
func (f *wordFilter) may(w string) bool {
	if w == "" || !f.first[w[0]] {
		return false
	}
	b := f.bit(w)
	return f.bits[b>>6]&(1<<(b&63)) != 0
}
