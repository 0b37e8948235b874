package organization

import (
	"hash"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the hand-written lexicons
// and the generated list of named organisations under data/, and the
// shared people's names) into h, for the pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	givennames.PeopleFingerprint(h)
	return text.HashFiles(h, dataFS)
}
