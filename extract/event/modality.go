package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

// modality sets a frame's negation and modality from its verb group ("did
// not sign", "will visit", "may sue"), the word that governs it
// ("refused to meet", "plans to visit", "urged Japan to return"), the
// clause it stands in ("if talks fail"), and for event nouns their
// modifiers ("a planned visit", "no talks").
func (s *sentence) modality(f *frame) {
	items := s.items
	mod := ""
	set := func(m string) {
		if mod == "" || rank(m) > rank(mod) {
			mod = m
		}
	}
	// The verb group of the trigger or of its light verb.
	for j := f.vgStart; j < f.head; j++ {
		w := items[j].word
		switch {
		case wordFlags(items, j)&fNeg != 0:
			f.negated = true
		case w == "will" || w == "shall" || w == "'ll" || w == "’ll" || w == "must":
			set(extract.ModalityFuture)
		case w == "would" || w == "'d" || w == "’d":
			set(extract.ModalityConditional)
		case w == "may" || w == "might" || w == "could" || w == "can":
			set(extract.ModalityPossible)
		case w == "should":
			set(extract.ModalityHoped)
		case w == "going" && j+1 < f.head && items[j+1].word == "to":
			set(extract.ModalityFuture)
		case isHabitualAt(items, j):
			set(extract.ModalityHabitual)
		}
	}
	// "neither the U.N. nor Ruritania paid": a subject of "neither ... nor"
	// negates its verb.
	for j := f.vgStart - 1; j >= f.lo; j-- {
		if w := items[j].word; items[j].kind == itemWord && w == "nor" {
			for k := j - 1; k >= f.lo; k-- {
				if items[k].kind == itemWord && items[k].word == "neither" {
					f.negated = true
					break
				}
			}
			break
		}
		if items[j].kind == itemPunct || s.verbish[j] {
			break
		}
	}
	// An infinitive takes its modality from the word that governs it.
	if g, ok := s.governorOf(f.vgStart); ok {
		if g.modality == modalityNegated {
			f.negated = true
		} else if g.modality != extract.ModalityAsserted {
			set(g.modality)
		}
	} else if s.hasInfinitive(f.vgStart, f.head) {
		// An infinitive of purpose ("flew to Beijing to meet Xi", "do
		// our best to reach a deal") says what the actor wants, not
		// what happened.
		set(extract.ModalityHoped)
	}
	// "without signing", "no talks", "a planned visit".
	c := f.c
	for j := c.first - 1; j >= 0 && j >= c.first-3; j-- {
		it := &items[j]
		if it.kind != itemWord {
			break
		}
		if it.word == "without" || c.pos == posNoun && (it.word == "no" || it.word == "not") ||
			it.word == "of" && j > 0 && s.items[j-1].word == "instead" {
			f.negated = true // "without signing", "no talks", "instead of being challenged"
			break
		}
		if c.pos == posNoun {
			if m, ok := isPlanningAdjective(it.word); ok {
				set(m)
			}
		}
		if isPrepAt(items, j) || s.verbish[j] {
			break
		}
	}
	// A condition, a that-clause after a governor ("hopes that", "denied
	// that"), a habit.
	for j := f.vgStart - 1; j >= f.lo; j-- {
		it := &items[j]
		if it.kind == itemPunct && (it.word == ";" || isQuote(it.word)) {
			break
		}
		if it.kind != itemWord {
			continue
		}
		if isConditionalAt(items, j) {
			set(extract.ModalityConditional)
			break
		}
		if isHabitualAt(items, j) {
			set(extract.ModalityHabitual)
		}
		if it.word == "that" && j > 0 && items[j-1].kind == itemWord {
			if g, ok := s.lex.governorFor(&items[j-1]); ok && !g.object {
				if g.modality == modalityNegated {
					f.negated = true
				} else if g.modality != extract.ModalityAsserted {
					set(g.modality)
				}
			}
			break
		}
		if s.verbish[j] {
			break
		}
	}
	// The signs of a habit only matter while nothing else has been set:
	// habitual ranks lowest.
	if mod == "" && s.habitual(f) {
		set(extract.ModalityHabitual)
	}
	// "would" in speech reported in the past is a future: "said it would
	// expel the envoys".
	if mod == extract.ModalityConditional && s.reportedBefore(f) {
		mod = extract.ModalityFuture
		for j := f.lo; j < f.vgStart; j++ {
			if items[j].kind == itemWord && isConditionalAt(items, j) {
				mod = extract.ModalityConditional
			}
		}
	}
	if mod == "" {
		mod = extract.ModalityAsserted
	}
	f.modality = mod
}

// habitual reports whether a frame's words make its event a habit or a
// tally rather than one event: "any rally", "more than a dozen times",
// "repeatedly", "every year", "over four decades", "in each of the past
// three years", a present tense outside a headline ("Rosalco, which imports
// furniture"). The clause to the right of the trigger is read in one pass.
func (s *sentence) habitual(f *frame) bool {
	items := s.items
	c := f.c
	// "any rally held after sunset", "whenever": generic.
	if k := c.first - 1; k >= 0 && c.pos == posNoun && (items[k].word == "any" || items[k].word == "every") {
		return true
	}
	// A present tense of an event verb outside a headline is a habit:
	// "Rosalco, which imports furniture".
	if w := items[c.first].word; c.pos == posVerb && c.typ != "state" && s.si > 0 && f.vgStart == c.first && !f.quoted &&
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isIrregularPast(w) {
		return true
	}
	// "who pay the firm license fees": a bare present in a relative
	// clause describes what someone does.
	if w := items[c.first].word; c.pos == posVerb && c.typ != "state" && f.vgStart == c.first && !f.quoted && c.first > 0 &&
		items[c.first-1].kind == itemWord && (items[c.first-1].word == "who" || items[c.first-1].word == "which" || items[c.first-1].word == "that" && s.relativeThat(c.first-1)) &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !isIrregularPast(w) && !isIrregularParticiple(w) && !s.dateIn(f.lo, f.hi) {
		return true // (not "which expire Nov. 21": a date fixes one event)
	}
	// A statement's own clause ends where what it reports begins.
	own := f.hi
	if c.typ == "state" {
		for j := c.last + 1; j < f.hi; j++ {
			if s.verbish[j] || items[j].word == "that" || wordFlags(items, j)&(fBe|fHave|fModal) != 0 {
				own = j
				break
			}
		}
	}
	for j := c.last + 1; j < f.hi; j++ {
		it := &items[j]
		// "more than a dozen times", "repeatedly".
		if it.kind == itemWord && (it.word == "times" || isHabitualAt(items, j)) {
			return true
		}
		// "arrested in several states", "on many occasions".
		if j > c.last+1 && j+1 < f.hi && it.kind == itemWord && isSpreadOver(items[j-1].word, it.word, items[j+1].word) {
			return true
		}
		// "over four decades".
		if it.kind == itemMention && j > 0 && items[j-1].kind == itemWord {
			if dt := s.doc.Mentions[it.mention].Date; dt != nil && (dt.TimexType == "DURATION" || dt.TimexType == "SET") {
				switch items[j-1].word {
				case "over", "during", "throughout":
					return true
				}
			}
		}
		// "in each of the past three years", within a statement's own clause.
		if j+3 < own && items[j+1].word == "each" && items[j+2].word == "of" && isPrepAt(items, j) {
			if d := &items[j+3]; d.kind == itemMention && s.doc.Mentions[d.mention].Date != nil {
				return true
			} else if items[j+3].word == "the" {
				switch items[j+4].word {
				case "past", "last", "previous", "first", "next":
					return true
				}
			}
		}
		// "every year", "each morning".
		if j+1 < f.hi && (it.word == "every" || it.word == "each") && items[j+1].kind == itemWord {
			switch items[j+1].word {
			case "year", "month", "week", "day", "morning", "evening", "night", "summer", "winter", "spring", "autumn":
				return true
			}
		}
	}
	return false
}

// dateIn reports whether a date mention stands in items[a:b].
func (s *sentence) dateIn(a, b int) bool {
	for j := a; j < b && j < len(s.items); j++ {
		if it := &s.items[j]; it.kind == itemMention && s.doc.Mentions[it.mention].Date != nil {
			return true
		}
	}
	return false
}

// isSpreadOver reports whether "prep quant noun" spreads an event over
// many places or occasions: "in several states", "on many occasions",
// "across numerous cities".
func isSpreadOver(prep, quant, noun string) bool {
	switch prep {
	case "in", "on", "at", "across":
	default:
		return false
	}
	switch quant {
	case "several", "many", "numerous", "various", "multiple":
	default:
		return false
	}
	switch noun {
	case "states", "countries", "cities", "towns", "places", "locations", "occasions", "parts", "areas", "regions",
		"provinces", "districts", "villages", "sites", "cases", "incidents":
		return true
	}
	return false
}

// rank orders modalities by how far they are from a fact, so that "may
// plan to" is possible rather than future.
func rank(m string) int {
	switch m {
	case extract.ModalityHabitual:
		return 1
	case extract.ModalityFuture:
		return 2
	case extract.ModalityHoped:
		return 3
	case extract.ModalityPossible:
		return 4
	case extract.ModalityConditional:
		return 5
	}
	return 0
}

// governorOf returns the governor of an infinitive whose verb group starts
// at items[vg]: the word before "to" ("agreed to meet", "is set to visit"),
// or the verb before the object that stands before "to" ("urged Japan to
// return").
func (s *sentence) governorOf(vg int) (governor, bool) {
	k, ok := s.infinitiveGovernor(vg)
	if !ok {
		return governor{}, false
	}
	g, ok := s.lex.governorFor(&s.items[k])
	return g, ok
}

// infinitiveGovernor returns the item index of the word that governs the
// infinitive whose verb group starts at items[vg], and whether there is
// one.
func (s *sentence) infinitiveGovernor(vg int) (int, bool) {
	items := s.items
	t := -1
	for j := vg; j < len(items) && items[j].kind == itemWord && !s.verbish[j]; j++ {
		if items[j].word == "to" {
			t = j
			break
		}
	}
	if t < 0 {
		return 0, false
	}
	g := t - 1
	for g >= 0 && items[g].kind == itemWord && isAdverb(items[g].word) {
		g--
	}
	if g < 0 {
		return 0, false
	}
	if items[g].kind == itemWord {
		if _, ok := s.lex.governorFor(&items[g]); ok {
			return g, true
		}
	}
	// "urged Japan to", "called on the two sides to": the object first.
	if s.npItem(g) {
		st := s.npLeft(g, 0)
		p := st - 1
		if p >= 0 && items[p].kind == itemWord {
			if gv, ok := s.lex.governorFor(&items[p]); ok && gv.object {
				return p, true
			}
		}
	}
	return 0, false
}

// reportedBefore reports whether a statement verb in the past stands
// before the frame in its sentence ("said it would ...").
func (s *sentence) reportedBefore(f *frame) bool {
	for i := range s.cands {
		c := &s.cands[i]
		if c.typ == "state" && c.last < f.vgStart {
			w := s.items[c.first].word
			if len(w) > 2 && (w[len(w)-2:] == "ed" || w == "said" || w == "told") {
				return true
			}
		}
	}
	return false
}

// inQuote reports whether byte offset p of the text is inside quotation
// marks. The spans are in order and apart: the first that ends after p
// decides.
func (db *docBuilder) inQuote(p int) bool {
	k := sort.Search(len(db.quotes), func(i int) bool { return db.quotes[i][1] > p })
	return k < len(db.quotes) && p >= db.quotes[k][0]
}

// quoteSpans returns the spans of the text inside quotation marks, in
// order. Curly marks open and close; a straight double quote toggles; a
// quote still open at the end of a paragraph closes there (wire copy leaves
// a quote open when the next paragraph goes on with it). Single curly quotes
// count only where they cannot be apostrophes.
func quoteSpans(text string, out [][2]int) [][2]int {
	open, single := -1, false
	closeAt := func(p int) {
		if open >= 0 && p > open {
			out = append(out, [2]int{open, p})
		}
		open, single = -1, false
	}
	// Only a few bytes can start a quotation mark or end a paragraph:
	// jump from one to the next (strings.IndexByte, much faster than a
	// test per byte), and past line ends while no quote is open.
	next := newNextBytes()
	for i := 0; i < len(text); i++ {
		if i = next.at(text, i, open >= 0); i >= len(text) {
			break
		}
		c := text[i]
		switch {
		case c == '\n':
			closeAt(i)
		case c == '"':
			if open >= 0 && !single {
				closeAt(i)
			} else if open < 0 {
				open = i + 1
			}
		case c == 0xE2 || c == 0xC2:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '“', '«':
				if open < 0 {
					open = i + size
				}
			case '”', '»':
				if open >= 0 && !single {
					closeAt(i)
				}
			case '‘':
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if open < 0 && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
					open, single = i+size, true
				}
			case '’':
				if open >= 0 && single {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					if !unicode.IsLetter(next) {
						closeAt(i)
					}
				}
			}
			i += size - 1
		}
	}
	closeAt(len(text))
	return out
}

// nextBytes finds the next byte of a text that quoteSpans looks at: a
// double quote, the first byte of a curly quote or guillemet (0xE2,
// 0xC2), and a line end. It keeps the next place of each, so that every
// byte is searched once per kind.
type nextBytes struct {
	pos [len(quoteMarkBytes)]int // the next place of each byte, len(text) for none; -1 before the first search
}

const quoteMarkBytes = "\"\xE2\xC2\n" // the line end last: at skips it while no quote is open

func newNextBytes() nextBytes { return nextBytes{pos: [...]int{-1, -1, -1, -1}} }

// at returns the first place at or after i that holds one of the bytes,
// the line end only when nl is set; len(text) when there is none.
func (n *nextBytes) at(text string, i int, nl bool) int {
	best := len(text)
	kinds := len(quoteMarkBytes) - 1
	if nl {
		kinds++
	}
	for k := 0; k < kinds; k++ {
		if n.pos[k] < i {
			n.pos[k] = len(text)
			if j := strings.IndexByte(text[i:], quoteMarkBytes[k]); j >= 0 {
				n.pos[k] = i + j
			}
		}
		best = min(best, n.pos[k])
	}
	return best
}

// definiteNoun reports whether the event noun at items[k] is led by a
// definite determiner or possessive with only lower-case modifiers between
// ("the two-day talks", "their meeting").
func (s *sentence) definiteNoun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		it := &s.items[j]
		if it.kind != itemWord || it.upper && j > 0 {
			return false
		}
		switch it.word {
		case "the", "this", "these", "those", "their", "its", "that":
			return true
		}
	}
	return false
}

// hasInfinitive reports whether the verb group items[vg:h] holds "to".
func (s *sentence) hasInfinitive(vg, h int) bool {
	for j := vg; j < h; j++ {
		if s.items[j].word == "to" {
			return true
		}
	}
	return false
}
