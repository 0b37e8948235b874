package store

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"time"
)

// Cursor is the paging cursor of an article at a sort time: the same
// string from every backend, so that a link made by one pages on
// another.
func Cursor(sortTime time.Time, id string) string {
	return hex.EncodeToString(pubKey(sortTime, id))
}

// ParseCursor reads a cursor back as the sort time in Unix nanoseconds
// and the article id.
func ParseCursor(s string) (int64, string, error) {
	k, err := decodeCursor(s)
	if err != nil {
		return 0, "", err
	}
	if k == nil {
		return 0, "", fmt.Errorf("cursor %q: %w", s, ErrBadCursor)
	}
	return SortNanos(k[:8]), string(k[8:]), nil
}

// SortNanos decodes the first 8 bytes of an index key.
func SortNanos(k []byte) int64 { return int64(binary.BigEndian.Uint64(k) ^ (1 << 63)) }
