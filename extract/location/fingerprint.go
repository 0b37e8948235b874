package location

import (
	"hash"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/text"
)

// Fingerprint writes the data the rules read (the generated gazetteer and
// word lists, the hand-written tables) into h, for the pipeline's rules
// fingerprint.
func Fingerprint(h hash.Hash) error {
	text.HashBytes(h, "gazetteer.bin.zst", derivedZst)
	text.HashBytes(h, "gazetteer.num.bin", derivedNum)
	text.HashBytes(h, "words.txt.gz", wordsGz)
	givennames.Fingerprint(h)
	return text.HashFiles(h, dataFS)
}
