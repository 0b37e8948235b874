package organization

// wordFilter is a set of words that answers "surely not in the set" for
// most words with a few byte reads. The rules look every token of a
// document up in small tables (lowBits, capBits, the lists' first words)
// and nearly every lookup misses: the filter spares the map's hashing for
// those.
type wordFilter struct {
	// first marks the first bytes of the words: most words of a text
	// are told apart by it alone (capBits holds capitalised words).
	first [256]bool
	bits  [64]uint64 // 4,096 bits
}

// filterBit mixes a word's length and three of its bytes into a bit
// number.
func filterBit(w string) uint {
	n := len(w)
	h := uint(n)*0x9E3779B1 ^ uint(w[0])*0x85EBCA77 ^ uint(w[n-1])*0xC2B2AE3D ^ uint(w[n/2])*0x27D4EB2F
	return (h ^ h>>15) & 4095
}

func (f *wordFilter) add(w string) {
	if w == "" {
		return
	}
	f.first[w[0]] = true
	b := filterBit(w)
	f.bits[b>>6] |= 1 << (b & 63)
}

// may reports whether w may be in the set: false means it is not.
func (f *wordFilter) may(w string) bool {
	if w == "" || !f.first[w[0]] {
		return false
	}
	b := filterBit(w)
	return f.bits[b>>6]&(1<<(b&63)) != 0
}
