package organization

import (
	"math/rand/v2"
	"testing"
)

// TestWordFilter: every word added passes; most other words do not, or
// the filter would spare no lookup.
func TestWordFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		b := make([]byte, 1+rng.IntN(12))
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
			if rng.IntN(4) == 0 {
				b[i] -= 'a' - 'A'
			}
		}
		return string(b)
	}
	in := map[string]bool{}
	var words []string
	for range 300 {
		w := word()
		words = append(words, w)
		in[w] = true
	}
	f := newWordFilter(words)
	for w := range in {
		if !f.may(w) {
			t.Errorf("%q added, but may says no", w)
		}
	}
	if f.may("") {
		t.Error(`may("") = true`)
	}
	passed, tried := 0, 0
	for range 10000 {
		if w := word(); !in[w] {
			tried++
			if f.may(w) {
				passed++
			}
		}
	}
	if passed*10 > tried {
		t.Errorf("%d of %d other words pass: the filter spares too few lookups", passed, tried)
	}
}

// TestLexiconFilters: the lexicon's filters let through every word of the
// tables they guard.
func TestLexiconFilters(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for w := range lx.lowBits {
		if !lx.lowFilter.may(w) {
			t.Errorf("lowBits word %q filtered out", w)
		}
	}
	for w := range lx.capBits {
		if !lx.capFilter.may(w) {
			t.Errorf("capBits word %q filtered out", w)
		}
	}
	n := 0
	for k := range lx.keys {
		if !containsSpace(k) {
			n++
			if !lx.keyFilter.may(k) {
				t.Errorf("one-word key %q filtered out", k)
			}
		}
	}
	if n == 0 {
		t.Error("no one-word keys")
	}
}

func containsSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}
