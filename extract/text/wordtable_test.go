package text

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// pack packs a word of 1 to MaxPacked bytes as GetPacked reads it.
func pack(w string) uint64 {
	v := uint64(len(w)) << 56
	for i := range len(w) {
		v |= uint64(w[i]) << (8 * i)
	}
	return v
}

// TestWordTable checks WordTable against a Go map: every word of each
// table, each changed by a byte, cut short, grown and upper-cased, and
// random words, by Get and, for the words packed into their keys,
// GetPacked.
func TestWordTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 9))
	random := func(n, maxLen int, alphabet string) []string {
		ws := make([]string, n)
		for i := range ws {
			b := make([]byte, 1+rng.IntN(maxLen))
			for k := range b {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			}
			ws[i] = string(b)
		}
		return ws
	}
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
	}
	// Long words alike in their length and first and last eight bytes
	// share a key: their probe must compare the words.
	var sameKey []string
	for c := 'a'; c <= 'z'; c++ {
		sameKey = append(sameKey, "abcdefgh"+string(c)+"ijklmnop", "abcdefgh"+string(c)+string(c)+"ijklmnop")
	}
	edge := []string{"", "a", "z", "\x00", "\xff", "é", "ab", "abcdefg", "abcdefgh", "abcdefgha", "abcdefg\x00",
		"\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00", "\xff\xff\xff\xff\xff\xff\xff",
		"\xff\xff\xff\xff\xff\xff\xff\xff", "москва", "são", "istanbul", "İstanbul", "1990s", "u.s.", "thanksgiving"}
	for _, tc := range []struct {
		name  string
		words []string
		zero  []string // in the map with the zero value: not in the table
		ask   []string
	}{
		{name: "empty", ask: edge},
		{name: "edge", words: edge, ask: random(2000, 10, "abcdefgh\x00\xff")},
		{name: "no_empty_word", words: edge[1:], ask: edge},
		{name: "zero_values", words: edge[6:], zero: edge[:6], ask: edge},
		{name: "same_key", words: sameKey[:len(sameKey)/2], ask: sameKey},
		{name: "one_byte", words: random(100, 1, string(all)), ask: random(500, 2, string(all))},
		{name: "short_letters", words: random(3000, 7, "abcdefghijklmnopqrstuvwxyz"), ask: random(20000, 9, "abcdefghijklmnopqrstuvwxyz")},
		{name: "any_bytes", words: random(5000, 20, string(all)), ask: random(20000, 20, string(all))},
		{name: "few_letters", words: random(4000, 16, "ab"), ask: random(20000, 18, "ab")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := map[string]int32{}
			for i, w := range tc.words {
				m[w] = int32(i + 1)
			}
			for _, w := range tc.zero {
				m[w] = 0
			}
			tab := NewWordTable(m)
			ask := append([]string{}, tc.ask...)
			for w := range m {
				ask = append(ask, w, w+"s", w+"\x00", strings.ToUpper(w))
				if w != "" {
					b := []byte(w)
					b[len(b)/2]++
					ask = append(ask, w[:len(w)-1], w[1:], string(b))
				}
			}
			for _, w := range ask {
				if got, want := tab.Get(w), m[w]; got != want {
					t.Fatalf("Get(%q) = %d, want %d", w, got, want)
				}
				if len(w) >= 1 && len(w) <= MaxPacked {
					if got, want := tab.GetPacked(pack(w)), m[w]; got != want {
						t.Fatalf("GetPacked(PackWord(%q)) = %d, want %d", w, got, want)
					}
				}
			}
		})
	}
}

// TestWordKeys checks that find packs a short word as GetPacked reads
// it, and gives a long one a key no short word has.
func TestWordKeys(t *testing.T) {
	tab := NewWordTable(map[string]bool{})
	for _, w := range []string{"", "a", "\x00", "\xff", "ab", "\x00\x00", "abc", "abcd", "a\x00cd", "abcde", "abcdef", "abcdefg",
		"\xff\xff\xff\xff\xff\xff\xff", "\x00\x00\x00\x00\x00\x00\x00", "abcdefgh", "\x00\x00\x00\x00\x00\x00\x00\x00", "москва"} {
		_, k := tab.find(0, w)
		if w != "" && len(w) <= MaxPacked {
			if k != pack(w) {
				t.Errorf("key of %q = %#x, want %#x", w, k, pack(w))
			}
		} else if k < longKey {
			t.Errorf("key of %q = %#x, a short word's", w, k)
		}
	}
}

// TestWordTableValues checks a table of another value type, as date keeps
// bit sets.
func TestWordTableValues(t *testing.T) {
	m := map[string]uint64{}
	for i := range 600 {
		m[fmt.Sprint("w", i*7919)] = 1 << (i % 64)
	}
	tab := NewWordTable(m)
	for i := range 6000 {
		w := fmt.Sprint("w", i*7919/10)
		if got, want := tab.Get(w), m[w]; got != want {
			t.Fatalf("Get(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestNotLower8 puts every byte value at every position among letters and
// other bytes, and compares NotLower8 with a test of each byte alone.
func TestNotLower8(t *testing.T) {
	for _, fill := range []string{"abcdwxyz", "zzzzzzzz", "aZ`{@[\x80\xff", "\x00\x7f\x60\x7b\x61\x7a\x41\x5a"} {
		for pos := range 8 {
			for c := range 256 {
				b := []byte(fill)
				b[pos] = byte(c)
				var want uint64
				for i, x := range b {
					if x < 'a' || x > 'z' {
						want |= 0x80 << (8 * i)
					}
				}
				if got := NotLower8(Load64(string(b))); got != want {
					t.Fatalf("NotLower8(%q) = %#x, want %#x", b, got, want)
				}
			}
		}
	}
}
