package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

// The look-ups here answer questions that the rules ask for every word or
// mention of a sentence in constant or logarithmic time. Scanning for each
// answer made long texts and long sentences quadratic or worse.

// countBreaks fills s.breaks, so that itemDistance counts the commas and
// clause words between two items with one subtraction: counting them item
// by item made one long sentence cubic (every amount, place and date is
// measured against every frame).
func (s *sentence) countBreaks() {
	b := append(s.docBuilder.breaks[:0], 0)
	n := int32(0)
	for j := range s.items {
		if s.items[j].kind == itemPunct && s.items[j].word == "," || isClauseAt(s.items, j) {
			n++
		}
		b = append(b, n)
	}
	s.docBuilder.breaks, s.breaks = b, b
}

// indexTitles sorts the title spans by start and records the farthest end
// reached so far, for inTitle.
func (db *docBuilder) indexTitles() {
	slices.SortFunc(db.titles, func(a, b [2]int) int { return a[0] - b[0] })
	db.titleReach = db.titleReach[:0]
	reach := 0
	for _, t := range db.titles {
		reach = max(reach, t[1])
		db.titleReach = append(db.titleReach, reach)
	}
}

// inTitle reports whether [start, end) lies inside a person's title: some
// title starting at or before start reaches end. One binary search in
// place of a scan of every title of the document per word.
func (db *docBuilder) inTitle(start, end int) bool {
	n := sort.Search(len(db.titles), func(i int) bool { return db.titles[i][0] > start })
	return n > 0 && db.titleReach[n-1] >= end
}

// actorLists holds the document's actors sorted by kind, built on first
// use, so that a pronoun or description walks back over the mentions that
// can be meant, not over every actor of the last twelve sentences, and the
// police named later in a story are found without a scan to its end.
type actorLists struct {
	built      bool
	persons    []int // people
	officials  []int // people found by the officials extractor
	countryish []int // countries and their adjectives
	cities     []int // actorKind "city"
	groups     []int // organisations and counts of people
	words      map[string][]string
	// police: forces ("Puerto Rico Police") by name, as actor positions,
	// and the dateline's places storyPolice compares them with; filled
	// on the first "the police".
	policeBuilt bool
	police      []policeForce
	dlPlaces    []int
	countryOf   map[personKey]string // personCountry's answers
}

type policeForce struct {
	name string
	at   []int // positions in actors, ascending
}

// lists returns the actor lists of the document, building them once.
func (db *docBuilder) lists() *actorLists {
	l := &db.al
	if l.built {
		return l
	}
	l.built = true
	for _, mi := range db.actors {
		m := &db.doc.Mentions[mi]
		switch k := actorKind(m); {
		case m.Person != nil:
			l.persons = append(l.persons, mi)
			if m.Type == extract.TypeOfficial {
				l.officials = append(l.officials, mi)
			}
		case k == "country" || k == "demonym":
			l.countryish = append(l.countryish, mi)
		case k == "city":
			l.cities = append(l.cities, mi)
		}
		if isOrganization(m) || db.lex.isPeopleCount(m) {
			l.groups = append(l.groups, mi)
		}
	}
	return l
}

// clear empties the lists for the next document, keeping the buffers that
// hold no text of the last one.
func (l *actorLists) clear() {
	l.built, l.policeBuilt = false, false
	l.persons, l.officials, l.countryish, l.cities, l.groups = l.persons[:0], l.officials[:0], l.countryish[:0], l.cities[:0], l.groups[:0]
	clear(l.words)
	l.police, l.dlPlaces = nil, l.dlPlaces[:0]
	clear(l.countryOf)
}

// firstAfter returns the first mention of list, in text order, that
// starts after byte offset at, lies at most window sentences after this
// one and that ok accepts; -1 when there is none.
func (s *sentence) firstAfter(list []int, at, window int, ok func(int, *extract.Mention) bool) int {
	d := s.doc
	for k := sort.Search(len(list), func(k int) bool { return d.Mentions[list[k]].Start >= at }); k < len(list); k++ {
		mi := list[k]
		m := &d.Mentions[mi]
		if m.Sentence > s.si+window {
			break
		}
		if m.Start > at && ok(mi, m) {
			return mi
		}
	}
	return -1
}

// fields returns the lower-case words of s as hasWord splits them, split
// once per document for each distinct s (titles and names repeat).
func (db *docBuilder) fields(s string) []string {
	l := &db.al
	if fs, ok := l.words[s]; ok {
		return fs
	}
	if l.words == nil {
		l.words = map[string][]string{}
	}
	fs := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' })
	l.words[s] = fs
	return fs
}

// hasField reports whether w is one of fields, or one of them without its
// final s.
func hasField(fields []string, w string) bool {
	for _, f := range fields {
		if f == w || strings.TrimSuffix(f, "s") == w {
			return true
		}
	}
	return false
}

// hasWord is the package's hasWord with the words of s split once; an
// ASCII s is read in place, its letters lower-cased as they are compared,
// which is what strings.ToLower gives for it, so that it costs no
// allocation.
func (db *docBuilder) hasWord(s, w string) bool {
	if textpkg.IsASCII(s) {
		return hasWordASCII(s, w)
	}
	return hasField(db.fields(s), w)
}

// hasWordASCII is hasWord for an ASCII s.
func hasWordASCII(s, w string) bool {
	for len(s) > 0 {
		n := 0
		for n < len(s) && s[n] != ' ' && s[n] != '-' && s[n] != ',' {
			n++
		}
		if f := s[:n]; n > 0 && (equalLowerASCII(f, w) || f[n-1]|0x20 == 's' && equalLowerASCII(f[:n-1], w)) {
			return true
		}
		s = s[min(n+1, len(s)):]
	}
	return false
}

// equalLowerASCII reports whether s, its ASCII letters lower-cased, is w.
func equalLowerASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// nearestIn is nearest over list, a part of db.actors (mention indexes in
// text order) that holds every mention ok can accept. Sentences grow with
// the text, so the first mention of list too far back ends the walk as the
// first actor too far back does in nearest.
func (s *sentence) nearestIn(list []int, at, window int, ok func(int, *extract.Mention) bool) int {
	d := s.doc
	n := sort.Search(len(list), func(k int) bool { return d.Mentions[list[k]].Start >= at })
	for k := n - 1; k >= 0; k-- {
		m := &d.Mentions[list[k]]
		if m.End > at {
			continue
		}
		if s.si-m.Sentence > window {
			break
		}
		if ok(list[k], m) {
			return list[k]
		}
	}
	return -1
}

// buildPolice groups the document's police forces by name and finds the
// dateline's places, for storyPolice and firstStoryPolice.
func (db *docBuilder) buildPolice() {
	l := &db.al
	if l.policeBuilt {
		return
	}
	l.policeBuilt = true
	for k, mi := range db.actors {
		if !isOrganization(&db.doc.Mentions[mi]) {
			continue
		}
		name := db.org(mi).Name
		if !db.hasWord(name, "police") {
			continue
		}
		g := slices.IndexFunc(l.police, func(p policeForce) bool { return p.name == name })
		if g < 0 {
			l.police = append(l.police, policeForce{name: name})
			g = len(l.police) - 1
		}
		l.police[g].at = append(l.police[g].at, k)
	}
	for i := range db.doc.Mentions {
		if m := &db.doc.Mentions[i]; m.Location != nil && (i == db.dateline || isInSpan(m, db.dlStart, db.dlEnd)) {
			l.dlPlaces = append(l.dlPlaces, i)
		}
	}
}

// firstStoryPolice returns the first police force named after byte offset
// at that storyPolice accepts, or -1: per name one binary search, since
// storyPolice reads only the force's name and the sentence.
func (s *sentence) firstStoryPolice(at int) int {
	s.buildPolice()
	d := s.doc
	best := -1 // a position in actors
	for _, p := range s.al.police {
		j := sort.Search(len(p.at), func(j int) bool { return d.Mentions[s.actors[p.at[j]]].Start > at })
		if j == len(p.at) || best >= 0 && p.at[j] > best {
			continue
		}
		if s.storyPolice(s.actors[p.at[j]]) {
			best = p.at[j]
		}
	}
	if best < 0 {
		return -1
	}
	return s.actors[best]
}
