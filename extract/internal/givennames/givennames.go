package givennames

import (
	_ "embed"
	"fmt"
	"hash"
	"strings"

	"github.com/eventwire/eventwire/extract/text"
)

var (
	//go:embed data/given_names.txt
	data string
	//go:embed data/given_gender.tsv
	genderData string
)

//go:embed data/people_names.txt
var people string

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

// Gender returns the given names that only one of the two source lists
// holds, lower-cased, with 'm' or 'f'; a name of both lists ("Jordan",
// "Leslie") is not in it. It fails only on a malformed embedded table,
// which the tests rule out.
func Gender() (map[string]byte, error) { return parseGender(genderData) }

func parseGender(data string) (map[string]byte, error) {
	out := make(map[string]byte, 8192)
	for n, line := range text.Lines(data) {
		name, g, ok := strings.Cut(line, "\t")
		if !ok || g != "m" && g != "f" || name == "" {
			return nil, fmt.Errorf("givennames: given_gender.tsv: line %d: want NAME<TAB>m|f, got %q", n, line)
		}
		out[name] = g[0]
	}
	return out, nil
}

// Fingerprint writes the lists into h, for the rules fingerprint of the
// extractors that read them.
func Fingerprint(h hash.Hash) {
	text.HashBytes(h, "givennames/data/given_names.txt", []byte(data))
	text.HashBytes(h, "givennames/data/given_gender.tsv", []byte(genderData))
}

// People returns the people's names (given names and surnames of many
// origins, "Aamodt", "Nakamura") as a set: as written or lower-cased.
func People(lower bool) map[string]bool {
	m := make(map[string]bool, 40000)
	for _, n := range text.Lines(people) {
		if lower {
			n = strings.ToLower(n)
		}
		m[n] = true
	}
	return m
}

// PeopleFingerprint writes the people's names into h, for the rules
// fingerprint of the extractors that read them.
func PeopleFingerprint(h hash.Hash) {
	text.HashBytes(h, "givennames/data/people_names.txt", []byte(people))
}
