package amount

import (
	"hash"

	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the lexicons and the ISO 4217
// table) into h, for the pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	text.HashBytes(h, "iso4217.tsv", []byte(iso4217TSV))
	return text.HashFiles(h, dataFS)
}
