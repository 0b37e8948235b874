package text

import "math/bits"

// WordTable maps words to values, for the extractors that look up every
// word of a text in a lexicon: an open-addressing hash table cheaper to
// ask than a Go map of strings. Most words of a text are short, and a word
// of 1 to MaxPacked bytes is packed into an integer (see GetPacked) that
// is both its key and, multiplied, its hash; a longer word's key is a
// hash of its length and its first and last eight bytes, and its probe
// compares the word itself only when the keys agree. Most words asked are
// in no table: a bitmap with a bit for each word's hash, a few KB that
// stay in the cache, turns most of them away before a probe; and a word
// of one byte, punctuation mostly, is read from a table of its own.
//
// A word not in the table gets the zero V, so the zero V is no answer of
// its own: a table leaves out the words that map to it.
type WordTable[V comparable] struct {
	keys  []uint64 // each slot's key; 0 is an empty slot. A power of two long, at most a quarter full
	vals  []V
	words []string // each slot's word, read for a long key only
	shift uint     // 64 - log2(len(keys)): the top bits of a hash index keys
	// may has bit hash>>mayShift set for every word: eight bits a slot.
	may      []uint64
	mayShift uint
	one      [256]V // the words of one byte
}

// MaxPacked is the longest word packed into its key.
const MaxPacked = 7

// longKey is the top bit of a long word's key, which no packed word has.
const longKey = 1 << 63

// NewWordTable builds the table of m, without its words that map to the
// zero V.
func NewWordTable[V comparable](m map[string]V) *WordTable[V] {
	var zero V
	size, shift := 16, uint(64-4)
	for size < 4*len(m) {
		size, shift = 2*size, shift-1
	}
	t := &WordTable[V]{keys: make([]uint64, size), vals: make([]V, size), words: make([]string, size),
		shift: shift, may: make([]uint64, size/8), mayShift: shift - 3}
	for w, v := range m {
		if v == zero {
			continue
		}
		if len(w) == 1 {
			t.one[w[0]] = v
		}
		_, k := t.find(0, w) // not there yet: find is asked for the key
		h := hashKey(k)
		b := h >> t.mayShift
		t.may[b/64] |= 1 << (b % 64)
		i := h >> t.shift
		for t.keys[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.keys[i], t.vals[i], t.words[i] = k, v, w
	}
	return t
}

// Get returns w's value, the zero V when w is not in the table.
func (t *WordTable[V]) Get(w string) V {
	v, _ := t.find(0, w)
	return v
}

// GetPacked is Get of a word of 1 to MaxPacked bytes given packed: its
// bytes from the lowest, its length in the top byte (as for "ab",
// 'a' | 'b'<<8 | 2<<56), for a caller that packs a word as it reads it.
func (t *WordTable[V]) GetPacked(p uint64) V {
	v, _ := t.find(p, "")
	return v
}

// find returns the value of key k and k, or when k is 0 those of w's
// key. w is the word of a long key. The key is made here, not in a
// function of its own, as a call of that cost a lookup a few percent;
// loads that overlap, or three bytes of which two may be the same, pack a
// word without a loop over its bytes.
func (t *WordTable[V]) find(k uint64, w string) (V, uint64) {
	if k == 0 {
		switch n := len(w); {
		case n > MaxPacked:
			a, b := Load64(w), Load64(w[n-8:])
			k = (a ^ bits.RotateLeft64(b*0x9E3779B97F4A7C15, 31) ^ uint64(n)) | longKey
		case n >= 4:
			k = load32(w) | load32(w[n-4:])<<(8*(n-4)&63) | uint64(n)<<56
		case n >= 2:
			k = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)&63) | uint64(w[n-1])<<(8*(n-1)&63) | uint64(n)<<56
		case n == 1:
			return t.one[w[0]], uint64(w[0]) | 1<<56
		default:
			k = longKey // ""
		}
	}
	h := hashKey(k)
	if b := h >> (t.mayShift & 63); t.may[b/64]&(1<<(b%64)) != 0 {
		mask := uint64(len(t.keys) - 1)
		for i := h >> (t.shift & 63); ; i = (i + 1) & mask {
			switch t.keys[i] {
			case k:
				if k < longKey || t.words[i] == w {
					return t.vals[i], k
				}
			case 0:
				var zero V
				return zero, k
			}
		}
	}
	var zero V
	return zero, k
}

func hashKey(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 }

// load32 reads the first four bytes of s, the lowest first.
func load32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// Load64 reads the first eight bytes of s, the lowest first: a word's
// bytes as one integer, for the readers that test eight letters at once.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// NotLower8 returns the bytes of x, eight bytes of text, that are not ASCII
// lower-case letters, as the high bit of each such byte (every other bit
// clear): the test of eight letters at once that the readers share. No sum
// carries from one byte into the next, as the high bits are cleared first.
func NotLower8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	y := x &^ high
	return (y + (0x80-'z'-1)*ones | ^(y + (0x80-'a')*ones) | x) & high
}
