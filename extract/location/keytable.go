package location

import "hash/maphash"

// keyTable finds a normalized key's entry. It replaces a Go map with a
// quarter of a million string keys: the keys arrive from the derived data as
// one string and their offsets, so building the table is one hash per key
// into a slice of int32 (no string header, no map growth, nothing for the
// collector to scan), where the map cost a third of the load.
type keyTable struct {
	seed maphash.Seed
	keys string   // every key, in entry order, end to end
	offs []uint32 // key i is keys[offs[i]:offs[i+1]]
	// slots is an open-addressing table with linear probing. A slot holds
	// the key's index plus one in its low 32 bits (zero: empty) and the
	// high 32 bits of the key's hash in its high bits, so that a probe
	// compares a key only when the hashes agree: most lookups of the
	// matcher miss, and then touch no key. Its length is a power of two at
	// least twice the number of keys.
	slots []uint64
	mask  uint64
	// bloom has one bit per key set, chosen by bits of the hash the slot
	// index does not use: most of the matcher's lookups miss, and this
	// half of the slots' size (which stays in the cache) tells most
	// misses without a probe into the slots.
	bloom []uint64
	bmask uint64
}

// bloomShift moves the hash bits that pick a bloom bit past those that pick
// a slot (a table of a quarter of a million keys has 2^19 slots).
const bloomShift = 24

// bloomBit returns the word and the bit of h in bloom.
func (t *keyTable) bloomBit(h uint64) (uint64, uint64) {
	b := h >> bloomShift & t.bmask
	return b >> 6, 1 << (b & 63)
}

// slot packs key i and its hash h.
func slot(i int32, h uint64) uint64 { return h&^(1<<32-1) | uint64(i+1) }

// newKeyTable indexes the keys given as one string and len(keys)+1 offsets.
// The keys must be distinct.
func newKeyTable(keys string, offs []uint32) *keyTable {
	n := len(offs) - 1
	size := 1
	for size < 2*n {
		size <<= 1
	}
	// four bloom bits a slot, eight a key at least: about one bit in nine
	// is set, and a miss passes the filter as often
	bits := max(4*size, 64)
	t := &keyTable{seed: maphash.MakeSeed(), keys: keys, offs: offs, slots: make([]uint64, size), mask: uint64(size - 1),
		bloom: make([]uint64, bits/64), bmask: uint64(bits - 1)}
	for i := range int32(n) {
		h := maphash.String(t.seed, t.key(i))
		w, b := t.bloomBit(h)
		t.bloom[w] |= b
		j := h & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot(i, h)
	}
	return t
}

// len returns the number of keys.
func (t *keyTable) len() int { return len(t.offs) - 1 }

// key returns key i: a slice of the shared string, so a match's key costs
// no copy.
func (t *keyTable) key(i int32) string { return t.keys[t.offs[i]:t.offs[i+1]] }

// find returns the index of key k, or -1.
func (t *keyTable) find(k []byte) int32 {
	h := maphash.Bytes(t.seed, k)
	if w, b := t.bloomBit(h); t.bloom[w]&b == 0 {
		return -1
	}
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		if i := int32(uint32(s)) - 1; s == slot(i, h) && t.key(i) == string(k) {
			return i
		}
	}
}

// findString is find for a string key.
func (t *keyTable) findString(k string) int32 {
	h := maphash.String(t.seed, k)
	if w, b := t.bloomBit(h); t.bloom[w]&b == 0 {
		return -1
	}
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		if i := int32(uint32(s)) - 1; s == slot(i, h) && t.key(i) == k {
			return i
		}
	}
}
