package official

import (
	"hash"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (titles, names, cues, ...)
// into h, for the pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	givennames.Fingerprint(h)
	givennames.PeopleFingerprint(h)
	return text.HashFiles(h, dataFS)
}
