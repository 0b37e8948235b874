package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// How a trigger was recognised; the last part of an event's rule id.
const (
	howVerb      = "verb"
	howPassive   = "verb-passive"
	howReport    = "reporting-verb"
	howNounLight = "noun-light-verb"
	howNounMoney = "noun-money"
)

// candidate is a trigger that may become an event.
type candidate struct {
	first, last int // item indexes of the trigger words
	typ, cameo  string
	how         string
	score       float64 // preference within the sentence; higher is better
	light       int     // item index of the light verb a noun leans on, or -1
	left, right int     // the trigger's clause, items[left:right]
}

// match is a lexicon hit: the trigger's items and the entries of its form.
type match struct {
	first, last int
	entries     []entry // those of the longest matching form
}

// matches finds the lexicon's forms among the sentence's words. A
// capitalised word inside the sentence is part of a name ("the Special
// Measures Agreement") and is skipped.
func (lex *lexicon) matches(items []item, buf []match) []match {
	out := buf[:0]
	firstWord := true
	for i := range items {
		it := &items[i]
		if it.kind != itemWord {
			continue
		}
		sentenceStart := firstWord || i > 0 && items[i-1].kind == itemPunct && (isQuote(items[i-1].word) || items[i-1].word == ":")
		firstWord = false
		es := lex.words[it.word]
		if len(es) == 0 || it.upper && !sentenceStart {
			continue
		}
		best := -1
		var ents []entry
		for _, e := range es {
			n := len(e.rest)
			if n < best || !restMatches(items, i, e.rest) {
				continue
			}
			if n > best {
				best, ents = n, ents[:0:0]
			}
			ents = append(ents, e)
		}
		if best >= 0 {
			out = append(out, match{first: i, last: i + best, entries: ents})
		}
	}
	return out
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
// a light verb nearby ("started talks", "an earthquake struck") or, for
// payments, money in the sentence. A verb form after a determiner is a noun
// ("the meeting"); a light verb that carries a noun is not an event itself.
func (sb *sentenceBuilder) candidates(items []item, ms []match, hasMoney, hasAmount bool) []candidate {
	var out []candidate
	// light[k] answers isLight for items[k]: the first match (in order)
	// that covers k and has a light-verb entry decides. Computed once, not
	// by a scan of every match per question, which made long sentences
	// quadratic.
	light := make([]int8, len(items)) // 0 no light match, 1 light, -1 light after a determiner
	for _, m := range ms {
		if !slices.ContainsFunc(m.entries, func(e entry) bool { return e.pos == posLight }) {
			continue
		}
		v := int8(1)
		if precededByDeterminer(items, m.first) {
			v = -1
		}
		for k := m.first; k <= m.last && k < len(items); k++ {
			if light[k] == 0 {
				light[k] = v
			}
		}
	}
	isLight := func(k int) bool { return k >= 0 && k < len(light) && light[k] == 1 }
	// Whether the sentence holds a quotation mark, for isReport: asked once
	// here, not once per statement verb.
	quoted := slices.ContainsFunc(items, func(it item) bool { return it.kind == itemPunct && isQuote(it.word) })
	for _, m := range ms {
		det := precededByDeterminer(items, m.first)
		for _, e := range m.entries {
			first := e.pos == posVerb && e.typ != "state" && isFirstWord(items, m.first)
			if e.pos == posLight || e.pos == posVerb && (det || first || sb.nounContext(items, m.first)) {
				// A verb form read as a noun ("the meeting", "Chinese
				// imports") is an event only through a noun entry.
				continue
			}
			c := candidate{first: m.first, last: m.last, typ: e.typ, cameo: e.cameo, light: -1}
			if (c.typ == "increase" || c.typ == "decrease") && (!hasAmount || beforeInfinitive(items, m.last)) {
				continue // "a tree fell", "declined to comment": no change in an amount
			}
			if c.typ == "pay" && e.pos == posVerb && !hasMoney && strings.HasSuffix(items[m.first].word, "ing") {
				continue // "spending time", "contributing factors"
			}
			if c.typ == "appoint" && afterBareNoun(items, m.first) {
				continue // "a man named Kim" is what he is called
			}
			if e.pos == posVerb {
				c.how, c.score = howVerb, verbScore(items, m.first, m.last)
				if c.typ == "state" {
					if !isReport(items, m, sb.doc.Mentions, quoted) {
						continue
					}
					c.how = howReport
				} else if isPassive(items, m.first) {
					c.how = howPassive
				}
				out = append(out, c)
				continue
			}
			if l := findLight(items, m.first, m.last, isLight); l >= 0 {
				c.how, c.score, c.light = howNounLight, 2.5, l
			} else if c.typ == "pay" && hasMoney {
				c.how, c.score = howNounMoney, 2.4
			} else {
				continue
			}
			out = append(out, c)
		}
	}
	// A noun that leans on a verb of its own type gives way to the verb
	// ("signed a deal" is one agree event, on "signed"); otherwise the
	// light verb gives way to the noun ("paid a visit" is a visit).
	// The candidates are looked up by position, not compared pairwise: a
	// long sentence can hold thousands of them.
	drop := make([]bool, len(out))
	var alone map[int][]int // first item -> candidates without a light verb
	if slices.ContainsFunc(out, func(c candidate) bool { return c.light >= 0 }) {
		alone = map[int][]int{}
		for j, v := range out {
			if v.light < 0 {
				alone[v.first] = append(alone[v.first], j)
			}
		}
	}
	for i, c := range out {
		if c.light < 0 {
			continue
		}
		for _, j := range alone[c.light] {
			if out[j].typ == c.typ {
				drop[i] = true
			}
		}
	}
	for i, c := range out {
		if !drop[i] && c.light >= 0 {
			for _, j := range alone[c.light] {
				drop[j] = true
			}
		}
	}
	// "Seoul's contribution rose to ...": the change verb tells how much,
	// the noun before it what; one event, on the noun. Only verbs are
	// dropped here, so the nouns' drop marks are final.
	var nounEnds map[int][]int // last item -> candidates that are not verbs
	if slices.ContainsFunc(out, func(c candidate) bool { return c.light < 0 && (c.typ == "increase" || c.typ == "decrease") }) {
		nounEnds = map[int][]int{}
		for j, n := range out {
			if n.how != howVerb && n.how != howPassive {
				nounEnds[n.last] = append(nounEnds[n.last], j)
			}
		}
	}
	for i, c := range out {
		if c.light >= 0 || (c.typ != "increase" && c.typ != "decrease") {
			continue
		}
		for last := c.first - 3; last < c.first; last++ {
			for _, j := range nounEnds[last] {
				if !drop[j] {
					drop[i] = true
				}
			}
		}
	}
	kept := out[:0]
	for i, c := range out {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	out = kept
	return out
}

// isFirstWord reports whether items[k] is the first word of the sentence,
// where a verb form is a noun subject ("Exports fell", "Talks resumed").
func isFirstWord(items []item, k int) bool {
	for j := 0; j < k; j++ {
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
	return !items[k-1].upper && !isAuxiliary(w) && !isBeForm(w) && !strings.HasSuffix(w, "ly") && !isRelativeWord(w)
}

// beforeInfinitive reports whether "to" and a plain word follow items[k]
// ("declined to specify"), as against "rose to 960 billion won".
func beforeInfinitive(items []item, k int) bool {
	return k+2 < len(items) && items[k+1].word == "to" && items[k+2].kind == itemWord &&
		!isDeterminer(items[k+2].word) && (items[k+2].word[0] < '0' || items[k+2].word[0] > '9')
}

// verbScore prefers a sentence's main verb over a participle in an
// apposition ("The deal, signed in 2014, expires") or a relative clause.
func verbScore(items []item, first, last int) float64 {
	w := items[first].word
	if first > 0 && items[first-1].word == "," && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return 2
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if items[k].kind == itemWord && isRelativeWord(items[k].word) {
			return 2.5
		}
		if items[k].kind != itemWord {
			break
		}
	}
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		if items[k].kind == itemWord && isSubordinator(items[k].word) {
			return 2.5
		}
		if stopsClause(&items[k]) || items[k].word == "," {
			break
		}
	}
	return 3
}

// nounContext reports whether the word at items[k] stands where a verb
// cannot: after a preposition other than "to" ("worth of imports"), after
// an adjective-like mention ("Chinese imports", "Seoul's contribution", "the
// 2001 attacks"), or
// inside a person's title ("Finance Minister Hong").
func (sb *sentenceBuilder) nounContext(items []item, k int) bool {
	if k > 0 {
		prev := &items[k-1]
		switch prev.kind {
		case itemWord:
			if prev.word != "to" && isPreposition(prev.word) {
				return true
			}
			for _, e := range sb.lex.words[prev.word] {
				if e.pos != posNoun && len(e.rest) == 0 && strings.HasSuffix(prev.word, "ed") {
					return true // the object of a past verb: "added funds"
				}
			}
		case itemMention:
			m := &sb.doc.Mentions[prev.mention]
			datePrefix := m.Date != nil && k > 1 && items[k-2].kind == itemWord && isDeterminer(items[k-2].word)
			if prev.possessive || m.Location != nil && m.Location.Demonym || m.Amount != nil || datePrefix {
				return true
			}
		}
	}
	it := &items[k]
	if sb.inTitle(it.start, it.end) {
		return true
	}
	// A capital at the start of a sentence followed by another capital is
	// a name or title ("Finance Minister ...").
	if it.upper && k+1 < len(items) && (items[k+1].upper || items[k+1].kind == itemMention && sb.doc.Mentions[items[k+1].mention].Person != nil) {
		return true
	}
	return false
}

// precededByDeterminer reports whether the word at items[k] follows a
// determiner or a possessive, directly or across one adjective ("the
// meeting", "a sharp increase", "Seoul's contribution").
func precededByDeterminer(items []item, k int) bool {
	if k > 0 && (items[k-1].kind == itemWord && isDeterminer(items[k-1].word) || items[k-1].kind == itemMention && items[k-1].possessive) {
		return true
	}
	// Only a singular determiner, and only before a bare form: "the
	// allies meet" and "a pact expires" have a verb.
	w := items[k].word
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return k > 1 && items[k-2].kind == itemWord && isSingularDeterminer(items[k-2].word) &&
		items[k-1].kind == itemWord && !items[k-1].upper && !isAuxiliary(items[k-1].word) && !isPreposition(items[k-1].word)
}

// findLight returns the item index of a light verb within a few words of
// the noun at items[first:last+1], or -1. It does not look across a clause.
func findLight(items []item, first, last int, isLight func(int) bool) int {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if stopsClause(&items[k]) {
			break
		}
		if isLight(k) {
			return k
		}
	}
	for k := last + 1; k < len(items) && k <= last+3; k++ {
		if stopsClause(&items[k]) {
			break
		}
		if isLight(k) {
			return k
		}
	}
	return -1
}

func stopsClause(it *item) bool {
	switch it.kind {
	case itemPunct:
		return it.word == ";" || it.word == ":" || isQuote(it.word) || it.word == "(" || it.word == ")"
	case itemWord:
		return isClauseWord(it.word)
	}
	return false
}

// isReport reports whether a statement verb reports speech here: "said" and
// "told" always do; "added", "noted" and the like only before "that", a
// comma or quote, or next to a speaker ("the index added 0.5 percent" does
// not).
func isReport(items []item, m match, mentions []extract.Mention, quoted bool) bool {
	switch items[m.first].word {
	case "said", "says", "say", "told", "tells", "tell", "according":
		return true
	}
	if quoted {
		return true
	}
	if n := m.last + 1; n < len(items) && (items[n].word == "that" || items[n].word == ",") {
		return true
	}
	for k := max(0, m.first-3); k < len(items) && k <= m.last+3; k++ {
		if items[k].kind == itemMention && mentions[items[k].mention].Person != nil {
			return true
		}
	}
	return false
}

// isPassive reports whether the verb at items[k] is a participle after a
// form of be ("was appointed", "is led").
func isPassive(items []item, k int) bool {
	w := items[k].word
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !isIrregularParticiple(w) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if items[j].kind != itemWord {
			return false
		}
		if isBeForm(items[j].word) {
			return true
		}
	}
	return false
}

// choose keeps the first statement and the best maxOther other events, one
// per type, in text order.
func choose(cs []candidate) []candidate {
	var state *candidate
	best := map[string]int{}
	var others []candidate
	for i := range cs {
		c := &cs[i]
		if c.typ == "state" {
			if state == nil {
				state = c
			}
			continue
		}
		if j, ok := best[c.typ]; ok {
			if c.score > others[j].score {
				others[j] = *c
			}
			continue
		}
		best[c.typ] = len(others)
		others = append(others, *c)
	}
	slices.SortStableFunc(others, func(a, b candidate) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return a.first - b.first
	})
	if len(others) > maxOther {
		others = others[:maxOther]
	}
	if state != nil {
		others = append(others, *state)
	}
	slices.SortStableFunc(others, func(a, b candidate) int { return a.first - b.first })
	return others
}
