package amount

import (
	"hash"

	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the lexicons, the ISO 4217
// table and the CLDR names) into h, for the pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	text.HashBytes(h, "iso4217.tsv", []byte(iso4217TSV))
	text.HashBytes(h, "cldr_names.tsv", []byte(cldrNamesTSV))
	return text.HashFiles(h, dataFS)
}
