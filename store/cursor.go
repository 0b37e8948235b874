package store

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"time"
)

// SortKey is the key an article sorts by: its SortTime in Unix
// nanoseconds, 8 bytes big-endian with the sign bit flipped (so that
// byte order is time order), then its id.
func SortKey(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(SortNanosOf(t))^(1<<63))
	return append(k, id...)
}

// SortNanosOf is t in Unix nanoseconds, the time part of a sort key,
// clamped to what an int64 holds (the years 1678 to 2262): a page may
// claim any year from 1 to 9998, and time.UnixNano wraps outside that
// range, which sorted a page dated 2500 before 1970 and dropped it from a
// --since window. Times past either end sort together at that end, in id
// order.
func SortNanosOf(t time.Time) int64 {
	switch {
	case t.Before(time.Unix(0, math.MinInt64)):
		return math.MinInt64
	case t.After(time.Unix(0, math.MaxInt64)):
		return math.MaxInt64
	}
	return t.UnixNano()
}

// Cursor is the paging cursor of an article at a sort time: the same
// string from every backend, so that a link made by one pages on
// another.
func Cursor(sortTime time.Time, id string) string {
	return hex.EncodeToString(SortKey(sortTime, id))
}

// CursorKey decodes a cursor back to its sort key; "" gives nil.
func CursorKey(s string) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	k, err := hex.DecodeString(s)
	if err != nil || len(k) < 8 {
		return nil, fmt.Errorf("cursor %q: %w", s, ErrBadCursor)
	}
	return k, nil
}

// ParseCursor reads a cursor back as the sort time in Unix nanoseconds
// and the article id.
func ParseCursor(s string) (int64, string, error) {
	k, err := CursorKey(s)
	if err != nil {
		return 0, "", err
	}
	if k == nil {
		return 0, "", fmt.Errorf("cursor %q: %w", s, ErrBadCursor)
	}
	return SortNanos(k[:8]), string(k[8:]), nil
}

// SortNanos decodes the time part of a sort key.
func SortNanos(k []byte) int64 { return int64(binary.BigEndian.Uint64(k) ^ (1 << 63)) }
