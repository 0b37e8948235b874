package event

import (
	"math"
	"slices"

	"github.com/eventwire/eventwire/extract"
)

// Participant roles.
const (
	roleAgent       = "agent"
	rolePatient     = "patient"
	roleCounterpart = "counterpart"
)

// sentence is one sentence under analysis.
type sentence struct {
	*docBuilder
	si                  int
	s                   extract.Sentence
	ms                  []int // the sentence's mentions
	items               []item
	matches             []match
	verbish             []bool // items read as verbs (triggers, light verbs)
	hasMoney, hasAmount bool
	cands               []candidate
	frames              []frame
	vgs                 []int // the verb group start of each candidate's first word
	// otherVerb[k] says whether items[k] begins or lies in the verb group
	// of a verb candidate: startsOtherVerb for any k past a frame's
	// trigger, set once per sentence by markVerbGroups.
	otherVerb []bool
	// breaks[j] counts the commas and clause words among items[:j]; nil
	// until itemDistance first needs it.
	breaks []int32
}

// frame is a candidate with what the rules found around it.
type frame struct {
	c        *candidate
	head     int // the item whose verb group and subject are the event's
	vgStart  int // first item of head's verb group
	passive  bool
	negated  bool
	modality string
	subj     []arg // the subject's actors, before roles are given
	agents   []arg
	patients []arg
	subjHead string // head word of the subject noun phrase
	objHead  string // head word of the object (the subject of a passive)
	objActor bool   // the object is an actor (a mention or a noun of people)
	objEnd   int    // last item of the object phrase, or -1
	unnamed  bool   // a statement whose speaker is not named ("officials said")
	// namedNoMention is true for a statement whose speaker is named by
	// no mention ("The FBI said" without organisation mentions).
	namedNoMention bool
	// restrictive is true for a verb in a restrictive relative clause or
	// participle ("the bombing that killed 12", "soldiers visiting a
	// market"): it says which thing is meant, not what happened.
	restrictive bool
	// agentSt, agentEn span the subject noun phrase of an active verb or
	// the "by" phrase of a passive (-1 when there is none).
	agentSt, agentEn int
	quoted           bool
	drop             bool
	// claims is true for a frame dropped as no event of the story that
	// still holds its dates, places and amounts ("the bombing that
	// killed 12", "officials said on Monday").
	claims bool
	lo, hi int // the clause, items[lo:hi]
}

// arg is an actor found for a frame.
type arg struct {
	mention int
	role    string
	item    int    // item index of the words that stood in the sentence
	span    [2]int // byte span of a pronoun or description that resolved to mention, if spanned
	spanned bool
	named   bool // a name, or a pronoun or description that resolves to one
	first   bool // "I" or "we", left to the quote's speaker
	// strength is how directly the phrase names the actor: 3 a person or
	// organisation at its head, 2 a place at its head or a pronoun or
	// description resolved, 1 a place that qualifies it or an "of"
	// phrase, 0 its possessor.
	strength int
}

// sentence appends the events of sentence si to db.out.
func (db *docBuilder) sentence(si int, s extract.Sentence, ms []int) {
	d := db.doc
	db.args = db.args[:0]
	db.items = splitItems(d.Text, db.low, db.ascii, db.sentenceTokens(s), s.Start, s.End, ms, d.Mentions, db.items)
	db.trig = db.lex.classify(db.items, db.trig[:0])
	db.matches = db.lex.matches(db.items, db.trig, db.matches, &db.ents)
	if len(db.matches) == 0 {
		return
	}
	db.sn = sentence{docBuilder: db, si: si, s: s, ms: ms, items: db.items, matches: db.matches}
	sn := &db.sn
	for _, i := range ms {
		if a := d.Mentions[i].Amount; a != nil {
			sn.hasAmount = true
			sn.hasMoney = sn.hasMoney || a.Kind == extract.KindMoney
		}
	}
	sn.markVerbs()
	sn.cands = sn.candidates()
	if len(sn.cands) == 0 {
		return
	}
	for _, c := range sn.cands {
		for k := c.first; k <= c.last; k++ {
			sn.verbish[k] = c.pos == posVerb
		}
	}
	if cap(db.frames) < len(sn.cands) {
		db.frames = make([]frame, len(sn.cands))
	}
	sn.frames = db.frames[:len(sn.cands)]
	sn.vgs = db.vgs[:0]
	for i := range sn.cands {
		sn.vgs = append(sn.vgs, sn.verbGroupStart(sn.cands[i].first))
	}
	db.vgs = sn.vgs
	sn.markVerbGroups()
	for i := range sn.cands {
		// A frame's agents and patients are appended to, never shared:
		// the buffers of the frame that had this place in an earlier
		// sentence serve again.
		ag, pa := sn.frames[i].agents[:0], sn.frames[i].patients[:0]
		sn.frames[i] = frame{c: &sn.cands[i], agentSt: -1, agentEn: -1, objEnd: -1, agents: ag, patients: pa}
		sn.analyse(&sn.frames[i])
	}
	for i := range sn.frames {
		sn.roles(i)
	}
	sn.checkConditions()
	sn.recodeViolence()
	sn.selectFrames()
	sn.emit()
}

// markVerbs flags the items that the lexicon reads as verbs (verb
// triggers and light verbs after no determiner); once the candidates are
// known their readings replace these. The noun-phrase rules stop at them.
func (s *sentence) markVerbs() {
	if cap(s.docBuilder.verbish) < len(s.items) {
		s.docBuilder.verbish = make([]bool, len(s.items)+32)
	}
	s.verbish = s.docBuilder.verbish[:len(s.items)]
	clear(s.verbish)
	for _, m := range s.matches {
		if precededByDeterminer(s.items, m.first) {
			continue
		}
		for _, e := range m.entries {
			if e.pos != posNoun {
				for k := m.first; k <= m.last; k++ {
					s.verbish[k] = true
				}
				break
			}
		}
	}
}

// analyse finds a frame's verb group, voice, negation and modality.
func (s *sentence) analyse(f *frame) {
	c := f.c
	f.head = c.first
	if c.light >= 0 {
		f.head = c.light
	} else if c.occur >= 0 {
		f.head = c.occur
	}
	f.vgStart = s.verbGroupStart(f.head)
	if c.pos == posVerb {
		f.passive = s.isPassive(f)
	} else if c.occur >= 0 {
		f.passive = s.isPassiveAt(f.head, f.vgStart)
	}
	f.lo, f.hi = s.clauseOf(f)
	s.modality(f)
	f.quoted = s.inQuote(s.items[c.first].start)
}

// verbGroupStart returns the first item of the verb group that ends at
// items[h]: modals, forms of be, have and do, negations, adverbs and an
// infinitive "to" before the verb.
func (s *sentence) verbGroupStart(h int) int {
	k := h
	for k-1 >= 0 && s.items[k-1].kind == itemWord {
		w := s.items[k-1].word
		if wordFlags(s.items, k-1)&(fModal|fBe|fHave|fNeg|fAdverb) != 0 || w == "to" ||
			w == "do" || w == "does" || w == "did" || w == "going" {
			k--
			continue
		}
		// "had itself filed", "has so far given": an intensifier or an
		// adverb phrase inside the verb group.
		if (w == "itself" || w == "himself" || w == "herself" || w == "themselves") && k-2 >= 0 && isHaveForm(s.items[k-2].word) ||
			w == "far" && k-2 >= 0 && s.items[k-2].word == "so" {
			k -= 2
			continue
		}
		break
	}
	return k
}

// isPassive reports whether a verb trigger is passive: a participle after
// a form of be ("was appointed", "has been charged"), or a participle right
// after its noun in a reduced relative ("the man killed in the attack",
// "arrested by police").
func (s *sentence) isPassive(f *frame) bool {
	c := f.c
	if (s.isPassiveAt(c.last, f.vgStart) || s.isPassiveAt(c.first, f.vgStart)) && c.first == f.head { // "were placed under arrest"
		return true
	}
	w := s.items[c.first].word
	if !isParticiple(w) || f.vgStart != c.first || c.first == 0 {
		return false
	}
	next := c.last + 1
	if next < len(s.items) && s.items[next].word == "by" {
		return true
	}
	// A noun before a transitive participle that has no object: "twelve
	// people arrested on Monday", "the man killed in the attack".
	if !transitiveOnly(c) || next < len(s.items) && (s.npItem(next) || s.items[next].word == "that" || isQuote(s.items[next].word)) {
		return false // an object or a complement clause follows: "the jury concluded that ..."
	}
	prev := &s.items[c.first-1]
	return prev.kind == itemWord && !prev.upper && s.npItem(c.first-1) && !isPronounWord(prev.word) ||
		prev.kind == itemPunct && prev.word == ","
}

// isPassiveAt reports whether the verb at items[h] is a participle after a
// form of be within its verb group.
func (s *sentence) isPassiveAt(h, vgStart int) bool {
	if !isParticiple(s.items[h].word) {
		return false
	}
	for j := h - 1; j >= vgStart; j-- {
		if isBeForm(s.items[j].word) {
			return true
		}
	}
	return false
}

// transitiveOnly reports whether a verb trigger always has an object, so
// that without one it is passive.
func transitiveOnly(c *candidate) bool {
	switch c.typ {
	case "arrest", "kill", "assault", "abduct", "release", "appoint", "elect", "deport", "expel", "seize",
		"torture", "assassinate", "ban", "sanction", "extradite", "convict", "sue", "accuse", "criticize",
		"sign", "impose":
		return true
	}
	return false
}

// clauseOf returns the stretch of items where a frame's arguments may
// stand: back to the last semicolon, colon, bracket or quote mark before
// its verb group, forward to the next one, a clause word, or the verb group
// of another verb trigger.
func (s *sentence) clauseOf(f *frame) (int, int) {
	lo := f.vgStart
	for lo > 0 {
		it := &s.items[lo-1]
		if it.kind == itemPunct && (it.word == ";" || it.word == ":" || it.word == "(" || it.word == ")" || isQuote(it.word)) {
			break
		}
		lo--
	}
	hi := f.c.last + 1
	for hi < len(s.items) {
		it := &s.items[hi]
		if it.kind == itemPunct && (it.word == ";" || it.word == ":" || it.word == "(" || isQuote(it.word)) ||
			isClauseAt(s.items, hi) && it.word != "as" && it.word != "after" && it.word != "before" && it.word != "since" && it.word != "until" ||
			commaAnd(s.items, hi) || s.otherVerb[hi] {
			break
		}
		hi++
	}
	return lo, hi
}

// markVerbGroups sets s.otherVerb from the candidates and their verb
// group starts s.vgs. Past a frame's trigger (k > f.c.last), items[k]
// begins the verb group of a verb trigger other than f's (the test's
// startsOtherVerb) exactly when otherVerb[k]: f's own trigger ends
// before k, so it never marks k. clauseOf read that for every item after
// every trigger, with a walk over all candidates each time.
func (s *sentence) markVerbGroups() {
	marks := s.docBuilder.vgMarks
	if cap(marks) < len(s.items) {
		marks = make([]bool, len(s.items)+32)
	}
	marks = marks[:len(s.items)]
	clear(marks)
	for i := range s.cands {
		c := &s.cands[i]
		if c.pos != posVerb {
			continue
		}
		marks[c.first] = true
		for k := s.vgs[i]; k < c.first; k++ {
			if s.items[k].word != "to" {
				marks[k] = true
			}
		}
	}
	s.docBuilder.vgMarks = marks
	s.otherVerb = marks
}

// commaAnd reports whether items[k] is "and" or "but" after a comma, which
// joins two clauses in wire style.
func commaAnd(items []item, k int) bool {
	return k > 0 && k < len(items) && (items[k].word == "and" || items[k].word == "but") && items[k-1].word == ","
}

// emit turns the kept frames into events.
func (s *sentence) emit() {
	d := s.doc
	first := len(s.out)
	kept := s.kept[:0]
	n, nargs, nspans := 0, 0, 0
	for i := range s.frames {
		if f := &s.frames[i]; !f.drop {
			n++
			nargs += len(f.agents) + len(f.patients)
			for _, a := range f.agents {
				nspans += b2i(a.spanned)
			}
			for _, a := range f.patients {
				nspans += b2i(a.spanned)
			}
		}
	}
	var codes []string
	var parts []extract.Participant
	var spans []extract.Span
	var who []int
	if n > 0 {
		// The document's slabs start at about its number of sentences
		// (events, their participants and slots are of that order in
		// news), so that a short text takes one array of each.
		hint := len(s.sents)
		codes = s.codeSlab.takeHint(n, hint)[:0] // room for the codes of the sentence's events
		// The participants, their spans and the actors of the
		// sentence's events come from the document's slabs: each event
		// gets room for all its args, capped, so a later append copies
		// out; a span for each arg that has one.
		parts, spans, who = s.partSlab.takeHint(nargs, hint), s.spanSlab.takeHint(nspans, hint/4), s.slotSlab.takeHint(nargs, hint)
	}
	for i := range s.frames {
		f := &s.frames[i]
		if f.drop {
			continue
		}
		kept = append(kept, f)
		c := f.c
		e := extract.Event{Type: c.typ}
		if c.cameo != "" {
			codes = append(codes, c.cameo)
			e.Cameo = &codes[len(codes)-1]
		}
		start, end := s.items[c.first].start, s.items[c.last].end
		e.Trigger = extract.Span{Text: d.Text[start:end], Start: start, End: end}
		e.Sentence = extract.SentenceRef{I: s.si, Start: s.s.Start, End: s.s.End}
		na := len(f.agents) + len(f.patients)
		e.Participants, parts = parts[:0:na], parts[na:]
		var note evNote
		for ai := 0; ai < len(f.agents)+len(f.patients); ai++ {
			var a arg
			if ai < len(f.agents) {
				a = f.agents[ai]
			} else {
				a = f.patients[ai-len(f.agents)]
			}
			if a.first {
				if a.role == roleAgent && note.firstPerson == nil {
					sp := [2]int{s.items[a.item].start, s.items[a.item].end}
					note.firstPerson = &sp
				}
				continue
			}
			if slices.ContainsFunc(e.Participants, func(p extract.Participant) bool { return p.Mention == a.mention }) {
				continue
			}
			p := extract.Participant{Mention: a.mention, Role: a.role}
			if a.spanned {
				spans[0] = extract.Span{Text: d.Text[a.span[0]:a.span[1]], Start: a.span[0], End: a.span[1]}
				p.Span, spans = &spans[0], spans[1:]
			}
			e.Participants = append(e.Participants, p)
		}
		slices.SortStableFunc(e.Participants, func(a, b extract.Participant) int { return a.Mention - b.Mention })
		e.Negated = f.negated
		e.Modality = f.modality
		e.Quoted = f.quoted
		e.Rule = s.rule(c.typ, c.how)
		if c.pos == posNoun && len(f.agents) == 0 && len(f.patients) == 0 && s.definiteNoun(c.first) {
			note.nounDef = true
		}
		s.out = append(s.out, e)
		s.notes = append(s.notes, note)
	}
	s.kept = kept
	evs := s.out[first:]
	fs, evOf := s.slotFrames()
	s.assignDates(fs, evOf, evs)
	s.assignPlaces(fs, evOf, evs)
	s.assignAmounts(fs, evOf, evs)
	for i := range evs {
		e := &evs[i]
		np := len(e.Participants)
		e.Who, who = who[:0:np], who[np:]
		for _, p := range e.Participants {
			if !slices.Contains(e.Who, p.Mention) {
				e.Who = append(e.Who, p.Mention)
			}
		}
		slices.Sort(e.Who)
		e.Confidence = confidence(kept[i], e)
	}
}

// confidence scores an event from how its trigger was found, how it is
// presented and how many of its slots are filled.
func confidence(f *frame, e *extract.Event) float64 {
	x := 0.55
	switch f.c.how {
	case howReport:
		x = 0.65
	case howNounLight, howNounOccur:
		x = 0.5
	case howNounMoney:
		x = 0.45
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
	if e.Negated || e.Modality != extract.ModalityAsserted {
		x -= 0.2
	}
	return math.Round(min(max(x, 0.05), 0.95)*100) / 100
}

// slotFrames returns the frames that take dates, places and amounts: the
// events, and the frames dropped that still claim theirs; evOf maps each
// to its event in emit order, -1 for the claimants.
func (s *sentence) slotFrames() ([]*frame, []int) {
	fs, evOf := s.fs[:0], s.evOf[:0]
	defer func() { s.fs, s.evOf = fs, evOf }()
	n := 0
	for i := range s.frames {
		f := &s.frames[i]
		switch {
		case !f.drop:
			fs, evOf = append(fs, f), append(evOf, n)
			n++
		case f.claims:
			fs, evOf = append(fs, f), append(evOf, -1)
		}
	}
	return fs, evOf
}

// oneArg returns a list of the one arg a from the sentence's slab of args,
// capped as actorsIn's lists are.
func (s *sentence) oneArg(a arg) []arg {
	sl := append(s.docBuilder.args, a)
	s.docBuilder.args = sl
	return sl[len(sl)-1 : len(sl) : len(sl)]
}

// rule returns the rule id of an event of type typ found by how,
// built once per pair and builder.
func (db *docBuilder) rule(typ, how string) string {
	k := [2]string{typ, how}
	r, ok := db.rules[k]
	if !ok {
		r = "event/" + typ + "/" + how
		if db.rules == nil {
			db.rules = map[[2]string]string{}
		}
		db.rules[k] = r
	}
	return r
}

// slab hands out runs of one document's values of type T: the runs are
// part of the events returned, so a slab is never reused across documents.
type slab[T any] []T

// takeHint is take, the slab's first array holding at least first
// values.
func (sl *slab[T]) takeHint(n, first int) []T {
	if *sl == nil {
		*sl = make([]T, 0, max(n, first, 8))
	}
	return sl.take(n)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// take returns room for n values (zeroed, length n), from the slab while
// it lasts, else from a new one.
func (sl *slab[T]) take(n int) []T {
	if n > cap(*sl)-len(*sl) || *sl == nil { // nil: an empty run must not be nil
		// Small for a short document, doubling for a long one.
		*sl = make([]T, 0, max(n, min(2*cap(*sl), 512), 8))
	}
	l := len(*sl)
	*sl = (*sl)[:l+n]
	return (*sl)[l : l+n : l+n]
}
