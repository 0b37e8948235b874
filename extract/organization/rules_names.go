package organization

import "strings"

// This file holds the rules that read a run of capitalised words alone:
// corporate designators ("Pirelli SpA"), head words at the end ("Federal
// Aviation Administration") or before "of" ("Ministry of Defence"), and
// names of the lists.

// Priorities of overlapping candidates.
const (
	prioKnownSingle = 3
	prioHead        = 4
	prioStrong      = 5
)

// findNames runs the name rules over every run of capitalised words.
func (a *analysis) findNames() {
	cs := a.nameBuf[:0]
	next := 0 // the token after the last run read
	for _, n := range a.names {
		i := int(n)
		if i < next {
			continue
		}
		j := a.runEnd(i)
		if a.toks[i].capsLine {
			cs = a.knownIn(i, j, cs)
		} else {
			cs = a.runCandidates(i, j, cs)
		}
		next = j
	}
	a.resolve(cs)
	a.nameBuf = cs
}

// runEnd returns the end of the run of name words that starts at i, with
// connectors, "&" and possessives inside ("Bank of Japan", "Douglas &
// Lomason", "Boatmen's Bancshares").
func (a *analysis) runEnd(i int) int {
	j := i + 1
	for j < len(a.toks) && a.sameLine(j) {
		if a.nameTok(j) {
			j++
			continue
		}
		if a.isPoss(j) && a.nameTok(j+1) && a.sameLine(j+1) {
			j += 2
			continue
		}
		w := a.lower(j)
		if a.isPunct(j, "&") {
			w = "&"
		}
		// "Organisation for Security and Cooperation in Europe", "Human
		// Rights in China": "in" inside a purpose phrase.
		if w == "in" && a.nameTok(j+1) && a.sameLine(j+1) && a.hasFor(i, j) {
			j += 2
			continue
		}
		if connector(w) {
			k := j + 1
			if (w == "of" || w == "for" || w == "on") && a.lower(k) == "the" {
				k++
			}
			if a.nameTok(k) && a.sameLine(k) {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// hasFor reports whether "for" joins two words of [i, j).
func (a *analysis) hasFor(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if a.low[k] == "for" {
			return true
		}
	}
	return false
}

// runCandidates applies the name rules to the run [s, e).
func (a *analysis) runCandidates(s, e int, cs []*cand) []*cand {
	for k := s; k < e; k++ {
		// capBits of a word not capitalised ("plc") open no name here.
		if t := a.toks[k]; t.kind != tWord || !t.upper && !t.caps || a.cb[k]&(cbHead|cbSuffixDes|cbPrefixDes) == 0 {
			continue
		}
		switch {
		case a.hasCap(k, cbSuffixDes) && k > s:
			if l := a.leftBound(s, k, true); l < k {
				end := k + 1
				for end < e && (a.hasCap(end, cbSuffixDes) || a.isPunct(end, "&") && a.hasCap(end+1, cbSuffixDes)) {
					end++
				}
				if c := a.nameCand(l, end, a.kindOf(l, end, "company"), "organization/suffix/designator", 0.9, prioStrong); c != nil {
					cs = append(cs, c)
				}
			}
		case a.hasCap(k, cbPrefixDes) && k+1 < e && a.nameTok(k+1) && (k == s || !a.nameTok(k-1)):
			end := a.rightBound(k+1, e)
			cs = append(cs, a.newCand(cand{s: k, e: end, kind: "company", rule: "organization/suffix/designator", conf: 0.85, prio: prioStrong}))
		}
		h, isHead := a.headOf(k)
		if !isHead {
			continue
		}
		if h.start && a.ofAt(k+1, e) {
			end := a.ofEnd(k+1, e)
			l := a.leftBound(s, k, false)
			if c := a.nameCand(l, end, a.kindOf(l, end, h.kind), "organization/head/of", 0.85, prioHead); c != nil {
				cs = append(cs, c)
			}
			continue
		}
		if h.end && k > s {
			if l := a.leftBound(s, k, h.kind == "company" || h.kind == "bank"); l < k && !a.personRun(l, k) {
				if c := a.nameCand(l, k+1, a.kindOf(l, k+1, h.kind), "organization/head/end", 0.8, prioHead); c != nil {
					cs = append(cs, c)
				}
			}
		}
	}
	return a.knownIn(s, e, cs)
}

// nameCand builds a candidate of the name rules for [s, e), or nil when
// the span is a place ("West Bank", "Russian Federation") or a thing. A
// leading demonym stays outside a ministry's or government's name ("German
// Foreign Ministry": the ministry is "Foreign Ministry", of Germany).
func (a *analysis) nameCand(s, e int, kind, rule string, conf float64, prio int) *cand {
	for k := max(s, e-3); k < e-1; k++ {
		if a.isPlace(k, e) {
			return nil
		}
	}
	if a.isPlace(s, e) {
		return nil
	}
	country := ""
	if kind == "ministry" || kind == "government" {
		if e-s > 1 && a.demonymOnly(s) {
			r, _ := a.place(s, s+1)
			country = r.Country
			s++
		}
	}
	return a.newCand(cand{s: s, e: e, kind: kind, rule: rule, conf: conf, prio: prio, country: country})
}

// demonymOnly reports whether token k is a demonym and no country name
// ("German", not "U.S.").
func (a *analysis) demonymOnly(k int) bool {
	r, ok := a.place(k, k+1)
	return ok && r.Demonym && !r.AnyCountry
}

// ofAt reports whether an "of"/"for" phrase of capitalised words starts at
// j inside the run ending at e.
func (a *analysis) ofAt(j, e int) bool {
	w := a.lower(j)
	if w != "of" && w != "for" {
		return false
	}
	k := j + 1
	if a.lower(k) == "the" {
		if a.toks[k].upper && !a.toks[k].capsLine {
			return false // "covers the Capitol for The Associated Press": a name of its own
		}
		k++
	}
	return k < e && a.nameTok(k) && !a.titleTok(k)
}

// ofEnd returns the end of the "of ..." phrase at j: the run's end, or the
// first title or possessive ("Bank of England Governor Eddie George").
func (a *analysis) ofEnd(j, e int) int {
	k := j + 1
	if a.lower(k) == "the" {
		k++
	}
	end := k
	for k < e {
		if a.isPoss(k) || a.titleTok(k) {
			break
		}
		if a.nameTok(k) {
			k++
			end = k
			continue
		}
		// A connector inside: "Ministry of Trade and Industry"; not "and"
		// before a person's name ("the Institute of Marine Biology
		// and Li Wen at the Institute of Physics").
		if a.lower(k) == "and" && a.personAfterAnd(k+1, e) {
			break
		}
		k++
	}
	return end
}

// personAfterAnd reports whether the name words from k to the run's end e
// are two or three personal names, no heads: a person joined by "and".
func (a *analysis) personAfterAnd(k, e int) bool {
	n := 0
	for j := k; j < e && a.nameTok(j); j++ {
		if !a.personalAt(j) || a.isHead(j) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3 && (k+n == e || !a.nameTok(k+n))
}

// personBeforeAnd reports whether the name words before the "and" at t
// (back to the run's start s) are a person's: two or three personal names,
// or two or three words after a title, and no heads.
func (a *analysis) personBeforeAnd(s, t int) bool {
	n, known := 0, true
	j := t - 1
	for ; j >= s && a.nameTok(j) && !a.titleTok(j); j-- {
		if a.isHead(j) || saintWord(a.word(j)) {
			return false // "Saint Mark and Saint Luke Orthodox Church"
		}
		known = known && a.personalAt(j)
		n++
	}
	// Known names, or any two or three after a title ("Deputy Yevhen Saburov").
	return n >= 2 && n <= 3 && (known || a.titleTok(j))
}

// saintWord reports the word that makes a saint's name of a person's
// ("Saint Peter", "St. Paul"), as in churches and schools.
func saintWord(w string) bool {
	switch w {
	case "Saint", "St", "St.", "San", "Santa", "Sao", "São", "Sainte":
		return true
	}
	return false
}

// rightBound returns where a name opened at k ends inside the run: before a
// title word or a possessive.
func (a *analysis) rightBound(k, e int) int {
	end := k
	for j := k; j < e; j++ {
		if a.isPoss(j) || a.titleTok(j) {
			break
		}
		if a.nameTok(j) {
			end = j + 1
		}
	}
	return end
}

// leftBound walks left from the head at k over the words that belong to
// the name and returns its first token. A possessive is crossed only in a
// company's name ("Boatmen's Bancshares"); "of"/"for" only after a word that
// opens names ("Bank of New York Co."), so that "Smith of Smith Barney Inc."
// keeps the firm alone.
func (a *analysis) leftBound(s, k int, company bool) int {
	i := k
	for i > s {
		t := i - 1
		if a.nameTok(t) {
			if a.stopTok(t) || a.titleTok(t) || strings.HasSuffix(a.low[t], "-based") || a.nameEnder(t) {
				break
			}
			i = t
			continue
		}
		if a.isPoss(t) {
			// "Boatmen's Bancshares"; "People's Party", "Workers' Union":
			// a common noun's possessive inside any name.
			if !company && !(t > s && a.g.CommonWord(a.low[t-1])) {
				break
			}
			i = t
			continue
		}
		w := a.lower(t)
		if a.isPunct(t, "&") {
			w = "&"
		}
		switch w {
		case "the":
			if o := a.lower(t - 1); (o == "of" || o == "for" || o == "on") && t-1 > s && a.opensName(t-2) {
				i = t - 1
				continue
			}
		case "of", "for", "on":
			// "Gold Fields of South Africa Ltd.": a company "of" a place.
			if t > s && (a.opensName(t-1) || company && w == "of" && t+1+a.placeLen(t+1, k) == k) {
				i = t
				continue
			}
		case "and":
			// "Food and Drug Administration", "Procter and Gamble Co.";
			// not two firms in a row, nor a person before ("Ivan Petrenko
			// and Northern Fleet Commander Ivan Dorosh").
			if (!company || t-1 == s || !a.nameTok(t-2)) && !a.personBeforeAnd(s, t) {
				i = t
				continue
			}
		case "&":
			i = t
			continue
		default:
			if connector(w) {
				i = t
				continue
			}
		}
		break
	}
	for i < k && (!a.nameTok(i) || a.stopTok(i)) {
		i++
	}
	return i
}

// placeLen returns the length of the longest place name (up to three
// words) starting at token p before token k, or 0.
func (a *analysis) placeLen(p, k int) int {
	for l := min(3, k-p); l > 0; l-- {
		if a.isPlace(p, p+l) {
			return l
		}
	}
	return 0
}

// nameEnder reports a word that ends the name before it, so that the walk
// from a later head stops there: a designator ("Shell Oil Co. Chairman")
// or an end head of another name ("Pirelli SpA Cables").
func (a *analysis) nameEnder(t int) bool {
	return a.hasCap(t, cbSuffixDes)
}

// opensName reports whether token t is a head that may take an "of" phrase.
func (a *analysis) opensName(t int) bool {
	h, ok := a.headOf(t)
	return ok && h.start
}

// isHead reports whether token k is a head word.
func (a *analysis) isHead(k int) bool { return a.hasCap(k, cbHead) }

// headOf returns the head that token k is, if it is one.
func (a *analysis) headOf(k int) (head, bool) {
	if !a.hasCap(k, cbHead) {
		return head{}, false
	}
	return a.lx.heads[a.word(k)], true
}

// headEnds reports whether token k is a head that may end a name.
func (a *analysis) headEnds(k int) bool {
	h, ok := a.headOf(k)
	return ok && h.end
}

// stopTok reports a capitalised word that never opens a name here: "The",
// "But", a sentence-initial function word.
func (a *analysis) stopTok(t int) bool {
	return a.hasCap(t, cbStop)
}

// titleTok reports a capitalised title ("Governor", "Chairman").
func (a *analysis) titleTok(t int) bool {
	return a.isWord(t) && a.toks[t].upper && a.lb[t]&lbTitle != 0
}

// personRun reports whether tokens [s, e) read as a person's name before
// a head ("Robert Wood Johnson Foundation" aside, rare): a given name and
// nothing else of a name.
func (a *analysis) personRun(s, e int) bool {
	if e-s < 2 || e-s > 3 {
		return false
	}
	if a.isHead(s) || !a.g.GivenName(a.low[s]) {
		return false
	}
	for k := s + 1; k < e; k++ {
		if !a.nameTok(k) || a.isHead(k) || a.isPlace(k, k+1) {
			return false
		}
	}
	return true
}

// kindOf returns the kind of the name [s, e): the weightiest head word
// inside it (the last one on a tie), else def.
func (a *analysis) kindOf(s, e int, def string) string {
	best, bw := def, 0
	for k := s; k < e; k++ {
		if h, ok := a.headOf(k); ok && h.weight >= bw {
			best, bw = h.kind, h.weight
		}
	}
	return best
}

// knownIn looks up the lists' names in the run [s, e), longest first.
func (a *analysis) knownIn(s, e int, cs []*cand) []*cand {
	for i := s; i < e; {
		best, bestE := -1, (*entry)(nil)
		// Most words open no name of the lists: the filter tells them
		// before a key is looked up.
		for j := i; j < e && j-i < a.lx.maxKnown && (j > i || a.lx.keyFilter.may(a.key(i, i+1))); j++ {
			a.keyBuf = a.appendKey(a.keyBuf[:0], i, j+1)
			kk, ok := a.lx.keys[string(a.keyBuf)]
			if !ok {
				break
			}
			if kk.e != nil && (a.nameTok(j) || a.isPunct(j, ".")) {
				best, bestE = j, kk.e
			}
			if !kk.prefix {
				break
			}
		}
		if best < 0 || !a.knownFits(i, best+1, bestE) {
			i++
			continue
		}
		prio := prioStrong
		if best == i {
			prio = prioKnownSingle
		}
		cs = append(cs, a.newCand(cand{s: i, e: best + 1, kind: bestE.kind, known: bestE, rule: "organization/list",
			conf: 0.9, prio: prio, acronym: bestE.acronym, canonical: bestE.canonical}))
		i = best + 1
	}
	return cs
}

// knownFits checks a list name found at [s, e) against its context. An
// acronym matches only as written. A single word that is also a common word
// ("Commerce") stands only for a legislature, a force or a court, and one
// that is also a personal name ("Brown") not at all; a company word of the
// spell-checker list stands only when it is no place, demonym, personal
// name or common word ("Ghent", "American", "Morgan"). Nothing before a
// thing's name ("UEFA Cup", "Dow Jones index") is an organisation.
func (a *analysis) knownFits(s, e int, en *entry) bool {
	t := a.toks[s]
	if a.thingAfter(e) {
		return false
	}
	if e-s > 1 {
		return (t.upper || t.caps) && !a.isPlace(s, e) // "White House": a landmark
	}
	w := a.word(s)
	if en.exact != "" && w != en.exact {
		return false
	}
	if a.hasCap(s, cbStopAcr|cbStop) || !t.upper && !t.caps {
		return false
	}
	// The tests of the word lists come before the gazetteer's, which
	// costs most: each test can only reject, so their order is free.
	if t.capsLine && en.exact == "" && !en.company && en.weak {
		return false
	}
	if en.weak {
		if en.company || a.personalAt(s) || t.sentStart {
			return false
		}
		switch en.kind {
		case "legislature", "military", "police", "court":
		default:
			return false
		}
		if a.titleTok(s+1) || a.lower(s-1) == "of" {
			return false // "Agriculture Secretary", "Secretary of State"
		}
	}
	if en.company {
		if t.capsLine || len(w) < 4 || a.personalAt(s) || a.g.CommonWord(a.low[s]) {
			return false
		}
	}
	// An acronym as written ("NATO") yields only to a country; a word to
	// any place ("Ghent").
	if r, isPlace := a.place(s, e); isPlace && (en.exact == "" || r.AnyCountry) || en.exact == "" && a.partOfPlace(s) {
		return false
	}
	return true
}

// thingAfter reports whether the words from token e name a thing that the
// name before them qualifies: "Dow Jones index", "Nasdaq composite index",
// "UEFA Cup".
func (a *analysis) thingAfter(e int) bool {
	if !a.isWord(e) || !a.sameLine(e) {
		return false
	}
	if a.lx.nonOrg[a.low[e]] {
		return true
	}
	return !a.toks[e].upper && a.isWord(e+1) && a.sameLine(e+1) && !a.toks[e+1].upper && a.lx.nonOrg[a.low[e+1]]
}

// partOfPlace reports whether token k starts or ends a longer place name
// with its neighbour ("Las Vegas").
func (a *analysis) partOfPlace(k int) bool {
	if a.nameTok(k+1) && a.sameLine(k+1) && a.toks[k+1].space && a.isPlace(k, k+2) {
		return true
	}
	return k > 0 && a.nameTok(k-1) && a.sameLine(k) && a.toks[k].space && a.isPlace(k-1, k+1)
}
