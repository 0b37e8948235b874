package event

import (
	"hash"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the trigger lexicon, word
// classes, governors and actor nouns under data/, and the shared given
// names whose gender tells whom a pronoun stands for) into h, for the
// pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	givennames.Fingerprint(h)
	return text.HashFiles(h, dataFS)
}
