package official

import (
	"github.com/eventwire/eventwire/extract/text"
	"slices"
	"strings"
)

// entity is one person of the article.
type entity struct {
	name      string
	words     []string // name words, particles included
	eastAsian bool
	first     int // byte offset of the first mention
	full      *candidate
	titled    *candidate // the candidate whose title stands for the entity
	affil     *candidate // the candidate whose affiliation stands for the entity
	id        int
}

// surname is the family name: first for East Asian names, else last.
func (e *entity) surname() string {
	if e.eastAsian {
		return e.words[0]
	}
	return e.words[len(e.words)-1]
}

func (a *analysis) nameWords(c *candidate) []string {
	words := a.scratch.words.take(c.e-c.s, 8, 1<<20)
	for k := c.s; k < c.e; k++ {
		words[k-c.s] = a.word(k)
	}
	return words
}

// resolve groups candidates into entities: full names first, then shorter
// mentions ("Chang", "Mr. Kim", "Perez de Cuellar") that match a full
// name's family name or tail.
func (a *analysis) resolve() {
	a.cover = nil // indexes into cands, which promoteLists reorders
	a.promoteLists()
	ents := a.scratch.ents[:0]
	byName := a.scratch.byName
	if byName == nil {
		byName = map[string]*entity{}
		a.scratch.byName = byName
	}
	// Longest names first so that a shorter name can join a longer one.
	order := a.scratch.order[:0]
	for _, c := range a.cands {
		if c.e-c.s >= 2 && c.evidence >= evMedium {
			order = append(order, c)
		}
	}
	slices.SortStableFunc(order, func(x, y *candidate) int { return (y.e - y.s) - (x.e - x.s) })
	for _, c := range order {
		name := a.text[c.start:c.end]
		if e := byName[name]; e != nil {
			c.entity = e
			continue
		}
		words := a.nameWords(c)
		if e := a.matchEntity(ents, words, c.start); e != nil {
			c.entity = e
			continue
		}
		if e := a.aliasOf(c); e != nil {
			c.entity, c.rule = e, "person/alias"
			continue
		}
		e := a.newEntity()
		*e = entity{name: name, words: words, eastAsian: c.eastAsian, full: c}
		ents = append(ents, e)
		byName[name] = e
		c.entity = e
	}
	// Short mentions.
	for _, c := range a.cands {
		if c.entity != nil {
			continue
		}
		words := a.nameWords(c)
		e := a.matchEntity(ents, words, c.start)
		if e == nil && len(words) == 1 {
			e = a.matchGiven(ents, words[0])
		}
		if e != nil {
			c.entity = e
			if !c.hasTitle {
				c.rule = "person/coref"
			}
			continue
		}
		if e := a.aliasOf(c); e != nil {
			c.entity, c.rule = e, "person/alias"
			continue
		}
		if c.evidence < evStrong || c.e-c.s >= 2 && c.evidence < evMedium {
			continue
		}
		name := a.text[c.start:c.end]
		if old := byName[name]; old != nil {
			c.entity = old
			continue
		}
		e = a.newEntity()
		*e = entity{name: name, words: words, full: c}
		ents = append(ents, e)
		byName[name] = e
		c.entity = e
	}
	a.capsMentions(ents)
	a.datelineCountry()
	// Entity attributes and ids in order of first mention.
	for _, c := range a.cands {
		e := c.entity
		if e == nil {
			continue
		}
		if c.start < e.first || e.first == 0 && e.id == 0 {
			e.first = c.start
			e.id = -1
		}
		if c.hasTitle && (e.titled == nil || c == e.full && e.titled != e.full) {
			e.titled = c
		}
		if c.affil != "" && (e.affil == nil || c.affilOrg && !e.affil.affilOrg) {
			e.affil = c
		}
	}
	slices.SortStableFunc(ents, func(x, y *entity) int { return x.first - y.first })
	for i, e := range ents {
		e.id = i + 1
	}
	clear(order)
	clear(ents)
	clear(byName)
	a.scratch.order, a.scratch.ents = order[:0], ents[:0]
}

// newEntity returns a zero entity from the per-document slab.
func (a *analysis) newEntity() *entity { return &a.scratch.entities.take(1, 4, 128)[0] }

// aliasOf returns the entity of the name that c is another name of: "Ahmed
// Salim Rashid, also known as Abu Karim", "Tomas Varga, alias the Tailor".
func (a *analysis) aliasOf(c *candidate) *entity {
	k := c.s - 1
	switch {
	case a.isWord(k) && (a.lower[k] == "alias" || a.lower[k] == "a.k.a."):
		k--
	case k >= 1 && a.isWord(k) && a.lower[k] == "as" && a.isWord(k-1) && a.lower[k-1] == "known":
		k -= 2
		if a.isWord(k) && a.lower[k] == "also" {
			k--
		}
	default:
		return nil
	}
	if !a.isPunct(k, ",") && !a.isPunct(k, "(") {
		return nil
	}
	for _, p := range a.cands {
		if p.e == k && p.entity != nil && p != c {
			return p.entity
		}
	}
	return nil
}

// capsMentions links family names in all-caps headlines ("SHEARER NAMED
// CAPTAIN") to the entity whose full name the article gives.
func (a *analysis) capsMentions(ents []*entity) {
	if len(ents) == 0 || a.capsFrom == len(a.toks) {
		return
	}
	// The surnames in capitals are read when the first word in capitals
	// comes, not for the many texts with none; a few entities are
	// compared one by one, with no map and no upper-case copies.
	var upper map[string]*entity
	few := len(ents) <= fewEntities
	added := false
	for k := a.capsFrom; k < len(a.toks); k++ {
		t := &a.toks[k]
		if t.kind != tWord || !t.allCaps || t.end-t.start < 3 {
			continue
		}
		var e *entity
		if few {
			e = capsEntity(ents, a.word(k))
		} else {
			if upper == nil {
				upper = surnamesInCaps(ents)
			}
			e = upper[a.word(k)]
		}
		if e == nil || a.nameTok(k-1) || a.nameTok(k+1) {
			continue
		}
		c := a.newCandidate(k, k+1)
		c.evidence, c.rule, c.entity = evStrong, "person/coref", e
		a.cands = append(a.cands, c)
		added = true
	}
	if added {
		slices.SortStableFunc(a.cands, byStart)
	}
}

// fewEntities is the most entities capsMentions compares one by one.
const fewEntities = 16

// surnamesInCaps maps the surname in capitals of every entity of two
// words or more to the entity, or to nil when two entities share it.
func surnamesInCaps(ents []*entity) map[string]*entity {
	upper := map[string]*entity{}
	for _, e := range ents {
		if len(e.words) >= 2 {
			u := strings.ToUpper(e.surname())
			if _, dup := upper[u]; dup {
				upper[u] = nil // ambiguous
				continue
			}
			upper[u] = e
		}
	}
	return upper
}

// capsEntity is surnamesInCaps(ents)[w]: the one entity of two words or
// more whose surname in capitals is w, or nil.
func capsEntity(ents []*entity, w string) *entity {
	var found *entity
	for _, e := range ents {
		if len(e.words) >= 2 && upperIs(e.surname(), w) {
			if found != nil {
				return nil // ambiguous
			}
			found = e
		}
	}
	return found
}

// upperIs reports whether strings.ToUpper(s) == w, with no copy of an
// ASCII s.
func upperIs(s, w string) bool {
	if !text.IsASCII(s) {
		return strings.ToUpper(s) == w
	}
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// matchEntity finds the entity that a shorter name refers to: the same
// surname, or a tail of a longer name. Ties go to the nearest entity whose
// full name comes before the mention.
func (a *analysis) matchEntity(ents []*entity, words []string, at int) *entity {
	var best *entity
	bestDist := 0
	for _, e := range ents {
		if !matches(e, words) {
			continue
		}
		d := at - e.full.start
		if d < 0 {
			d = -d + 1<<30 // after the mention: a weaker choice
		}
		if best == nil || d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
}

// matchGiven links a lone given name ("Jansher" for "Jansher Khan") when
// exactly one western-order entity has it.
func (a *analysis) matchGiven(ents []*entity, w string) *entity {
	var found *entity
	for _, e := range ents {
		if e.eastAsian || len(e.words) < 2 || e.words[0] != w {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

func matches(e *entity, words []string) bool {
	if len(words) >= len(e.words) {
		return false
	}
	if len(words) == 1 {
		if words[0] == e.surname() {
			return true
		}
		// "Lam" for "Carrie Lam Cheng Yuet-ngor": an inner family name of a
		// long name.
		for _, w := range e.words[1 : len(e.words)-1] {
			if w == words[0] && len(e.words) >= 3 && !isInitial(w) && w[0] >= 'A' && w[0] <= 'Z' {
				return true
			}
		}
		return false
	}
	// "Carrie Lam" for "Carrie Lam Cheng Yuet-ngor": a leading part.
	head := true
	for i, w := range words {
		if e.words[i] != w {
			head = false
			break
		}
	}
	if head && !e.eastAsian {
		return true
	}
	// A tail ("Perez de Cuellar") or, for East Asian names, a head.
	off := len(e.words) - len(words)
	tail := true
	for i, w := range words {
		if e.words[off+i] != w {
			tail = false
			break
		}
	}
	return tail
}
