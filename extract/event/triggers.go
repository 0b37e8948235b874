package event

import (
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// How a trigger was recognised; the last part of an event's rule id.
const (
	howVerb      = "verb"
	howPassive   = "verb-passive"
	howReport    = "reporting-verb"
	howNounLight = "noun-light-verb"
	howNounOccur = "noun-occur-verb"
	howNounMoney = "noun-money"
)

// candidate is a trigger that may become an event.
type candidate struct {
	first, last int // item indexes of the trigger words
	typ, cameo  string
	pos         string // posVerb or posNoun
	how         string
	conds       []cond
	light       int // item index of the light verb a noun leans on, or -1
	occur       int // item index of the verb after a noun ("talks began"), or -1
	dropped     bool
}

// match is a lexicon hit: the trigger's items and the entries of its form.
type match struct {
	first, last int
	entries     []entry // those of the longest matching form
	intrans     bool    // intransitive(entries)
}

// matches finds the lexicon's forms among the sentence's words. A
// capitalised word inside the sentence is part of a name ("the Special
// Measures Agreement") and is skipped.
//
// ebuf is emptied and holds the entries of the multi-word forms; the
// matches point into it.
//
// at lists, in order, the items classify found with trigger entries: the
// others have none, or are shorter than three letters or start with a
// digit, as no trigger does.
func (lex *lexicon) matches(items []item, at []int32, buf []match, ebuf *[]entry) []match {
	*ebuf = (*ebuf)[:0]
	out := buf[:0]
	covered := 0 // items before this are inside a phrase already matched
	for _, i32 := range at {
		i := int(i32)
		it := &items[i]
		if i < covered {
			continue
		}
		wi := lex.infoOf(it)
		es := wi.entries
		if len(es) == 0 || it.upper && !sentenceInitial(items, i) {
			continue
		}
		if wi.simple {
			out = append(out, match{first: i, last: i, entries: es, intrans: wi.intrans})
			continue
		}
		best := -1
		// The entries of the longest form go to the slab ebuf, which the
		// sentence's matches share; each run is capped.
		from := len(*ebuf)
		for _, e := range es {
			n := len(e.rest)
			if n < best || !restMatches(items, i, e.rest) {
				continue
			}
			if n > best {
				best, *ebuf = n, (*ebuf)[:from]
			}
			*ebuf = append(*ebuf, e)
		}
		if best >= 0 {
			to := len(*ebuf)
			es := (*ebuf)[from:to:to]
			out = append(out, match{first: i, last: i + best, entries: es, intrans: intransitive(es)})
			if best > 0 {
				covered = i + best + 1
			}
		}
	}
	return out
}

// sentenceInitial reports whether items[i] starts the sentence or a quote
// or follows a colon or dash, where a capital says nothing of a name.
func sentenceInitial(items []item, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if items[j].kind != itemPunct {
			return false
		}
		if w := items[j].word; isQuote(w) || w == ":" || isDash(w) || w == "(" {
			return true
		}
	}
	return true
}

func restMatches(items []item, i int, rest []string) bool {
	for k, w := range rest {
		j := i + 1 + k
		if j >= len(items) || items[j].kind != itemWord || items[j].word != w {
			return false
		}
	}
	return true
}

// candidates turns the matches into triggers: verbs stand alone, nouns need
// a light verb before them ("held talks"), a verb after them that says
// they happened ("an earthquake struck") or, for payments, money in the
// sentence. A verb form after a determiner is a noun ("the meeting"); a
// light verb that carries a noun is not an event itself.
func (s *sentence) candidates() []candidate {
	items, ms := s.items, s.matches
	out := s.docBuilder.cands[:0]
	defer func() { s.docBuilder.cands = out[:0] }()
	lightAt := func(k int, pos string) bool {
		for _, m := range ms {
			if m.first <= k && k <= m.last {
				for _, e := range m.entries {
					if e.pos == pos {
						return !precededByDeterminer(items, m.first)
					}
				}
			}
		}
		return false
	}
	for _, m := range ms {
		compound := s.compoundModifier(m)
		det := precededByDeterminer(items, m.first)
		plural := pluralFirstWord(items, m.first)
		verbAsNoun := det || plural || isFirstWord(items, m.first) || s.nounContext(m.first, m.intrans)
		if verbAsNoun {
			for k := m.first; k <= m.last; k++ {
				s.verbish[k] = false
			}
		}
		for _, e := range m.entries {
			if e.pos == posLight || e.pos == posOccur || compound && e.typ != "state" {
				continue // "an assault rifle", "the death sentences", "aid workers"
			}
			if e.pos == posVerb && verbAsNoun && !(e.typ == "state" && !det && !plural && s.statementVerbAt(m.first)) {
				// A verb form read as a noun ("the meeting", "Chinese
				// imports") is an event only through a noun entry.
				continue
			}
			c := candidate{first: m.first, last: m.last, typ: e.typ, cameo: e.cameo, pos: e.pos, conds: e.conds, light: -1, occur: -1}
			if e.pos == posVerb {
				if (c.typ == "increase" || c.typ == "decrease") && beforeInfinitive(items, m.last) {
					continue // "declined to comment": no change in an amount
				}
				if c.typ == "appoint" && afterBareNoun(items, m.first) {
					continue // "a man named Kim" is what he is called
				}
				if isModifierParticiple(items, m.first, m.last) {
					continue // "the recently passed law", "a jailed activist"
				}
				c.how = howVerb
				if c.typ == "state" {
					if !isReport(items, m, s.doc.Mentions) {
						continue
					}
					c.how = howReport
				}
				out = append(out, c)
				continue
			}
			if l := findLight(items, m.first, m.last, lightAt); l >= 0 {
				if l < m.first && e.typ == "die" {
					continue // a death is not held, called or made ("called his death a blow")
				}
				if l < m.first {
					c.how, c.light = howNounLight, l
				} else {
					c.how, c.occur = howNounOccur, l
				}
			} else if c.typ == "pay" && s.hasMoney {
				c.how = howNounMoney
			} else {
				continue
			}
			out = append(out, c)
		}
	}
	// A noun that leans on a verb event of the same CAMEO root or type
	// gives way to the verb ("signed a deal" is one event, on "signed");
	// otherwise the light verb gives way to the noun ("paid a visit" is a
	// visit).
	for i := range out {
		c := &out[i]
		lv := c.light
		if lv < 0 {
			lv = c.occur
		}
		if lv < 0 {
			continue
		}
		for j := range out {
			v := &out[j]
			if v.pos != posVerb || lv < v.first || lv > v.last {
				continue
			}
			if sameKind(c, v) {
				c.dropped = true
			} else if c.occur < 0 || v.typ != "kill" && v.typ != "assault" {
				// "an attack killed 12" keeps the killing; "held talks"
				// drops nothing, "held" being no event.
				v.dropped = true
			}
		}
	}
	// "Defense spending rose 7.4 percent": a figure that moves is an
	// increase or a decrease, whatever it counts; one event, on the verb.
	for i := range out {
		c := &out[i]
		if c.pos != posVerb || (c.typ != "increase" && c.typ != "decrease") {
			continue
		}
		for j := range out {
			n := &out[j]
			if !n.dropped && n.pos == posNoun && n.last < c.first && c.first-n.last <= 3 {
				n.dropped = true
			}
		}
	}
	kept := out[:0]
	for _, c := range out {
		if !c.dropped {
			kept = append(kept, c)
		}
	}
	return kept
}

// compoundModifier reports whether the trigger of match m is the first
// word of a noun compound that names a thing ("an assault rifle", "the
// death sentences", "aid workers", "murder charges"): a head of the
// compound class follows. A past form or an -ing form is a verb with its
// object ("reported cases", "investigating cases") unless a determiner,
// a possessive or an adjective stands before it.
func (s *sentence) compoundModifier(m match) bool {
	items := s.items
	n := m.last + 1
	if n >= len(items) || items[n].kind != itemWord || items[n].upper || !s.lex.inClassAt(items, n, "compound") {
		return false
	}
	w := items[m.last].word
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || isIrregularPast(w) || isIrregularParticiple(w) {
		p := m.first - 1
		return p >= 0 && (items[p].kind == itemWord && (isDeterminerAt(items, p) || isAdjectiveLike(items[p].word) && !s.verbish[p]) ||
			items[p].kind == itemMention && items[p].possessive)
	}
	return true
}

// sameKind reports whether two candidates name the same kind of event.
func sameKind(a, b *candidate) bool {
	if a.typ == b.typ {
		return true
	}
	return a.cameo != "" && b.cameo != "" && a.cameo[:2] == b.cameo[:2]
}

// isFirstWord reports whether items[k] is the first word of the sentence,
// where a verb form is a noun subject ("Exports fell", "Talks resumed").
func isFirstWord(items []item, k int) bool {
	for j := 0; j < k; j++ {
		if items[j].kind != itemPunct {
			return false
		}
	}
	if k+1 < len(items) && items[k+1].word == "of" && strings.HasSuffix(items[k].word, "s") {
		return true // "Imports of watches rose"
	}
	return k+1 < len(items) && items[k+1].kind == itemWord && !isDeterminerAt(items, k+1) &&
		!isPreposition(items[k+1].word) && !isParticle(items[k+1].word)
}

// statementVerbAt reports whether a statement verb form at items[k] that
// the noun rules read as a noun is a verb all the same: a past or bare
// form ("said", "told", "say"), or any form after a name or a noun of an
// actor ("The FBI says", "the ministry reports"),
// at the start of the sentence ("Says Kim: ...") or after a comma or a
// quote ("..., the BBC reports"); not an -s or -ing form after a common
// noun or a preposition ("US intelligence claims", "for describing").
func (s *sentence) statementVerbAt(k int) bool {
	w := s.items[k].word
	if strings.HasSuffix(w, "ed") || isIrregularPast(w) || isIrregularParticiple(w) ||
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") {
		return true
	}
	if k == 0 || isFirstWord(s.items, k) {
		return true
	}
	p := &s.items[k-1]
	return p.kind == itemMention && !p.possessive && !(k >= 2 && s.verbish[k-2]) || // not "rejects French demands"
		p.kind == itemPunct && (p.word == "," || isQuote(p.word)) ||
		p.kind == itemWord && s.lex.actorNounOf(p) != "" // "The British military says", "the ministry reports"
}

// pluralFirstWord reports whether items[k] is a plural noun opening the
// sentence, alone or after one modifier ("Reports in Kenya said", "Media
// reports in Tanzania said", "Claims of fraud grew"): an -s form followed
// by a preposition.
func pluralFirstWord(items []item, k int) bool {
	w := items[k].word
	// The word's own test first: it fails for most words, and the walk
	// from the sentence's start is the costly part.
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		k+1 >= len(items) || items[k+1].kind != itemWord || !isPrepAt(items, k+1) {
		return false
	}
	words := 0
	for j := 0; j < k; j++ {
		if items[j].kind == itemWord && wordFlags(items, j)&fClosed == 0 && !isPronounWord(items[j].word) {
			if words++; words > 1 {
				return false
			}
			continue // "Media reports in Kenya said": one modifier
		}
		if items[j].kind != itemPunct {
			return false
		}
	}
	return true
}

// afterBareNoun reports whether items[k] follows a lower-case word that is
// no auxiliary, as a participle after its noun does ("a man named Kim").
func afterBareNoun(items []item, k int) bool {
	if k == 0 || items[k-1].kind != itemWord {
		return false
	}
	w := items[k-1].word
	return !items[k-1].upper && !isAuxiliary(w) && !isBeForm(w) && !isRelativeWord(w) && !isPronounWord(w)
}

func isPronounWord(w string) bool {
	_, ok := pronounOf(w)
	return ok
}

// isModifierParticiple reports whether the participle at items[first:last+1]
// modifies the noun after it ("the jailed activist", "newly signed
// deal") rather than being a verb.
func isModifierParticiple(items []item, first, last int) bool {
	w := items[last].word
	if !strings.HasSuffix(w, "ed") && !isIrregularParticiple(w) {
		return false
	}
	if last+1 >= len(items) || items[last+1].kind != itemWord || isPrepAt(items, last+1) ||
		isDeterminerAt(items, last+1) || isParticle(items[last+1].word) || isClauseWord(items[last+1].word) ||
		isAuxiliary(items[last+1].word) || isPronounWord(items[last+1].word) {
		return false
	}
	k := first - 1
	for k >= 0 && items[k].kind == itemWord && isAdverb(items[k].word) {
		k--
	}
	return k >= 0 && items[k].kind == itemWord && (items[k].word == "the" || items[k].word == "a" || items[k].word == "an" ||
		isPossessivePronoun(items[k].word)) || k >= 0 && items[k].kind == itemMention && items[k].possessive
}

// beforeInfinitive reports whether "to" and a plain word follow items[k]
// ("declined to specify"), as against "rose to 960 billion won".
func beforeInfinitive(items []item, k int) bool {
	return k+2 < len(items) && items[k+1].word == "to" && items[k+2].kind == itemWord &&
		!isDeterminerAt(items, k+2) && (items[k+2].word[0] < '0' || items[k+2].word[0] > '9')
}

// nounContext reports whether the word at items[k] stands where a verb
// cannot: after a preposition other than "to" ("worth of imports"), after
// an adjective-like mention ("Chinese imports", "Seoul's contribution", "the
// 2001 attacks"), or inside a person's title ("Finance Minister Hong").
//
// intrans says that the word has an intransitive verb reading ("the pact
// expires"), which a missing object does not make a noun.
func (s *sentence) nounContext(k int, intrans bool) bool {
	items := s.items
	p := k - 1
	for p > 0 && items[p].kind == itemWord && wordFlags(items, p)&fAdverb != 0 && !items[p].upper {
		p-- // "including similarly attacking"
	}
	if p >= 0 && p < k-1 && items[p].kind == itemWord && isPrepAt(items, p) && items[p].word != "to" {
		return true
	}
	if k > 1 && items[k-2].kind == itemWord && items[k-2].word == "to" && items[k-1].kind == itemWord && !items[k-1].upper &&
		!isAuxiliaryAt(items, k-1) && !isDeterminerAt(items, k-1) {
		return true // "to restore order": the object of an infinitive
	}
	if k > 1 && items[k-1].kind == itemMention && !items[k-1].possessive && items[k-2].kind == itemWord &&
		(isDeterminerAt(items, k-2) || isPrepAt(items, k-2) || items[k-2].word[0] <= '9') {
		m := &s.doc.Mentions[items[k-1].mention]
		w := items[k].word
		if m.Person == nil && m.Date == nil && !(m.Location != nil && m.Location.Kind == "country") &&
			!strings.HasSuffix(w, "ed") && !isIrregularPast(w) && !isIrregularParticiple(w) {
			return true // "in a PKK attack", "three Atlanta attacks": the mention qualifies a noun
		}
		if m.Location != nil && strings.HasSuffix(w, "ing") && isDeterminerAt(items, k-2) {
			return true // "the Kenya bombing": a country's name qualifies an -ing noun too
		}
	}
	if k > 0 {
		prev := &items[k-1]
		switch prev.kind {
		case itemWord:
			if prev.word != "to" && isPrepAt(items, k-1) {
				// "after touring the capital", "by signing the accord": a
				// gerund with an object after a preposition of time or
				// means is a verb.
				switch prev.word {
				case "after", "before", "since", "by", "while", "upon", "on":
					if strings.HasSuffix(items[k].word, "ing") && k+1 < len(items) && (items[k+1].kind == itemMention ||
						items[k+1].kind == itemWord && (isDeterminerAt(items, k+1) || items[k+1].upper ||
							items[k+1].word == "to" || items[k+1].word == "with" || items[k+1].word == "that" || isPronounWord(items[k+1].word))) {
						return false // "after agreeing to buy", "after meeting with Kim", "after alleging she was"
					}
				}
				return true
			}
			w := items[k].word
			past := strings.HasSuffix(w, "ed") || isIrregularParticiple(w) || isIrregularPast(w)
			if prev.word == "to" && (strings.HasSuffix(w, "s") || past) && !strings.HasSuffix(w, "ss") {
				return true // "respond to requests": no infinitive
			}
			if s.verbish[k-1] && !past && !strings.HasSuffix(w, "ing") && !prev.upper && s.lexVerbAt(k-1) {
				return true // "resisting arrest", "protesting calls for": the object of a verb
			}
			if !past && !prev.upper && strings.HasSuffix(prev.word, "ed") && !isBeForm(prev.word) && !s.verbish[k-1] &&
				!isParticiple(w) && prev.word != "need" && s.lex.governorValue(prev) == (governor{}) {
				return true // the object of a past verb: "suffered torture"
			}
			if !past && !prev.upper && isAdjectiveLike(prev.word) && !strings.HasSuffix(prev.word, "ed") && !s.verbish[k-1] {
				return true // "wanton murder", "a violent attack"
			}
			for _, e := range s.lex.entriesOf(prev) {
				if e.pos != posNoun && len(e.rest) == 0 && (strings.HasSuffix(prev.word, "ed") || isIrregularParticiple(prev.word)) && !isBeForm(prev.word) {
					return true // the object of a past verb: "added funds", "imposed sanctions"
				}
			}
		case itemMention:
			m := &s.doc.Mentions[prev.mention]
			if w := items[k].word; k > 1 && s.verbish[k-2] && strings.HasSuffix(w, "s") && !prev.possessive && m.Date == nil {
				return true // "rejects French demands": the object's head noun
			}
			datePrefix := m.Date != nil && k > 1 && items[k-2].kind == itemWord && isDeterminerAt(items, k-2)
			// After an amount a past form is a verb ("three people died"),
			// other forms a noun ("a 5 percent rise", "12 attacks").
			amount := m.Amount != nil && !strings.HasSuffix(items[k].word, "ed") && !isIrregularParticiple(items[k].word) && !isIrregularPast(items[k].word)
			if prev.possessive || m.Location != nil && m.Location.Demonym || amount || datePrefix {
				return true
			}
		}
	}
	if s.compoundNoun(k, intrans) {
		return true
	}
	it := &items[k]
	if s.inTitle(it.start, it.end) {
		return true
	}
	// A capital at the start of a sentence followed by another capital is
	// a name or title ("Finance Minister ...").
	if it.upper && k+1 < len(items) && (items[k+1].upper || items[k+1].kind == itemMention && s.doc.Mentions[items[k+1].mention].Person != nil) {
		return true
	}
	return false
}

// lexVerbAt reports whether items[k] starts a verb reading of the lexicon
// that is no light verb (a light verb takes event nouns as objects too,
// but "held talks" is read by its own rule).
func (s *sentence) lexVerbAt(k int) bool {
	for _, m := range s.matches {
		if m.last == k {
			for _, e := range m.entries {
				if e.pos == posVerb {
					return true
				}
			}
		}
	}
	return false
}

// precededByDeterminer reports whether the word at items[k] follows a
// determiner or a possessive, directly or across one adjective ("the
// meeting", "a sharp increase", "Seoul's contribution").
func precededByDeterminer(items []item, k int) bool {
	if k > 0 && items[k-1].kind == itemWord && (items[k-1].word == "last" || items[k-1].word == "first") &&
		(strings.HasSuffix(items[k].word, "ed") || isIrregularPast(items[k].word)) {
		return false // "their leaders last met in March"
	}
	if k > 0 && (items[k-1].kind == itemWord && isDeterminerAt(items, k-1) || items[k-1].kind == itemMention && items[k-1].possessive) {
		return true
	}
	// Only a singular determiner, and only before a bare form: "the
	// allies meet" and "a pact expires" have a verb.
	w := items[k].word
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || isIrregularPast(w) || isIrregularParticiple(w) {
		return false
	}
	return k > 1 && items[k-2].kind == itemWord && (isSingularDeterminer(items[k-2].word) || items[k-2].word == "the") &&
		items[k-1].kind == itemWord && !items[k-1].upper && isAdjectiveLike(items[k-1].word) // "the generous offer"
}

// isAdjectiveLike reports whether a word between a determiner and a noun
// reads as an adjective ("a sharp increase", "a formal visit") rather than
// as the noun of a subject ("a gunman shot").
func isAdjectiveLike(w string) bool {
	switch w {
	case "sharp", "big", "small", "major", "large", "huge", "brief", "long", "short", "steep", "slight",
		"modest", "sudden", "rare", "high", "low", "key", "joint", "fresh", "surprise", "two-day", "three-day",
		"one-day", "first", "second", "final", "full", "new", "quick", "rapid", "slow", "further", "total",
		"late", "early", "hasty", "deadly", "fatal", "bloody", "fierce", "heavy", "massive", "possible", "wanton",
		"random", "mass", "cruel", "brutal", "grim", "savage":
		return true
	}
	return hasAdjectiveSuffix(w)
}

// adjectiveSuffixes are the endings of adjective-like words; a word must
// be more than two bytes longer than the ending.
var adjectiveSuffixes = [...]string{"al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ed", "ing",
	"ish", "ian", "ese", "ist", "ile", "-day", "-year", "-long", "-scale"}

// hasAdjectiveSuffix reports whether w ends with one of
// adjectiveSuffixes and is more than two bytes longer: it tests only the
// endings of w's last byte, and no word of four bytes or fewer.
func hasAdjectiveSuffix(w string) bool {
	n := len(w)
	if n <= 4 {
		return false // the shortest ending has two bytes
	}
	suf := func(e string) bool { return n > len(e)+2 && w[n-len(e):] == e }
	switch w[n-1] {
	case 'l':
		return suf("al") || suf("ful")
	case 'c':
		return suf("ic")
	case 's':
		return suf("ous") || suf("less")
	case 'e':
		return suf("ive") || suf("able") || suf("ible") || suf("ese") || suf("ile") || suf("-scale")
	case 'y':
		return suf("ary") || suf("-day")
	case 'd':
		return suf("ed")
	case 'g':
		return suf("ing") || suf("-long")
	case 'h':
		return suf("ish")
	case 'n':
		return suf("ian")
	case 't':
		return suf("ist")
	case 'r':
		return suf("-year")
	}
	return false
}

// findLight returns the item index of a light verb within a few words
// before the noun at items[first:last+1], or of a verb that says it
// happened within a few words after it, or -1. It does not look across a
// clause.
func findLight(items []item, first, last int, lightAt func(int, string) bool) int {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if stopsClause(items, k) || items[k].word == "," {
			break
		}
		// A noun in a prepositional phrase is no object of the verb
		// before it ("gave no details about the talks", "brought
		// the toll for both attacks"), save after a word that counts
		// events ("held a new round of talks").
		if isPrepAt(items, k) && !(items[k].word == "of" && k > 0 && (isEventCounter(items[k-1].word) || items[k-1].kind == itemMention)) {
			break // ("two hours of talks": a duration or a count before "of")
		}
		if lightAt(k, posLight) {
			return k
		}
	}
	for k := last + 1; k < len(items) && k <= last+4; k++ {
		if stopsClause(items, k) || items[k].word == "," {
			break
		}
		if isPrepAt(items, k) && items[k].word != "by" {
			// Over a short place or date phrase only.
			if k+1 < len(items) && items[k+1].kind == itemMention && (items[k].word == "in" || items[k].word == "at" || items[k].word == "on") {
				k++
				continue
			}
			break
		}
		if lightAt(k, posOccur) {
			return k
		}
	}
	return -1
}

// isEventCounter reports whether a noun counts or groups events, so that
// an event noun after it and "of" is the object of the verb before ("a
// round of talks", "a wave of attacks").
func isEventCounter(w string) bool {
	switch w {
	case "round", "rounds", "series", "wave", "waves", "spate", "string", "number", "couple", "campaign",
		"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}

func stopsClause(items []item, k int) bool {
	it := &items[k]
	switch it.kind {
	case itemPunct:
		return it.word == ";" || it.word == ":" || isQuote(it.word) || it.word == "(" || it.word == ")" || isDash(it.word)
	case itemWord:
		return isClauseAt(items, k)
	}
	return false
}

// isReport reports whether a statement verb reports speech here: "said" and
// "told" always do, and so do verbs that take an object of their own
// ("confirmed the deal", "denied the charges"); "added", "noted" and the
// like only before "that", a comma, colon or quote, or next to a speaker
// ("the index added 0.5 percent" does not).
func isReport(items []item, m match, mentions []extract.Mention) bool {
	switch items[m.first].word {
	case "added", "adding", "adds", "add", "noted", "notes", "note", "noting", "stressed", "stresses", "stress",
		"stressing", "declared", "declares", "declare", "declaring", "commented", "comment", "remarked",
		"explained", "predicted", "predicts", "estimated", "estimates", "estimate", "described", "describes":
	default:
		return true
	}
	if n := m.last + 1; n < len(items) && (items[n].word == "that" || items[n].word == "," || items[n].word == ":" || isQuote(items[n].word)) {
		return true
	}
	if k := m.first - 1; k >= 0 && (items[k].word == "," || isQuote(items[k].word)) {
		return true
	}
	for k := max(0, m.first-2); k < len(items) && k <= m.last+2; k++ {
		if items[k].kind == itemMention && mentions[items[k].mention].Person != nil || items[k].kind == itemWord && isPronounWord(items[k].word) {
			return true
		}
	}
	return false
}

// compoundNoun reports whether the verb form at items[k] is the head of a
// noun compound: after a singular noun that follows a determiner ("the car
// bombing", "his state visit", "a standstill agreement"), after an
// adjective that follows a determiner or preposition ("with attempted
// murder", "a violent attack"), or, for -ing forms, after a capitalised
// word inside the sentence ("the 1996 Olympic bombing"). Past forms are
// left as verbs ("the police arrested").
func (s *sentence) compoundNoun(k int, intrans bool) bool {
	items := s.items
	w := items[k].word
	if k < 1 || items[k-1].kind != itemWord || strings.HasSuffix(w, "ed") || isIrregularParticiple(w) || isIrregularPast(w) {
		return false
	}
	p := &items[k-1]
	if p.upper {
		return strings.HasSuffix(w, "ing") && k > 1 && !sentenceInitial(items, k-1) && !s.verbish[k-1]
	}
	if !s.npItem(k-1) || isPronounWord(p.word) || isDeterminer(p.word) {
		return false
	}
	before := k - 2
	// Over a run of adjectives: "an alleged anti-abortion murder".
	for before >= 0 && items[before].kind == itemWord && !items[before].upper && isAdjectiveLike(items[before].word) && !s.verbish[before] {
		before--
	}
	if before < 0 {
		return false
	}
	b := &items[before]
	opens := b.kind == itemWord && (isDeterminer(b.word) || isPreposition(b.word) || isPossessivePronoun(b.word)) ||
		b.kind == itemMention && (b.possessive || s.doc.Mentions[b.mention].Amount != nil || s.doc.Mentions[b.mention].Date != nil || s.doc.Mentions[b.mention].Location != nil)
	if !opens {
		// "U.S. watch imports": a noun after a modifier that is no
		// determiner, as long as the verb form is no past.
		return b.kind == itemWord && b.upper && !sentenceInitial(items, before) && !strings.HasSuffix(p.word, "s")
	}
	if isAdjectiveLike(p.word) {
		return true
	}
	// A singular noun modifier before a bare or -ing form ("the car
	// bombing", "a state visit"); a plural one is more likely a subject
	// ("the allies meet"), and an -s form after a singular noun a verb
	// ("the pact expires").
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		// "the pact expires", but "U.S. watch imports" and "the bomb
		// attacks in the capitals": after a noun that a modifier
		// opens, or with no object after it, a transitive form is a noun.
		if b.kind == itemMention || b.kind == itemWord && b.upper && !isDeterminer(b.word) && !sentenceInitial(items, before) {
			return true
		}
		return !intrans && k+1 < len(items) && !s.npItem(k+1) && !(items[k+1].kind == itemWord && (isAdverb(items[k+1].word) || isParticle(items[k+1].word)))
	}
	return !strings.HasSuffix(p.word, "s") || strings.HasSuffix(p.word, "ss")
}

// intransitive reports whether one of a word's verb readings takes no
// object ("expires", "died", "rose", "resigned").
func intransitive(es []entry) bool {
	for _, e := range es {
		if e.pos != posVerb {
			continue
		}
		switch e.typ {
		case "expire", "die", "increase", "decrease", "resign", "clash", "protest", "strike", "riot", "disaster",
			"meet", "negotiate", "apologize", "agree", "cooperate", "withdraw", "state", "visit":
			return true
		}
	}
	return false
}

// simpleEntries reports whether no entry of a word is a phrase, so that all
// of them match the word alone.
func simpleEntries(es []entry) bool {
	for i := range es {
		if len(es[i].rest) > 0 {
			return false
		}
	}
	return true
}
