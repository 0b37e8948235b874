package text

import (
	"fmt"
	"hash"
	"io/fs"
)

// HashFiles writes every file of fsys (in path order, as fs.WalkDir goes)
// into h, each as its path, length and content, so that renaming or
// moving data changes the hash as well as editing it. Extractors use it to
// fingerprint the lexicons they embed.
func HashFiles(h hash.Hash, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		HashBytes(h, path, b)
		return nil
	})
}

// HashBytes writes one named piece of data into h as HashFiles does.
func HashBytes(h hash.Hash, name string, b []byte) {
	fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
	h.Write(b)
}

// Fingerprint writes the sentence splitter's abbreviation lexicon into h,
// for the pipeline's rules fingerprint.
func Fingerprint(h hash.Hash) error {
	HashBytes(h, "text/data/abbreviations.txt", []byte(abbreviationsData))
	return nil
}
