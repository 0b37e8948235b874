package event

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// isCalendar reports whether a date mention names a calendar time that can
// date an event: a date or time, resolved or not ("2018-12-12",
// "XXXX-WXX-4"), but no duration, set or reference word ("PRESENT_REF").
func isCalendar(d *extract.Date) bool {
	switch d.TimexType {
	case "", "DATE", "TIME":
	default:
		return false
	}
	v := d.Value
	return v != "" && !strings.HasSuffix(v, "_REF") && v[0] != 'P'
}

// isTimeBound reports whether a preposition makes a date a bound rather
// than the time of the event ("since 2015", "by the end of February").
func isTimeBound(w string) bool {
	switch w {
	case "since", "until", "till", "by", "through", "from", "before", "after", "throughout", "within", "than":
		return true
	}
	return false
}

// assignDates gives each calendar date of the sentence to one event: a
// date next to a statement verb ("said Wednesday") or opening the sentence
// before the speaker to the statement, any other to the nearest other
// event of its clause. The first date that resolves to the calendar gives
// when_resolved.
//
// Frames dropped as no event of the story still claim their dates:
// "..., officials said on Monday" does not date what they said.
func (s *sentence) assignDates(fs []*frame, evOf []int, evs []extract.Event) {
	ms := s.doc.Mentions
	items := s.items
	nd := 0
	for _, i := range s.ms {
		if ms[i].Date != nil {
			nd++
		}
	}
	for i := range evs {
		evs[i].When = s.slots(nd)
	}
	if nd == 0 {
		return
	}
	rel := s.relativeSpans()
	for k := range items {
		it := &items[k]
		if it.kind != itemMention || ms[it.mention].Date == nil || isInSpan(&ms[it.mention], s.dlStart, s.dlEnd) {
			continue
		}
		if !isCalendar(ms[it.mention].Date) || s.boundDate(k) || s.nounDate(k) {
			continue
		}
		best := -1
		for i, f := range fs {
			c := f.c
			if c.typ != "state" {
				continue
			}
			if k == f.vgStart-1 || saysWhen(items, c.last, k) || s.opensBefore(k, f, fs) {
				best = i
				break
			}
		}
		if best < 0 {
			// A statement's date stands next to it; any other date is
			// of the nearest other event of the same relative clause or
			// main clause ("Mr Trump, who takes office in January, said":
			// January dates no event).
			dist := math.MaxInt
			for i, f := range fs {
				if f.c.typ == "state" || spanOf(rel, k) != spanOf(rel, f.c.first) {
					continue
				}
				if dd := s.itemDistance(f, k); dd < dist {
					best, dist = i, dd
				}
			}
		}
		if best < 0 || evOf[best] < 0 {
			continue
		}
		evs[evOf[best]].When = append(evs[evOf[best]].When, it.mention)
	}
	for i := range evs {
		e := &evs[i]
		for _, w := range e.When {
			dt := ms[w].Date
			if !resolved(dt.Value) {
				continue
			}
			r := &s.resSlab.take(1)[0]
			r.Value = dt.Value
			if dt.Range != nil {
				rg := &s.rangeSlab.take(1)[0]
				*rg = *dt.Range
				r.Range = rg
			}
			e.WhenResolved = r
			break
		}
	}
}

// boundDate reports whether the date at items[k] is a bound ("since
// 2015") or qualifies a noun ("the 2015 raid", "last year's election").
func (s *sentence) boundDate(k int) bool {
	items := s.items
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		it := &items[j]
		if it.kind != itemWord {
			break
		}
		if isTimeBound(it.word) {
			return true
		}
		if it.upper {
			break // "The World Court Friday rejected": a name, no modifier
		}
		if it.word == "the" || it.word == "a" || it.word == "an" || isPossessivePronoun(it.word) {
			// "the 2015 raid", "its third-quarter loss", but "the day
			// before" and "the same day" stay.
			return k+1 < len(items) && items[k+1].kind == itemWord && !isPreposition(items[k+1].word) && !isClauseWord(items[k+1].word)
		}
		if isPreposition(it.word) {
			break
		}
	}
	if items[k].possessive && k+1 < len(items) && items[k+1].kind == itemWord {
		return true // "last year's election"
	}
	return false
}

// opensBefore reports whether the date at items[k] opens the sentence
// before a statement that comes first ("On Monday, the ministry said ...").
func (s *sentence) opensBefore(k int, st *frame, fs []*frame) bool {
	if k > st.c.first {
		return false
	}
	for _, f := range fs {
		if f != st && f.c.first < st.c.first {
			return false
		}
	}
	for j := 0; j < k; j++ {
		if s.items[j].kind == itemMention || s.items[j].kind == itemWord && !isPreposition(s.items[j].word) && s.items[j].word != "the" {
			return false
		}
	}
	return true
}

// saysWhen reports whether the date at items[k] follows the statement verb
// at items[last] within a few plain words ("said Wednesday", "told
// reporters on Thursday", "said in a statement on Wednesday").
func saysWhen(items []item, last, k int) bool {
	if k <= last || k-last > 6 {
		return false
	}
	for j := last + 1; j < k; j++ {
		if items[j].kind == itemPunct || items[j].kind == itemWord && isClauseWord(items[j].word) {
			return false
		}
	}
	return true
}

// resolved reports whether a TIMEX3 value names a calendar date or period
// ("2018-12-12", "2018-11", "1991") rather than an unanchored one
// ("XXXX-12-31", "PRESENT_REF").
func resolved(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9'
}

// assignPlaces gives each place of the sentence that is not an actor in
// one of its events (any place that is not a country, and a country after a
// locative preposition, "to Britain") to the nearest event; a statement
// competes only for places in its own clause ("the ministry in Tokyo
// said"), not those of the speech it reports. The host of a visit is its
// place too. The dateline is not a place of the sentence: it goes to
// action_geo only.
func (s *sentence) assignPlaces(fs []*frame, evOf []int, evs []extract.Event) {
	ms := s.doc.Mentions
	items := s.items
	isActor := func(mi int) bool {
		for _, e := range evs {
			for _, p := range e.Participants {
				if p.Mention == mi {
					return true
				}
			}
		}
		return false
	}
	nl := 0
	for _, i := range s.ms {
		if ms[i].Location != nil {
			nl++
		}
	}
	for i := range evs {
		evs[i].Where = s.slots(nl)
	}
	for k := range items {
		it := &items[k]
		if it.kind != itemMention {
			continue
		}
		m := &ms[it.mention]
		if m.Location == nil || m.Location.Demonym || it.mention == s.dateline || isInSpan(m, s.dlStart, s.dlEnd) || s.embedded(m) {
			continue
		}
		if isActor(it.mention) {
			s.placeOfPeople(k, evs)
			for i, f := range fs {
				if e := evOf[i]; e >= 0 && (f.c.typ == "visit" || f.c.typ == "host") && slices.ContainsFunc(evs[e].Participants, func(p extract.Participant) bool {
					return p.Mention == it.mention && p.Role == rolePatient
				}) {
					evs[e].Where = append(evs[e].Where, it.mention)
				}
			}
			continue
		}
		prep := s.prepOf(k)
		if it.possessive || prep == "of" && !s.geographicOf(k) || s.qualifiesTitle(k) || s.qualifiesNext(k, min(k+4, len(items)-1)) {
			continue // "former Aurora mayor Daniel Price": an affiliation
		}
		if m.Location.Kind == "country" && !isLocative(prep) {
			// "earthquakes struck north-western Iran": the country a
			// disaster hits is its place.
			for i, f := range fs {
				if e := evOf[i]; e >= 0 && f.c.typ == "disaster" && k > f.head && k-f.head <= 3 && prep == "" {
					evs[e].Where = append(evs[e].Where, it.mention)
				}
			}
			continue
		}
		best, dist := -1, math.MaxInt
		for i, f := range fs {
			if f.c.typ == "state" && (k < f.lo || k >= f.hi) || !s.placeFits(f, k, prep) {
				continue
			}
			if dd := s.itemDistance(f, k); dd < dist {
				best, dist = i, dd
			}
		}
		if best >= 0 && evOf[best] >= 0 {
			evs[evOf[best]].Where = append(evs[evOf[best]].Where, it.mention)
		}
	}
}

// embedded reports whether a place stands inside an organisation's name
// ("the Tulsa Police Department").
func (s *sentence) embedded(m *extract.Mention) bool {
	for _, i := range s.ms {
		o := &s.doc.Mentions[i]
		if isOrganization(o) && o.Start <= m.Start && m.End <= o.End {
			return true
		}
	}
	return false
}

// prepOf returns the preposition that governs the mention at items[k], or
// "". It looks back over a few modifiers ("to the beautiful Jeju Island")
// and through coordination ("in Seoul and Tokyo").
func (s *sentence) prepOf(k int) string {
	items := s.items
	words := 0
	for j := k - 1; j >= 0; j-- {
		it := &items[j]
		switch it.kind {
		case itemPunct:
			if it.word != "," || j != k-1 {
				return ""
			}
			continue
		case itemMention:
			if it.possessive || it.location {
				continue // "on South Korea's island of Jeju", "in Seoul and Tokyo"
			}
			return ""
		}
		w := it.word
		if isPrepAt(items, j) {
			return w
		}
		if isClauseAt(items, j) || s.verbish[j] {
			return ""
		}
		if w == "and" || w == "or" {
			continue
		}
		if it.upper {
			continue // part of a name the extractors did not take
		}
		words++
		if words > 3 {
			return ""
		}
	}
	return ""
}

// itemDistance is the number of items between a trigger and items[k], a
// comma or clause word counting as several ("struck off Chile on Sunday,
// killing 12" puts Chile and Sunday with the quake) and an argument before
// the trigger being farther than one after it.
func (s *sentence) itemDistance(f *frame, k int) int {
	c := f.c
	from, to := k+1, c.first
	if k > c.last {
		from, to = c.last+1, k
	}
	d := to - from + 1
	if k < c.first {
		d += 5 // arguments mostly follow their verb
	}
	if k < f.lo || k >= f.hi {
		d += 20
	}
	if from < to {
		if s.breaks == nil {
			s.countBreaks()
		}
		d += 10 * int(s.breaks[to]-s.breaks[from])
	}
	return d
}

// assignAmounts gives each amount of the sentence, with its restatements
// in other currencies, to the nearest event other than a statement that
// reports another event; each event lists money first.
func (s *sentence) assignAmounts(fs []*frame, evOf []int, evs []extract.Event) {
	mentions := s.doc.Mentions
	ms := s.ms
	na := 0
	for _, i := range ms {
		if mentions[i].Amount != nil {
			na++
		}
	}
	for i := range evs {
		evs[i].Amounts = s.slots(na)
	}
	inSentence := func(j int) bool { return slices.Contains(ms, j) }
	isEquivalent := func(i int) bool {
		a := mentions[i].Amount
		return a.EquivalentOf != nil && *a.EquivalentOf != i && inSentence(*a.EquivalentOf) && mentions[*a.EquivalentOf].Amount != nil
	}
	others := 0
	for _, f := range fs {
		if f.c.typ != "state" {
			others++
		}
	}
	var done []int
	for _, money := range [...]bool{true, false} {
		for _, i := range ms {
			a := mentions[i].Amount
			if a == nil || (a.Kind == extract.KindMoney) != money || isEquivalent(i) || isInSpan(&mentions[i], s.dlStart, s.dlEnd) || slices.Contains(done, i) || isParticipant(evs, i) {
				continue
			}
			best, dist := -1, math.MaxInt
			if k := s.itemOfMention(i); k >= 0 {
				for fi, f := range fs {
					if f.c.typ == "state" && others > 0 {
						continue
					}
					if dd := s.itemDistance(f, k); dd < dist {
						best, dist = fi, dd
					}
				}
			}
			if best < 0 || evOf[best] < 0 {
				continue // inside another mention, or held by a frame that is no event
			}
			e := &evs[evOf[best]]
			e.Amounts = append(e.Amounts, i)
			done = append(done, i)
			for _, j := range ms {
				if b := mentions[j].Amount; b != nil && b.EquivalentOf != nil && *b.EquivalentOf == i && j != i && !slices.Contains(done, j) {
					e.Amounts = append(e.Amounts, j)
					done = append(done, j)
				}
			}
		}
	}
}

// itemOfMention returns the index of the item that is mention i, or -1
// (a mention inside another is no item). Items start in order and a
// mention's item starts where the mention does: one binary search, not a
// walk over the sentence per amount.
func (s *sentence) itemOfMention(i int) int {
	start := s.doc.Mentions[i].Start
	k := sort.Search(len(s.items), func(k int) bool { return s.items[k].start >= start })
	if k < len(s.items) && s.items[k].kind == itemMention && s.items[k].mention == i {
		return k
	}
	return -1
}

// geographicOf reports whether the "of" before the place at items[k]
// follows a noun of geography ("the coast of Chile"), not an office ("the
// president of France").
func (s *sentence) geographicOf(k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if s.items[j].kind == itemWord && s.items[j].word == "of" {
			p := &s.items[j-1]
			return p.kind == itemWord && s.lex.inClass(p.word, "geo")
		}
	}
	return false
}

// placeFits reports whether the place at items[k], governed by prep, can
// locate frame f. A physical event takes the places of its clause; a
// verbal one (a statement, a demand, criticism, an appointment) only a
// place of its agent ("officials in Vietnam", "Seattle-based Starbucks")
// or one right after its verb ("said in Paris", "told reporters in
// Tokyo"), not the places of what it speaks about.
func (s *sentence) placeFits(f *frame, k int, prep string) bool {
	c := f.c
	if s.sceneSetting(k, prep) && s.mainFrame(f) {
		return true // "In Valmora, the girl's grandfather denied ..."
	}
	inAgent := f.agentSt >= 0 && k >= f.agentSt && k <= f.agentEn
	if !verbalEvent(c) {
		return inAgent || k >= f.lo && k < f.hi
	}
	if inAgent {
		return (prep == "in" || prep == "at" || prep == "") && !s.qualifiesNext(k, f.agentEn) && !s.qualifiesTitle(k) &&
			!(k+1 < len(s.items) && s.items[k+1].kind == itemWord && s.lex.inClassAt(s.items, k+1, "people"))
	}
	if k <= c.last || prep != "in" && prep != "at" {
		return false
	}
	// Right after the verb, or after its addressee or the date:
	// "said in Paris", "told reporters in Tokyo", but not "said the
	// blast in Kayseri".
	for j := c.last + 1; j < k; j++ {
		it := &s.items[j]
		switch {
		case j-c.last > 6 || s.verbish[j]:
			return false
		case it.kind == itemMention:
			if m := &s.doc.Mentions[it.mention]; m.Date == nil && m.Person == nil && !isOrganization(m) {
				return false
			}
		case it.kind == itemPunct:
			if it.word != "." {
				return false
			}
		case isPreposition(it.word) || isAdverb(it.word) || s.lex.inClassAt(s.items, j, "people") || isHonorific(it.word) ||
			isArticle(it.word) && j+1 < k && s.items[j+1].kind == itemWord && (s.items[j+1].word == "statement" || s.items[j+1].word == "interview" || s.items[j+1].word == "conference"):
		case it.word == "statement" || it.word == "interview" || it.word == "conference" || it.word == "press" || it.word == "news":
		default:
			return false
		}
	}
	return true
}

// sceneSetting reports whether the place at items[k] is in a phrase that
// opens the sentence and sets its scene ("In Miami, ...").
func (s *sentence) sceneSetting(k int, prep string) bool {
	if prep != "in" && prep != "at" {
		return false
	}
	for j := 0; j < k; j++ {
		it := &s.items[j]
		if it.kind == itemPunct && it.word == "," || s.verbish[j] {
			return false
		}
	}
	for j := k + 1; j < len(s.items) && j <= k+3; j++ {
		if s.items[j].kind == itemPunct && s.items[j].word == "," {
			return true
		}
	}
	return false
}

// mainFrame reports whether f is the sentence's first verb frame, the one
// an opening phrase sets the scene of.
func (s *sentence) mainFrame(f *frame) bool {
	for i := range s.frames {
		o := &s.frames[i]
		if o.c.pos == posVerb || o.c.light >= 0 {
			return o == f
		}
	}
	return false
}

// qualifiesTitle reports whether the place at items[k] stands right
// before a title word ("U.S. Ambassador", "former Aurora mayor"): an
// affiliation.
func (s *sentence) qualifiesTitle(k int) bool {
	if k+1 >= len(s.items) {
		return false
	}
	n := &s.items[k+1]
	return n.kind == itemWord && s.lex.actorNounOf(n) == "title"
}

// verbalEvent reports whether a candidate is an act of speech or of
// office (CAMEO 01 to 13, appointments, elections, approvals,
// resignations).
func verbalEvent(c *candidate) bool {
	if c.cameo != "" {
		switch c.cameo[:2] {
		case "01", "02", "03", "10", "11", "12", "13":
			return true
		}
		return false
	}
	switch c.typ {
	case "appoint", "elect", "approve", "resign":
		return true
	}
	return false
}

// nounDate reports whether the date at items[k] dates an event noun of a
// phrase before it rather than a verb: "the lootings of state banks in
// Valmora last year", "the massacres of 1994", "the California earthquake
// last month". A date after "on" ("announced his death on Friday") is the
// verb's.
func (s *sentence) nounDate(k int) bool {
	items := s.items
	if k > 0 && items[k-1].kind == itemWord && isPreposition(items[k-1].word) && items[k-1].word != "of" {
		return false // "sign the accord in March": the verb's
	}
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		it := &items[j]
		if it.kind == itemPunct || s.verbish[j] || wordFlags(items, j)&(fClause|fModal|fBe) != 0 {
			return false
		}
		if it.kind != itemWord {
			continue
		}
		if isPrepAt(items, j) && it.word != "of" && it.word != "in" && it.word != "at" {
			return false
		}
		for _, m := range s.matches {
			if m.first <= j && j <= m.last {
				for _, e := range m.entries {
					if e.pos == posNoun && !s.isCandidate(j) {
						return true
					}
				}
			}
		}
	}
	return false
}

// isCandidate reports whether items[k] is a trigger of this sentence.
func (s *sentence) isCandidate(k int) bool {
	for i := range s.cands {
		if c := &s.cands[i]; c.first <= k && k <= c.last {
			return true
		}
	}
	return false
}

// relativeSpans returns the item spans of the non-restrictive relative
// clauses and appositions set off by commas (", who ... ,", ", which
// ... ,"): what stands in them is theirs. The list is the docBuilder's
// buffer, good until the next call.
func (s *sentence) relativeSpans() [][2]int {
	out := s.docBuilder.rel[:0]
	items := s.items
	for k := 1; k < len(items); k++ {
		if items[k].kind != itemWord || (items[k].word != "who" && items[k].word != "which") || items[k-1].word != "," {
			continue
		}
		end := len(items)
		for j := k + 1; j < len(items); j++ {
			if items[j].kind == itemPunct && (items[j].word == "," || items[j].word == ";" || isQuote(items[j].word)) {
				end = j
				break
			}
		}
		out = append(out, [2]int{k, end})
		k = end
	}
	s.docBuilder.rel = out
	return out
}

// spanOf returns the index of the span of spans that holds item k, or -1.
func spanOf(spans [][2]int, k int) int {
	for i, sp := range spans {
		if sp[0] <= k && k < sp[1] {
			return i
		}
	}
	return -1
}

// isParticipant reports whether mention i is an actor of one of the
// events ("257 people" killed): it is then no amount of theirs.
func isParticipant(evs []extract.Event, i int) bool {
	for k := range evs {
		for _, p := range evs[k].Participants {
			if p.Mention == i {
				return true
			}
		}
	}
	return false
}

// slots returns an empty list with room for n mention indexes, from the
// document's slab: a sentence's event can take at most its n mentions of
// a kind, and an append beyond copies out.
func (db *docBuilder) slots(n int) []int {
	if n == 0 {
		return []int{}
	}
	return db.slotSlab.take(n)[:0]
}
