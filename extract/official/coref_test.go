package official

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCapsEntityMatchesMap checks capsEntity, which compares a few
// entities one by one, against the map of surnamesInCaps, on random
// entities that share surnames, in every case and script.
func TestCapsEntityMatchesMap(t *testing.T) {
	names := []string{"Smith", "smith", "SMITH", "Kim", "Lee", "Müller", "MÜLLER", "Øst", "Ng", "de", "Van", "O'Neill", "ß", "Straße"}
	r := rand.New(rand.NewSource(3))
	found, ambiguous := 0, 0
	for round := 0; round < 2000; round++ {
		ents := make([]*entity, r.Intn(fewEntities+1))
		for i := range ents {
			words := make([]string, 1+r.Intn(3))
			for j := range words {
				words[j] = names[r.Intn(len(names))]
			}
			ents[i] = &entity{words: words, eastAsian: r.Intn(3) == 0}
		}
		upper := surnamesInCaps(ents)
		for _, n := range names {
			for _, w := range []string{n, strings.ToUpper(n), strings.ToLower(n)} {
				want, ok := upper[w]
				if got := capsEntity(ents, w); got != want {
					t.Fatalf("capsEntity(%q) = %v, the map says %v", w, got, want)
				}
				if want != nil {
					found++
				} else if ok {
					ambiguous++
				}
			}
		}
	}
	if found == 0 || ambiguous == 0 {
		t.Fatalf("found %d, ambiguous %d: the test misses a case", found, ambiguous)
	}
}
