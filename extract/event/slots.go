package event

import (
	"math"
	"slices"
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
	others := 0
	for _, f := range fs {
		if f.c.typ != "state" {
			others++
		}
	}
	for k := range items {
		it := &items[k]
		if it.kind != itemMention || ms[it.mention].Date == nil || isInSpan(&ms[it.mention], s.dlStart, s.dlEnd) {
			continue
		}
		if !isCalendar(ms[it.mention].Date) || s.boundDate(k) {
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
			dist := math.MaxInt
			for i, f := range fs {
				if f.c.typ == "state" && others > 0 {
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
		if e.When == nil {
			e.When = []int{}
		}
		for _, w := range e.When {
			dt := ms[w].Date
			if !resolved(dt.Value) {
				continue
			}
			r := &extract.Resolved{Value: dt.Value}
			if dt.Range != nil {
				rg := *dt.Range
				r.Range = &rg
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
		if it.word == "the" || it.word == "a" || it.word == "an" {
			// "the 2015 raid", but "the day before" and "the same day" stay.
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
		if items[j].kind != itemWord || isClauseWord(items[j].word) {
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
	for i := range evs {
		evs[i].Where = []int{}
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
		if m.Location.Kind == "country" && !isLocative(prep) || it.possessive || prep == "of" && !s.geographicOf(k) {
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
		if isPreposition(w) {
			return w
		}
		if isClauseWord(w) || s.verbish[j] {
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
	items := s.items
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
	for j := from; j < to; j++ {
		if items[j].kind == itemPunct && items[j].word == "," || items[j].kind == itemWord && isClauseWord(items[j].word) {
			d += 10
		}
	}
	return d
}

// assignAmounts gives each amount of the sentence, with its restatements
// in other currencies, to the nearest event other than a statement that
// reports another event; each event lists money first.
func (s *sentence) assignAmounts(fs []*frame, evOf []int, evs []extract.Event) {
	mentions := s.doc.Mentions
	ms := s.ms
	for i := range evs {
		evs[i].Amounts = []int{}
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
			if a == nil || (a.Kind == extract.KindMoney) != money || isEquivalent(i) || isInSpan(&mentions[i], s.dlStart, s.dlEnd) || slices.Contains(done, i) {
				continue
			}
			best, dist := -1, math.MaxInt
			for k := range s.items {
				if s.items[k].kind != itemMention || s.items[k].mention != i {
					continue
				}
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
	if !verbalEvent(c) {
		return true
	}
	if f.agentSt >= 0 && k >= f.agentSt && k <= f.agentEn {
		return (prep == "in" || prep == "at" || prep == "") && !s.qualifiesNext(k, f.agentEn) && !s.qualifiesTitle(k)
	}
	if k <= c.last || prep != "in" && prep != "at" {
		return false
	}
	for j := c.last + 1; j < k; j++ {
		it := &s.items[j]
		if j-c.last > 6 || s.verbish[j] || it.kind == itemWord && isClauseWord(it.word) || it.kind == itemPunct && it.word != "." {
			return false
		}
	}
	return true
}

// qualifiesTitle reports whether the place at items[k] stands right
// before a capitalised title word ("U.S. Ambassador", "French Foreign
// Minister"): an affiliation.
func (s *sentence) qualifiesTitle(k int) bool {
	if k+1 >= len(s.items) {
		return false
	}
	n := &s.items[k+1]
	return n.kind == itemWord && n.upper && s.lex.actorNouns[n.word] == "title"
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
