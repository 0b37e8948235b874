package event

import (
	"math"
	"slices"
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// Participant roles.
const (
	roleAgent       = "agent"
	rolePatient     = "patient"
	roleCounterpart = "counterpart"
)

// sentenceBuilder holds what one Events call shares across sentences.
type sentenceBuilder struct {
	doc            *extract.Doc
	lex            *lexicon
	dateline       int      // mention index of the dateline place, or -1
	dlStart, dlEnd int      // the dateline's span; mentions in it are not arguments
	titles         [][2]int // spans of people's titles ("Finance Minister"), by start
	titleReach     []int    // titleReach[i]: the farthest end of titles[:i+1]
	items          []item
	matches        []match
	breaks         []int // countBreaks of items
}

// build appends the events of sentence si to out.
func (sb *sentenceBuilder) build(out []extract.Event, si int, s extract.Sentence, ms []int) []extract.Event {
	d := sb.doc
	sb.items = splitItems(d.Text, s.Start, s.End, ms, d.Mentions, sb.items)
	items := sb.items
	sb.matches = sb.lex.matches(items, sb.matches)
	if len(sb.matches) == 0 {
		return out
	}
	hasMoney, hasAmount := false, false
	for _, i := range ms {
		if a := d.Mentions[i].Amount; a != nil {
			hasAmount = true
			hasMoney = hasMoney || a.Kind == extract.KindMoney
		}
	}
	cs := choose(sb.candidates(items, sb.matches, hasMoney, hasAmount))
	if len(cs) == 0 {
		return out
	}
	setClause(items, cs)
	sb.breaks = countBreaks(items, sb.breaks)
	evs := make([]extract.Event, len(cs))
	for i, c := range cs {
		e := &evs[i]
		e.Type = c.typ
		if c.cameo != "" {
			code := c.cameo
			e.Cameo = &code
		}
		start, end := items[c.first].start, items[c.last].end
		e.Trigger = extract.Span{Text: d.Text[start:end], Start: start, End: end}
		e.Sentence = extract.SentenceRef{I: si, Start: s.Start, End: s.End}
		e.Participants = sb.participants(items, cs, i)
		e.Rule = "event/" + c.typ + "/" + c.how
		if isNegated(items, c.first) {
			e.Rule += "/negated"
		}
	}
	sb.shareSubjects(cs, evs)
	sb.assignDates(items, cs, evs)
	sb.assignPlaces(items, cs, evs)
	sb.assignAmounts(items, ms, cs, evs)
	for i := range evs {
		e := &evs[i]
		e.Who = []int{}
		for _, p := range e.Participants {
			if !slices.Contains(e.Who, p.Mention) {
				e.Who = append(e.Who, p.Mention)
			}
		}
		slices.Sort(e.Who)
		e.Confidence = confidence(cs[i], e)
		if strings.HasSuffix(e.Rule, "/negated") {
			e.Confidence = math.Round((e.Confidence-0.3)*100) / 100
		}
	}
	return append(out, evs...)
}

// isNegated reports whether a negation stands just before the trigger at
// items[k] ("did not sign", "never paid", "no talks were held").
func isNegated(items []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		it := &items[j]
		if it.kind != itemWord {
			return false
		}
		switch it.word {
		case "not", "never", "no", "n't", "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't", "aren't", "cannot", "can't", "couldn't":
			return true
		}
	}
	return false
}

// shareSubjects gives an event without an agent the agents of the verb
// that bounds its clause on the left: "Rivas visited Quintero and pledged
// aid", "Japan met, talked and paid".
func (sb *sentenceBuilder) shareSubjects(cs []candidate, evs []extract.Event) {
	for i, c := range cs {
		if c.typ == "state" || c.how == howPassive || c.left == 0 || hasRole(evs[i].Participants, roleAgent) {
			continue
		}
		if w := sb.items[c.first-1].word; w != "and" && w != "," && w != "then" {
			continue // "raised tariffs even as negotiators met": a new subject
		}
		for j, o := range cs {
			if j == i || o.typ == "state" || o.how != howVerb || c.left-1 < o.first || c.left-1 > o.last {
				continue
			}
			for _, p := range evs[j].Participants {
				if p.Role == roleAgent && !slices.ContainsFunc(evs[i].Participants, func(q extract.Participant) bool { return q.Mention == p.Mention }) {
					evs[i].Participants = append(evs[i].Participants, p)
				}
			}
			evs[i].Participants = sortParticipants(evs[i].Participants)
		}
	}
}

func hasRole(ps []extract.Participant, role string) bool {
	for _, p := range ps {
		if p.Role == role {
			return true
		}
	}
	return false
}

// isActor reports whether a mention can act: a person, a country or its
// demonym, or (when tight reports so: next to the verb or possessive) a
// city or province standing for its government ("Seoul's contribution",
// "demanding Seoul").
func isActor(m *extract.Mention, tight bool) bool {
	switch {
	case m.Person != nil:
		return true
	case m.Location != nil:
		switch m.Location.Kind {
		case "country":
			return true
		case "city", "admin1":
			return tight && !m.Location.Demonym
		}
	}
	return false
}

// participants finds the actors of candidate ci: its subject before it, its
// object after it, "with X" as counterpart, and for passives the subject as
// patient and "by X" as agent. A statement's agent is its speaker.
func (sb *sentenceBuilder) participants(items []item, cs []candidate, ci int) []extract.Participant {
	c := cs[ci]
	isTrigger := func(k int) bool { return isTriggerItem(cs, k) }
	ms := sb.doc.Mentions
	var ps []extract.Participant
	add := func(k int, role string) {
		mi := items[k].mention
		for _, p := range ps {
			if p.Mention == mi {
				return
			}
		}
		ps = append(ps, extract.Participant{Mention: mi, Role: role})
	}
	left, right := c.left, c.right
	if c.typ == "state" {
		sb.speaker(items, left, c, right, add)
		return sortParticipants(ps)
	}
	passive := c.how == howPassive
	subjRole, objRole := roleAgent, rolePatient
	if passive {
		subjRole = rolePatient
	}
	foundSubject := false
	for k := left; k < c.first; k++ {
		it := &items[k]
		if it.kind != itemMention || isInSpan(&ms[it.mention], sb.dlStart, sb.dlEnd) {
			continue
		}
		m := &ms[it.mention]
		prep := prepOf(items, k, isTrigger, 0)
		tight := c.first-k <= 3
		if !isActor(m, tight) {
			continue
		}
		switch {
		case prep == "with":
			add(k, roleCounterpart)
		case prep == "by" && passive:
			add(k, roleAgent)
		case prep == "between" && c.how == howNounLight:
			add(k, roleAgent)
		case prep != "" || isAffiliation(items, ms, k):
		default:
			add(k, subjRole)
			foundSubject = true
		}
	}
	if !foundSubject && isRelativeAt(items, cs, left-1) {
		if k := antecedent(items, ms, left-1); k >= 0 {
			add(k, subjRole)
		}
	}
	lastObj := -1
	for k := c.last + 1; k < right; k++ {
		it := &items[k]
		if it.kind != itemMention || isInSpan(&ms[it.mention], sb.dlStart, sb.dlEnd) {
			continue
		}
		m := &ms[it.mention]
		tight := k-c.last <= 2 && !it.possessive
		if !isActor(m, tight) || m.Location != nil && m.Location.Demonym || isAffiliation(items, ms, k) {
			continue
		}
		prep := prepOf(items, k, isTrigger, 0)
		switch {
		case prep == "with":
			add(k, roleCounterpart)
		case prep == "by" && passive:
			add(k, roleAgent)
		case prep == "between" && c.how == howNounLight:
			add(k, roleAgent)
		case prep != "" || passive || it.possessive:
		case lastObj < 0 && k-c.last <= 4, lastObj >= 0 && k-lastObj <= 2:
			add(k, objRole)
			lastObj = k
		}
	}
	return sortParticipants(ps)
}

// speaker finds a statement's speaker: the nearest person before the verb
// within its clause, else one right after it ("said Kim"), else a country or
// city just before it ("Japan said").
func (sb *sentenceBuilder) speaker(items []item, left int, c candidate, right int, add func(int, string)) {
	ms := sb.doc.Mentions
	for k := c.first - 1; k >= left; k-- {
		if items[k].kind == itemMention && ms[items[k].mention].Person != nil && prepOf(items, k, nil, 0) == "" {
			add(k, roleAgent)
			return
		}
	}
	for k := c.last + 1; k < right && k <= c.last+8; k++ {
		if items[k].kind == itemMention && ms[items[k].mention].Person != nil {
			add(k, roleAgent)
			return
		}
	}
	for k := c.first - 1; k >= left && k >= c.first-3; k-- {
		if items[k].kind == itemMention && isActor(&ms[items[k].mention], true) && (!items[k].possessive || k >= c.first-2) && prepOf(items, k, nil, 0) == "" {
			add(k, roleAgent)
			return
		}
	}
}

// setClause sets each candidate's clause: the items around the trigger up
// to a clause word, a quote, a semicolon or ", and"; a statement verb or
// another verb trigger also bounds the search for an event's subject, and
// a later trigger the search for its object.
func setClause(items []item, cs []candidate) {
	for i := range cs {
		c := &cs[i]
		c.left = c.first
		for c.left > 0 && !stopsClause(&items[c.left-1]) && !commaAnd(items, c.left-1) &&
			!(c.typ != "state" && isOtherTrigger(cs, i, c.left-1)) {
			c.left--
		}
		c.right = c.last + 1
		for c.right < len(items) && !stopsClause(&items[c.right]) && !commaAnd(items, c.right+1) &&
			!(c.typ != "state" && isTriggerItem(cs, c.right)) {
			c.right++
		}
	}
}

// commaAnd reports whether items[k] is "and" or "but" after a comma, which
// joins two clauses in wire style.
func commaAnd(items []item, k int) bool {
	return k > 0 && k < len(items) && (items[k].word == "and" || items[k].word == "but") && items[k-1].word == ","
}

// isOtherTrigger reports whether items[k] belongs to a statement or to a
// verb trigger other than cs[i]: the subject of cs[i] is not found across it.
func isOtherTrigger(cs []candidate, i, k int) bool {
	for j, o := range cs {
		if j != i && k >= o.first && k <= o.last && (o.typ == "state" || o.how == howVerb || o.how == howPassive) {
			return true
		}
	}
	return false
}

func isTriggerItem(cs []candidate, k int) bool {
	for _, o := range cs {
		if k >= o.first && k <= o.last {
			return true
		}
	}
	return false
}

func sortParticipants(ps []extract.Participant) []extract.Participant {
	if ps == nil {
		return []extract.Participant{}
	}
	slices.SortStableFunc(ps, func(a, b extract.Participant) int { return a.Mention - b.Mention })
	return ps
}

// isAffiliation reports whether the place at items[k] qualifies a person
// rather than acting: "South Korea's chief negotiator Lee", "Chinese Vice
// Premier Liu", "U.S. Trade Representative Lang".
func isAffiliation(items []item, ms []extract.Mention, k int) bool {
	if !items[k].location {
		return false
	}
	for j := k + 1; j < len(items) && j <= k+5; j++ {
		it := &items[j]
		if it.kind == itemMention {
			return ms[it.mention].Person != nil
		}
		if it.kind == itemPunct && it.word == "," {
			continue // "the UK Home Secretary, Sajid Javid"
		}
		if it.kind != itemWord || !it.upper && !items[k].possessive {
			return false
		}
	}
	return false
}

// antecedent returns the item index of the actor that the relative word at
// items[r] refers to, or -1: the mention right before it ("Kim, who"), or
// the name that a short apposition describes ("Chang, a career diplomat
// who").
func antecedent(items []item, ms []extract.Mention, r int) int {
	k := r - 1
	if k >= 0 && items[k].word == "," {
		k--
	}
	if k < 0 {
		return -1
	}
	if items[k].kind == itemMention {
		if isActor(&ms[items[k].mention], false) {
			return k
		}
		return -1
	}
	for j := k; j >= 0 && j >= k-5; j-- {
		it := &items[j]
		if it.kind != itemWord {
			return -1
		}
		if it.word == "a" || it.word == "an" || it.word == "the" {
			if j >= 2 && items[j-1].word == "," && items[j-2].kind == itemMention && isActor(&ms[items[j-2].mention], false) {
				return j - 2
			}
			return -1
		}
	}
	return -1
}

// isRelativeAt reports whether items[k] opens a relative clause ("a
// diplomat who was named") rather than a complement ("said that").
func isRelativeAt(items []item, cs []candidate, k int) bool {
	if k < 1 || items[k].kind != itemWord || !isRelativeWord(items[k].word) {
		return false
	}
	prev := &items[k-1]
	if prev.kind == itemMention && !prev.location && !prev.possessive || isTriggerItem(cs, k-1) {
		// After a date or amount, or a verb: a complement clause.
		return false
	}
	if items[k].word == "that" {
		for _, c := range cs {
			if c.typ == "state" && c.last < k {
				return false
			}
		}
	}
	return true
}

// prepOf returns the preposition that governs the mention at items[k], or
// "". It looks back over a few modifiers ("to the beautiful Jeju Island"),
// amounts and dates, and through coordination ("in Seoul and Tokyo").
func prepOf(items []item, k int, isTrigger func(int) bool, depth int) string {
	words := 0
	for j := k - 1; j >= 0; j-- {
		it := &items[j]
		if isTrigger != nil && isTrigger(j) {
			return ""
		}
		switch it.kind {
		case itemPunct:
			if it.word != "," || depth > 2 || j != k-1 {
				return ""
			}
			return prepOfConjunct(items, j, isTrigger, depth)
		case itemMention:
			if it.possessive || it.location && upperBetween(items, j, k) {
				continue // "on South Korea's island of Jeju", "with U.S. envoy Lang"
			}
			return ""
		}
		w := it.word
		if isPreposition(w) {
			return w
		}
		if isClauseWord(w) {
			return ""
		}
		if w == "and" || w == "or" {
			if depth > 2 {
				return ""
			}
			return prepOfConjunct(items, j, isTrigger, depth)
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

// upperBetween reports whether only capitalised words lie between items j
// and k.
func upperBetween(items []item, j, k int) bool {
	for i := j + 1; i < k; i++ {
		if items[i].kind != itemWord || !items[i].upper {
			return false
		}
	}
	return true
}

// prepOfConjunct gives a conjunct the preposition of the mention before the
// conjunction at items[j].
func prepOfConjunct(items []item, j int, isTrigger func(int) bool, depth int) string {
	for p := j - 1; p >= 0 && p >= j-2; p-- {
		if items[p].kind == itemMention {
			return prepOf(items, p, isTrigger, depth+1)
		}
	}
	return ""
}

func isInSpan(m *extract.Mention, start, end int) bool {
	return end > start && m.Start >= start && m.End <= end
}

// assignDates gives each date in the sentence to one event: a date next to
// a statement verb ("said Wednesday") to the statement, any other to the
// nearest other event.
func (sb *sentenceBuilder) assignDates(items []item, cs []candidate, evs []extract.Event) {
	ms := sb.doc.Mentions
	for k := range items {
		it := &items[k]
		if it.kind != itemMention || ms[it.mention].Date == nil || isInSpan(&ms[it.mention], sb.dlStart, sb.dlEnd) {
			continue
		}
		best := -1
		for i, c := range cs {
			if c.typ == "state" && (k == c.first-1 || saysWhen(items, c.last, k)) {
				best = i
				break
			}
		}
		if best < 0 {
			dist := math.MaxInt
			for i, c := range cs {
				if c.typ == "state" && len(cs) > 1 {
					continue
				}
				if dd := itemDistance(sb.breaks, c, k); dd < dist {
					best, dist = i, dd
				}
			}
		}
		if best < 0 {
			best = 0
		}
		evs[best].When = append(evs[best].When, it.mention)
	}
	for i := range evs {
		e := &evs[i]
		if e.When == nil {
			e.When = []int{}
		}
		for _, w := range e.When {
			dt := ms[w].Date
			if dt.TimexType != "" && dt.TimexType != "DATE" && dt.TimexType != "TIME" || !resolved(dt.Value) {
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

// saysWhen reports whether the date at items[k] follows the statement verb
// at items[last] within a few plain words ("said Wednesday", "told
// reporters on Thursday").
func saysWhen(items []item, last, k int) bool {
	if k <= last || k-last > 6 { // "said in a statement on Wednesday"
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
// said"), not those of the speech it reports. An event left without a place
// gets the dateline's.
func (sb *sentenceBuilder) assignPlaces(items []item, cs []candidate, evs []extract.Event) {
	ms := sb.doc.Mentions
	actors := map[int]bool{}
	for _, e := range evs {
		for _, p := range e.Participants {
			actors[p.Mention] = true
		}
	}
	isActor := func(mi int) bool { return actors[mi] }
	others := 0
	for _, c := range cs {
		if c.typ != "state" {
			others++
		}
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
		if m.Location == nil || m.Location.Demonym || it.mention == sb.dateline || isInSpan(m, sb.dlStart, sb.dlEnd) || isActor(it.mention) {
			continue
		}
		if m.Location.Kind == "country" && !isLocative(prepOf(items, k, nil, 0)) {
			continue
		}
		best, dist := -1, math.MaxInt
		for i, c := range cs {
			if c.typ == "state" && (k < c.left || k >= c.right) {
				continue
			}
			if dd := itemDistance(sb.breaks, c, k); dd < dist {
				best, dist = i, dd
			}
		}
		if best >= 0 {
			evs[best].Where = append(evs[best].Where, it.mention)
		}
	}
	for i := range evs {
		if len(evs[i].Where) == 0 && sb.dateline >= 0 {
			evs[i].Where = append(evs[i].Where, sb.dateline)
		}
	}
}

// itemDistance is the number of items between a trigger and items[k], a
// comma or clause word counting as several ("struck off Chile on Sunday,
// killing 12" puts Chile and Sunday with the quake) and an argument before
// the trigger being farther than one after it.
// breaks[j] counts the commas and clause words in items[:j] (see
// countBreaks), so that the distance costs the same however far apart the
// two are: counting them item by item made a long sentence cubic.
func itemDistance(breaks []int, c candidate, k int) int {
	from, to := k+1, c.first
	if k > c.last {
		from, to = c.last+1, k
	}
	d := to - from + 1
	if k < c.first {
		d += 5 // arguments mostly follow their verb
	}
	if from < to {
		d += 10 * (breaks[to] - breaks[from])
	}
	return d
}

// countBreaks fills breaks (reused) with the running count of commas and
// clause words: breaks[j] for items[:j], len(items)+1 entries.
func countBreaks(items []item, breaks []int) []int {
	breaks = append(breaks[:0], 0)
	n := 0
	for j := range items {
		if items[j].kind == itemPunct && items[j].word == "," || items[j].kind == itemWord && isClauseWord(items[j].word) {
			n++
		}
		breaks = append(breaks, n)
	}
	return breaks
}

// assignAmounts gives each amount of the sentence, with its restatements
// in other currencies, to the nearest event other than a statement that
// reports another event; each event lists money first.
func (sb *sentenceBuilder) assignAmounts(items []item, ms []int, cs []candidate, evs []extract.Event) {
	mentions := sb.doc.Mentions
	for i := range evs {
		evs[i].Amounts = []int{}
	}
	if !slices.ContainsFunc(ms, func(j int) bool { return mentions[j].Amount != nil }) {
		return // nothing to assign; spares the maps below
	}
	// Sets and maps, not scans of the sentence per amount: a long sentence
	// full of amounts made those quadratic.
	inSentence := make(map[int]bool, len(ms))
	restated := map[int][]int{} // mention -> its restatements, in sentence order
	for _, j := range ms {
		inSentence[j] = true
		if b := mentions[j].Amount; b != nil && b.EquivalentOf != nil && *b.EquivalentOf != j {
			restated[*b.EquivalentOf] = append(restated[*b.EquivalentOf], j)
		}
	}
	itemOf := map[int]int{} // mention -> its item; a mention inside another has none
	for k := range items {
		if items[k].kind == itemMention {
			itemOf[items[k].mention] = k
		}
	}
	isEquivalent := func(i int) bool {
		a := mentions[i].Amount
		return a.EquivalentOf != nil && *a.EquivalentOf != i && inSentence[*a.EquivalentOf] && mentions[*a.EquivalentOf].Amount != nil
	}
	others := 0
	for _, c := range cs {
		if c.typ != "state" {
			others++
		}
	}
	done := map[int]bool{}
	for _, money := range [...]bool{true, false} {
		for _, i := range ms {
			a := mentions[i].Amount
			if a == nil || (a.Kind == extract.KindMoney) != money || isEquivalent(i) || isInSpan(&mentions[i], sb.dlStart, sb.dlEnd) || done[i] {
				continue
			}
			k, ok := itemOf[i]
			if !ok {
				continue // inside another mention
			}
			best, dist := -1, math.MaxInt
			for ci, c := range cs {
				if c.typ == "state" && others > 0 {
					continue
				}
				if dd := itemDistance(sb.breaks, c, k); dd < dist {
					best, dist = ci, dd
				}
			}
			if best < 0 {
				continue
			}
			e := &evs[best]
			e.Amounts = append(e.Amounts, i)
			done[i] = true
			for _, j := range restated[i] {
				if !done[j] {
					e.Amounts = append(e.Amounts, j)
					done[j] = true
				}
			}
		}
	}
}

// confidence scores an event from how its trigger was found and how many of
// its slots are filled.
func confidence(c candidate, e *extract.Event) float64 {
	x := 0.55
	switch c.how {
	case howReport:
		x = 0.65
	case howNounLight:
		x = 0.5
	case howNounMoney:
		x = 0.45
	}
	if c.score < 3 && (c.how == howVerb || c.how == howPassive) {
		x -= 0.1
	}
	if len(e.Who) > 0 {
		x += 0.15
	}
	if e.WhenResolved != nil {
		x += 0.1
	}
	if len(e.Where) > 0 {
		x += 0.05
	}
	if len(e.Amounts) > 0 {
		x += 0.05
	}
	return math.Round(min(x, 0.95)*100) / 100
}
