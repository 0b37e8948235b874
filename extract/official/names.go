package official

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameTok reports whether token i can be part of a name: a capitalized
// word, an initial, or an Arabic article form ("al-Assad").
func (a *analysis) nameTok(i int) bool {
	if !a.isWord(i) || a.inOrg(i) {
		return false
	}
	t := a.toks[i]
	w := a.word(i)
	if t.upper {
		return (!t.allCaps || isInitial(w)) && !isPartyTag(w)
	}
	return hasArticlePrefix(w)
}

// hasArticlePrefix matches "al-Assad", "el-Sisi", "bin-Laden" forms.
func hasArticlePrefix(w string) bool {
	// Every prefix is two or three letters and a hyphen: the hyphen's
	// place rules out most words without a comparison.
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return false
	}
	for _, p := range [...]string{"al-", "el-", "bin-", "ad-", "as-", "ash-", "ar-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// findNames collects candidate names from runs of capitalized words.
func (a *analysis) findNames() {
	n := len(a.toks)
	// nameTok is asked of most tokens several times here: markLines
	// answered it once each.
	name := a.isName
	isName := func(k int) bool { return k < n && name[k] }
	// A particle joins names only when a name word follows within three
	// tokens: most lower-case words need no particle lookup.
	nameWithin3 := func(k int) bool { return isName(k+1) || isName(k+2) || isName(k+3) }
	for i := 0; i < n; {
		start := i
		if !name[i] {
			if !nameWithin3(i) || i > 0 && name[i-1] {
				i++
				continue
			}
			// "de la Cruz said": particles may open a short form of a name.
			p := i
			for p < n && p-i < 3 && a.isWord(p) && a.nameCueAt(p, cueParticle) && (p == i || !a.toks[p].nlBefore) {
				p++
			}
			if p == i || !isName(p) || a.toks[p].nlBefore {
				i++
				continue
			}
			i = p
		}
		j := i + 1
		for j < n && !a.toks[j].nlBefore {
			if name[j] && !a.nameCueAt(j, cueSuffix) || a.nameCueAt(j, cueSuffix) && j > i {
				j++
				continue
			}
			// Lower-case particles join two name words ("Perez de Cuellar",
			// "Joris van der Kamp").
			p := j
			for nameWithin3(j) && p < n && p-j < 3 && a.isWord(p) && a.nameCueAt(p, cueParticle) && !a.toks[p].nlBefore {
				p++
			}
			if p > j && isName(p) && !a.toks[p].nlBefore {
				j = p + 1
				continue
			}
			break
		}
		// A name has a handful of words; of a long capitalized run (a
		// headline, a table row) only the tail can hold one.
		if j-start > maxRunWords {
			start = j - maxRunWords
		}
		a.run(start, j)
		i = j
	}
}

// maxRunWords bounds the capitalized run that run examines.
const maxRunWords = 10

// stripPrefix returns where the name proper starts in run [s, e): past
// honorifics, titles, portfolios, countries and function words.
func (a *analysis) stripPrefix(s, e int) int {
	for s < e {
		switch {
		case a.is(s, wcHonorific|wcTitleAbbr|wcTitleWord|wcModifier|wcPortfolio):
		case a.is(s, wcNonName):
			// "Jan Mueller": a given name that is also a calendar word.
			if a.is(s, wcGiven) && s+1 < e && !a.is(s+1, wcNonName) {
				return s
			}
		case a.is(s, wcCountry) && !a.is(s, wcGiven):
		case a.toks[s].sentStart && s+2 < e && a.is(s+1, wcGiven) && !a.is(s, wcNames|wcGiven):
			// "Anthropologist Dean Falk": a capitalized role opens the sentence.
		default:
			if k := a.countryAt(s); k > s+1 && k <= e {
				s = k
				continue
			}
			return s
		}
		s++
	}
	return s
}

// isTitleWord reports a capitalized or lower-case title word
// ("Minister", "Cardinal", "Lieutenant-Colonel").
func (a *analysis) isTitleWord(k int) bool { return a.is(k, wcTitleWord) }

// hyphenTitle reports a lower-case title joined by a hyphen to a title or
// modifier before it ("lieutenant-colonel", "vice-president").
func (lx *lexicon) hyphenTitle(lw string) bool {
	if h := strings.LastIndexByte(lw, '-'); h > 0 {
		return lx.titles[lw[h+1:]] && (lx.titles[lw[:h]] || lx.modifiers[lw[:h]])
	}
	return false
}

func (a *analysis) isCountry(w string) bool {
	_, ok := a.lx.countries[w]
	return ok
}

// countryAt returns the end of the longest country name starting at token
// s, or s when none does.
func (a *analysis) countryAt(s int) int {
	best := s
	for L := 1; L <= a.lx.maxCountry && s+L <= len(a.toks); L++ {
		if a.toks[s+L-1].kind != tWord || (L > 1 && a.toks[s+L-1].nlBefore) {
			break
		}
		if L == 1 {
			if a.is(s, wcCountry) {
				best = s + 1
			}
			if !a.is(s, wcCountryStart) {
				break // no name of several words starts with this word
			}
			continue
		}
		if _, ok := a.lx.countries[a.span(s, s+L)]; ok {
			best = s + L
		}
	}
	return best
}

// run examines one run of capitalized words [i, j).
func (a *analysis) run(i, j int) {
	s := a.stripPrefix(i, j)
	e := j
	// Trailing calendar and function words ("Kim Wednesday") are not the name's.
	for e > s && (a.is(e-1, wcNonName) || a.is(e-1, wcCountry) && e-1 > s && !a.is(e-1, wcNames)) {
		if a.is(e-1, wcOrgWord) {
			return // "Legislative Council"
		}
		e--
	}
	if s >= e {
		return
	}
	if s > i && !a.isTitleWord(s-1) && !a.is(s-1, wcTitleAbbr) && !a.is(s-1, wcHonorific) && a.titleHeadEndingAt(s) < 0 {
		for k := i; k < s; k++ {
			if a.is(k, wcOrgWord) {
				return // "Senate Appropriations": an organisation's name
			}
		}
	}
	// A name never has a title inside it: "Valmora Cardinal Luca
	// Ferrand", "Port Elise Supreme Court Judge K.L. Varga".
	for k := e - 2; k > s; k-- {
		if a.is(k, wcTitleAbbr) || a.is(k, wcHonorific) || a.toks[k].upper && a.isTitleWord(k) {
			a.run(k, j)
			return
		}
	}
	if a.is(e-1, wcHonorific) || a.is(e-1, wcTitleAbbr) {
		return
	}
	for k := s; k < e; k++ {
		if a.is(k, wcOrgWord) {
			// "Ruritanian Navy Pavel Orlov": the organisation, then a name.
			if k+1 < e && a.is(k+1, wcGiven) {
				a.run(k+1, j)
			}
			return
		}
	}
	if s == i || !a.isTitleWord(s-1) && !a.is(s-1, wcTitleAbbr) && !a.is(s-1, wcHonorific) {
		// "New York", "San Diego", "Der Spiegel"
		for k := i; k <= s; k++ {
			if a.cueAt(k, cuePlace) {
				return
			}
		}
	}
	for k := s; k < e; k++ {
		if h := strings.LastIndexByte(a.lower[k], '-'); h > 0 && a.lx.cue(cueAdjsuffix, a.lower[k][h+1:]) {
			return // "Hong Kong-based"
		}
	}
	// Plural nouns end team and group names ("White Sox", "Cleveland Indians").
	last := a.word(e - 1)
	pluralLast := e-s >= 2 && len(last) > 3 && last[len(last)-1] == 's' && !a.is(e-1, wcNames|wcGiven)
	plural := pluralLast && !a.is(s, wcGiven)
	// A place the location extractor found, or a country, is no name
	// unless a title says otherwise.
	whole := a.span(s, e)
	isPlace := a.isCountry(whole)
	if m := a.locs[s]; m != nil {
		// "Chicago White Sox", "Cleveland Indians": a team or body named
		// after a place.
		isPlace = m.End == a.toks[e-1].end || m.End < a.toks[e-1].end && (pluralLast || !a.is(s, wcGiven))
	}
	if e-s == 1 && isInitial(a.word(s)) {
		return // "P." alone names nobody
	}
	c := a.newCandidate(s, e)
	c.evidence = a.nameEvidence(c)
	a.context(c)
	if (isPlace || plural) && !c.hasTitle {
		a.spare = c
		return
	}
	if c.evidence == evNone && !c.hasTitle {
		if c.e-c.s >= 2 && c.e-c.s <= 3 && !a.toks[s].headline {
			a.unsure = append(a.unsure, c)
		} else {
			a.spare = c
		}
		return
	}
	if c.hasTitle && c.evidence < evStrong {
		if a.toks[s].headline && c.evidence < evMedium {
			a.spare = c
			return // "Official Sees Risk of ...": a title-case headline
		}
		c.evidence = evStrong
	}
	a.addCandidate(c)
}

// nameEvidence judges the name words alone.
func (a *analysis) nameEvidence(c *candidate) int {
	words := 0
	for k := c.s; k < c.e; k++ {
		if a.toks[k].upper || hasArticlePrefix(a.word(k)) {
			words++
		}
	}
	first, second := a.word(c.s), a.word(c.s+1)
	if words >= 2 {
		if a.is(c.s, wcEastAsian) && (isHyphenGiven(second) || a.isPinyinGiven(second)) && c.e-c.s <= 3 {
			c.eastAsian = true
			return evStrong
		}
		if a.is(c.s, wcGiven) || isInitial(first) {
			return evStrong
		}
		if a.is(c.s, wcNames) && a.is(c.e-1, wcNames) {
			return evMedium
		}
		// "Tomas Hruby ( Czech Republic )", "Dan Marinescu ( 31st )": a
		// sports line-up or scorers' list.
		if a.isPunct(c.e, "(") {
			k := c.e + 1
			if m := a.locs[k]; m != nil {
				if a.isPunct(a.tokenAfter(m.End), ")") {
					return evStrong
				}
			}
			if e := a.countryAt(k); e > k && a.isPunct(e, ")") {
				return evStrong
			}
			if k < len(a.toks) && a.toks[k].kind == tNum && a.isPunct(k+1, ")") {
				return evMedium
			}
		}
		if (a.is(c.s, wcNames) || a.is(c.e-1, wcNames)) && !a.toks[c.s].sentStart {
			return evMedium
		}
		return evNone
	}
	return evWeak
}

// isHyphenGiven matches romanized Korean and Cantonese given names: two
// syllables joined by a hyphen, the second in lower case ("Kyung-wha").
func isHyphenGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h == len(w)-1 || strings.Count(w, "-") != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[h+1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return len(w)-h-1 <= 5 && h <= 6
}

// isPinyinGiven reports whether w splits into one or two pinyin syllables
// ("Jinping", "Qichen").
func (a *analysis) isPinyinGiven(w string) bool {
	if len(w) < 2 || len(w) > 12 {
		return false
	}
	lw := strings.ToLower(w)
	if a.lx.pinyin[lw] {
		return true
	}
	for k := 1; k < len(lw); k++ {
		if a.lx.pinyin[lw[:k]] && a.lx.pinyin[lw[k:]] {
			return true
		}
	}
	return false
}
