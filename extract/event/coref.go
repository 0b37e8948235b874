package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// How many sentences back a pronoun or description looks for its actor.
const (
	pronounWindow     = 4
	descriptionWindow = 12
)

// resolvePronoun returns the mention a third-person pronoun at byte offset
// at stands for, or -1: "he" and "she" the nearest person of a compatible
// gender (earlier in the sentence, else the first person of the nearest
// earlier sentence that has one, preferring an event's agent), "it" the
// nearest organisation or country, "they" the nearest organisation or the
// agents of the last event with more than one.
func (s *sentence) resolvePronoun(p pronoun, at int) int {
	d := s.doc
	switch {
	case p.gender == 'm' || p.gender == 'f':
		// The pronoun's own sentence: the nearest person before it.
		for k := s.actorsBefore(at) - 1; k >= 0; k-- {
			m := &d.Mentions[s.actors[k]]
			if m.Sentence != s.si {
				break
			}
			if m.End <= at && m.Person != nil && s.genderFits(s.actors[k], p.gender) {
				return s.bind(s.actors[k], p.gender)
			}
		}
		for si := s.si - 1; si >= 0 && si >= s.si-pronounWindow; si-- {
			if mi := s.salientPerson(si, p.gender); mi >= 0 {
				return s.bind(mi, p.gender)
			}
		}
	case p.gender == 'n':
		if mi := s.nearestIn(s.orgs, at, 3, func(_ int, m *extract.Mention) bool { return isOrganization(m) }); mi >= 0 {
			return mi
		}
		return s.nearestIn(s.lists().countryish, at, 2, func(_ int, m *extract.Mention) bool { return actorKind(m) == "country" })
	case p.plural:
		if mi := s.nearestIn(s.lists().groups, at, 2, func(_ int, m *extract.Mention) bool { return isOrganization(m) || s.lex.isPeopleCount(m) }); mi >= 0 {
			return mi
		}
		for k := len(s.out) - 1; k >= 0; k-- {
			e := &s.out[k]
			if s.si-e.Sentence.I > 2 {
				break
			}
			n := 0
			for _, pt := range e.Participants {
				if pt.Role == roleAgent || pt.Role == roleCounterpart || e.Type == "meet" || e.Type == "negotiate" {
					n++
				}
			}
			if n > 1 {
				for _, pt := range e.Participants {
					if pt.Role == roleAgent {
						return pt.Mention
					}
				}
			}
		}
	}
	return -1
}

// salientPerson returns the person of sentence si a pronoun most likely
// stands for: the agent of its first event that is a person, else its
// first person mention; -1 when it names no compatible person.
func (s *sentence) salientPerson(si int, g byte) int {
	first := len(s.out)
	for first > 0 && s.out[first-1].Sentence.I >= si {
		first--
	}
	for k := first; k < len(s.out) && s.out[k].Sentence.I == si; k++ {
		for _, pt := range s.out[k].Participants {
			if pt.Role == roleAgent && s.doc.Mentions[pt.Mention].Person != nil && s.genderFits(pt.Mention, g) {
				return pt.Mention
			}
		}
	}
	for k := s.actorsBefore(s.sents[si].Start); k < len(s.actors); k++ {
		mi := s.actors[k]
		m := &s.doc.Mentions[mi]
		if m.Sentence != si {
			break
		}
		if m.Person != nil && s.genderFits(mi, g) {
			return mi
		}
	}
	return -1
}

// actorsBefore returns the number of actor mentions that start before
// byte offset at (the actors are in text order).
func (db *docBuilder) actorsBefore(at int) int {
	return sort.Search(len(db.actors), func(k int) bool { return db.doc.Mentions[db.actors[k]].Start >= at })
}

// nearest returns the nearest mention before byte offset at, within
// window sentences, that ok accepts; -1 when there is none.
func (s *sentence) nearest(at, window int, ok func(int, *extract.Mention) bool) int {
	for k := s.actorsBefore(at) - 1; k >= 0; k-- {
		m := &s.doc.Mentions[s.actors[k]]
		if m.End > at {
			continue
		}
		if s.si-m.Sentence > window {
			break
		}
		if ok(s.actors[k], m) {
			return s.actors[k]
		}
	}
	return -1
}

// genderFits reports whether the person of mention mi may be referred to
// by a pronoun of gender g.
func (s *sentence) genderFits(mi int, g byte) bool {
	have := s.genderOfMention(mi)
	return have == 0 || have == g
}

// genderOfMention returns what is known of a person's gender: from the
// honorific or title of any mention of its entity, or from a pronoun
// already resolved to it.
func (s *sentence) genderOfMention(mi int) byte {
	d := s.doc
	p := d.Mentions[mi].Person
	if p == nil {
		return 0
	}
	if s.gender == nil {
		s.gender = map[int]byte{}
	}
	key := p.Entity
	if g, ok := s.gender[key]; ok {
		return g
	}
	var g byte
	for _, k := range s.actors {
		if q := d.Mentions[k].Person; q != nil && q.Entity == p.Entity && q.Name == p.Name {
			if g = s.lex.genderOf(d.Text, &d.Mentions[k]); g != 0 {
				break
			}
		}
	}
	s.gender[key] = g
	return g
}

// bind records that a pronoun of gender g refers to mention mi, so that a
// later pronoun of the other gender looks elsewhere, and returns mi.
func (s *sentence) bind(mi int, g byte) int {
	if p := s.doc.Mentions[mi].Person; p != nil && s.genderOfMention(mi) == 0 {
		s.gender[p.Entity] = g
	}
	return mi
}

// resolveDescription returns the mention a definite description stands
// for, or -1: "the minister" the nearest person whose title holds the word,
// "the agency" the nearest organisation of that kind, "the country" the
// nearest country. items[st:he+1] is the description's head part; an
// indefinite one ("a minister") introduces someone new.
func (s *sentence) resolveDescription(head, kind string, at, st, he int) int {
	if w := s.items[st].word; w == "a" || w == "an" || w == "another" || w == "one" || w == "some" || w == "several" {
		return -1
	}
	switch kind {
	case "person":
		return -1
	case "title":
		// "the FBI chief", "the foreign minister": the words before the
		// head must be in the person's title or affiliation too.
		var mods []string
		for j := st; j < he; j++ {
			if it := &s.items[j]; it.kind == itemWord && !isDeterminer(it.word) && !isAdjectiveLike(it.word) && it.word != "former" {
				mods = append(mods, it.word)
			}
		}
		generic := head == "official" || head == "leader" || head == "head" || head == "chief" || head == "executive"
		fits := func(m *extract.Mention) bool {
			if m.Person == nil {
				return false
			}
			for _, w := range mods {
				if !s.hasWord(m.Person.Title, w) && !s.hasWord(m.Person.Affiliation, w) {
					return false
				}
			}
			if generic {
				return m.Type == extract.TypeOfficial
			}
			return s.hasWord(m.Person.Title, head)
		}
		// The last such person who acted is more likely meant than the
		// last one named ("The president said" after "President Obama
		// warned Mr Putin, a president too").
		for k := len(s.out) - 1; k >= 0 && s.si-s.out[k].Sentence.I <= descriptionWindow; k-- {
			for _, p := range s.out[k].Participants {
				if p.Role == roleAgent && fits(&s.doc.Mentions[p.Mention]) {
					return p.Mention
				}
			}
		}
		// Only people can fit; those of a generic head are officials.
		list := s.lists().persons
		if generic {
			list = s.lists().officials
		}
		return s.nearestIn(list, at, descriptionWindow, func(_ int, m *extract.Mention) bool { return fits(m) })
	case "city":
		return s.nearestIn(s.lists().cities, at, 5, func(_ int, m *extract.Mention) bool { return actorKind(m) == "city" })
	}
	orgFits := func(i int, m *extract.Mention) bool {
		if !isOrganization(m) {
			return false
		}
		o := s.org(i)
		if head == "police" || head == "policemen" {
			return s.hasWord(o.Name, "police") // a police force, not the FBI
		}
		return o.Kind == kind || o.Kind == "organization" || s.hasWord(o.Name, head)
	}
	if mi := s.nearestIn(s.orgs, at, descriptionWindow, orgFits); mi >= 0 {
		return mi
	}
	if isOrgKind(kind) && kind != "government" {
		// "the agency said ... the Food Safety Agency": the body is named
		// soon after; the police of a story may be named anywhere in it
		// ("CAGUAS, Puerto Rico -- Police confirmed ... Puerto Rico Police
		// Superintendent ...") when their name holds the dateline's place.
		if head == "police" {
			if mi := s.firstStoryPolice(at); mi >= 0 {
				return mi
			}
		} else if mi := s.firstAfter(s.orgs, at, 2, orgFits); mi >= 0 {
			return mi
		}
	}
	if head == "embassy" || head == "consulate" {
		// "the embassy": of the country last named with one ("the U.S.
		// Embassy in Nairobi"), which acts through it.
		return s.nearestIn(s.lists().countryish, at, descriptionWindow, func(_ int, m *extract.Mention) bool {
			k := actorKind(m)
			return (k == "country" || k == "demonym") && (s.followedBy(m.End, head) || s.followedBy(m.End, strings.TrimSuffix(head, "y")+"ies") ||
				s.followedBy(m.End, head+"s"))
		})
	}
	if kind == "government" || kind == "country" {
		// "his government": the country of the person "his" stands for.
		if w := s.items[st].word; w == "his" || w == "her" {
			p, _ := pronounOf(w)
			if pm := s.resolvePronoun(p, s.items[st].start); pm >= 0 && s.doc.Mentions[pm].Person != nil {
				if cc := s.personCountry(pm); cc != "" {
					return s.nearestIn(s.lists().countryish, at, descriptionWindow, func(_ int, m *extract.Mention) bool {
						return actorKind(m) == "country" && m.Location.Country == cc
					})
				}
			}
			return -1
		}
		// "the government": the country named last, also as an
		// adjective ("The Spanish government ... the government").
		return s.nearestIn(s.lists().countryish, at, 3, func(_ int, m *extract.Mention) bool {
			return actorKind(m) == "country" || actorKind(m) == "demonym" && kind == "government" && s.followedBy(m.End, "government")
		})
	}
	return -1
}

// titledPerson returns the person whose title holds the word head ("his
// lawyer": a person titled lawyer), the nearest before byte offset at
// within the description window, else the first within half of it after;
// -1 when there is none.
func (s *sentence) titledPerson(head string, at int) int {
	fits := func(m *extract.Mention) bool { return m.Person != nil && s.hasWord(m.Person.Title, head) }
	list := s.lists().persons // the people fits can accept
	if mi := s.nearestIn(list, at, descriptionWindow, func(_ int, m *extract.Mention) bool { return fits(m) }); mi >= 0 {
		return mi
	}
	for k := sort.Search(len(list), func(k int) bool { return s.doc.Mentions[list[k]].Start >= at }); k < len(list); k++ {
		m := &s.doc.Mentions[list[k]]
		if m.Sentence > s.si+descriptionWindow/2 {
			break
		}
		if fits(m) {
			return list[k]
		}
	}
	return -1
}

// storyPolice reports whether the police force of mention mi is that of
// the story's dateline place ("Puerto Rico Police" under "CAGUAS, Puerto
// Rico"), so that police named without their place stand for it; a city's
// force does not cover a sentence that names another city ("in Boulder,
// police said" under "DENVER").
func (s *sentence) storyPolice(mi int) bool {
	s.buildPolice()
	name := strings.ToLower(s.org(mi).Name)
	var dl *extract.Location // the dateline's place that the force is named for
	for _, i := range s.al.dlPlaces {
		if m := &s.doc.Mentions[i]; strings.Contains(name, strings.ToLower(m.Location.Name)) {
			dl = m.Location
			break
		}
	}
	if dl == nil {
		return false
	}
	if dl.Kind == "country" || dl.Kind == "admin1" {
		return true
	}
	for _, k := range s.ms {
		if m := &s.doc.Mentions[k]; m.Location != nil && !m.Location.Demonym && m.Location.Kind != "country" && m.Location.Kind != "region" &&
			m.Location.Kind != "continent" && !strings.Contains(name, strings.ToLower(m.Location.Name)) {
			return false
		}
	}
	return true
}

// personCountry returns the country of the person of mention mi: its own,
// else that of another mention of the same person ("Castro" after "Cuban
// President Fidel Castro"); "" when none says.
func (s *sentence) personCountry(mi int) string {
	p := s.doc.Mentions[mi].Person
	if p.Country != "" {
		return p.Country
	}
	// The answer is the same for every mention of the person: look once
	// per document, not over every actor per call.
	key := personKey{p.Entity, p.Name}
	if cc, ok := s.al.countryOf[key]; ok {
		return cc
	}
	cc := ""
	for _, k := range s.actors {
		if q := s.doc.Mentions[k].Person; q != nil && q.Entity == p.Entity && q.Name == p.Name && q.Country != "" {
			cc = q.Country
			break
		}
	}
	if s.al.countryOf == nil {
		s.al.countryOf = map[personKey]string{}
	}
	s.al.countryOf[key] = cc
	return cc
}

// personKey names a person of the document: the entity and the name its
// mentions share.
type personKey struct {
	entity int
	name   string
}

// followedBy reports whether the word after byte offset at (past a
// possessive) is w, in any case: "U.S. Embassy", "Britain's embassy".
func (db *docBuilder) followedBy(at int, w string) bool {
	t := db.doc.Text[at:]
	t = strings.TrimPrefix(strings.TrimPrefix(t, "'s"), "’s")
	t = strings.TrimLeft(t, " ")
	return len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) && (len(t) == len(w) || !isWordByte(t[len(w)]))
}

// org returns the organisation payload of mention i, read once per
// document: orgCache holds it by mention index, a Kind of "" (which
// organization never gives) marking one not read yet.
func (db *docBuilder) org(i int) orgInfo {
	if n := len(db.doc.Mentions); len(db.orgCache) != n {
		db.orgCache = slices.Grow(db.orgCache[:0], n)[:n]
		clear(db.orgCache)
	}
	if o := db.orgCache[i]; o.Kind != "" {
		return o
	}
	o := db.lex.organization(&db.doc.Mentions[i])
	db.orgCache[i] = o
	return o
}

// hasWord reports whether the lower-case word w is a word of s, in any case.
func hasWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if f == w || strings.TrimSuffix(f, "s") == w {
			return true
		}
	}
	return false
}

// resolveFirstPerson gives an event whose agent was "I" or "we" inside a
// quote the speaker of that quote: the agent of the statement in the same
// sentence, else in the next, else in the one before.
func (db *docBuilder) resolveFirstPerson() {
	for i := range db.out {
		n := &db.notes[i]
		if n.firstPerson == nil {
			continue
		}
		e := &db.out[i]
		si := e.Sentence.I
		lo, hi := i, i
		for lo > 0 && db.out[lo-1].Sentence.I >= si-1 {
			lo--
		}
		for hi < len(db.out) && db.out[hi].Sentence.I <= si+1 {
			hi++
		}
		for _, want := range []int{si, si + 1, si - 1} {
			speaker := -1
			for k := lo; k < hi; k++ {
				o := &db.out[k]
				if o.Sentence.I != want || o.Type != "state" || o.Quoted {
					continue
				}
				if want == si+1 && opensQuote(db.doc.Text, o.Trigger.End) {
					// "... said: \"I ...\"": the next speaker opens a
					// quote of their own, so an earlier quote is not
					// theirs.
					continue
				}
				for _, p := range o.Participants {
					if p.Role == roleAgent {
						speaker = p.Mention
						break
					}
				}
				if speaker >= 0 {
					break
				}
			}
			if speaker >= 0 {
				sp := n.firstPerson
				if p, _ := pronounOf(strings.ToLower(db.doc.Text[sp[0]:sp[1]])); p.plural {
					// "we" in the words of a party's chairman is the party.
					if pm := db.doc.Mentions[speaker].Person; pm != nil && pm.AffiliationMention != nil {
						if a := *pm.AffiliationMention; a >= 0 && a < len(db.doc.Mentions) && isOrganization(&db.doc.Mentions[a]) {
							speaker = a
						}
					}
				}
				e.Participants = append(e.Participants, extract.Participant{Mention: speaker, Role: roleAgent,
					Span: &extract.Span{Text: db.doc.Text[sp[0]:sp[1]], Start: sp[0], End: sp[1]}})
				if !containsInt(e.Who, speaker) {
					e.Who = append(e.Who, speaker)
				}
				break
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// opensQuote reports whether a quotation mark opens right after byte
// offset at, behind an optional colon or comma ("said: \"...", "said,
// \"...").
func opensQuote(text string, at int) bool {
	rest := strings.TrimLeft(text[min(at, len(text)):], " \t\n")
	if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ",") {
		rest = strings.TrimLeft(rest[1:], " \t\n")
	}
	for _, q := range [...]string{"\"", "“", "«", "``", "‘"} {
		if strings.HasPrefix(rest, q) {
			return true
		}
	}
	return false
}
