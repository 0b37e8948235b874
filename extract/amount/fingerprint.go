package amount

import (
	"hash"

	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the lexicons, the ISO 4217
// table and the CLDR names, all under data/) into h, for the pipeline's
// rules fingerprint.
func Fingerprint(h hash.Hash) error { return text.HashFiles(h, dataFS) }
