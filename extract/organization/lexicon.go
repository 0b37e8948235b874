package organization

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract/internal/givennames"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/text"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// head is a word that heads an organisation's name.
type head struct {
	kind       string
	end, start bool // may end a name; may open one before "of"/"for"
	weight     int
}

// entry is a named organisation of the lists.
type entry struct {
	kind, country, canonical, acronym string
	// canonicalKey is strings.ToLower(canonical), made once at load:
	// entities are keyed by it for every mention of the body.
	canonicalKey string
	// words is the name's length in tokens.
	words int
	// weak: a single word that is also a common word or a personal name,
	// or a short acronym: it needs the rules' support.
	weak bool
	// company: from the company-name list.
	company bool
	// exact: an acronym, matched only as written ("PO" is not "Po").
	exact string
}

// lexicon holds the tables the rules read. It is read-only after load.
type lexicon struct {
	heads       map[string]head
	suffixDes   map[string]bool
	prefixDes   map[string]bool
	nominals    map[string]string
	known       map[string]*entry // key: lower-cased words joined by one space
	maxKnown    int               // longest known name, in tokens
	knownPrefix map[string]bool   // keys that are a proper prefix of a longer name
	// keys joins known and knownPrefix, so that the matcher looks a key
	// up once.
	keys     map[string]knownKey
	people   map[string]bool
	titles   map[string]bool
	stopAcr  map[string]bool
	stopWord map[string]bool
	nonOrg   map[string]bool
	sport    map[string]map[string]bool
	ctx      map[string]map[string]bool
	// The sections of sports.txt and context.txt the rules read per token.
	sportCue, sportVerb, sportObject, sportRole, clubPrefix, clubSuffix, nations map[string]bool
	ctxAfter, ctxPossessed                                                       map[string]bool
	// lowBits and capBits summarise, per lower-cased word and per word as
	// written, which tables hold it, so that a token is looked up once
	// (capBits for every token: its bits answer for the tables of words
	// as written).
	lowBits map[string]uint8
	capBits map[string]uint8
	// lowFilter, capFilter and keyFilter let through every word of
	// lowBits, of capBits and the one-word keys of keys.
	lowFilter, capFilter, keyFilter *wordFilter
	// maxBitWord is the longest word of lowBits.
	maxBitWord int
	// before holds the cues of context.txt [before], keyed by their last
	// word, with the words before it from the nearest back (split once
	// here, not at every name).
	before map[string][][]string
	media  map[string][]string
	// wordPlaces holds placeOf for the one-word names of the lists and
	// the words of capBits, lower-cased (filled by indexPlaces): the rules
	// ask the gazetteer about them in most documents.
	wordPlaces map[string]placeInfo
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		heads: map[string]head{}, suffixDes: map[string]bool{}, prefixDes: map[string]bool{},
		nominals: map[string]string{}, known: map[string]*entry{}, knownPrefix: map[string]bool{},
		before: map[string][][]string{}, media: map[string][]string{},
	}
	err := eachLine("data/heads.tsv", func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want 4 fields, got %d", len(f))
		}
		w, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		lx.heads[f[0]] = head{kind: f[1], end: f[2] != "start", start: f[2] != "end", weight: w}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/designators.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		if f[1] == "prefix" {
			lx.prefixDes[f[0]] = true
		} else {
			lx.suffixDes[f[0]] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/nominals.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		lx.nominals[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The hand-written list first: where both lists name a body, its
	// kind, country and canonical name win.
	err = eachLine("data/known.tsv", func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("want 4 or 5 fields, got %d", len(f))
		}
		acr := ""
		if len(f) > 4 {
			acr = f[4]
		}
		lx.addKnown(f[0], &entry{kind: f[1], country: f[2], canonical: f[3], acronym: acr})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/known_gen.tsv", func(f []string) error {
		if len(f) != 6 {
			return fmt.Errorf("want 6 fields, got %d", len(f))
		}
		e := &entry{kind: f[1], country: f[2], canonical: f[3], acronym: f[4], company: strings.Contains(f[5], "k")}
		single := !strings.ContainsAny(f[0], " -")
		e.weak = single && strings.ContainsAny(f[5], "cp") || isAcronymWord(f[0]) && len(f[0]) <= 2
		lx.addKnown(f[0], e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.people = givennames.People(true)
	if lx.titles, err = readSet("data/titles.txt"); err != nil {
		return nil, err
	}
	stop, err := readSections("data/stop.txt")
	if err != nil {
		return nil, err
	}
	lx.stopAcr, lx.stopWord, lx.nonOrg = stop["acronym"], stop["word"], stop["nonorg"]
	if lx.sport, err = readSections("data/sports.txt"); err != nil {
		return nil, err
	}
	if lx.ctx, err = readSections("data/context.txt"); err != nil {
		return nil, err
	}
	lx.sportCue, lx.sportVerb, lx.sportObject, lx.sportRole = lx.sport["cue"], lx.sport["verb"], lx.sport["objectcue"], lx.sport["role"]
	lx.clubPrefix, lx.clubSuffix, lx.nations = lx.sport["clubprefix"], lx.sport["clubsuffix"], lx.sport["nation"]
	lx.ctxAfter, lx.ctxPossessed = lx.ctx["after"], lx.ctx["possessed"]
	if err := lx.indexBits(); err != nil {
		return nil, err
	}
	lx.keys = make(map[string]knownKey, len(lx.known)+len(lx.knownPrefix))
	for k, e := range lx.known {
		lx.keys[k] = knownKey{e: e, prefix: lx.knownPrefix[k]}
	}
	for k := range lx.knownPrefix {
		if _, ok := lx.known[k]; !ok {
			lx.keys[k] = knownKey{prefix: true}
		}
	}
	var oneWord []string
	for k := range lx.keys {
		if !strings.Contains(k, " ") {
			oneWord = append(oneWord, k)
		}
	}
	lx.keyFilter = newWordFilter(oneWord)
	for cue := range lx.ctx["before"] {
		back := backWords(cue)
		lx.before[back[0]] = append(lx.before[back[0]], back[1:])
	}
	for cue := range lx.ctx["media"] {
		ws := strings.Fields(cue)
		lx.media[ws[len(ws)-1]] = append(lx.media[ws[len(ws)-1]], strings.Join(ws[:len(ws)-1], " "))
	}
	return lx, nil
}

// addKnown indexes a name by its lower-cased tokens; the first entry for a
// key stays.
func (lx *lexicon) addKnown(name string, e *entry) {
	var buf [16]text.Token
	toks := tokensOf(name, text.Tokenize(name, buf[:0]), nil)
	if len(toks) == 0 {
		return
	}
	e.words = len(toks)
	if isAcronymWord(name) {
		e.exact = name
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			lx.knownPrefix[b.String()] = true
			b.WriteByte(' ')
		}
		b.WriteString(lowerASCII(name[t.start:t.end]))
	}
	key := b.String()
	if _, ok := lx.known[key]; ok {
		return
	}
	lx.known[key] = e
	e.canonicalKey = strings.ToLower(e.canonical)
	if len(toks) > lx.maxKnown {
		lx.maxKnown = len(toks)
	}
}

func isAcronymWord(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.' || c == '&' || c == '-' || isDigit(c):
		default:
			return false
		}
	}
	return n >= 2
}

func eachLine(path string, fn func([]string) error) error {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	return eachLineOf(path, b, fn)
}

func eachLineOf(path string, b []byte, fn func([]string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func readSet(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachLine(path, func(f []string) error {
		out[strings.TrimSpace(f[0])] = true
		return nil
	})
	return out, err
}

// readSections reads a file of "[name]" sections, one entry a line.
func readSections(path string) (map[string]map[string]bool, error) {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	out := map[string]map[string]bool{}
	var cur map[string]bool
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			cur = map[string]bool{}
			out[line[1:len(line)-1]] = cur
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("lexicon %s:%d: entry before any section", path, n+1)
		}
		cur[line] = true
	}
	return out, nil
}

// Bits of lexicon.lowBits.
const (
	lbNominal uint8 = 1 << iota
	lbCue
	lbTitle
)

// Bits of lexicon.capBits.
const (
	cbHead uint8 = 1 << iota
	cbSuffixDes
	cbPrefixDes
	cbStop
	cbStopAcr
	cbGeneric
	cbClubPrefix
	cbClubSuffix
)

// indexBits fills lowBits and capBits.
func (lx *lexicon) indexBits() error {
	lx.lowBits, lx.capBits = map[string]uint8{}, map[string]uint8{}
	for w := range lx.nominals {
		lx.lowBits[w] |= lbNominal
	}
	for w := range lx.sportCue {
		lx.lowBits[w] |= lbCue
	}
	for w := range lx.titles {
		lx.lowBits[w] |= lbTitle
	}
	for w := range lx.lowBits {
		if len(w) < 4 {
			return fmt.Errorf("lexicon: %q: nouns, cue words and titles must have four letters or more", w)
		}
		lx.maxBitWord = max(lx.maxBitWord, len(w))
	}
	for w := range lx.heads {
		lx.capBits[w] |= cbHead
	}
	for w := range lx.suffixDes {
		lx.capBits[w] |= cbSuffixDes
	}
	for w := range lx.prefixDes {
		lx.capBits[w] |= cbPrefixDes
	}
	for w := range lx.stopWord {
		lx.capBits[w] |= cbStop
	}
	for w := range lx.stopAcr {
		lx.capBits[w] |= cbStopAcr
	}
	for w := range genericTail {
		lx.capBits[w] |= cbGeneric
	}
	for w := range lx.clubPrefix {
		lx.capBits[w] |= cbClubPrefix
	}
	for w := range lx.clubSuffix {
		lx.capBits[w] |= cbClubSuffix
	}
	lx.lowFilter = newWordFilter(slices.Collect(maps.Keys(lx.lowBits)))
	lx.capFilter = newWordFilter(slices.Collect(maps.Keys(lx.capBits)))
	return nil
}

// indexPlaces fills wordPlaces from g: only ASCII words, whose lower case
// is the gazetteer's key for any way of writing them.
func (lx *lexicon) indexPlaces(g *location.Gazetteer) {
	lx.wordPlaces = map[string]placeInfo{}
	add := func(w string) {
		if w == "" || strings.Contains(w, " ") {
			return
		}
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return
			}
		}
		w = lowerASCII(w)
		if _, ok := lx.wordPlaces[w]; !ok {
			lx.wordPlaces[w] = placeOf(g, w)
		}
	}
	for k := range lx.known {
		add(k)
	}
	for w := range lx.capBits {
		add(w)
	}
}

// backWords returns the words of s, as strings.Fields splits them, from
// the last.
func backWords(s string) []string {
	ws := strings.Fields(s)
	slices.Reverse(ws)
	return ws
}

// knownKey is what a lower-cased key of words leads to: a list entry (or
// nil), and whether longer names start with it.
type knownKey struct {
	e      *entry
	prefix bool
}
