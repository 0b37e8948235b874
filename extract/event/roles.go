package event

import (
	"slices"
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// npItem reports whether items[j] can be part of a noun phrase: a mention
// (a date only as a possessive, "Monday's attack"), a pronoun, or a word
// that is no preposition, clause word, auxiliary, adverb or verb.
func (s *sentence) npItem(j int) bool {
	it := &s.items[j]
	switch it.kind {
	case itemMention:
		m := &s.doc.Mentions[it.mention]
		return m.Date == nil || it.possessive
	case itemPunct:
		return it.word == "&" || it.word == "/" && j > 0 && j+1 < len(s.items) && s.items[j-1].kind == itemWord && s.items[j+1].kind == itemWord ||
			it.word == "." && j > 0 && s.items[j-1].kind == itemWord && isHonorific(s.items[j-1].word)
	}
	if wordFlags(s.items, j)&fClosed != 0 {
		return false // a preposition, clause word, auxiliary, adverb or conjunction
	}
	if s.verbish != nil && s.verbish[j] {
		return false
	}
	return true
}

// npLeft returns the first item of the noun phrase that ends at items[j],
// reading leftwards no further than lo. The phrase takes in possessives,
// modifiers, "of", "for", "in", "at" and "from" phrases ("the leaders of
// Turkey and Russia", "police in Denver") and coordination ("South Korea
// and the United States"); a new phrase starts at an article ("In Seoul the
// ministry").
func (s *sentence) npLeft(j, lo int) int {
	items := s.items
	k := j
	commas := 0
	for k-1 >= lo {
		p := k - 1
		if s.npItem(p) {
			if items[k].kind == itemWord && isArticle(items[k].word) && items[p].kind != itemPunct && !(items[p].kind == itemWord && isConj(items[p].word)) {
				break
			}
			k = p
			continue
		}
		if s.dateModifier(p, k, lo) {
			k = p // "Travelers' third-quarter net income", "the 1995 shooting"
			continue
		}
		w := items[p].word
		if items[p].kind == itemWord && p-1 >= lo && s.npItem(p-1) {
			switch w {
			case "of", "for", "in", "at", "from", "and", "or", "nor":
				k = p
				continue
			case "outside", "near", "inside", "behind", "beside":
				// "A blast near the Norland consulate wounded five": the
				// place phrase belongs to the subject, whose head comes
				// before it; the consulate's country attacked no one.
				k = p
				continue
			case "to":
				// "the ambassador to the UN", "an envoy to China"
				if p-1 >= lo && items[p-1].kind == itemWord && s.lex.actorNounOf(&items[p-1]) == "title" {
					k = p
					continue
				}
			}
		}
		// "Britain, France and Germany": a comma in a list that ends
		// with "and".
		if items[p].kind == itemPunct && w == "," && commas < 3 && p-1 >= lo && items[p-1].kind == itemMention && s.hasConjBetween(k, j) {
			commas++
			k = p
			continue
		}
		break
	}
	// A phrase does not start with a preposition or a conjunction.
	for k < j && items[k].kind != itemMention && (isPreposition(items[k].word) || isConj(items[k].word) || items[k].word == "," ||
		items[k].word == "neither" || items[k].word == "either") {
		k++
	}
	return k
}

// dateModifier reports whether the date mention at items[p] modifies the
// noun phrase it stands in: a lower-case word follows it and a determiner
// or a possessive comes before it ("the 1995 shooting", "Travelers Corp.'s
// third-quarter net income").
func (s *sentence) dateModifier(p, next, lo int) bool {
	it, nx := &s.items[p], &s.items[next]
	if it.kind != itemMention || it.possessive || s.doc.Mentions[it.mention].Date == nil ||
		nx.kind != itemWord || nx.upper || !s.npItem(next) || p-1 < lo {
		return false
	}
	b := &s.items[p-1]
	return b.kind == itemMention && b.possessive || b.kind == itemWord && isDeterminer(b.word) && !isPronounWord(b.word)
}

func isConj(w string) bool { return w == "and" || w == "or" || w == "&" || w == "nor" }

func (s *sentence) hasConjBetween(a, b int) bool {
	for k := a; k <= b; k++ {
		if s.items[k].kind == itemWord && (s.items[k].word == "and" || s.items[k].word == "or") {
			return true
		}
	}
	return false
}

// npRight returns the last item of the noun phrase that starts at
// items[j], reading no further than hi (exclusive). It takes in "of"
// phrases and coordination, not other prepositions.
func (s *sentence) npRight(j, hi int) int {
	items := s.items
	k := j
	for k+1 < hi {
		n := k + 1
		if s.npItem(n) {
			if items[n].kind == itemWord && isArticle(items[n].word) && !(items[k].kind == itemWord && (isConj(items[k].word) || items[k].word == "of")) && k != j-1 {
				if items[k].kind != itemWord || !isConj(items[k].word) {
					break
				}
			}
			k = n
			continue
		}
		w := items[n].word
		if items[n].kind == itemWord && (w == "of" || w == "and" || w == "or") && n+1 < hi && s.npItem(n+1) {
			k = n + 1
			continue
		}
		if items[n].kind == itemPunct && w == "," && n+1 < hi && items[n+1].kind == itemMention && k < len(items) && items[k].kind == itemMention && s.listAhead(n+1, hi) {
			k = n + 1
			continue
		}
		break
	}
	return k
}

// listAhead reports whether a list of mentions starting at items[j] ends
// with "and" or "or" before hi.
func (s *sentence) listAhead(j, hi int) bool {
	for k := j; k < hi && k <= j+8; k++ {
		it := &s.items[k]
		if it.kind == itemWord && (it.word == "and" || it.word == "or") {
			return true
		}
		if it.kind != itemMention && !(it.kind == itemPunct && it.word == ",") {
			return false
		}
	}
	return false
}

// subjectBefore returns the noun phrase items[st:en+1] that is the subject
// of the verb group starting at items[k], within items[lo:]. It steps over
// an apposition or a relative clause between commas ("Lee, a veteran
// diplomat, was appointed"; "the gunman, who ..., was killed"), and takes
// a relative pronoun's antecedent ("Kim, who arrived on Monday").
func (s *sentence) subjectBefore(k, lo int) (st, en int, ok bool) {
	items := s.items
	j := s.skipTimeBefore(k-1, lo)
	for hops := 0; hops < 3; hops++ {
		if j < lo {
			return 0, 0, false
		}
		it := &items[j]
		if it.kind == itemPunct && (it.word == "," || it.word == ")" || isDash(it.word)) {
			open := s.appositionStart(j, lo)
			if open < 0 {
				open = s.relativeStart(j, lo)
			}
			if open < 0 {
				return 0, 0, false
			}
			j = s.skipTimeBefore(open-1, lo)
			continue
		}
		if it.kind == itemWord && isRelativeWord(it.word) {
			if it.word == "that" && !s.relativeThat(j) {
				return 0, 0, false
			}
			a := j - 1
			if a >= 0 && items[a].word == "," {
				a--
			}
			if a < 0 || !s.npItem(a) {
				return 0, 0, false
			}
			st := s.npLeft(a, 0)
			if s.inApposition(a) && st >= 2 {
				// "Lee, a veteran diplomat who was appointed": the
				// apposition's name.
				return s.npLeft(st-2, 0), st - 2, true
			}
			return st, a, true
		}
		if !s.npItem(j) {
			return 0, 0, false
		}
		st := s.npLeft(j, lo)
		// "The bombing that killed 12 people was condemned": the phrase
		// before the verb ends a relative clause; the subject is the noun
		// the clause describes.
		if st > lo && s.verbish[st-1] {
			for r := st - 2; r > lo && r >= st-8; r-- {
				it := &items[r]
				if it.kind == itemPunct {
					break
				}
				if it.kind == itemWord && (it.word == "that" || it.word == "which" || it.word == "who") && s.npItem(r-1) {
					return s.npLeft(r-1, lo), r - 1, true
				}
			}
		}
		return st, j, true
	}
	return 0, 0, false
}

// appositionStart returns the index of the comma (or bracket or dash) that
// opens the apposition, parenthesis or relative clause closed at items[j],
// or -1 when items[j] closes none.
func (s *sentence) appositionStart(j, lo int) int {
	items := s.items
	closer := items[j].word
	for c := j - 1; c > lo; c-- {
		it := &items[c]
		if it.kind != itemPunct {
			continue
		}
		switch {
		case closer == ")" && it.word == "(":
		case closer == "," && it.word == ",":
		case isDash(closer) && isDash(it.word):
		default:
			if it.word == ";" || it.word == ":" || isQuote(it.word) {
				return -1
			}
			continue
		}
		if c+1 >= j || c == 0 || !s.npItem(c-1) && !(items[c-1].kind == itemPunct && items[c-1].word == ")") {
			return -1
		}
		if closer == ")" {
			return c
		}
		first := &items[c+1]
		switch {
		case first.kind == itemWord && (isAdverb(first.word) || first.word == "in" || first.word == "for") && c+3 >= j:
			return c // "Mr Obama, meanwhile, said", "Kim, in turn, said"
		case first.kind == itemWord && !first.upper && (strings.HasSuffix(first.word, "ed") || strings.HasSuffix(first.word, "ing")) &&
			c > 0 && items[c-1].kind == itemMention:
			return c // "Turkey, worried about civil war, urged"
		case first.kind == itemWord && (isArticle(first.word) || isRelativeWord(first.word) || first.word == "aged" ||
			first.word == "himself" || first.word == "herself" || first.word == "itself" || first.word == "both" || first.upper):
			return c
		case first.kind == itemWord && first.word[0] >= '0' && first.word[0] <= '9':
			return c // "Kim, 45, said"
		case first.kind == itemWord && s.lex.actorNounOf(first) == "title":
			return c // "Stronach, founder and chairman of Magna, resigned"
		case first.kind == itemWord && !first.upper && s.titleHeaded(c+1, j):
			return c // "Khalil Saei, local crisis committee chief, told"
		case first.kind == itemMention:
			m := &s.doc.Mentions[first.mention]
			if m.Person != nil || isOrganization(m) || m.Amount != nil {
				return c
			}
			if m.Location != nil && (first.possessive || m.Location.Demonym) {
				return c // "Lee, South Korea's chief negotiator,"
			}
		}
		return -1
	}
	return -1
}

// titleHeaded reports whether items[a:b] are lower-case words that end in
// a title ("local crisis committee chief"), with no verb among them.
func (s *sentence) titleHeaded(a, b int) bool {
	if b-a > 6 || b <= a {
		return false
	}
	for j := a; j < b; j++ {
		if it := &s.items[j]; it.kind != itemWord || s.verbish[j] || wordFlags(s.items, j)&fClosed&^fAdverb != 0 && it.word != "of" {
			return false
		}
	}
	return s.lex.actorNounOf(&s.items[b-1]) == "title"
}

// relativeOpens reports whether the verb group at items[vg] follows
// "who", "which" or "that" without a comma before it: a restrictive
// relative clause.
func (s *sentence) relativeOpens(vg int) bool {
	k := vg - 1
	if k < 1 || s.items[k].kind != itemWord {
		return false
	}
	switch s.items[k].word {
	case "who", "which":
		return s.items[k-1].word != ","
	case "that":
		return s.relativeThat(k)
	}
	return false
}

// inRestrictiveRelative reports whether the noun at items[k] stands in a
// restrictive relative clause ("rains that have caused extensive
// flooding"), looking back within its clause.
func (s *sentence) inRestrictiveRelative(k int) bool {
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		it := &s.items[j]
		if it.kind == itemPunct {
			return false
		}
		if it.kind == itemWord && isClauseWord(it.word) {
			switch it.word {
			case "that":
				return s.relativeThat(j)
			case "which", "who":
				return s.items[j-1].word != ","
			}
			return false
		}
	}
	return false
}

// relativeThat reports whether "that" at items[k] opens a relative clause
// ("the deal that was signed") rather than a complement ("said that").
func (s *sentence) relativeThat(k int) bool {
	if k == 0 {
		return false
	}
	if k >= 2 && s.items[k-1].kind == itemMention && s.doc.Mentions[s.items[k-1].mention].Date != nil {
		k-- // "the attacks last year that killed 31 people"
	}
	p := &s.items[k-1]
	if p.kind == itemWord && (s.verbish[k-1] || isCommonVerb(p.word) || isAdverb(p.word) || s.lex.governorValue(p) != (governor{})) {
		return false
	}
	return s.npItem(k - 1)
}

// headRegion returns the last item of the part of a noun phrase before its
// first prepositional phrase: "the leaders" of "the leaders of Turkey".
func (s *sentence) headRegion(st, en int) int {
	for j := st + 1; j <= en; j++ {
		if isPrepAt(s.items, j) && !s.titleTo(j) {
			return j - 1
		}
	}
	return en
}

// titleTo reports whether items[j] is "to" between a title and the name
// it precedes ("the ambassador to Kenya Prudence Bushnell"): the place
// names whom the title serves, and the phrase goes on to its head.
func (s *sentence) titleTo(j int) bool {
	items := s.items
	if j == 0 || items[j].kind != itemWord || items[j].word != "to" || items[j-1].kind != itemWord || s.lex.actorNounOf(&items[j-1]) != "title" {
		return false
	}
	k := j + 1
	if k < len(items) && items[k].kind == itemWord && isArticle(items[k].word) {
		k++
	}
	if k >= len(items) || items[k].kind != itemMention {
		return false
	}
	k++
	return k < len(items) && items[k].kind == itemMention && s.doc.Mentions[items[k].mention].Person != nil
}

// actorsIn returns the actors a noun phrase items[st:en+1] names, its head
// word, and whether the head is a noun of people ("officials",
// "protesters"). People and organisations named in the head part win over
// places that qualify them ("Turkish President Erdogan", "South Korea's
// chief negotiator Lee"); a pronoun or a description ("the ministry")
// resolves to an earlier actor; a phrase whose head names no one takes
// the actors of its "of" or "for" phrase ("the leaders of Turkey and
// Russia", "a spokesman for the ministry") and, last, its possessor.
func (s *sentence) actorsIn(st, en int) (args []arg, head string, people bool) {
	items := s.items
	he := s.headRegion(st, en)
	var buf [6][6]int // most phrases name a few actors: no allocation for them
	persons, orgs, places, demonyms, possessors, counts := buf[0][:0], buf[1][:0], buf[2][:0], buf[3][:0], buf[4][:0], buf[5][:0]
	for j := st; j <= he; j++ {
		it := &items[j]
		if it.kind != itemMention {
			continue
		}
		if j > st && s.titleTo(j-1) || j > st+1 && s.titleTo(j-2) && isArticle(items[j-1].word) {
			continue // "the ambassador to Kenya", "the envoy to the UN"
		}
		m := &s.doc.Mentions[it.mention]
		kind := actorKind(m)
		if kind == "" && s.lex.isPeopleCount(m) {
			counts = append(counts, j)
			continue
		}
		if kind == "" || isInSpan(m, s.dlStart, s.dlEnd) {
			continue
		}
		if it.possessive && j < he && kind != "demonym" {
			possessors = append(possessors, j)
			if kind != "person" && kind != "organization" {
				continue // "Seoul's chief negotiator": an affiliation
			}
			continue
		}
		switch kind {
		case "person":
			persons = append(persons, j)
		case "organization":
			orgs = append(orgs, j)
		case "country", "city":
			if !s.qualifiesNext(j, he) {
				places = append(places, j)
			} else {
				demonyms = append(demonyms, j)
			}
		case "demonym":
			demonyms = append(demonyms, j)
		}
	}
	headItem := false // head is items[he].word, whose lexicon entry classify read
	if he >= st && items[he].kind == itemWord {
		head, headItem = items[he].word, true
		people = head != "" && s.lex.inClassAt(items, he, "people")
	}
	// headNoun is actorNouns[head], read from the head item's entry while
	// head is its word.
	headNoun := func() string {
		if headItem {
			return s.lex.actorNounOf(&items[he])
		}
		return s.lex.actorNouns[head]
	}
	if he >= st && items[he].kind == itemMention {
		// "40 British diplomats": a count of people.
		if a := s.doc.Mentions[items[he].mention].Amount; a != nil && a.Unit != "" {
			u := a.Unit
			if f := strings.Fields(u); len(f) > 0 {
				u = f[len(f)-1]
			}
			// "five Iraqis": a nationality counts people.
			nationality := u != "" && u[0] >= 'A' && u[0] <= 'Z' && strings.HasSuffix(u, "s")
			u = strings.ToLower(u)
			head, headItem, people = u, false, s.lex.inClass(u, "people") || nationality
		}
	}
	if st == he && items[st].kind == itemWord {
		if p, ok := pronounOf(items[st].word); ok && p.gender != 'n' {
			people = true // "charged them", "freed her"
		}
	}
	named := func(js []int, ok bool, strength int) []arg {
		// The args come from the sentence's slab, capped so that an
		// append by a caller copies them out.
		a := s.docBuilder.args
		from := len(a)
		for _, j := range js {
			a = append(a, arg{mention: items[j].mention, item: j, named: ok, strength: strength})
		}
		s.docBuilder.args = a
		return a[from:len(a):len(a)]
	}
	switch {
	case len(persons) > 0:
		return named(persons, true, 3), head, people
	case len(orgs) > 0:
		return named(orgs, true, 3), head, people
	case len(places) > 0 && (head == "" || !people):
		return named(places, true, 2), head, people
	case len(counts) > 0 && len(demonyms) == 0:
		// "257 people", "five Iraqis": an unnamed group.
		return named(counts, false, 1), head, true
	}
	// A pronoun standing alone, or a description.
	if st == he && items[st].kind == itemWord {
		if p, ok := pronounOf(items[st].word); ok {
			if p.first {
				return s.oneArg(arg{mention: -1, item: st, first: true}), head, people
			}
			if mi := s.resolvePronoun(p, items[st].start); mi >= 0 {
				return s.oneArg(arg{mention: mi, item: st, span: [2]int{items[st].start, items[st].end}, spanned: true, named: true, strength: 2}), head, people
			}
			return nil, head, people
		}
	}
	if len(demonyms) > 0 || len(places) > 0 {
		// "The Turkish government", "Syrian rebels": the country stands
		// for the actor, but does not name a speaker.
		return named(append(places, demonyms...), !people && head != "" && headNoun() != "", 1), head, people
	}
	if head != "" && !s.namedInPhrase(he, en) {
		kind := headNoun()
		ok := kind != "" // actors.txt gives every word a kind
		dst := st        // where the description starts
		if !ok && strings.HasSuffix(head, "s") && s.lex.actorNouns[strings.TrimSuffix(head, "s")] == "title" {
			// "the two presidents", "both leaders", also as the last part
			// of a coordination ("... and the two leaders"): the last of
			// them.
			k := he - 1
			for k > st && items[k].kind == itemWord && (isNumberWord(items[k].word) || isAdjectiveLike(items[k].word)) {
				k--
			}
			if k >= st && k < he-1 && items[k].kind == itemWord && (items[k].word == "the" || items[k].word == "both") ||
				k >= st && k < he && items[k].kind == itemWord && items[k].word == "both" {
				head, headItem, kind, ok, dst = strings.TrimSuffix(head, "s"), false, "title", true, k
			}
		}
		if ok {
			if mi := s.resolveDescription(head, kind, items[dst].start, dst, he); mi >= 0 {
				return s.oneArg(arg{mention: mi, item: he, span: [2]int{items[dst].start, items[he].end}, spanned: true, named: true, strength: 2}), head, people
			}
		}
	}
	// "the leaders of Turkey and Russia", "a spokesman for the ministry";
	// "officials in Norland", "police from the capital": unnamed people of a
	// place or a body act for it, but name no speaker.
	if he < en {
		if w := items[he+1].word; w == "of" || w == "for" || people && (w == "in" || w == "from") {
			sub, _, _ := s.actorsIn(he+2, en)
			if len(sub) > 0 {
				for i := range sub {
					sub[i].named = sub[i].named && !people
					sub[i].strength = 1
				}
				return sub, head, people
			}
		}
	}
	if len(possessors) > 0 {
		// "Kopp's stepmother said": a relative of a named person is no
		// named speaker ("Seoul's envoy", "Toyota's shares" stand for
		// their possessor).
		return named(possessors, !people && headNoun() != "person", 0), head, people
	}
	// "His lawyer", "their spokesman": someone of a person or body, the
	// person of the article whose title holds the word, named before or
	// soon after ("His lawyer ... Amine Sidhoum, the lawyer, said").
	if he > st && items[st].kind == itemWord && isPossessivePronoun(items[st].word) && headNoun() == "title" {
		if mi := s.titledPerson(head, items[st].start); mi >= 0 && s.sameSideAs(items[st].word, items[st].start, mi) {
			return s.oneArg(arg{mention: mi, item: he, span: [2]int{items[st].start, items[he].end}, spanned: true, named: true, strength: 2}), head, people
		}
		// "her spokesman said", with no spokesman named: one who
		// speaks for someone stands for them, as "a spokesman for
		// her" does.
		if speaksFor(head) {
			if p, ok := pronounOf(items[st].word); ok && !p.first {
				if mi := s.resolvePronoun(p, items[st].start); mi >= 0 {
					return s.oneArg(arg{mention: mi, item: he, span: [2]int{items[st].start, items[he].end}, spanned: true, named: true, strength: 1}), head, people
				}
			}
		}
	}
	return nil, head, people
}

// sameSideAs reports whether the titled person mi can be the one a
// possessive pronoun at byte offset at gives ("Chile would recall its own
// ambassador" is not "The Peruvian ambassador, Pablo Duran"): false only
// when the pronoun's owner and the person both have a country and the two
// differ.
func (s *sentence) sameSideAs(word string, at, mi int) bool {
	p, ok := pronounOf(word)
	if !ok || p.first {
		return true
	}
	owner := s.resolvePronoun(p, at)
	if owner < 0 {
		return true
	}
	theirs := s.personCountry(mi)
	var ours string
	switch m := &s.doc.Mentions[owner]; {
	case m.Person != nil:
		ours = s.personCountry(owner)
	case isOrganization(m):
		ours = s.org(owner).Country
	case m.Location != nil:
		ours = m.Location.Country
	}
	return ours == "" || theirs == "" || ours == theirs
}

// isNumberWord reports whether w is a small number written out.
func isNumberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// speaksFor reports whether a title names someone who speaks for another
// (a spokesman, a lawyer), so that "his spokesman" stands for him when no
// spokesman is named.
func speaksFor(title string) bool {
	switch title {
	case "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "representative", "envoy", "office":
		return true
	}
	return false
}

// qualifiesNext reports whether the place at items[j] qualifies a person
// or organisation named after it in the same phrase: "U.S. Trade
// Representative Lang", "the Busan city government".
func (s *sentence) qualifiesNext(j, he int) bool {
	for k := j + 1; k <= he; k++ {
		it := &s.items[k]
		if it.kind == itemMention {
			m := &s.doc.Mentions[it.mention]
			return m.Person != nil || isOrganization(m)
		}
		if it.kind != itemWord || !it.upper {
			return false
		}
	}
	return false
}

// roles finds the agents and patients of frame i.
func (s *sentence) roles(i int) {
	f := &s.frames[i]
	c := f.c
	items := s.items
	// The subject: of the verb, of the light verb for nouns ("Japan held
	// talks"); nouns with a verb after them have none ("talks began").
	if c.occur < 0 && c.how != howNounMoney {
		st, en, ok := s.subjectOfHead(f.head, 0)
		if !ok && s.relativeOpens(f.vgStart) {
			// "two more suspects -- one Dane, one Swede -- who had
			// been arrested": a restrictive relative whose antecedent
			// the subject rules did not reach.
			f.restrictive = true
		}
		if c.typ == "state" {
			// "..., saying": the participle's subject is that of the
			// verb before the comma, whatever stands right before it.
			if pst, pen, pok := s.participleSubject(f); pok {
				st, en, ok = pst, pen, true
			}
		}
		if s.embeddedQuestion(f) {
			// "set up a panel to investigate who started the fire":
			// the clause names what is sought, not an event of the
			// story.
			f.restrictive = true
		}
		if ok {
			if !f.passive {
				f.agentSt, f.agentEn = st, en
			}
			f.restrictive = f.restrictive || s.restrictiveClause(f, st)
			args, head, people := s.actorsIn(st, en)
			titleHead := s.lex.actorNounOf(&s.items[s.headRegion(st, en)]) == "title"
			if (len(args) == 0 || args[0].strength < 3 || titleHead && s.doc.Mentions[args[0].mention].Person == nil) && en+2 < f.head && s.items[en+1].word == "," {
				// "His counterpart, Deputy Assistant Secretary Timothy
				// Hall, arrived", "the company's chief executive, Maria
				// Lopez, resigned": the apposition names the actor.
				if close := s.closingComma(en+1, f.head); close > en+2 {
					if app, _, _ := s.actorsIn(en+2, close-1); len(app) > 0 && app[0].strength == 3 {
						args = app
					}
				}
			}
			f.subj, f.subjHead = args, head
			f.namedNoMention = len(args) == 0 && s.namedPhrase(st, en)
			if c.typ == "state" {
				f.unnamed = len(args) == 0 && !f.namedNoMention || len(args) > 0 && !args[0].named && !args[0].first ||
					s.pluralUnnamed(head) // "Reports in Kenya said", "Kenya's newspapers reported"
			}
			if f.passive {
				f.objActor = people || len(args) > 0
				f.objHead = head
				if c.typ == "state" {
					// "Uber has been told": the subject was spoken to.
					f.namedNoMention, f.unnamed = false, true
				}
			}
		} else if gov := s.governorFrame(i); gov != nil {
			// "arrived ... and pledged to supply Kenya": the governor
			// found its subject through coordination.
			f.subj, f.subjHead, f.agentSt, f.agentEn = gov.subj, gov.subjHead, gov.agentSt, gov.agentEn
		} else if prev := s.sharedSubject(i); prev != nil {
			if prev.passive && !f.passive && c.pos == posVerb && f.vgStart == c.first && isParticiple(items[c.first].word) {
				f.passive = true // "were charged with conspiracy and released on bail"
			}
			f.subj, f.subjHead = prev.subj, prev.subjHead
			f.unnamed, f.namedNoMention = prev.unnamed || len(prev.subj) == 0 && !prev.namedNoMention, prev.namedNoMention
			// "nurses convicted of ... and sentenced to death": a verb
			// joined to a restrictive participle is restrictive too.
			f.restrictive = f.restrictive || prev.restrictive
			if f.passive && prev.passive {
				f.objActor, f.objHead = prev.objActor, prev.objHead
			}
		} else if st, en, ok := s.coordSubject(f); ok && c.typ != "state" {
			// "Bush decided to grant X, but turned down Y".
			if !f.passive {
				f.agentSt, f.agentEn = st, en
			}
			f.subj, f.subjHead, _ = s.actorsIn(st, en)
		} else if c.typ == "state" {
			// "..., said Kim", "said the ministry".
			j := c.last + 1
			for j < f.hi && items[j].kind == itemMention && s.doc.Mentions[items[j].mention].Date != nil {
				j++
			}
			if j < f.hi && s.npItem(j) {
				en := s.npRight(j, f.hi)
				args, head, _ := s.actorsIn(j, en)
				f.subj, f.subjHead = args, head
				f.namedNoMention = len(args) == 0 && s.namedPhrase(j, en)
				f.unnamed = len(args) == 0 && !f.namedNoMention || len(args) > 0 && !args[0].named
			} else {
				f.unnamed = true
			}
		}
	}
	if c.pos == posNoun && s.inRestrictiveRelative(c.first) {
		f.restrictive = true // "rains that have caused extensive flooding"
	}
	// A noun's possessor ("Seoul's contribution").
	if c.pos == posNoun && len(f.subj) == 0 && c.first > 0 && items[c.first-1].kind == itemMention && items[c.first-1].possessive {
		if m := &s.doc.Mentions[items[c.first-1].mention]; actorKind(m) != "" {
			f.subj = []arg{{mention: items[c.first-1].mention, item: c.first - 1, named: true}}
		}
	}
	// "Acme said net income fell": the figures are the reporter's own.
	if (c.typ == "increase" || c.typ == "decrease") && len(f.subj) == 0 && s.lex.inClass(f.subjHead, "figure") {
		for j := i - 1; j >= 0; j-- {
			if o := &s.frames[j]; o.c.typ == "state" && o.c.last < f.vgStart && len(o.subj) > 0 && !o.subj[0].first {
				if k := actorKind(&s.doc.Mentions[o.subj[0].mention]); k == "organization" || k == "country" {
					f.subj = o.subj[:1:1]
				}
				break
			}
		}
	}
	subjRole := roleAgent
	if f.passive || hasCond(c, "subjpatient") {
		subjRole = rolePatient
	}
	for _, a := range f.subj {
		a.role = subjRole
		if subjRole == roleAgent {
			f.agents = append(f.agents, a)
		} else {
			f.patients = append(f.patients, a)
		}
	}
	// The object, for active verbs: "arrested Kim", "told Reuters".
	if c.pos == posVerb && !f.passive && !hasCond(c, "subjpatient") {
		j := c.last + 1
		for j < f.hi && (items[j].kind == itemWord && (isParticle(items[j].word) || isAdverb(items[j].word) || items[j].word == "no") ||
			items[j].kind == itemMention && s.doc.Mentions[items[j].mention].Date != nil && !items[j].possessive) {
			j++
		}
		if j < f.hi && s.npItem(j) {
			en := s.npRight(j, f.hi)
			f.objEnd = en
			args, head, people := s.actorsIn(j, en)
			f.objHead = head
			f.objActor = len(args) > 0 || people
			if c.typ != "state" || len(args) > 0 && s.addressee(c) {
				for _, a := range args {
					a.role = rolePatient
					f.patients = append(f.patients, a)
				}
			}
		}
	}
	s.prepositionalArgs(f)
}

// gerundSubject returns the subject of the main clause for a verb in -ing
// at items[h] (verb group from vg) that has none of its own: one that
// opens the sentence, alone or after a subordinator ("Speaking to
// reporters, Kim said", "After meeting Lee, the minister flew home"),
// takes the noun phrase after the comma that closes it, when a verb
// follows; one after a subordinator inside the sentence ("Starbucks will
// take over, after agreeing to buy ...") takes the subject of the verb
// before it.
func (s *sentence) gerundSubject(h, vg, depth int) (int, int, bool) {
	items := s.items
	if vg != h || !strings.HasSuffix(items[h].word, "ing") {
		return 0, 0, false
	}
	k := h - 1
	sub := false
	if k >= 0 && items[k].kind == itemWord {
		switch items[k].word {
		case "after", "before", "while", "since", "upon", "on", "when", "by", "despite", "following", "without":
			k--
			sub = true
		}
	}
	if k >= 0 && items[k].kind == itemPunct && items[k].word == "," {
		k--
	}
	if k >= 0 && !(items[k].kind == itemPunct && !isQuote(items[k].word)) {
		if !sub {
			return 0, 0, false
		}
		// Inside the sentence: the nearest verb before, and its subject.
		return s.subjectOfVerbBefore(k, depth)
	}
	comma := -1
	for j := h + 1; j < len(items); j++ {
		it := &items[j]
		if it.kind == itemPunct && (it.word == ";" || it.word == ":" || isQuote(it.word)) ||
			it.kind == itemWord && isClauseWord(it.word) && it.word != "after" && it.word != "before" && it.word != "since" {
			return 0, 0, false
		}
		if it.kind == itemPunct && it.word == "," {
			comma = j
			break
		}
	}
	if comma < 0 || comma+1 >= len(items) || !s.npItem(comma+1) {
		return 0, 0, false
	}
	st := comma + 1
	en := s.npRight(st, len(items))
	if en+1 >= len(items) {
		return 0, 0, false
	}
	if n := en + 1; s.verbish[n] || wordFlags(items, n)&(fBe|fHave|fModal|fCommonVerb|fAdverb) != 0 {
		return st, en, true
	}
	return 0, 0, false
}

// addressee reports whether a statement verb takes its object as the one
// spoken to ("told Reuters"), not as what was said ("denied the charges").
func (s *sentence) addressee(c *candidate) bool {
	switch s.items[c.first].word {
	case "told", "tell", "tells", "telling", "advised", "advise", "advises":
		return true
	}
	return false
}

// subjectOfHead finds the subject of the verb at items[h]. An infinitive
// takes its governor's subject ("Japan agreed to pay"), or its object
// where the governor says so ("urged Japan to pay").
func (s *sentence) subjectOfHead(h, depth int) (int, int, bool) {
	vg := s.verbGroupStart(h)
	if depth < 3 {
		if g, ok := s.infinitiveGovernor(vg); ok {
			gv := s.lex.governorValue(&s.items[g])
			if gv.object {
				// The object stands between the governor and "to".
				t := vg
				for t < h && s.items[t].word != "to" {
					t++
				}
				if t-1 > g && s.npItem(t-1) {
					return g + 1, t - 1, true
				}
			}
			return s.subjectOfHead(g, depth+1)
		}
		if s.items[vg].word == "to" && vg > 0 && s.items[vg-1].kind != itemPunct && !s.actorBefore(vg) {
			// "paid $4 million in cash and shares to acquire Kofcoh": an
			// infinitive of purpose takes the subject of the verb before,
			// unless an actor stands right before it ("permits the bank
			// to acquire") or the verb is a copula ("it is too early to
			// say").
			if v := s.verbBefore(vg - 1); v >= 0 && !isBeForm(s.items[v].word) {
				if st, en, ok := s.subjectOfHead(v, depth+1); ok {
					return st, en, true
				}
			}
		}
	}
	lo := vg
	for lo > 0 {
		it := &s.items[lo-1]
		if it.kind == itemPunct && (it.word == ";" || it.word == ":" || isQuote(it.word)) {
			break
		}
		lo--
	}
	if st, en, ok := s.subjectBefore(vg, lo); ok {
		return st, en, true
	}
	if depth > 0 && depth < 3 && vg >= 2 && s.items[vg-1].kind == itemWord && (s.items[vg-1].word == "and" || s.items[vg-1].word == "but") {
		// "criticised the policy but made no mention of it, saying":
		// a verb that is no trigger takes the subject of the verb
		// before the conjunction (triggers share theirs through
		// sharedSubject, which also carries the voice).
		if st, en, ok := s.subjectOfVerbBefore(vg-2, depth); ok {
			return st, en, true
		}
	}
	if depth < 3 {
		// "After touring Dar es Salaam, the FBI chief said", "Starbucks
		// is to take over, after agreeing to ...": an -ing clause of
		// time or means takes the main clause's subject.
		return s.gerundSubject(h, vg, depth)
	}
	return 0, 0, false
}

// sharedSubject returns the frame whose subject a verb without one shares:
// the verb before it joined by "and", "or", "but", "then" or a comma
// ("the premier arrived in Nairobi and pledged aid"; "an earthquake
// struck, killing 12").
func (s *sentence) sharedSubject(i int) *frame {
	f := &s.frames[i]
	k := f.vgStart - 1
	if k < 0 {
		return nil
	}
	w := s.items[k].word
	if w != "and" && w != "or" && w != "but" && w != "then" && w != "," {
		return nil
	}
	if w == "then" && k > 0 && s.items[k-1].word == "and" {
		k--
	}
	// "rejects claims that Norland forged the letters, and has called
	// them absurd": after a comma, a conjunction and an auxiliary, the
	// verb goes back over the complement clause to the verb before it.
	end := k
	if top := s.complementBefore(f, k); top >= 0 {
		end = top
	}
	var best, named *frame
	for j := range s.frames {
		o := &s.frames[j]
		if j == i || o.c.pos != posVerb || o.c.first >= f.c.first || o.c.last >= end {
			continue
		}
		// No clause boundary between them.
		clean := true
		for x := o.c.last + 1; x < end; x++ {
			it := &s.items[x]
			if it.kind == itemPunct && (it.word == ";" || isQuote(it.word)) || it.kind == itemWord && isClauseWord(it.word) && it.word != "as" {
				clean = false
				break
			}
		}
		// A statement shares its subject only with a verb joined to it
		// directly ("denied the allegations and called them baseless"),
		// not with the verbs of what it reports ("said Japan would sign
		// and pay").
		if clean && (o.c.typ != "state" || f.c.typ == "state" || w == "," || !s.verbBetween(o.c.last, end)) {
			best = o
			if len(o.subj) > 0 {
				named = o
			}
		}
	}
	// "made no mention of his pledge to reverse it, saying ...": the
	// nearest verb with a subject, not an infinitive inside a phrase.
	if best != nil && len(best.subj) == 0 && named != nil && w == "," {
		return named
	}
	return best
}

// participleSubject returns the subject of the verb before the comma
// that a statement participle follows ("..., saying").
func (s *sentence) participleSubject(f *frame) (int, int, bool) {
	k := f.vgStart - 1
	if k < 1 || s.items[k].word != "," || !strings.HasSuffix(s.items[f.c.first].word, "ing") {
		return 0, 0, false
	}
	return s.subjectOfVerbBefore(k-1, 0)
}

// coordSubject returns the subject of the verb before "and", "but" or
// "or" when frame f's verb follows one and that verb is no trigger ("Bush
// decided to grant X, but turned down Y"); ok is false when there is
// none.
func (s *sentence) coordSubject(f *frame) (int, int, bool) {
	k := f.vgStart - 1
	if k < 1 || s.items[k].kind != itemWord {
		return 0, 0, false
	}
	switch s.items[k].word {
	case "and", "but", "or":
	default:
		return 0, 0, false
	}
	return s.subjectOfVerbBefore(k-1, 0)
}

// actorBefore reports whether the noun phrase that ends right before
// items[k] names an actor.
func (s *sentence) actorBefore(k int) bool {
	if k == 0 || !s.npItem(k-1) {
		return false
	}
	args, _, people := s.actorsIn(s.npLeft(k-1, 0), k-1)
	return len(args) > 0 || people
}

// verbBefore returns the nearest verb at or before items[k] within twenty
// items of the same clause, or -1.
func (s *sentence) verbBefore(k int) int {
	items := s.items
	for j := k; j >= 0 && j >= k-20; j-- {
		it := &items[j]
		if it.kind == itemPunct && (it.word == ";" || it.word == ":" || isQuote(it.word)) || it.kind == itemWord && isRelativeWord(it.word) {
			break
		}
		if s.verbish[j] || wordFlags(items, j)&(fBe|fHave|fModal|fCommonVerb) != 0 {
			for j > 0 && s.verbish[j] && s.verbish[j-1] {
				j-- // the first word of "take over"
			}
			return j
		}
	}
	return -1
}

// subjectOfVerbBefore returns the subject of the nearest verb at or before
// items[k] (verbBefore).
func (s *sentence) subjectOfVerbBefore(k, depth int) (int, int, bool) {
	if v := s.verbBefore(k); v >= 0 {
		return s.subjectOfHead(v, depth+1)
	}
	return 0, 0, false
}

// prepositionalArgs adds the actors of the phrases after a frame's
// trigger that its type reads: "with X" (counterpart of a meeting or
// deal), "against X" and "on X" (target), "to X" (recipient, host), "at
// X" (target of fire), "by X" (agent of a passive), "between X and Y"
// (both sides of talks).
func (s *sentence) prepositionalArgs(f *frame) {
	c := f.c
	items := s.items
	root := ""
	if c.cameo != "" {
		root = c.cameo[:2]
	}
	for j := c.last + 1; j+1 < f.hi; j++ {
		it := &items[j]
		if !isPrepAt(items, j) {
			continue
		}
		role := ""
		switch it.word {
		case "with":
			if root == "04" || root == "05" || root == "06" || root == "03" || c.typ == "clash" || c.typ == "trade" {
				role = roleCounterpart
			}
		case "against":
			if root >= "09" || c.typ == "protest" {
				role = rolePatient
			}
		case "on":
			if root == "16" || root == "17" || root == "19" || root == "18" || root == "02" || c.typ == "crackdown" || c.typ == "sanction" {
				role = rolePatient
			}
		case "to":
			if root == "07" || root == "03" || root == "02" || root == "05" || c.typ == "visit" || c.typ == "pay" || c.typ == "trade" {
				role = rolePatient
			}
			if root == "04" && c.typ != "visit" {
				role = roleCounterpart
			}
		case "at":
			if root == "19" || root == "18" {
				role = rolePatient
			}
		case "by":
			if f.passive || c.pos == posNoun {
				role = roleAgent
			}
		case "between":
			if c.pos == posNoun || c.typ == "clash" {
				role = roleAgent
			}
		case "of":
			if c.pos == posNoun && root >= "09" {
				role = rolePatient
			}
		}
		if role == "" || !s.npItem(j+1) {
			continue
		}
		en := s.npRight(j+1, f.hi)
		if role == roleAgent && f.agentSt < 0 {
			f.agentSt, f.agentEn = j+1, en
		}
		args, _, _ := s.actorsIn(j+1, en)
		for _, a := range args {
			if a.first || slices.ContainsFunc(f.agents, func(b arg) bool { return b.mention == a.mention }) ||
				slices.ContainsFunc(f.patients, func(b arg) bool { return b.mention == a.mention }) {
				continue
			}
			a.role = role
			if role == roleAgent {
				f.agents = append(f.agents, a)
			} else {
				f.patients = append(f.patients, a)
			}
		}
		j = en
	}
}

// closingComma returns the index of the comma (or dash) that closes an
// apposition opened at items[open], before limit, or -1.
func (s *sentence) closingComma(open, limit int) int {
	for k := open + 1; k < limit; k++ {
		if it := &s.items[k]; it.kind == itemPunct && (it.word == "," || isDash(it.word)) {
			return k
		}
	}
	return -1
}

// namedPhrase reports whether a noun phrase names its actor though no
// mention covers it: a capitalised name ("The FBI", "Xinhua", "the U.S.
// Justice Department"), a definite description of an organisation ("the
// company", "the embassy"), or police in a story that names the force.
func (s *sentence) namedPhrase(st, en int) bool {
	items := s.items
	he := s.headRegion(st, en)
	// The lexicon is read from the items' entries (classify): for a
	// word item, inClassAt and actorNounOf are inClass and actorNouns of
	// its word; a phrase with no head word is in no class.
	head, headItem := "", false
	if he >= st && items[he].kind == itemWord {
		head, headItem = items[he].word, true
	}
	if headItem && s.lex.inClassAt(items, he, "unnamed") {
		return false // "Media reports in Tanzania", "Local sources"
	}
	if headItem && s.lex.inClassAt(items, he, "people") {
		// "U.S. officials" name no one; "Tanzanian police and FBI agents"
		// and "A State Department duty officer" name a body.
		for j := st; j <= he; j++ {
			if it := &items[j]; it.kind == itemWord && isOrgKind(s.lex.actorNounOf(it)) && (j > st && (items[j-1].upper || items[j-1].kind == itemMention)) {
				return it.word != "police" || s.namedPolice()
			}
		}
		return false
	}
	for j := st; j <= he; j++ {
		it := &items[j]
		if it.kind != itemWord || !it.upper {
			continue
		}
		w, noun := it.word, s.lex.actorNounOf(it)
		if sentenceInitial(items, j) && (isDeterminer(w) || isPronounWord(w) || noun != "" ||
			s.lex.inClassAt(items, j, "people") || s.lex.inClassAt(items, j, "unnamed") || isPreposition(w) || isClauseWord(w) || isAdverb(w)) {
			continue
		}
		if noun == "title" || s.lex.inClassAt(items, j, "people") {
			continue
		}
		return true
	}
	if head == "" {
		return false
	}
	kind := s.lex.actorNounOf(&items[he])
	switch kind {
	case "", "title", "person", "country", "city":
		return false
	case "police":
		return s.namedPolice()
	case "legislature":
		return true // "parliament said"
	}
	w := items[st].word
	return w == "the" || isPossessivePronoun(w)
}

// pluralUnnamed reports whether a head noun names sources in the plural
// ("reports", "newspapers", "media"), which no place or owner in the
// phrase makes a named speaker.
func (s *sentence) pluralUnnamed(head string) bool {
	return s.lex.inClass(head, "unnamed") && (strings.HasSuffix(head, "s") || head == "media" || head == "data")
}

// isOrgKind reports whether an actor noun kind is an organisation's.
func isOrgKind(k string) bool {
	switch k {
	case "", "title", "person", "country", "city":
		return false
	}
	return true
}

// namedPolice reports whether the story names a police force: "the Puerto
// Rico Police", "Tanzanian police", "Denver police".
func (db *docBuilder) namedPolice() bool {
	text := db.doc.Text
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], "olice")
		if k < 0 {
			return false
		}
		p := i + k - 1 // the P or p
		i = p + 6
		if p < 2 {
			continue
		}
		// The word before "police" is a capitalised word or a place.
		q := p - 1
		for q > 0 && text[q] == ' ' {
			q--
		}
		e := q + 1
		for q >= 0 && (text[q] >= 'a' && text[q] <= 'z' || text[q] >= 'A' && text[q] <= 'Z' || text[q] == '.') {
			q--
		}
		if word := text[q+1 : e]; word != "" && word[0] >= 'A' && word[0] <= 'Z' && word != "The" && word != "Riot" && word != "Local" && word != "Police" {
			return true
		}
	}
	return false
}

// restrictiveClause reports whether frame f stands in a restrictive
// relative clause or participle, with its subject starting at items[st]:
// "who" or "which" without a comma before it, "that", a participle right
// after its noun ("demonstrators protesting", "a journalist imprisoned in
// Algeria"), or a clause whose object is the noun before it ("the deal
// that Kim signed").
func (s *sentence) restrictiveClause(f *frame, st int) bool {
	items := s.items
	k := f.vgStart - 1
	if k >= 0 && items[k].kind == itemWord && isRelativeWord(items[k].word) {
		if items[k].word == "that" {
			return s.relativeThat(k)
		}
		if k > 0 && items[k-1].word != "," && s.inApposition(k-1) {
			return false // "Chang, a career diplomat who was named ...": parenthetical
		}
		return k == 0 || items[k-1].word != ","
	}
	if p := st - 1; p >= 0 && items[p].kind == itemWord && (items[p].word == "what" || items[p].word == "whatever") {
		return true // "what he said back then": a thing, not an event
	}
	if p := st - 1; p >= 1 && items[p].kind == itemWord && (items[p].word == "that" || items[p].word == "which" || items[p].word == "whom") &&
		s.npItem(p-1) && !s.verbish[p-1] {
		return items[p].word == "that" || items[p-1].word != ","
	}
	if st >= 1 && items[st].kind == itemWord && (items[st].word == "the" || items[st].word == "a" || isPronounWord(items[st].word) && !isPossessivePronoun(items[st].word)) &&
		items[st-1].kind == itemWord && !items[st-1].upper && s.npItem(st-1) && !isPronounWord(items[st-1].word) && !s.verbish[st-1] {
		return true // "every contract the city signed": a relative without "that"
	}
	if st >= 2 && items[st].kind == itemWord && isPronounWord(items[st].word) && !isPossessivePronoun(items[st].word) &&
		items[st-1].kind == itemMention && s.doc.Mentions[items[st-1].mention].Date != nil && items[st-2].kind == itemPunct && items[st-2].word == "," {
		return true // "..., the same day he acquired a rifle"
	}
	if n := f.vgStart - 1; f.c.typ != "state" && n >= st+2 && (items[n].kind == itemMention || items[n].kind == itemWord && items[n].upper) &&
		items[n-1].kind == itemWord && !items[n-1].upper && s.npItem(n-1) && !s.verbish[n-1] && !isPronounWord(items[n-1].word) &&
		!isAdjectiveLike(items[n-1].word) && s.lex.actorNounOf(&items[n-1]) == "" && !strings.ContainsAny(items[n-1].word, "'’") &&
		items[n-2].kind == itemWord && (isArticle(items[n-2].word) || isDeterminerAt(items, n-2)) {
		return true // "an incident Uber blamed on human error": a noun, then a name as the clause's subject
	}
	c := f.c
	if c.pos == posVerb && f.vgStart == c.first && c.first > 0 && s.npItem(c.first-1) && items[c.first-1].kind == itemWord &&
		!isPronounWord(items[c.first-1].word) {
		w := items[c.first].word
		if strings.HasSuffix(w, "ing") && c.typ != "state" {
			return true
		}
		if f.passive {
			return true
		}
	}
	return false
}

// embeddedQuestion reports whether frame f's verb group follows a
// wh-word that stands right after another verb ("investigate who shot",
// "asked what happened"): an indirect question.
func (s *sentence) embeddedQuestion(f *frame) bool {
	k := f.vgStart - 1
	if k < 1 || s.items[k].kind != itemWord {
		return false
	}
	switch s.items[k].word {
	case "who", "what", "whether", "why", "how":
	default:
		return false
	}
	p := k - 1
	return s.verbish[p] || s.items[p].kind == itemWord && (isCommonVerb(s.items[p].word) || s.lex.governorValue(&s.items[p]) != (governor{}))
}

// isHonorific reports whether a word before a period is an abbreviated
// title that belongs to the name after it ("Mr. Tom Reed", "Gen. Lee").
func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "prof", "capt",
		"sgt", "maj", "adm", "rev", "messrs", "cmdr", "cpl", "pvt", "supt", "insp", "det":
		return true
	}
	return false
}

// governorFrame returns the earlier frame whose verb governs frame i's
// infinitive ("pledged to supply"), or nil.
func (s *sentence) governorFrame(i int) *frame {
	f := &s.frames[i]
	g, ok := s.infinitiveGovernor(f.vgStart)
	if !ok {
		return nil
	}
	for j := 0; j < i; j++ {
		if o := &s.frames[j]; o.c.first == g && !s.lex.governorValue(&s.items[g]).object {
			return o
		}
	}
	return nil
}

// inApposition reports whether the noun phrase ending at items[j] is an
// indefinite apposition: "Chang, a career diplomat".
func (s *sentence) inApposition(j int) bool {
	st := s.npLeft(j, 0)
	return st >= 2 && (s.items[st].word == "a" || s.items[st].word == "an") && s.items[st-1].word == "," && s.npItem(st-2)
}

// namedInPhrase reports whether the phrase after a head at items[he] names
// it ("the town of Quintero", "a spokesman for Acme Corp."): a
// capitalised word follows in it, so the head is no description of an
// earlier actor.
func (s *sentence) namedInPhrase(he, en int) bool {
	for j := he + 1; j <= en; j++ {
		if it := &s.items[j]; it.kind == itemWord && it.upper {
			return true
		}
	}
	return false
}

// hasCond reports whether a candidate's entry has a condition of kind k.
func hasCond(c *candidate, k string) bool {
	for _, x := range c.conds {
		if x.kind == k {
			return true
		}
	}
	return false
}

// skipTimeBefore steps back from items[j] over a time expression that
// stands between a subject and its verb ("The World Court Friday
// rejected", "Estrada on Tuesday condemned") and returns the item before
// it.
func (s *sentence) skipTimeBefore(j, lo int) int {
	k := j
	for k >= lo {
		it := &s.items[k]
		if it.kind == itemMention && s.doc.Mentions[it.mention].Date != nil && !it.possessive {
			k--
			if k >= lo && s.items[k].kind == itemWord && (s.items[k].word == "on" || s.items[k].word == "in" || s.items[k].word == "at") {
				k--
			}
			continue
		}
		break
	}
	if k < j && k >= lo && s.npItem(k) {
		return k
	}
	return j
}

// relativeStart returns the index of the comma that opens a non-restrictive
// relative clause ending at the comma items[j] and holding commas of its
// own ("Ruritania, which brought the case to the court, in its dispute with
// Valmora, hailed"), or -1.
func (s *sentence) relativeStart(j, lo int) int {
	items := s.items
	for c := j - 1; c > lo; c-- {
		it := &items[c]
		if it.kind == itemPunct && (it.word == ";" || it.word == ":" || isQuote(it.word)) {
			return -1
		}
		if it.kind == itemWord && (it.word == "who" || it.word == "which") && c >= 2 && items[c-1].word == "," && s.npItem(c-2) {
			return c - 1
		}
	}
	return -1
}

// verbBetween reports whether a verb, "that" or a quotation mark stands in
// items(a, b): a clause of its own.
func (s *sentence) verbBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if s.verbish[j] || s.items[j].word == "that" || isQuote(s.items[j].word) || wordFlags(s.items, j)&(fBe|fHave|fModal|fCommonVerb) != 0 {
			return true
		}
	}
	return false
}

// placeOfPeople adds the place at items[k] to the places of the events
// it is the agent of when it stands in an "in" phrase after a noun of
// people ("Officials in Norland have asked for loans"), or, below the level of
// a country, before the noun it qualifies ("a Harlow County jury ruled"):
// it speaks for them and also says where they acted.
func (s *sentence) placeOfPeople(k int, evs []extract.Event) {
	j := k - 1
	if j >= 0 && s.items[j].kind == itemWord && isArticle(s.items[j].word) {
		j--
	}
	inPhrase := j >= 1 && s.items[j].kind == itemWord && s.items[j].word == "in" && s.items[j-1].kind == itemWord && s.lex.inClassAt(s.items, j-1, "people")
	l := s.doc.Mentions[s.items[k].mention].Location
	qualifies := l != nil && l.Kind != "country" && !l.Demonym && !s.items[k].possessive && k+1 < len(s.items) && s.items[k+1].kind == itemWord &&
		!s.items[k+1].upper && isOrgKind(s.lex.actorNounOf(&s.items[k+1]))
	if !inPhrase && !qualifies {
		return
	}
	mi := s.items[k].mention
	for e := range evs {
		if slices.ContainsFunc(evs[e].Participants, func(p extract.Participant) bool { return p.Mention == mi && p.Role == roleAgent }) &&
			!slices.Contains(evs[e].Where, mi) {
			evs[e].Where = append(evs[e].Where, mi)
		}
	}
}

// complementBefore returns the "that" opening the complement clause that
// a verb group after ", and" or ", but" with an auxiliary ("..., and has
// called them absurd") steps back over, or -1.
func (s *sentence) complementBefore(f *frame, k int) int {
	items := s.items
	if k < 2 || items[k].word != "and" && items[k].word != "but" || items[k-1].word != "," || f.vgStart >= f.c.first {
		return -1
	}
	switch items[f.vgStart].word {
	case "has", "have", "had", "will":
	default:
		return -1
	}
	for x := k - 2; x >= 0; x-- {
		it := &items[x]
		if it.kind == itemPunct {
			return -1
		}
		if it.kind == itemWord && it.word == "that" {
			if x > 0 && s.npItem(x-1) && !s.verbish[x-1] {
				return x // "claims that": a noun's complement
			}
			return -1
		}
	}
	return -1
}
