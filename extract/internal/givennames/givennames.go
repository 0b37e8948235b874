package givennames

import (
	_ "embed"
	"hash"
	"strings"

	"github.com/eventwire/eventwire/extract/text"
)

//go:embed data/given_names.txt
var data string

// Set returns the given names as a set: as written ("Aaron") or
// lower-cased, leaving out names shorter than minBytes ("Al" and "Ab" are
// mostly other words).
func Set(lower bool, minBytes int) map[string]bool {
	m := make(map[string]bool, 8500)
	for _, n := range text.Lines(data) {
		if len(n) < minBytes {
			continue
		}
		if lower {
			n = strings.ToLower(n)
		}
		m[n] = true
	}
	return m
}

// Fingerprint writes the list into h, for the rules fingerprint of the
// extractors that read it.
func Fingerprint(h hash.Hash) { text.HashBytes(h, "givennames/data/given_names.txt", []byte(data)) }
