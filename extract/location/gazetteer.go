package location

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strings"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/text"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Place kinds, as in extract.Location.Kind.
const (
	KindCountry   = "country"
	KindAdmin1    = "admin1"
	KindAdmin2    = "admin2"
	KindCity      = "city"
	KindIsland    = "island"
	KindRegion    = "region"
	KindContinent = "continent"
	KindWater     = "water"
	KindLandmark  = "landmark"
)

// Place is one gazetteer entry.
type Place struct {
	Name    string
	Kind    string
	Country string
	Admin1  string
	Lat     float32
	Lon     float32
	Pop     int32
	ID      int32
	// Capital marks a national capital, Seat a first-level administrative
	// seat, Independent a sovereign country.
	Capital, Seat, Independent bool
}

// sense is one reading of a name.
type sense struct {
	place   int32
	alias   bool // an alternate name, not the place's own
	demonym bool
	abbrev  bool // a written abbreviation ("Ky.", "NSW"), not an acronym
}

// entry is what a normalized key maps to. A key can be only a prefix of
// longer names (senses empty), which lets the matcher stop early.
type entry struct {
	senses []sense
	prefix bool // some longer name starts with this key plus a token
	// kinds sums up the senses, and top is the index in senses of the
	// reading with the highest prior (see senseKinds): both are the same
	// in every document, so the derived data carries them.
	kinds entryKinds
	top   int32
}

// Gazetteer is the loaded place table with the word lists the matcher uses.
// It is read-only after load and safe for concurrent use.
type Gazetteer struct {
	places []Place
	// keys finds a normalized key's entry in entries (entry i has key i).
	keys    *keyTable
	entries []entry
	// maxTokens bounds a name's length in tokens.
	maxTokens int

	common   map[string]bool // common lower-case English words
	stop     map[string]bool // lower-cased stoplist
	names    map[string]bool // lower-cased personal names that are also places
	given    map[string]bool // lower-cased English given names
	titles   map[string]bool // lower-cased person titles
	orgs     map[string]bool // lower-cased organisation heads
	after    map[string]bool // lower-cased words that may follow a place
	suffixes map[string]bool // lower-cased words that extend a place ("County")
	disease  map[string]bool // lower-case words after a place that name a disease
	versus   map[string]bool // lower-case words next to a town that make it a team
	streets  *streetHeads
}

// entry returns the entry of a normalized key, or nil.
func (g *Gazetteer) entry(key string) *entry {
	if i := g.keys.findString(key); i >= 0 {
		return &g.entries[i]
	}
	return nil
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Lookup returns the places a name can mean (normalized as the matcher
// does), with demonyms included.
func (g *Gazetteer) Lookup(name string) []Place {
	e := g.named(name)
	if e == nil {
		return nil
	}
	out := make([]Place, 0, len(e.senses))
	for _, s := range e.senses {
		out = append(out, g.places[s.place])
	}
	return out
}

// Load reads the embedded data. The extractor calls it once, lazily.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := g.loadDerived(derivedZst, derivedNum); err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	var err error
	if g.common, err = readWordsGz(wordsGz); err != nil {
		return nil, fmt.Errorf("load words: %w", err)
	}
	g.given = givennames.Set(true, 3)
	if g.stop, err = readList("data/stopwords.txt"); err != nil {
		return nil, err
	}
	if g.names, err = readList("data/names.txt"); err != nil {
		return nil, err
	}
	if g.streets, err = loadStreetHeads(); err != nil {
		return nil, err
	}
	sec, err := readSections("data/context.txt")
	if err != nil {
		return nil, err
	}
	g.titles, g.orgs, g.after = sec["title"], sec["org"], sec["after"]
	g.suffixes, g.disease, g.versus = sec["suffix"], sec["disease"], sec["versus"]
	return g, nil
}

func eachTSV(path string, cols int, fn func([]string) error) error {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	return text.Table(path, string(b), cols, fn)
}

func readList(path string) (map[string]bool, error) {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return text.WordSet(string(b), true), nil
}

func readSections(path string) (map[string]map[string]bool, error) {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	sec, err := text.Sections(path, string(b), false)
	if err != nil {
		return nil, err
	}
	out := make(map[string]map[string]bool, len(sec))
	for name, entries := range sec {
		out[name] = make(map[string]bool, len(entries))
		for _, e := range entries {
			out[name][strings.ToLower(e)] = true
		}
	}
	return out, nil
}

// readSectionsRaw reads a sectioned list with its entries as written.
func readSectionsRaw(path, data string) (map[string][]string, error) {
	return text.Sections(path, data, false)
}

func readWordsGz(b []byte) (map[string]bool, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	all, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, 40000)
	for _, w := range strings.Split(string(all), "\n") {
		if w != "" {
			out[strings.ToLower(w)] = true
		}
	}
	return out, nil
}
