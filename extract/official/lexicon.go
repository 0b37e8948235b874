package official

import (
	"embed"
	"strings"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/text"
)

// The data files and their sources are listed in ATTRIBUTION.md.
//
//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// country is one entry of the country table.
type country struct {
	code string // ISO 3166-1 alpha-2
	name string // common English name
}

// lexicon holds every table the extractor reads. It is built once per
// Extractor and read-only afterwards, so concurrent Extract calls share it.
type lexicon struct {
	given     map[string]bool // given names, as written
	names     map[string]bool // given names and surnames of many origins, as written
	eastAsian map[string]bool // family names written first
	pinyin    map[string]bool // lower-case pinyin syllables
	nonName   map[string]bool // lower case
	orgWords  map[string]bool // as written
	honorific map[string]bool // as written
	titleAbbr map[string]string
	titleAff  map[string]string // lower-case title -> affiliation it implies
	agencies  map[string]string // national news agency -> home country code
	byCode    map[string]string // country code -> common name
	titles    map[string]bool   // lower-case title heads, words joined by one space
	maxTitle  int               // most words in a title head
	modifiers map[string]bool
	portfolio map[string]bool // lower case, words joined by one space
	maxPort   int
	cues      map[string]cueKind // word -> the kinds of cue it is (cues.txt)
	// countries maps a name, alias or demonym as written to its country;
	// demonym marks adjectival forms.
	countries  map[string]country
	demonym    map[string]bool
	maxCountry int // most words in a country name
	// byWord (words not in lower case) and lowerWord (in lower case) index
	// the word tables above by the word as written, with what they say of
	// its lower case; lowered by the lower-cased word (see wordClass and
	// indexWords). blank is lowered[""], and single the entries of the
	// one-byte ASCII words as written.
	byWord    map[string]wordPair
	lowerWord map[string]wordPair
	lowered   map[string]wordEntry
	blank     wordEntry
	single    [utf8.RuneSelf]wordEntry
	// nameCue[b] has bit min(n, 15) set when a particle or suffix cue
	// of n bytes starts with byte b (see nameCueAt).
	nameCue [256]uint16
	// abbrevs holds the keys of honorific, orgWords and titleAbbr and the
	// suffix cues: the words isAbbrev looks up; abbrevFirst their first
	// bytes.
	abbrevs     map[string]bool
	abbrevFirst [256]bool
}

func lines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		// The files are embedded at build time; a missing one is a build defect.
		panic("official: missing data file " + name)
	}
	var out []string
	for _, l := range text.Lines(string(b)) {
		out = append(out, l)
	}
	return out
}

func set(name string, lower bool) map[string]bool {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("official: missing data file " + name)
	}
	return text.WordSet(string(b), lower)
}

func wordCount(s string) int { return strings.Count(s, " ") + 1 }

func loadLexicon() *lexicon {
	lx := &lexicon{
		given:     givennames.Set(false, 0),
		names:     givennames.People(false),
		eastAsian: set("east_asian_surnames.txt", false),
		pinyin:    set("pinyin.txt", true),
		nonName:   set("nonname.txt", true),
		orgWords:  set("orgwords.txt", false),
		honorific: set("honorifics.txt", false),
		titles:    set("titles.txt", true),
		modifiers: set("title_modifiers.txt", true),
		portfolio: set("portfolios.txt", true),
		titleAbbr: map[string]string{},
		titleAff:  map[string]string{},
		agencies:  map[string]string{},
		byCode:    map[string]string{},
		cues:      map[string]cueKind{},
		countries: map[string]country{},
		demonym:   map[string]bool{},
	}
	for w := range set("given_names_world.txt", false) {
		lx.given[w] = true
	}
	for w := range set("not_given.txt", false) {
		delete(lx.given, w)
	}
	for t := range lx.titles {
		lx.maxTitle = max(lx.maxTitle, wordCount(t))
	}
	for t := range lx.portfolio {
		lx.maxPort = max(lx.maxPort, wordCount(t))
	}
	for _, l := range lines("title_abbrev.txt") {
		abbr, full, _ := strings.Cut(l, "\t")
		lx.titleAbbr[abbr] = full
	}
	for _, l := range lines("agencies.tsv") {
		name, code, _ := strings.Cut(l, "\t")
		lx.agencies[name] = code
	}
	for _, l := range lines("title_affiliation.tsv") {
		t, aff, _ := strings.Cut(l, "\t")
		lx.titleAff[t] = aff
	}
	for _, l := range lines("cues.txt") {
		kind, w, _ := strings.Cut(l, "\t")
		k := cueKindNamed(kind)
		if k == 0 {
			panic("official: cues.txt: unknown kind " + kind) // embedded data: a build defect
		}
		lx.cues[w] |= k
	}
	addCountry := func(alias string, c country, dem bool) {
		if alias == "" {
			return
		}
		if _, ok := lx.countries[alias]; ok {
			return
		}
		lx.countries[alias] = c
		if dem {
			lx.demonym[alias] = true
		}
		lx.maxCountry = max(lx.maxCountry, wordCount(alias))
	}
	for _, l := range lines("countries.tsv") {
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			continue
		}
		c := country{code: f[0], name: f[1]}
		lx.byCode[c.code] = c.name
		addCountry(f[1], c, false)
		addCountry(f[2], c, true)
		if len(f) > 3 && f[3] != "" {
			for _, a := range strings.Split(f[3], "|") {
				addCountry(a, c, false)
			}
		}
	}
	for _, l := range lines("country_aliases.tsv") {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			continue
		}
		code := f[0]
		c := country{code: code, name: lx.byCode[code]}
		if c.name == "" {
			c.name = f[1]
		}
		// Aliases override generated rows so that "Korean" means South Korea.
		delete(lx.countries, f[1])
		addCountry(f[1], c, len(f) > 2 && f[2] == "d")
	}
	lx.indexWords()
	return lx
}

func (lx *lexicon) cue(k cueKind, w string) bool { return lx.cues[w]&k != 0 }

// cueKind is a set of the word classes of cues.txt, one bit a class, so
// that one map lookup answers for all of them.
type cueKind uint32

// The classes of cues.txt, by its first column.
const (
	cueAct cueKind = 1 << iota
	cueAdjsuffix
	cueAux
	cueCalendar
	cueCop
	cueDet
	cueFunc
	cueLead
	cueNational
	cueOrgprep
	cueOwn
	cueParticle
	cuePlace
	cuePossessive
	cueSay
	cueSubj
	cueSuffix
	cueTempmod
)

func cueKindNamed(s string) cueKind {
	switch s {
	case "act":
		return cueAct
	case "adjsuffix":
		return cueAdjsuffix
	case "aux":
		return cueAux
	case "calendar":
		return cueCalendar
	case "cop":
		return cueCop
	case "det":
		return cueDet
	case "func":
		return cueFunc
	case "lead":
		return cueLead
	case "national":
		return cueNational
	case "orgprep":
		return cueOrgprep
	case "own":
		return cueOwn
	case "particle":
		return cueParticle
	case "place":
		return cuePlace
	case "possessive":
		return cuePossessive
	case "say":
		return cueSay
	case "subj":
		return cueSubj
	case "suffix":
		return cueSuffix
	case "tempmod":
		return cueTempmod
	}
	return 0
}
