package organization

import "strings"

// This file holds the rules that read a capitalised name from the words
// around it: possessives and business nouns ("Toyota's chief executive",
// "Magna shares"), cue phrases before it ("shares of X", "analyst at X"),
// appositions ("Amnesty, a rights group"), an organisation noun before it
// ("the carmaker Vendral"), a news outlet ("the Interfax news agency"), and
// then the other uses of a name found once.

// maxContextName bounds the words of a name the context rules take.
const maxContextName = 4

// findByContext applies the context rules to every free run of
// capitalised words in running text.
func (a *analysis) findByContext() {
	next := 0
	for _, n := range a.names {
		i := int(n)
		if i < next || a.taken[i] != 0 || a.toks[i].capsLine || a.hasCap(i, cbStop) {
			continue
		}
		e := i + 1
		for e < len(a.toks) && e-i < maxContextName && a.sameLine(e) && (a.nameTok(e) && a.taken[e] == 0 ||
			a.isPunct(e, "&") && a.nameTok(e+1) && a.taken[e+1] == 0) {
			e++
		}
		if !a.nameTok(e - 1) {
			e--
		}
		if kind, rule, ok := a.context(i, e); ok && (a.contextName(i, e) || kind == "media" && a.outletName(i, e)) {
			a.add(a.newCand(cand{s: i, e: e, kind: kind, rule: rule, conf: 0.7, prio: prioHead}))
		}
		next = e
	}
}

// contextName reports whether [s, e) can be an organisation's name for the
// context rules: no person's name, no country or demonym, no common word
// opening a sentence.
func (a *analysis) contextName(s, e int) bool {
	w := a.word(s)
	if a.hasCap(s, cbStop|cbStopAcr) || a.titleTok(s) || a.lx.nonOrg[a.low[e-1]] {
		return false
	}
	if a.toks[s].sentStart && e-s == 1 && a.g.CommonWord(a.low[s]) {
		return false
	}
	// People's names before places: the gazetteer costs most, and each
	// test can only reject.
	if e-s == 1 {
		if a.personalAt(s) && !isAcronymWord(w) {
			return false
		}
	} else if a.g.GivenName(a.low[s]) || a.personalAt(s) && a.personalAt(e-1) {
		return false
	}
	// A company may share its name with a small town ("Magna"), not with
	// a region or a city.
	if r, ok := a.place(s, e); ok && (r.AnyCountry || r.Demonym || r.Kind != "city" || r.Pop >= 50000) {
		return false
	}
	return !a.nation(s, e) && !a.demonymOnly(s)
}

// outletName reports whether [s, e) can name a news outlet that its
// context calls one ("the official newspaper Granma", "the Hong Kong
// Standard newspaper"): a place's name too, but no country, demonym or
// person.
func (a *analysis) outletName(s, e int) bool {
	if a.hasCap(s, cbStop|cbStopAcr) || a.titleTok(s) || a.nation(s, e) || a.demonymOnly(s) {
		return false
	}
	if r, ok := a.place(s, e); ok && (r.Demonym || r.AnyCountry) {
		return false // "South Korean news agency Hanbit"
	}
	return !a.g.GivenName(a.low[s]) && !(e-s == 1 && a.personalAt(s))
}

// context returns the kind an organisation gets from the words around
// [s, e), and the rule that read it.
func (a *analysis) context(s, e int) (kind, rule string, ok bool) {
	// After the name: "Magna shares", "Toyota spokesman", "the Interfax
	// news agency".
	if a.isWord(e) && a.sameLine(e) && !a.toks[e].upper {
		n := a.low[e]
		if a.lx.ctxAfter[n] && !(n == "officials" && e-s == 1 && a.isPlace(s, e)) {
			return "company", "organization/context/after", true
		}
		if n == "news" && a.lower(e+1) == "agency" || n == "newspaper" || n == "daily" && !a.isNum(e+1) {
			return "media", "organization/context/media", true
		}
	}
	// "Toyota's chief executive", "Nordane's long lead in
	// frozen foods": a business noun within three words of the possessive.
	if a.isPoss(e) {
		for k := e + 1; k < len(a.toks) && k <= e+3 && a.isWord(k) && a.sameLine(k); k++ {
			if a.lx.ctxPossessed[a.low[k]] {
				return "company", "organization/context/possessive", true
			}
		}
	}
	// Before the name: "shares of X", "analyst at X", "told X".
	if p := s - 1; a.isWord(p) {
		if before, ok := a.lx.before[a.low[p]]; ok {
			for _, b := range before {
				if a.wordsBefore(p, b) {
					return "company", "organization/context/before", true
				}
			}
		}
		// "the carmaker Vendral", "group CITIC Pacific", "serie A club
		// Atalanta".
		if k, ok := a.nominalAt(p); ok && !a.toks[p].upper && k != "police" && k != "government" && p > 0 {
			switch a.lower(p - 1) {
			case "the", "a", "an", "rival", "giant", "state", "state-owned", "private", "national", "listed":
				return k, "organization/context/noun-before", true
			}
			// "the official newspaper Granma": an outlet's noun after
			// "the" and a word that describes it.
			if k == "media" && a.isWord(p-1) && !a.toks[p-1].upper && a.lower(p-2) == "the" {
				return k, "organization/context/noun-before", true
			}
			if a.isWord(p-1) && !a.toks[p-1].upper && strings.HasSuffix(a.low[p-1], "-based") {
				return k, "organization/context/noun-before", true
			}
		}
	}
	// "Amnesty, a rights group, said".
	if a.isPunct(e, ",") {
		if k, ok := a.apposition(e + 1); ok {
			return k, "organization/context/apposition", true
		}
	}
	return "", "", false
}

// wordsBefore reports whether the lower-case words back, read from the
// nearest, stand just before token p.
func (a *analysis) wordsBefore(p int, back []string) bool {
	for i, w := range back {
		if a.lower(p-1-i) != w {
			return false
		}
	}
	return true
}

// apposition reads "a rights group", "the world's biggest carmaker", "an
// opposition party" from token k: a determiner, up to five words, and an
// organisation noun that ends the phrase.
func (a *analysis) apposition(k int) (string, bool) {
	d := a.lower(k)
	if d != "a" && d != "an" && d != "the" {
		return "", false
	}
	for j := k + 1; j < len(a.toks) && j <= k+6 && a.sameLine(j); j++ {
		if !a.isWord(j) && !a.isPoss(j) {
			return "", false
		}
		if a.isPoss(j) || a.toks[j].upper && j > k+1 {
			continue
		}
		kind, ok := a.nominalAt(j)
		if !ok {
			continue
		}
		n := j + 1
		if n >= len(a.toks) || a.isPunct(n, ",") || a.isPunct(n, ".") || a.isPunct(n, ";") {
			return kind, true
		}
		switch a.lower(n) {
		case "that", "which", "based", "whose", "with", "in", "of", "and":
			if a.lower(n) == "of" && kind != "company" {
				return "", false // "a unit of ..." is fine; "a member of" is no noun here
			}
			return kind, true
		}
	}
	return "", false
}

// findBareAcronyms takes an unknown acronym standing alone in running text
// ("the NLD said") as an organisation: in news, most are. Places, common
// words written in capitals, units and the stoplist's abbreviations are
// not.
func (a *analysis) findBareAcronyms() {
	// An acronym is written in capitals, so it is a name token.
	for _, n := range a.names {
		k := int(n)
		if a.taken[k] != 0 || !a.acronymTok(k) || a.toks[k].capsLine {
			continue
		}
		w := a.word(k)
		letters := 0
		for i := 0; i < len(w); i++ {
			if isUpperByte(w[i]) {
				letters++
			}
		}
		if letters < 3 || letters > 6 || romanNumeral(w) || strings.ContainsAny(w, "0123456789") {
			continue
		}
		// "PRESS DIGEST": capitals side by side are a heading, not a name.
		if a.isWord(k-1) && a.toks[k-1].caps && a.sameLine(k) || a.isWord(k+1) && a.toks[k+1].caps && a.sameLine(k+1) {
			continue
		}
		if a.isNum(k+1) && a.sameLine(k+1) || a.g.CommonWord(a.low[k]) {
			continue
		}
		if _, ok := a.place(k, k+1); ok {
			continue
		}
		a.add(a.newCand(cand{s: k, e: k + 1, kind: "other", rule: "organization/acronym/bare", conf: 0.5, prio: prioKnownSingle}))
	}
}

func romanNumeral(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// genericTail holds the words a short form drops from a company's name:
// "Magna International Inc." is "Magna" later on.
var genericTail = map[string]bool{
	"Group": true, "Holdings": true, "Holding": true, "International": true, "Corporation": true,
	"Company": true, "Industries": true, "Enterprises": true, "Cos": true, "Cos.": true,
}

// propagate marks the other uses of a name found once ("Pirelli SpA" ...
// "Pirelli"), written the same or, on a line of capitals, in capitals.
func (a *analysis) propagate() {
	if a.forms == nil {
		a.forms, a.firsts = map[string]*cand{}, map[string]bool{}
	}
	forms := a.forms
	first := a.firsts // the forms' first words, to skip most tokens cheaply
	clear(first)
	maxLen := 0
	for _, c := range a.cands {
		if c.e <= c.s || c.nominal || c.rule == "organization/acronym/bare" {
			continue
		}
		add := func(s, e int) {
			if e <= s {
				return
			}
			k := a.key(s, e)
			if _, ok := forms[k]; !ok {
				forms[k] = c
				first[a.key(s, s+1)] = true
				maxLen = max(maxLen, e-s)
			}
		}
		add(c.s, c.e)
		// The short form of a company: without designators and generic
		// words at the end, when what remains is no common word or place.
		e := c.e
		for e > c.s+1 && (a.hasCap(e-1, cbSuffixDes|cbGeneric) || a.isPunct(e-1, "&")) {
			e--
		}
		if e < c.e && a.nameTok(e-1) {
			if e-c.s > 1 || !a.g.CommonWord(a.low[c.s]) && !a.personalAt(c.s) && !a.bigPlace(c.s, e) {
				add(c.s, e)
			}
		}
		// "the Eagles" for "the Philadelphia Eagles": a team's plural
		// after its town.
		if c.rule == "organization/sports/club" && c.e-c.s >= 2 && a.pluralName(c.e-1) && a.isPlace(c.s, c.e-1) {
			add(c.e-1, c.e)
		}
		// "Boatmen's Bancshares": the possessive form before the head.
		for k := c.s + 1; k < c.e-1; k++ {
			if a.isPoss(k) {
				add(c.s, k+1)
				break
			}
		}
	}
	if len(forms) == 0 {
		return
	}
	next := 0
	for _, n := range a.names {
		i := int(n)
		if i < next || a.taken[i] != 0 || !first[a.low[i]] {
			continue
		}
		for l := min(maxLen, len(a.toks)-i); l >= 1; l-- {
			a.keyBuf = a.appendKey(a.keyBuf[:0], i, i+l)
			src, ok := forms[string(a.keyBuf)]
			if !ok || !a.free(i, i+l) || !a.nameTok(i+l-1) && !a.isPoss(i+l-1) {
				continue
			}
			// Inside a longer capitalised name it is another name
			// ("Pirelli Cables Ltd" aside, which its own rules find).
			caps := a.toks[i].capsLine
			if !caps && (i > 0 && a.nameTok(i-1) && !openingWord(a.lower(i-1)) && a.sameLine(i) || a.nameTok(i+l) && a.sameLine(i+l)) {
				continue
			}
			if !caps && a.toks[i].upper != a.toks[src.s].upper {
				continue
			}
			if src.kind == "sports" && a.venue(i, i+l) {
				continue
			}
			a.add(a.newCand(cand{s: i, e: i + l, kind: src.kind, rule: "organization/coref/name", conf: 0.75, prio: prioHead, link: src}))
			next = i + l
			break
		}
	}
}

// openingWord reports a function word that opens a sentence in capitals
// before a name ("The Falcons said", "But NationsBank's bid").
func openingWord(w string) bool {
	switch w {
	case "the", "but", "and", "as", "when", "while", "if", "so", "yet":
		return true
	}
	return false
}

// venue reports whether a club's town at [s, e) names a place: after a
// preposition of place ("at Leicester", "KANSAS CITY AT DETROIT") or in a
// dateline.
func (a *analysis) venue(s, e int) bool {
	switch a.lower(s - 1) {
	case "in", "at", "near":
		return true
	}
	dl := a.d.Dateline
	return dl != nil && a.toks[s].start >= dl.PlaceStart && a.toks[s].start < dl.PlaceEnd || a.datelineAt(s, e)
}

// bigPlace reports whether [s, e) names a country, a region or a city of
// 50,000 people or more: a firm's short form may share its name with a
// small town ("Magna"), not with those.
func (a *analysis) bigPlace(s, e int) bool {
	r, ok := a.place(s, e)
	return ok && (r.AnyCountry || r.Demonym || r.Kind != "city" || r.Pop >= 50000)
}
