package store

import (
	"bytes"
	"testing"
	"time"
)

// TestSortKeyOrderAcrossYears: sort keys follow time order for every year
// a page may claim (1 to 9998), not only those time.UnixNano can express.
func TestSortKeyOrderAcrossYears(t *testing.T) {
	times := []time.Time{
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1500, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1677, 9, 21, 0, 12, 44, 0, time.UTC),
		time.Date(1677, 9, 22, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 4, 18, 0, 0, 0, time.UTC),
		time.Date(2262, 4, 11, 23, 47, 16, 0, time.UTC),
		time.Date(2262, 4, 12, 0, 0, 0, 0, time.UTC),
		time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9998, 12, 31, 23, 59, 59, 0, time.UTC),
	}
	for i := 1; i < len(times); i++ {
		a, b := times[i-1], times[i]
		if SortNanosOf(a) > SortNanosOf(b) {
			t.Errorf("SortNanosOf(%v) = %d > SortNanosOf(%v) = %d", a, SortNanosOf(a), b, SortNanosOf(b))
		}
		if bytes.Compare(SortKey(a, "x"), SortKey(b, "x")) > 0 {
			t.Errorf("SortKey(%v) sorts after SortKey(%v)", a, b)
		}
	}
	// Inside the range the key is exact, and decodes back.
	in := time.Date(2024, 2, 4, 18, 0, 0, 5, time.UTC)
	if got := SortNanos(SortKey(in, "id")[:8]); got != in.UnixNano() {
		t.Errorf("SortNanos(SortKey(%v)) = %d, want %d", in, got, in.UnixNano())
	}
}
