package organization

import "strings"

// This file holds the acronym rules: a name with its acronym in brackets
// ("the Kurdistan Democratic Party ( KDP )", "PAN ( National Action Party
// )"), every later use of a defined acronym, and unknown acronyms that
// stand alone in running text.

// maxLongForm bounds the words of a long form read before an acronym.
const maxLongForm = 12

// findAcronyms reads "Long Name (ACR)" and "ACR (Long Name)" definitions
// and then the acronym's other uses in the text.
func (a *analysis) findAcronyms() {
	if a.defined == nil {
		a.defined = map[string]*cand{}
	}
	defined := a.defined
	for i := 1; i+2 < len(a.toks); i++ {
		if !a.isPunct(i, "(") {
			continue
		}
		if acr := a.word(i + 1); a.acronymTok(i+1) && a.isPunct(i+2, ")") {
			if long := a.longFormBefore(i, acr); long != nil {
				short := a.newCand(cand{s: i + 1, e: i + 2, kind: long.kind, rule: "organization/acronym/definition",
					conf: 0.9, prio: prioStrong, link: long, acronym: acr})
				if a.add(short) {
					long.acronym = acr
					defined[acr] = long
				}
			}
			continue
		}
		// "PAN ( National Action Party )"
		if a.acronymTok(i-1) && !a.toks[i-1].capsLine {
			acr := a.word(i - 1)
			j := i + 1
			for j < len(a.toks) && j-i <= maxLongForm && !a.isPunct(j, ")") && a.sameLine(j) {
				j++
			}
			if !a.isPunct(j, ")") || j == i+1 || !a.nameTok(i+1) {
				continue
			}
			if !initialsMatch(acr, a.initials(i+1, j)) || !a.orgLongForm(i+1, j) {
				continue
			}
			long := a.replaceWithin(a.newCand(cand{s: i + 1, e: j, kind: a.kindOf(i+1, j, "other"), rule: "organization/acronym/definition",
				conf: 0.9, prio: prioStrong, acronym: acr}))
			if long == nil {
				continue
			}
			if a.at(i-1) == nil {
				a.add(a.newCand(cand{s: i - 1, e: i, kind: long.kind, rule: "organization/acronym/definition", conf: 0.9,
					prio: prioStrong, link: long, acronym: acr}))
			}
			defined[acr] = long
		}
	}
	if len(defined) == 0 {
		return
	}
	for k := range a.toks {
		if a.taken[k] != 0 || !a.isWord(k) {
			continue
		}
		if long, ok := defined[a.word(k)]; ok {
			a.add(a.newCand(cand{s: k, e: k + 1, kind: long.kind, rule: "organization/acronym/use", conf: 0.85,
				prio: prioStrong, link: long, acronym: long.acronym}))
		}
	}
}

// acronymTok reports whether token k is written as an acronym: two to
// eight capitals, perhaps with periods, digits, "&" or a hyphen.
func (a *analysis) acronymTok(k int) bool {
	if !a.isWord(k) || !a.toks[k].caps || a.isBlocked(k) {
		return false
	}
	w := a.word(k)
	return len(w) <= 12 && isAcronymWord(w) && !a.hasCap(k, cbStopAcr)
}

// longFormBefore finds the name that an acronym in brackets at "(" token p
// abbreviates: a candidate ending right before it (extended to the left
// when the acronym asks for more words), or a run of capitalised words
// whose initials spell the acronym.
func (a *analysis) longFormBefore(p int, acr string) *cand {
	end := p
	if end <= 0 || !a.nameTok(end-1) {
		return nil
	}
	start := end - 1
	for start > 0 && end-start < maxLongForm && a.sameLine(start) {
		t := start - 1
		if a.nameTok(t) {
			start = t
			continue
		}
		if connector(a.lower(t)) || a.lower(t) == "in" || a.isPunct(t, "&") {
			if a.nameTok(t-1) || a.lower(t-1) == "of" || a.lower(t-1) == "for" {
				start = t
				continue
			}
		}
		break
	}
	// The shortest tail of the run whose initials spell the acronym.
	best := -1
	for s := end - 1; s >= start; s-- {
		if !a.nameTok(s) || a.stopTok(s) {
			continue
		}
		if initialsMatch(acr, a.initials(s, end)) {
			best = s
			break
		}
	}
	if c := a.at(end - 1); c != nil && c.e == end {
		if best >= 0 && best < c.s && a.free(best, c.s) && a.orgLongForm(best, end) {
			c.s = best // "Kurdistan" + "Democratic Party"
			for k := best; k < end; k++ {
				a.taken[k] = a.taken[end-1]
			}
		}
		return c
	}
	if best < 0 || !a.orgLongForm(best, end) {
		return nil
	}
	return a.replaceWithin(a.newCand(cand{s: best, e: end, kind: a.kindOf(best, end, "other"),
		rule: "organization/acronym/definition", conf: 0.85, prio: prioStrong}))
}

// orgLongForm rejects long forms that name no organisation: a place
// ("Democratic Republic of Congo ( DRC )"), an index, a treaty or a price
// ("Consumer Price Index ( CPI )"), a person.
func (a *analysis) orgLongForm(s, e int) bool {
	last := e - 1
	for last > s && !a.nameTok(last) {
		last--
	}
	if a.lx.nonOrg[a.low[last]] || a.isPlace(s, e) {
		return false
	}
	if e-s <= 3 && a.g.GivenName(a.low[s]) && !a.headEnds(last) {
		return false
	}
	return true
}

// replaceWithin adds c in place of the candidates it covers whole; it
// returns nil when c would cut through another candidate.
func (a *analysis) replaceWithin(c *cand) *cand {
	for k := c.s; k < c.e; k++ {
		if o := a.at(k); o != nil && (o.s < c.s || o.e > c.e) {
			return nil
		}
	}
	for k := c.s; k < c.e; k++ {
		if o := a.at(k); o != nil {
			o.e = o.s // dropped: mentions() skips empty candidates
			a.taken[k] = 0
		}
	}
	if !a.add(c) {
		return nil
	}
	return c
}

// initials returns the first letters of the capitalised words of [s, e)
// (and of the parts of hyphenated ones), with the lower-case connectors'
// letters marked optional by lower case.
func (a *analysis) initials(s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if !a.isWord(k) {
			continue
		}
		w := a.word(k)
		if isAcronymWord(w) {
			for i := 0; i < len(w); i++ {
				if isUpperByte(w[i]) {
					b.WriteByte(w[i])
				}
			}
			continue
		}
		for i, part := range strings.Split(w, "-") {
			if part == "" {
				continue
			}
			c := part[0]
			switch {
			case isUpperByte(c):
				b.WriteByte(c)
			case c >= 'a' && c <= 'z' && (i > 0 || !connector(a.low[k])):
				b.WriteByte(c - 'a' + 'A')
			case c >= 'a' && c <= 'z':
				b.WriteByte(c) // a connector may or may not give a letter
			}
		}
	}
	return b.String()
}

// initialsMatch reports whether the acronym's capitals spell the initials
// in order, starting with the first, optional (lower-case) initials
// skipped where they do not fit. One letter of a long acronym may be
// missing ("OSCE" from "Organization for Security and Co-operation in
// Europe" where "Co-operation" gives two).
func initialsMatch(acr, ini string) bool {
	var letters []byte
	for i := 0; i < len(acr); i++ {
		if isUpperByte(acr[i]) {
			letters = append(letters, acr[i])
		}
	}
	if len(letters) < 2 || ini == "" {
		return false
	}
	if sameLetters(letters, ini) {
		return true // another language's word order: "PAN ( National Action Party )"
	}
	// The long form must start with the acronym's first letter.
	if ini[0] != letters[0] && !(ini[0] >= 'a' && len(ini) > 1 && ini[1] == letters[0]) {
		return false
	}
	j, matched, required := 0, 0, 0
	for i := 0; i < len(ini); i++ {
		c := ini[i]
		optional := c >= 'a' && c <= 'z'
		if optional {
			c -= 'a' - 'A'
		} else {
			required++
		}
		if j < len(letters) && c == letters[j] {
			j++
			matched++
			continue
		}
		if !optional && j < len(letters) {
			// A required initial that the acronym skips: allowed once.
			required += 0
		}
	}
	miss := len(letters) - matched
	if miss > 1 || miss == 1 && len(letters) < 4 {
		return false
	}
	// Most of the long form's words must give a letter.
	return matched*2 >= required
}

// sameLetters reports whether the required (upper-case) initials are the
// acronym's letters in another order.
func sameLetters(letters []byte, ini string) bool {
	var count [26]int
	n := 0
	for _, c := range letters {
		count[c-'A']++
		n++
	}
	for i := 0; i < len(ini); i++ {
		if c := ini[i]; isUpperByte(c) {
			count[c-'A']--
			n--
		}
	}
	if n != 0 {
		return false
	}
	for _, v := range count {
		if v != 0 {
			return false
		}
	}
	return true
}
