package event

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentEvents runs one Builder from several goroutines; with -race
// it checks that the lazily loaded lexicon and the builder share no state.
func TestConcurrentEvents(t *testing.T) {
	b := New()
	d := seedDoc(t)
	want := New().Events(d)
	var wg sync.WaitGroup
	got := make([][]any, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got[g] = append(got[g], b.Events(d))
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for _, evs := range got[g] {
			if !reflect.DeepEqual(evs, any(want)) {
				t.Fatalf("goroutine %d: events differ from a fresh builder's", g)
			}
		}
	}
}
