package organization

import (
	"hash"

	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the hand-written lexicons
// under data/ and the generated lists of named organisations and personal
// names) into h, for the pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	if err := text.HashFiles(h, dataFS); err != nil {
		return err
	}
	text.HashBytes(h, "known_gen.tsv", knownGen)
	text.HashBytes(h, "people_gen.txt.gz", peopleGz)
	return nil
}
