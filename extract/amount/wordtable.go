package amount

// wordTable finds a lower-case word's entry in lexicon.entries. A Go map
// of strings was the package's largest cost, one lookup per word of every
// text through the runtime's general string hashing; most words are
// short, and a word of up to seven bytes is here packed into an integer
// (its bytes and its length) that is both its hash and its key, in an
// open-addressing table. Longer words go to a map.
type wordTable struct {
	keys  []uint64 // packed words; 0 is an empty slot; a power of two long
	ents  []int32  // the entry of each slot
	shift uint     // 64 - log2(len(keys)): the top bits of a hash index keys
	long  map[string]int32
	// longMay has the bit of longSig set for every word in long: a
	// longer word whose bit is clear is not in the table, without a
	// lookup.
	longMay [1 << 16 / 64]uint64
	// may has bit hash>>mayShift set for every packed word in keys:
	// most words of a text are in no table, and this small bitmap, not
	// the table, tells them apart.
	may [1 << 15 / 64]uint64
}

const mayShift = 64 - 15

// longSig is a longer word's signature: its length, first and last byte.
func longSig(w string) uint32 {
	return uint32(len(w)&15)<<12 | uint32(w[0]&63)<<6 | uint32(w[len(w)-1]&63)
}

// findLong finds a word of more than maxPacked bytes.
func (t *wordTable) findLong(w string) int32 {
	if s := longSig(w); t.longMay[s/64]&(1<<(s%64)) == 0 {
		return 0
	}
	return t.long[w]
}

// maxPacked is the longest word packed into an integer.
const maxPacked = 7

// packWord packs a word of 1 to maxPacked bytes: the bytes from the
// lowest, the length in the top byte. Two words pack alike only when they
// are the same.
func packWord(w string) uint64 {
	v := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		v |= uint64(w[i]) << (8 * i)
	}
	return v
}

// newWordTable builds the table over words, which maps each word to its
// entry index (1 and up).
func newWordTable(words map[string]int32) wordTable {
	short := 0
	for w := range words {
		if len(w) <= maxPacked && w != "" {
			short++
		}
	}
	size := 16
	for size < 2*short {
		size *= 2
	}
	t := wordTable{keys: make([]uint64, size), ents: make([]int32, size), shift: 64, long: map[string]int32{}}
	for s := size; s > 1; s /= 2 {
		t.shift--
	}
	mask := uint64(size - 1)
	for w, e := range words {
		if len(w) > maxPacked || w == "" {
			t.long[w] = e
			if w != "" {
				s := longSig(w)
				t.longMay[s/64] |= 1 << (s % 64)
			}
			continue
		}
		v := packWord(w)
		h := hashPacked(v) >> mayShift
		t.may[h/64] |= 1 << (h % 64)
		i := t.slot(v)
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.ents[i] = v, e
	}
	return t
}

func hashPacked(v uint64) uint64 { return v * 0x9E3779B97F4A7C15 }

// slot is where packed word v's probe starts.
func (t *wordTable) slot(v uint64) uint64 {
	return hashPacked(v) >> t.shift
}

// lookupBytes is lookup of string(b).
func (t *wordTable) lookupBytes(b []byte) int32 {
	if len(b) > maxPacked || len(b) == 0 {
		return t.long[string(b)]
	}
	v := uint64(len(b)) << 56
	for i, c := range b {
		v |= uint64(c) << (8 * i)
	}
	return t.find(v)
}

// lookup returns w's entry index, 0 when w is not in the table.
func (t *wordTable) lookup(w string) int32 {
	if len(w) > maxPacked || w == "" {
		if w == "" {
			return t.long[w]
		}
		return t.findLong(w)
	}
	return t.find(packWord(w))
}

// find looks up a packed word.
func (t *wordTable) find(v uint64) int32 {
	h := hashPacked(v)
	if m := h >> mayShift; t.may[m/64]&(1<<(m%64)) == 0 {
		return 0
	}
	mask := uint64(len(t.keys) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		k := t.keys[i]
		if k == v {
			return t.ents[i]
		}
		if k == 0 {
			return 0
		}
	}
}
