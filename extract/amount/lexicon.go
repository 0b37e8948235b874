package amount

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/eventwire/eventwire/extract/text"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Modifier effects (modifiers.tsv).
const (
	modApprox = 1 << iota
	modMin
	modMax
)

// Number word kinds (numbers.tsv).
const (
	nwArticle = iota + 1
	nwUnit
	nwTen
	nwHundred
	nwScale
	nwFrac
	nwAbbr
)

// Code flags (codes.tsv).
const (
	codeLower = 1 << iota
	codeWord
)

// curRef is a currency as a lexicon names it: an ISO code, or a family
// ("dollar") that the article's context resolves.
type curRef struct {
	code   string
	family string
	factor float64 // to the major unit: 0.01 for cents
	// next is what a bare number after this unit counts in, as a fraction
	// of the major unit ("3 kuai 5": 0.1); 0 means the default, cents
	// after a major unit and nothing after a minor one.
	next float64
	// isoMinor: a minor unit whose factor is the ISO 4217 exponent of its
	// currency ("fils" is 0.001 of a Kuwaiti dinar, 0.01 of a dirham);
	// factor holds it for the code or the family's default.
	isoMinor bool
}

type family struct {
	def       string            // "" when the word alone says nothing
	byCountry map[string]string // alpha-2 -> code
	// resDefault and resAmbiguous name the resolution step that took the
	// default or found none ("dollar-default"), for the rule id.
	resDefault, resAmbiguous string
}

// has reports whether code is one of the family's currencies.
func (f family) has(code string) bool {
	for _, c := range f.byCountry {
		if c == code {
			return true
		}
	}
	return false
}

type phrase struct {
	words []string // after the first
	ref   curRef
	// before: the name may also stand before the number ("dollar 22.5
	// million"); lower: it counts only in lower case ("Mao" is a name).
	before, lower bool
	// country: a CLDR name with its country ("Thai baht").
	country bool
}

type symbol struct {
	ref       curRef
	pre, post bool
	// exact is the only way a letter symbol may be written ("RM": "rm"
	// is not ringgit); "" means any case.
	exact string
	// glued: only stuck to the number, before it ("Sh5 billion",
	// "SR5bn") or after it ("50c").
	glued bool
	// after: only as the smaller unit after a whole amount ("$12 and
	// 50c"); alone, "5c" is as likely a model name.
	after bool
}

type numWord struct {
	value float64
	kind  int
}

type modifier struct {
	words  []string // after the first
	effect int
}

type multiWord struct {
	words []string // after the first
}

// lexicon is every table the extractor reads, loaded once per Extractor.
type lexicon struct {
	iso map[string]string // code -> English name (current and withdrawn)
	// isoExp is the ISO 4217 minor unit exponent (2 for cents); codes
	// without one (funds, metals, withdrawn codes) are absent.
	isoExp    map[string]int
	codeFlags map[string]int
	names     map[string][]phrase // first word -> phrases, longest first
	families  map[string]family
	places    map[string][]multiWord // first word -> rest, longest first
	placeCC   map[string]string      // full place name -> alpha-2
	symbols   map[string]symbol
	numbers   map[string]numWord
	modifiers map[string][]modifier // first word -> phrases
	units     map[string][]multiWord
	stop      map[string]bool
	// determiners are the words after which a currency name is not read
	// as standing before a number ("the dollar 2 percent higher").
	determiners map[string]bool
	// changes are the words after which "X to Y" is a change and a
	// level, not a range ("rose $12.30 to $1,950.40").
	changes map[string]bool
	// weights are units of weight that make pounds beside them a weight.
	weights map[string]bool
	// times are units of time: "dollars 5 days ago" is no sum.
	times map[string]bool
	// codeFamilies lists the families a code belongs to ("AUD": dollar),
	// for the context that a named currency sets.
	codeFamilies map[string][]string
	// starts holds the words that may begin an amount (startWords).
	starts map[string]bool
	// words joins starts, numbers and changes, and the first words of
	// names, places, units, modifiers and symbols and the stop words,
	// under one key, so that the parser looks each word of a text up once
	// (readTokens, parser.classify) instead of once per rule that asks.
	// It is a text.WordTable, not a Go map: with the tables the rules read
	// near a number joined in, their common words ("the", "in", "at")
	// made a map's lookup of every word twice as slow.
	// The table gives an index into entries, whose first entry is the
	// empty one: tokens hold the index, a plain number the garbage
	// collector need not trace.
	words   *text.WordTable[int32]
	entries []wordInfo
	// maxNameWords is the most words after the first of a phrase in
	// names.
	maxNameWords int
	// near holds, by entry, what the tables the rules read near a number
	// say about the word, so that a rule reads it without a lookup by
	// string.
	near []nearWord
	// symFirst marks the bytes that begin a key of symbols: a comma or a
	// quotation mark, most of the symbol tokens of a text, needs no lookup.
	symFirst [256]bool
}

// wordInfo is what the lexicon says about one lower-case word.
type wordInfo struct {
	num    numWord
	isNum  bool // num is set: the word is in numbers
	start  bool // in starts
	change bool // in changes
	// The word is a key of these tables, as written (a dotted word's key
	// for names and places drops its dots: see parser.key). The rules
	// read those tables only for the words that are keys.
	name, place, unit, modifier, symbol, stop bool
}

// nearWord is a word's rows in names, places, units, modifiers and
// symbols, by the word as written.
type nearWord struct {
	names     []phrase
	places    []multiWord
	units     []multiWord
	modifiers []modifier
	symbol    symbol
}

// nearWords builds lexicon.near, once the tables are complete.
func nearWords(lx *lexicon, words map[string]int32) []nearWord {
	near := make([]nearWord, len(lx.entries))
	for w, e := range words {
		near[e] = nearWord{names: lx.names[w], places: lx.places[w], units: lx.units[w],
			modifiers: lx.modifiers[w], symbol: lx.symbols[w]}
	}
	return near
}

// wordInfos builds lexicon.words and lexicon.entries.
func wordInfos(lx *lexicon) (*text.WordTable[int32], []wordInfo, map[string]int32) {
	m := map[string]int32{}
	entries := []wordInfo{{}} // 0: the empty entry
	at := func(w string) *wordInfo {
		k, ok := m[w]
		if !ok {
			k = int32(len(entries))
			entries = append(entries, wordInfo{})
			m[w] = k
		}
		return &entries[k]
	}
	for w := range lx.starts {
		at(w).start = true
	}
	for w, nw := range lx.numbers {
		wi := at(w)
		wi.num, wi.isNum = nw, true
	}
	for w := range lx.changes {
		at(w).change = true
	}
	for w := range lx.names {
		at(w).name = true
	}
	for w := range lx.places {
		at(w).place = true
	}
	for w := range lx.units {
		at(w).unit = true
	}
	for w := range lx.modifiers {
		at(w).modifier = true
	}
	for w := range lx.symbols {
		at(w).symbol = true
	}
	for w := range lx.stop {
		at(w).stop = true
	}
	return text.NewWordTable(m), entries, m
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		iso: map[string]string{}, isoExp: map[string]int{}, codeFlags: map[string]int{}, names: map[string][]phrase{},
		families: map[string]family{}, places: map[string][]multiWord{}, placeCC: map[string]string{},
		symbols: map[string]symbol{}, numbers: map[string]numWord{}, modifiers: map[string][]modifier{},
		units: map[string][]multiWord{}, stop: map[string]bool{}, determiners: map[string]bool{}, changes: map[string]bool{}, weights: map[string]bool{}, times: map[string]bool{},
	}
	for _, line := range lines(iso4217TSV) {
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("iso4217.tsv: bad line %q", line)
		}
		lx.iso[f[0]] = f[3]
		if e, err := strconv.Atoi(f[2]); err == nil {
			lx.isoExp[f[0]] = e
		}
	}
	type table struct {
		file   string
		fields int
		add    func(f []string) error
	}
	tables := []table{
		{"withdrawn.tsv", 2, func(f []string) error { lx.iso[f[0]] = f[1]; return nil }},
		{"codes.tsv", 2, func(f []string) error {
			switch f[1] {
			case "lower":
				lx.codeFlags[f[0]] = codeLower
			case "word":
				lx.codeFlags[f[0]] = codeWord
			default:
				return fmt.Errorf("unknown flag %q", f[1])
			}
			return nil
		}},
		{"families.tsv", 2, func(f []string) error {
			// The resolution steps' names, made once for the rule ids.
			fam := family{byCountry: map[string]string{}, resDefault: f[0] + "-default", resAmbiguous: f[0] + "-ambiguous"}
			if f[1] != "-" {
				fam.def = f[1]
			}
			if len(f) > 2 {
				for _, kv := range strings.Fields(f[2]) {
					cc, code, ok := strings.Cut(kv, "=")
					if !ok {
						return fmt.Errorf("bad pair %q", kv)
					}
					fam.byCountry[cc] = code
				}
			}
			lx.families[f[0]] = fam
			return nil
		}},
		{"names.tsv", 3, func(f []string) error {
			ref, err := lx.nameRef(f[1], f[2])
			if err != nil {
				return err
			}
			ph := phrase{ref: ref}
			if len(f) > 3 {
				if err := ph.setOptions(f[3]); err != nil {
					return err
				}
			}
			w := strings.Fields(f[0])
			ph.words = w[1:]
			lx.names[w[0]] = append(lx.names[w[0]], ph)
			return nil
		}},
		{"places.tsv", 2, func(f []string) error {
			w := strings.Fields(f[0])
			lx.places[w[0]] = append(lx.places[w[0]], multiWord{words: w[1:]})
			lx.placeCC[strings.Join(w, " ")] = f[1]
			return nil
		}},
		{"symbols.tsv", 3, func(f []string) error {
			ref, err := parseRef(f[1], "1")
			if err != nil {
				return err
			}
			s := symbol{ref: ref, pre: f[2] == "pre" || f[2] == "both", post: f[2] == "post" || f[2] == "both"}
			if !s.pre && !s.post {
				return fmt.Errorf("unknown position %q", f[2])
			}
			if len(f) > 3 {
				for _, o := range strings.Split(f[3], ",") {
					switch o {
					case "case":
						s.exact = f[0]
					case "glued":
						s.glued = true
					case "minor":
						s.ref.factor = 0.01
					case "after":
						s.after = true
					default:
						return fmt.Errorf("unknown option %q", o)
					}
				}
			}
			key := text.LowerASCII(f[0])
			if _, dup := lx.symbols[key]; dup {
				return fmt.Errorf("symbol %q listed twice", key)
			}
			lx.symbols[key] = s
			return nil
		}},
		{"numbers.tsv", 3, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return err
			}
			kinds := map[string]int{"article": nwArticle, "unit": nwUnit, "ten": nwTen, "hundred": nwHundred,
				"scale": nwScale, "frac": nwFrac, "abbr": nwAbbr}
			k, ok := kinds[f[2]]
			if !ok {
				return fmt.Errorf("unknown kind %q", f[2])
			}
			lx.numbers[f[0]] = numWord{value: v, kind: k}
			return nil
		}},
		{"modifiers.tsv", 2, func(f []string) error {
			eff := 0
			for _, e := range strings.Split(f[1], "+") {
				switch e {
				case "approx":
					eff |= modApprox
				case "min":
					eff |= modMin
				case "max":
					eff |= modMax
				default:
					return fmt.Errorf("unknown effect %q", e)
				}
			}
			w := strings.Fields(f[0])
			lx.modifiers[w[0]] = append(lx.modifiers[w[0]], modifier{words: w[1:], effect: eff})
			return nil
		}},
		{"stopwords.txt", 1, func(f []string) error { lx.stop[f[0]] = true; return nil }},
		{"determiners.txt", 1, func(f []string) error { lx.determiners[f[0]] = true; return nil }},
		{"changes.txt", 1, func(f []string) error { lx.changes[f[0]] = true; return nil }},
		{"weights.txt", 1, func(f []string) error { lx.weights[f[0]] = true; return nil }},
		{"times.txt", 1, func(f []string) error { lx.times[f[0]] = true; return nil }},
		{"units.txt", 1, func(f []string) error {
			w := strings.Fields(f[0])
			lx.units[w[0]] = append(lx.units[w[0]], multiWord{words: w[1:]})
			return nil
		}},
	}
	for _, t := range tables {
		b, err := dataFS.ReadFile("data/" + t.file)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", t.file, err)
		}
		for _, line := range lines(string(b)) {
			f := strings.Split(line, "\t")
			if len(f) < t.fields {
				return nil, fmt.Errorf("load %s: line %q: want %d fields", t.file, line, t.fields)
			}
			if err := t.add(f); err != nil {
				return nil, fmt.Errorf("load %s: line %q: %w", t.file, line, err)
			}
		}
	}
	if err := lx.addCLDRNames(); err != nil {
		return nil, err
	}
	lx.codeFamilies = map[string][]string{}
	for name, fam := range lx.families {
		if name == "cent" { // cents follow the dollar's context
			continue
		}
		for _, code := range fam.byCountry {
			if !slices.Contains(lx.codeFamilies[code], name) {
				lx.codeFamilies[code] = append(lx.codeFamilies[code], name)
			}
		}
	}
	for _, names := range lx.codeFamilies {
		slices.Sort(names)
	}
	// Longest phrases first, so that "pounds sterling" wins over "pounds".
	for k, ps := range lx.names {
		sortLongestFirst(ps, func(p phrase) int { return len(p.words) })
		lx.names[k] = ps
	}
	for k, ps := range lx.places {
		sortLongestFirst(ps, func(p multiWord) int { return len(p.words) })
		lx.places[k] = ps
	}
	for k, ps := range lx.units {
		sortLongestFirst(ps, func(p multiWord) int { return len(p.words) })
		lx.units[k] = ps
	}
	for k, ps := range lx.modifiers {
		sortLongestFirst(ps, func(p modifier) int { return len(p.words) })
		lx.modifiers[k] = ps
	}
	lx.starts = startWords(lx)
	var words map[string]int32
	lx.words, lx.entries, words = wordInfos(lx)
	lx.near = nearWords(lx, words)
	for _, ps := range lx.names {
		for _, ph := range ps {
			lx.maxNameWords = max(lx.maxNameWords, len(ph.words))
		}
	}
	for s := range lx.symbols {
		lx.symFirst[s[0]] = true
	}
	return lx, nil
}

// startWords lists every lower-case word that may begin an amount as
// parser.mayStart reads it: a number word, a currency symbol written in
// letters (also before "$": "US$"), an ISO code (also with a scale letter:
// "musd"), the first word of a currency name, and Korean copy's "W".
// Another word is answered with one lookup instead of one per table.
func startWords(lx *lexicon) map[string]bool {
	m := map[string]bool{"w": true}
	for w := range lx.numbers {
		m[w] = true
	}
	for w := range lx.symbols {
		m[w] = true
		if pre, ok := strings.CutSuffix(w, "$"); ok && pre != "" {
			m[pre] = true
		}
	}
	for code := range lx.iso {
		c := strings.ToLower(code)
		m[c], m["m"+c], m["k"+c] = true, true, true
	}
	for w := range lx.names {
		m[w] = true
	}
	return m
}

// setOptions reads the fourth column of names.tsv: a comma-separated list
// of "before", "lower" and "next=FACTOR".
func (ph *phrase) setOptions(opts string) error {
	for _, o := range strings.Split(opts, ",") {
		switch o = strings.TrimSpace(o); {
		case o == "before":
			ph.before = true
		case o == "lower":
			ph.lower = true
		case strings.HasPrefix(o, "next="):
			v, err := strconv.ParseFloat(o[len("next="):], 64)
			if err != nil || v <= 0 || v >= ph.ref.factor {
				return fmt.Errorf("bad option %q: want a factor below the unit's own", o)
			}
			ph.ref.next = v
		case o == "":
		default:
			return fmt.Errorf("unknown option %q", o)
		}
	}
	return nil
}

// nameRef reads the code and factor columns of names.tsv; the factor
// "minor" is the ISO 4217 exponent of the code, or of the family's default
// (families.tsv is read before names.tsv).
func (lx *lexicon) nameRef(s, factor string) (curRef, error) {
	if factor != "minor" {
		return parseRef(s, factor)
	}
	ref, err := parseRef(s, "1")
	if err != nil {
		return ref, err
	}
	code := ref.code
	if code == "" {
		code = lx.families[ref.family].def
	}
	ref.factor, ref.isoMinor = lx.minorFactor(code), true
	return ref, nil
}

// minorFactor is one minor unit of code in its major unit (0.01 for USD,
// 0.001 for KWD); 0.01 when the code is unknown or has no minor unit.
func (lx *lexicon) minorFactor(code string) float64 {
	if e, ok := lx.isoExp[code]; ok && e > 0 {
		return scale10(1, -e)
	}
	return 0.01
}

// addCLDRNames adds the generated CLDR names (cldr_names.tsv): names with
// their country ("thai baht") in any case, bare units ("baht") in lower
// case only, as currency names are written ("3 Cordoba" in a results
// table is a team). A name the hand-written table has is left to it.
func (lx *lexicon) addCLDRNames() error {
	for _, line := range lines(cldrNamesTSV) {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return fmt.Errorf("cldr_names.tsv: bad line %q", line)
		}
		if _, ok := lx.iso[f[1]]; !ok {
			return fmt.Errorf("cldr_names.tsv: line %q: unknown code", line)
		}
		w := strings.Fields(f[0])
		if len(w) == 0 || lx.hasName(w) {
			continue
		}
		ph := phrase{words: w[1:], ref: curRef{code: f[1], factor: 1}}
		switch f[2] {
		case "country":
			ph.country = true
		case "unit":
			ph.lower = true
		default:
			return fmt.Errorf("cldr_names.tsv: line %q: unknown kind", line)
		}
		lx.names[w[0]] = append(lx.names[w[0]], ph)
	}
	return nil
}

// hasName reports whether the names table already has the phrase w.
func (lx *lexicon) hasName(w []string) bool {
	for _, ph := range lx.names[w[0]] {
		if slices.Equal(ph.words, w[1:]) {
			return true
		}
	}
	return false
}

func parseRef(s, factor string) (curRef, error) {
	f, err := strconv.ParseFloat(factor, 64)
	if err != nil {
		return curRef{}, fmt.Errorf("bad factor %q: %w", factor, err)
	}
	if fam, ok := strings.CutPrefix(s, "@"); ok {
		return curRef{family: fam, factor: f}, nil
	}
	return curRef{code: s, factor: f}, nil
}

func sortLongestFirst[T any](s []T, n func(T) int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && n(s[j]) > n(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// lines returns the entries of a table (text.Lines).
func lines(s string) []string {
	var out []string
	for _, l := range text.Lines(s) {
		out = append(out, l)
	}
	return out
}
