package event

import (
	"slices"
	"strings"
)

// checkConditions drops the frames whose trigger entry asks for something
// the sentence does not have: money, an amount, an object of a class
// ("released the hostages" but not "released a report").
func (s *sentence) checkConditions() {
	for i := range s.frames {
		f := &s.frames[i]
		for _, c := range f.c.conds {
			if !s.holds(f, c) {
				f.drop = true
				break
			}
		}
	}
}

func (s *sentence) holds(f *frame, c cond) bool {
	switch c.kind {
	case "money":
		return s.hasMoney
	case "amount":
		return s.hasAmount
	case "obj":
		if f.c.pos != posVerb {
			return true
		}
		for _, cl := range c.classes {
			switch {
			case cl == "actor" && f.objActor, cl == "any" && (f.objHead != "" || f.objActor), cl == "none" && f.objHead == "" && !f.objActor,
				f.objHead != "" && s.lex.inClass(f.objHead, cl):
				return true
			}
		}
		return false
	case "notobj":
		for _, cl := range c.classes {
			if f.objHead != "" && s.lex.inClass(f.objHead, cl) {
				return false
			}
		}
		return true
	case "subj":
		for _, cl := range c.classes {
			if f.subjHead != "" && s.lex.inClass(f.subjHead, cl) {
				return true
			}
		}
		return false
	case "predicative":
		// "called the sentence excessive", "called them \"indecent\"",
		// "called his death a shocking blow".
		if f.objEnd < 0 {
			return false
		}
		// The object phrase swallowed the predicate adjective: "the
		// sentence excessive".
		if e := &s.items[f.objEnd]; e.kind == itemWord && !e.upper && f.objEnd > f.c.last+1 &&
			!isDeterminerAt(s.items, f.objEnd-1) && !isAdjectiveLike(s.items[f.objEnd-1].word) &&
			(isAdjectiveLike(e.word) || f.objEnd >= f.c.last+3 && isDeterminerAt(s.items, f.c.last+1) && s.lex.actorNounOf(e) == "" &&
				!strings.HasSuffix(e.word, "s") && s.items[f.objEnd-1].kind == itemWord) {
			return true
		}
		n := f.objEnd + 1
		if n >= len(s.items) {
			return false
		}
		it := &s.items[n]
		return isQuote(it.word) || it.kind == itemWord && !it.upper && (isAdjectiveLike(it.word) || it.word == "a" || it.word == "an" ||
			wordFlags(s.items, n)&fClosed == 0 && !s.verbish[n] && n+1 < len(s.items) && s.items[n+1].kind == itemPunct)
	case "light":
		if f.c.light < 0 {
			return false
		}
		// The light verb as written, phrasal ones with their particle.
		w := s.items[f.c.light].word
		if f.c.light+1 < len(s.items) && isParticle(s.items[f.c.light+1].word) {
			w += " " + s.items[f.c.light+1].word
		}
		return slices.Contains(c.classes, w) || slices.Contains(c.classes, s.items[f.c.light].word)
	case "prep":
		for j := f.c.last + 1; j < len(s.items) && j <= f.c.last+4; j++ {
			if s.items[j].kind == itemWord && slices.Contains(c.classes, s.items[j].word) {
				return true
			}
		}
		return false
	}
	return true
}

// selectFrames applies the rules of what makes an event: a statement needs
// a named speaker and counts once per speaker and sentence; a participle
// that only introduces what the same actor said ("pushed back, saying")
// is no statement of its own.
func (s *sentence) selectFrames() {
	// "The program calls for coordination": a text says what it holds;
	// no one appeals. "Critics called him a dictator": a generic group's
	// words are no event, as an unnamed speaker's are not.
	for i := range s.frames {
		f := &s.frames[i]
		if (f.c.typ == "appeal" || f.c.typ == "demand") && !f.passive && len(f.agents) == 0 && s.lex.inClass(f.subjHead, "text") {
			f.drop = true
		}
		if verbalType(f.c.typ) && !f.passive && len(f.agents) == 0 && s.lex.inClass(f.subjHead, "generic") {
			f.drop, f.claims = true, true
		}
	}
	// Two readings of one trigger that both hold make one event.
	for i := range s.frames {
		f := &s.frames[i]
		for j := 0; j < i && !f.drop; j++ {
			o := &s.frames[j]
			if !o.drop && o.c.first == f.c.first && o.c.last == f.c.last && sameKind(o.c, f.c) {
				f.drop = true
			}
		}
	}
	// "raised those worries": a reading that asks for a class of object
	// and has it wins over one that asks for none (or only for an
	// amount somewhere in the sentence).
	for i := range s.frames {
		f := &s.frames[i]
		if f.drop || !specificReading(f.c) {
			continue
		}
		for j := range s.frames {
			o := &s.frames[j]
			if j != i && !o.drop && o.c.first == f.c.first && o.c.last == f.c.last && !specificReading(o.c) && o.c.typ != "state" {
				o.drop = true
			}
		}
	}
	// "told her to take care", "called the sentence excessive": the
	// verb's other reading wins over the plain statement.
	for i := range s.frames {
		f := &s.frames[i]
		if f.drop || f.c.typ != "state" {
			continue
		}
		for j := range s.frames {
			o := &s.frames[j]
			if j != i && !o.drop && o.c.typ != "state" && o.c.first == f.c.first {
				f.drop = true
			}
		}
	}
	var speakers []int
	for i := range s.frames {
		f := &s.frames[i]
		if f.restrictive && !f.drop {
			f.drop, f.claims = true, true
		}
		if f.drop || f.c.typ != "state" {
			continue
		}
		if f.unnamed || len(f.agents) == 0 && !f.namedNoMention {
			f.drop, f.claims = true, true
			continue
		}
		if len(f.agents) == 0 {
			continue // "The FBI said": named, but by no mention
		}
		sp := f.agents[0].mention
		if f.agents[0].first {
			// "as I said last week", "I must say": a speaker's words
			// about speaking, not a statement of the story.
			f.drop, f.claims = true, true
			continue
		}
		if slices.Contains(speakers, sp) {
			f.drop, f.claims = true, true
			continue
		}
		if w := s.items[f.c.first].word; (strings.HasSuffix(w, "ing")) && f.vgStart > 0 && s.items[f.vgStart-1].word == "," {
			// The act the participle follows is the verb right before
			// the comma ("pushed back, saying"); one further back is
			// another act ("criticised X but made no mention of Y,
			// saying").
			v := s.verbBefore(f.vgStart - 2)
			for j := range s.frames {
				o := &s.frames[j]
				if j != i && !o.drop && o.c.last < f.c.first && len(o.agents) > 0 && o.agents[0].mention == sp &&
					(v < 0 || v <= o.c.last && v >= s.vgs[j]) {
					f.drop = true
				}
			}
			if f.drop {
				continue
			}
		}
		speakers = append(speakers, sp)
	}
}

// recodeViolence settles the codes of violent events. A killing "in the
// battle" or "in clashes" takes the code of the fight, "in a car crash" is
// a death, "in the earthquake" is the disaster; an attack is an assault
// (18) unless its agent is an armed force (19); and one attack is one
// event per sentence ("killed 13 soldiers and wounded 56": one 18; "the
// blast killed 12": one event).
func (s *sentence) recodeViolence() {
	items := s.items
	for i := range s.frames {
		f := &s.frames[i]
		c := f.c
		if f.drop || !isViolent(c) {
			continue
		}
		// "killed in the battle", "injured in Saturday's protests".
		if c.pos == posVerb {
			// The first "in" or "during" phrase that names what happened,
			// across a "when" clause ("was killed on Tuesday when a tree
			// fell on his car during a storm").
			for j := c.last + 1; j < len(items) && j <= c.last+16; j++ {
				if items[j].kind == itemPunct && items[j].word != "." {
					break
				}
				if items[j].kind != itemWord || items[j].word != "in" && items[j].word != "during" {
					continue
				}
				if e, at, ok := s.eventNounAfter(j+1, len(items)); ok {
					s.adopt(c, e)
					s.attackerOf(f, j+1, at)
					break
				}
			}
		}
		if c.cameo != "" && c.cameo[:2] == "18" && (c.typ == "kill" || c.typ == "attack" || c.typ == "assault") && s.armedAgent(f) {
			c.cameo = "190"
		}
		if c.typ == "bomb" && s.armedAgent(f) {
			c.cameo = "195"
		}
	}
	// A noun whose verb is a violent verb of its own ("an attack killed
	// 12") is one event on the verb, with the noun's code; a disaster
	// that killed is the disaster.
	for i := range s.frames {
		f := &s.frames[i]
		c := f.c
		if f.drop || c.pos != posNoun || c.occur < 0 {
			continue
		}
		for j := range s.frames {
			v := &s.frames[j]
			if v.drop || v.c.pos != posVerb || c.occur < v.c.first || c.occur > v.c.last || !isViolent(v.c) {
				continue
			}
			if c.typ == "disaster" {
				v.drop = true
				continue
			}
			if isViolent(c) {
				v.c.typ, v.c.cameo = c.typ, c.cameo
				f.drop = true
			}
		}
	}
	// A disaster that struck, killing 12: the deaths are its toll.
	disaster := false
	for i := range s.frames {
		f := &s.frames[i]
		if f.drop {
			continue
		}
		if f.c.typ == "disaster" {
			disaster = true
		} else if disaster && isViolent(f.c) && strings.HasSuffix(s.items[f.c.first].word, "ing") && f.vgStart > 0 && s.items[f.vgStart-1].word == "," {
			f.drop = true
		}
	}
	// One attack per sentence: what follows a killing or an attack of the
	// same root is part of it ("killed 13 and wounded 56", "were killed
	// in a shootout as rustlers attacked").
	var seen []string
	for i := range s.frames {
		f := &s.frames[i]
		if f.drop || !isViolent(f.c) {
			continue
		}
		if slices.Contains(seen, f.c.cameo[:2]) {
			f.drop = true
			continue
		}
		seen = append(seen, f.c.cameo[:2])
	}
	// Injuries and deaths among the consequences of a disaster named in
	// the sentence ("four others were injured ... after rain-triggered
	// landslides") are its toll, not assaults.
	if s.namesDisaster() {
		for i := range s.frames {
			if f := &s.frames[i]; !f.drop && (f.c.typ == "assault" || f.c.typ == "kill") && len(f.agents) == 0 {
				f.drop = true
			}
		}
	}
}

// namesDisaster reports whether the sentence has a disaster noun, an event
// or not.
func (s *sentence) namesDisaster() bool {
	for _, m := range s.matches {
		for _, e := range m.entries {
			if e.typ == "disaster" && e.pos == posNoun {
				return true
			}
		}
	}
	return false
}

// isViolent reports whether a candidate is an assault, a killing or a
// fight (CAMEO 18 to 20).
func isViolent(c *candidate) bool {
	return c.cameo != "" && c.cameo[:2] >= "18" && c.cameo[:2] <= "20"
}

// eventNounAfter returns the lexicon entry of an event noun of violence,
// protest or disaster within a few words from items[j] ("the battle",
// "a car crash", "Saturday's protests").
func (s *sentence) eventNounAfter(j, hi int) (entry, int, bool) {
	for k := j; k < hi && k <= j+5; k++ {
		it := &s.items[k]
		if it.kind == itemPunct || wordFlags(s.items, k)&(fPrep|fClause) != 0 || s.verbish[k] {
			break
		}
		if it.kind != itemWord {
			continue
		}
		if s.lex.inClassAt(s.items, k, "accident") {
			return entry{typ: "die", pos: posNoun}, k, true
		}
		var es []entry
		for _, m := range s.matches {
			if m.first == k {
				es = m.entries // "drone strike" as a phrase
			}
		}
		for _, e := range es {
			if e.pos != posNoun {
				continue
			}
			if e.typ == "disaster" || e.cameo != "" && (e.cameo[:2] >= "18" && e.cameo[:2] <= "20" || e.cameo[:2] == "14") {
				return e, k, true
			}
		}
	}
	return entry{}, -1, false
}

// attackerOf gives a passive violent verb with no agent the actor named
// before the event noun of its "in" phrase ("were killed in a PKK attack",
// "were wounded in an Israeli airstrike"): items[from:noun].
func (s *sentence) attackerOf(f *frame, from, noun int) {
	if !f.passive || len(f.agents) > 0 {
		return
	}
	// Right before the noun, and an organisation or a nationality: in
	// "the Kenya embassy bombing" a country names where it happened.
	// A weapon between them ("a Norland drone strike", "a Ruritanian
	// rocket attack") says whose means they were, so a country there is
	// the attacker too.
	k, means := noun-1, s.lex.inClassAt(s.items, noun, "means") // "drone strike" as one phrase
	for k > from && s.items[k].kind == itemWord && s.lex.inClassAt(s.items, k, "means") {
		k, means = k-1, true
	}
	if k >= from {
		if it := &s.items[k]; it.kind == itemMention {
			switch actorKind(&s.doc.Mentions[it.mention]) {
			case "organization", "demonym":
				f.agents = append(f.agents, arg{mention: it.mention, role: roleAgent, item: k, named: true, strength: 1})
			case "country":
				if means {
					f.agents = append(f.agents, arg{mention: it.mention, role: roleAgent, item: k, named: true, strength: 1})
				}
			}
		}
	}
}

// adopt gives a violent verb the type and code of the event noun that
// says what it was part of.
func (s *sentence) adopt(c *candidate, e entry) {
	c.typ, c.cameo = e.typ, e.cameo
}

// armedAgent reports whether a frame's agent is an armed force: its subject
// or "by" phrase holds a noun of armed forces ("troops", "the army",
// "warplanes") or a military organisation.
func (s *sentence) armedAgent(f *frame) bool {
	if f.agentSt < 0 {
		return false
	}
	for j := f.agentSt; j <= f.agentEn && j < len(s.items); j++ {
		it := &s.items[j]
		switch it.kind {
		case itemWord:
			if s.lex.inClassAt(s.items, j, "force") || it.word == "army" || it.word == "military" || it.word == "warplanes" || it.word == "navy" {
				return true
			}
		case itemMention:
			if m := &s.doc.Mentions[it.mention]; isOrganization(m) && s.org(it.mention).Kind == "military" {
				return true
			}
		}
	}
	return false
}

// specificReading reports whether a trigger entry asks for something of
// its own arguments (an object of a class, a preposition, a predicate).
func specificReading(c *candidate) bool {
	for _, x := range c.conds {
		switch x.kind {
		case "obj", "notobj", "prep", "predicative", "subj", "light":
			return true
		}
	}
	return false
}

// verbalType reports whether an event type is done in words: a generic
// group doing it ("critics say", "supporters praised") is no event.
func verbalType(t string) bool {
	switch t {
	case "criticize", "praise", "appeal", "demand", "reject", "threaten", "accuse", "pledge", "defend", "deny":
		return true
	}
	return false
}
