package location

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"math"
	"strconv"
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
}

// Gazetteer is the loaded place table with the word lists the matcher uses.
// It is read-only after load and safe for concurrent use.
type Gazetteer struct {
	places []Place
	// index maps a normalized key to its entry in entries: values without
	// pointers keep the collector's work small for a quarter of a million
	// keys.
	index   map[string]int32
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
	// keyBuf and cuts are scratch space for add while loading.
	keyBuf  []byte
	cuts    []int
	versus  map[string]bool // lower-case words next to a town that make it a team
	streets *streetHeads
}

// entry returns the entry of a normalized key, or nil.
func (g *Gazetteer) entry(key string) *entry {
	if i, ok := g.index[key]; ok {
		return &g.entries[i]
	}
	return nil
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Lookup returns the places a name can mean (normalized as the matcher
// does), with demonyms included.
func (g *Gazetteer) Lookup(name string) []Place {
	e := g.entry(normalize(name))
	if e == nil {
		return nil
	}
	out := make([]Place, 0, len(e.senses))
	for _, s := range e.senses {
		out = append(out, g.places[s.place])
	}
	return out
}

// Load parses the embedded data. It takes a few hundred milliseconds; the
// extractor calls it once, lazily.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{index: make(map[string]int32, 300000), entries: make([]entry, 0, 300000)}
	if err := g.loadTable(); err != nil {
		return nil, err
	}
	if err := g.loadHandPlaces(); err != nil {
		return nil, err
	}
	if err := g.loadAliases(); err != nil {
		return nil, err
	}
	if err := g.loadAbbrevs(); err != nil {
		return nil, err
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

func (g *Gazetteer) add(name string, s sense) {
	var kb []byte
	kb, g.cuts = appendNormalized(g.keyBuf[:0], g.cuts[:0], name)
	g.keyBuf = kb
	if len(kb) == 0 {
		return
	}
	cuts := g.cuts
	if i, ok := g.index[string(kb)]; ok {
		// A known key: its prefixes are marked already (a prefix entry's
		// prefixes are the longer name's).
		e := &g.entries[i]
		for _, old := range e.senses {
			if old.place == s.place {
				return
			}
		}
		e.senses = append(e.senses, s)
		return
	}
	key := string(kb)
	g.index[key] = int32(len(g.entries))
	g.entries = append(g.entries, entry{senses: []sense{s}})
	// Mark every token-boundary prefix so that the matcher extends a span
	// only while some name still fits.
	for _, c := range cuts[:len(cuts)-1] {
		p := key[:c]
		i, ok := g.index[p]
		if !ok {
			i = int32(len(g.entries))
			g.index[p] = i
			g.entries = append(g.entries, entry{})
		}
		g.entries[i].prefix = true
	}
	if len(cuts) > g.maxTokens {
		g.maxTokens = len(cuts)
	}
}

func (g *Gazetteer) loadTable() error {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	// One read and slices of it, rather than a string and a slice of
	// fields per line: the table has a quarter of a million lines. The
	// text is dropped after the load (names are copied, repeated fields
	// interned).
	all, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	data := all
	g.places = make([]Place, 0, bytes.Count(data, []byte{'\n'})+600)
	in := interner{}
	var f [11][]byte
	for ln := 1; len(data) > 0; ln++ {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		n := 0
		for ; n < len(f)-1; n++ {
			var ok bool
			if f[n], line, ok = bytes.Cut(line, []byte{'\t'}); !ok {
				break
			}
		}
		f[n] = line
		if n != len(f)-1 || bytes.IndexByte(line, '\t') >= 0 {
			return fmt.Errorf("load gazetteer: line %d: %d fields", ln, n+1)
		}
		lat, err1 := strconv.ParseFloat(string(f[4]), 32)
		lon, err2 := strconv.ParseFloat(string(f[5]), 32)
		pop, err3 := strconv.Atoi(string(f[6]))
		id, err4 := strconv.Atoi(string(f[7]))
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("load gazetteer: line %d: bad number", ln)
		}
		p := Place{Name: string(f[1]), Kind: in.get(f[0]), Country: in.get(f[2]), Admin1: in.get(f[3]), Lat: float32(lat), Lon: float32(lon),
			Pop: int32(min(pop, math.MaxInt32)), ID: int32(id),
			Capital: bytes.IndexByte(f[8], 'C') >= 0, Seat: bytes.IndexByte(f[8], 'A') >= 0, Independent: bytes.IndexByte(f[8], 'I') >= 0}
		i := int32(len(g.places))
		g.places = append(g.places, p)
		g.add(p.Name, sense{place: i})
		for rest := f[9]; len(rest) > 0; {
			var a []byte
			a, rest, _ = bytes.Cut(rest, []byte{'|'})
			g.add(string(a), sense{place: i, alias: true})
		}
		for rest := f[10]; len(rest) > 0; {
			var a []byte
			a, rest, _ = bytes.Cut(rest, []byte{'|'})
			g.add(string(a), sense{place: i, demonym: true})
		}
	}
	return nil
}

func (g *Gazetteer) loadHandPlaces() error {
	return eachTSV("data/places.tsv", 6, func(f []string) error {
		lat, err1 := strconv.ParseFloat(f[3], 32)
		lon, err2 := strconv.ParseFloat(f[4], 32)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates for %q", f[1])
		}
		p := Place{Name: f[1], Kind: f[0], Country: f[5], Lat: float32(lat), Lon: float32(lon)}
		i := int32(len(g.places))
		g.places = append(g.places, p)
		g.add(p.Name, sense{place: i})
		if f[2] != "" {
			for _, a := range strings.Split(f[2], "|") {
				g.add(a, sense{place: i, alias: true})
			}
		}
		return nil
	})
}

func (g *Gazetteer) loadAliases() error {
	country := map[string]int32{}
	for i, p := range g.places {
		if p.Kind == KindCountry {
			country[p.Country] = int32(i)
		}
	}
	return eachTSV("data/aliases.tsv", 3, func(f []string) error {
		i, ok := country[f[0]]
		if !ok {
			return fmt.Errorf("unknown country %q", f[0])
		}
		dem := f[1] == "demonym"
		if !dem && f[1] != "name" {
			return fmt.Errorf("bad kind %q", f[1])
		}
		for _, a := range strings.Split(f[2], "|") {
			g.add(a, sense{place: i, alias: !dem, demonym: dem})
		}
		return nil
	})
}

func (g *Gazetteer) loadAbbrevs() error {
	region := map[string]int32{}
	for i, p := range g.places {
		if p.Kind == KindAdmin1 {
			region[p.Country+"/"+p.Name] = int32(i)
		}
	}
	return eachTSV("data/admin1_abbrev.tsv", 3, func(f []string) error {
		i, ok := region[f[0]+"/"+f[1]]
		if !ok {
			return fmt.Errorf("unknown region %s/%s", f[0], f[1])
		}
		for _, a := range strings.Split(f[2], "|") {
			g.add(a, sense{place: i, alias: true, abbrev: true})
		}
		return nil
	})
}

// interner shares one copy of each repeated field (kinds, country codes,
// region names).
type interner map[string]string

func (in interner) get(b []byte) string {
	if v, ok := in[string(b)]; ok {
		return v
	}
	s := string(b)
	in[s] = s
	return s
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
