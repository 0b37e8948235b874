package official

import "strings"

// context reads what surrounds a candidate name: a title before it
// ("Foreign Minister Kang"), an appositive after it ("Betts, deputy
// assistant secretary ... at the US State Department"), a role linked by a
// copula ("counterpart is Betts"), and verbs of saying.
func (a *analysis) context(c *candidate) {
	if a.prenominal(c) {
		c.rule = "official/prenominal"
	}
	if a.appositive(c) && c.rule == "" {
		c.rule = "official/appositive"
	}
	if !c.hasTitle && a.copularBefore(c) {
		c.rule = "official/copular"
	}
	if c.affil == "" {
		a.ledBy(c)
	}
	if c.affil == "" {
		a.verbOrg(c)
	}
	if c.affil == "" || !c.affilOrg {
		a.orgAfter(c)
		if c.affilOrg && c.evidence < evStrong && (c.e-c.s >= 2 || a.lx.names[a.word(c.s)]) {
			c.evidence = evStrong
		}
	}
	if c.evidence < evStrong && (c.e-c.s >= 2 || a.lx.names[a.word(c.s)]) && a.saysCue(c) {
		c.evidence = evStrong
		if c.rule == "" {
			c.rule = "person/speaker"
		}
	}
	if c.affil == "" && c.hasTitle {
		if aff := a.lx.titleAff[strings.ToLower(c.title)]; aff != "" {
			c.affil, c.affilOrg = aff, true
		}
	}
	if c.rule == "" {
		c.rule = "person/name"
	}
}

// titleHeadEndingAt returns the start of the longest title head that ends
// at token k (exclusive), or -1.
func (a *analysis) titleHeadEndingAt(k int) int {
	best := -1
	for L := 1; L <= a.lx.maxTitle && k-L >= 0; L++ {
		if !a.isWord(k-L) || (L > 1 && a.toks[k-L+1].nlBefore) {
			break
		}
		if a.lx.titles[a.joinLower(k-L, k)] {
			best = k - L
		}
	}
	return best
}

// isRoleNoun reports lower-case profession nouns by their ending:
// "physiologist", "physician", "economist".
func (a *analysis) isRoleNoun(k int) bool {
	if !a.isWord(k) || a.toks[k].upper {
		return false
	}
	w := a.lower[k]
	return len(w) > 6 && (strings.HasSuffix(w, "logist") || strings.HasSuffix(w, "ician") || strings.HasSuffix(w, "ist") && !strings.HasSuffix(w, "list") && !strings.HasSuffix(w, "exist") && !strings.HasSuffix(w, "sist"))
}

// titleHeadAt returns the end of the longest title head starting at token
// k, or -1.
func (a *analysis) titleHeadAt(k int) int {
	best := -1
	if a.isRoleNoun(k) {
		best = k + 1
	}
	for L := 1; L <= a.lx.maxTitle && k+L <= len(a.toks); L++ {
		if !a.isWord(k+L-1) || (L > 1 && a.toks[k+L-1].nlBefore) {
			break
		}
		if p := a.joinLower(k, k+L); a.lx.titles[p] || a.lx.titles[singular(p)] {
			best = k + L
		}
	}
	return best
}

// singular undoes a regular English plural ("secretaries", "members").
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// joinLower joins the lower-cased words [s, e) with single spaces.
func (a *analysis) joinLower(s, e int) string {
	if e-s == 1 {
		return a.lower[s]
	}
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s {
			b.WriteByte(' ')
		}
		b.WriteString(a.lower[k])
	}
	return b.String()
}

// portfolioEndingAt returns the start of the longest portfolio phrase
// ending at k (exclusive), or -1.
func (a *analysis) portfolioEndingAt(k int) int {
	best := -1
	for L := 1; L <= a.lx.maxPort && k-L >= 0; L++ {
		if !a.isWord(k - L) {
			break
		}
		if a.lx.portfolio[a.joinLower(k-L, k)] {
			best = k - L
		}
	}
	return best
}

// extendTitleLeft widens a title head starting at h over modifiers and
// portfolios ("deputy assistant", "foreign").
func (a *analysis) extendTitleLeft(h int) int {
	for steps := 0; steps < 5 && h > 0; steps++ {
		if a.toks[h].nlBefore {
			break
		}
		if a.isWord(h-1) && a.lx.modifiers[a.lower[h-1]] {
			h--
			continue
		}
		if p := a.portfolioEndingAt(h); p >= 0 {
			h = p
			continue
		}
		if a.isWord(h-1) && a.titleHeadAt(h-1) == h && !a.toks[h-1].sentStart {
			// "assistant secretary": a head qualifying another head.
			h--
			continue
		}
		break
	}
	return h
}

func (a *analysis) setTitle(c *candidate, s, e int) {
	c.hasTitle = true
	c.titleSpan = [2]int{a.toks[s].start, a.toks[e-1].end}
	c.title = a.text[c.titleSpan[0]:c.titleSpan[1]]
}

// prenominal finds a title right before the name: "Foreign Minister Kang",
// "U.S. President Donald Trump", "Sen. Alan Cranston", "senior adviser Betts".
func (a *analysis) prenominal(c *candidate) bool {
	k := c.s
	if k > 0 && a.lx.honorific[a.word(k-1)] {
		k--
		if c.evidence < evStrong {
			c.evidence = evStrong
		}
	}
	if k == 0 || a.toks[k].nlBefore && k < c.s {
		return false
	}
	var hs int
	switch {
	case k >= 2 && a.lx.titleAbbr[a.word(k-2)+" "+a.word(k-1)] != "":
		hs = k - 2
	case a.lx.titleAbbr[a.word(k-1)] != "":
		hs = k - 1
		// "Coast Guard spokesman Lt. Pat Philbin"
		if h := a.titleHeadEndingAt(hs); h >= 0 && !a.toks[hs].nlBefore {
			hs = a.extendTitleLeft(h)
		}
	default:
		hs = a.titleHeadEndingAt(k)
		if hs < 0 && a.isPunct(k-1, ",") {
			// "said the Foreign Ministry spokesman, Grigory Karasin,"; "A
			// University of Texas law professor, Wright helped ..."
			if h := a.titleHeadEndingAt(k - 1); h >= 0 {
				h = a.extendTitleLeft(h)
				o := h
				for o > 0 && (a.isWord(o-1) && a.toks[o-1].upper && !a.toks[o].sentStart || a.isWord(o-1) && a.lower[o-1] == "of") {
					o--
				}
				if o > 0 && a.isWord(o-1) && (a.lx.cue("det", a.lower[o-1]) && (a.toks[o-1].sentStart || a.isWord(o-2) && a.lx.cue("say", a.lower[o-2])) || a.lx.cue("possessive", a.lower[o-1])) {
					a.setTitle(c, h, k-1)
					a.affiliationBefore(c, h)
					return true
				}
			}
		}
		if hs < 0 {
			return a.titleOfOrgBefore(c, k)
		}
		hs = a.extendTitleLeft(hs)
	}
	if a.toks[k].nlBefore {
		return false
	}
	a.setTitle(c, hs, k)
	a.affiliationBefore(c, hs)
	return true
}

// titleOfOrgBefore reads "former commander of the Soviet Navy Nikolai
// Kuznetsov" and "the chairman of the United Djibouti Opposition Front,
// Mohamed Ahmed Issa": a title and its organisation before the name.
func (a *analysis) titleOfOrgBefore(c *candidate, k int) bool {
	if c.evidence < evMedium {
		return false
	}
	o := k
	if a.isPunct(o-1, ",") {
		o--
	}
	r := o
	for r > 0 && o-r < maxOrgWords && !a.toks[r].nlBefore && (a.isWord(r-1) && a.toks[r-1].upper || a.isWord(r-1) && (a.lower[r-1] == "of" || a.lower[r-1] == "and") && r-2 >= 0 && a.toks[r-2].upper && r < o) {
		r--
	}
	if r == o || a.isWord(r) && a.lower[r] == "of" {
		return false
	}
	p := r
	if a.isWord(p-1) && a.lower[p-1] == "the" {
		p--
	}
	if !a.isWord(p-1) || a.lower[p-1] != "of" {
		return false
	}
	h := a.titleHeadEndingAt(p - 1)
	if h < 0 {
		return false
	}
	h = a.extendTitleLeft(h)
	a.setTitle(c, h, p-1)
	a.setAffiliation(c, r, o)
	return true
}

// affiliationBefore reads a country or organisation that precedes a title
// starting at token h: "South Korea's", "U.S.", "Federal Aviation
// Administration".
func (a *analysis) affiliationBefore(c *candidate, h int) {
	k := h
	if a.isPunct(k-1, ",") {
		if h2 := a.titleHeadEndingAt(k - 1); h2 >= 0 && h2 < k-1 {
			h2 = a.extendTitleLeft(h2)
			if h2 > 0 && a.toks[h2-1].kind == tPoss {
				k = h2
			}
		}
	}
	if k > 0 && a.toks[k-1].kind == tPoss {
		k--
	}
	if a.isPunct(k-1, ")") {
		// "PAN ( National Action Party ) candidate": the name in brackets.
		o := k - 2
		for o > 0 && k-o < 10 && !a.isPunct(o, "(") {
			o--
		}
		if a.isPunct(o, "(") && o+1 < k-1 {
			// "PAN ( National Action Party ) candidate": both names.
			r := o
			for r > 0 && o-r < maxOrgWords && a.isWord(r-1) && a.toks[r-1].upper && !a.toks[r].nlBefore {
				r--
			}
			for r < o && a.lx.cue("func", a.lower[r]) {
				r++
			}
			if r == o {
				a.setAffiliation(c, o+1, k-1)
			} else {
				a.setAffiliation(c, r, k)
			}
			return
		}
	}
	r := k
	for r > 0 && k-r < maxOrgWords && !a.toks[r].nlBefore && a.isWord(r-1) && (a.toks[r-1].upper || a.lower[r-1] == "of" && r-2 >= 0 && a.toks[r-2].upper) {
		r--
	}
	for r < k && (a.lx.cue("func", a.lower[r]) || a.lx.cue("calendar", a.lower[r])) {
		r++
	}
	if r >= k {
		return
	}
	a.setAffiliation(c, r, k)
}

func (a *analysis) isCountryAt(s, e int) bool { return a.countryAt(s) == e }

// setAffiliation records tokens [s, e) as the affiliation: a country when
// they name one, else an organisation whose leading country, if any, gives
// the country code.
func (a *analysis) setAffiliation(c *candidate, s, e int) {
	if e <= s {
		return
	}
	if a.candidateNameAt(s, e) {
		return // "Chang's aide": a person, not an organisation
	}
	if code, name := a.countryOf(s, e); code != "" {
		c.affil, c.country, c.affilOrg = name, code, false
		return
	}
	c.affil = a.span(s, e)
	c.affilOrg = true
	// The first country named inside the organisation's name:
	// "US State Department", "Central Bank of Chile".
	for j := s; j < e; j++ {
		if k := a.countryAt(j); k > j && k <= e {
			if code, _ := a.countryOf(j, k); code != "" {
				c.country = code
				break
			}
		}
	}
}

// candidateNameAt reports whether [s, e) looks like a person's name.
func (a *analysis) candidateNameAt(s, e int) bool {
	if a.toks[s].allCaps {
		return false
	}
	for k := s; k < e; k++ {
		if a.lx.orgWords[a.word(k)] {
			return false
		}
	}
	if c := a.coverOf(s); c != nil && e <= c.e && c.evidence >= evMedium {
		return true
	}
	return e-s >= 2 && a.lx.given[a.word(s)] && a.lx.names[a.word(e-1)] && !a.isCountry(a.span(s, e))
}

// countryOf returns the country that tokens [s, e) name, from the location
// mentions when there is one, else from the country table.
func (a *analysis) countryOf(s, e int) (code, name string) {
	if e <= s {
		return "", ""
	}
	if m := a.locs[s]; m != nil && m.End == a.toks[e-1].end && m.Location.Country != "" &&
		(m.Location.Kind == "country" || m.Location.Demonym) {
		name = m.Location.Name
		if m.Location.Demonym || name == "" {
			name = a.countryName(m.Location.Country, a.span(s, e))
		}
		return m.Location.Country, name
	}
	if ct, ok := a.lx.countries[a.span(s, e)]; ok {
		return ct.code, ct.name
	}
	return "", ""
}

func (a *analysis) countryName(code, fallback string) string {
	if n := a.lx.byCode[code]; n != "" {
		return n
	}
	return fallback
}

// appositive reads ", [age,] [a|the] [X's] [modifiers] TITLE [for ...] [at|of the ORG]"
// after the name, and the same after "is" or "was".
func (a *analysis) appositive(c *candidate) bool {
	k := c.e
	// A lone unknown word needs "X, a ..." ("Tal, a senior Defense Ministry
	// official") and must not be a place ("from Sevastopol, organizer of").
	unknownSingle := c.e-c.s == 1 && !a.lx.names[a.word(c.s)] && !a.lx.eastAsian[a.word(c.s)] && !a.lx.given[a.word(c.s)]
	if unknownSingle && (a.locs[c.s] != nil || !a.isPunct(k, ",") || !a.isWord(k+1) || !a.lx.cue("det", a.lower[k+1])) {
		return false
	}
	if k < len(a.toks) && a.toks[k].kind == tPoss {
		return false
	}
	switch {
	case a.isPunct(k, ","):
		k++
		if isPartyTag(a.word(k)) {
			// "Sen. Alan Cranston, D-Calif., chairman of ..."
			if a.isPunct(k+1, ".") {
				k++
			}
			if a.isPunct(k+1, ",") {
				k += 2
			}
		}
		if k+1 < len(a.toks) && a.toks[k].kind == tNum && a.isPunct(k+1, ",") {
			k += 2 // age: "Marie Ferraro, 50, of Bethany"
			if c.evidence < evStrong && (c.e-c.s >= 2 || a.lx.names[a.word(c.s)]) {
				c.evidence = evStrong
			}
			if a.isWord(k) && a.lx.cue("cop", a.lower[k]) {
				k++ // "Larry Sturholm, 46, was a feature reporter"
			}
		}
	case c.e-c.s >= 2 && c.evidence >= evMedium && a.isWord(k) && !a.toks[k].upper && a.titleHeadAt(k) > 0 && a.isWord(a.titleHeadAt(k)) && (a.lower[a.titleHeadAt(k)] == "of" || a.lower[a.titleHeadAt(k)] == "at"):
		// "named Larry Jinks publisher of the San Jose Mercury News"
	case a.isWord(k) && a.lower[k] == "to" && a.isWord(k+1) && a.lower[k+1] == "be":
		k += 2 // "elected Richard Celeste to be chairman of ..."
	case a.isWord(k) && a.lx.cue("cop", a.lower[k]) && a.isWord(k+1) && a.lx.cue("det", a.lower[k+1]):
		k++
	default:
		return false
	}
	if k >= len(a.toks) {
		return false
	}
	det := false
	if a.isWord(k) && a.lower[k] == "one" && a.isWord(k+1) && a.lower[k+1] == "of" {
		k += 2 // "one of the secretaries of the National Vanguard Party"
	}
	if a.isWord(k) && a.lx.cue("det", a.lower[k]) {
		det = true
		k++
	}
	// "South Korea's chief negotiator", "the company's president"
	affS, affE := -1, -1
	r := k
	for r < len(a.toks) && r-k < 6 && a.isWord(r) && (a.toks[r].upper || r > k && a.lower[r] == "of") {
		r++
	}
	if r > k && r < len(a.toks) && a.toks[r].kind == tPoss {
		affS, affE = k, r
		k = r + 1
	} else if r > k && a.titleStartsNear(r) {
		// "a Burlington operations manager", "Tokyo University professor"
		affS, affE = k, r
		k = r
	} else if e := a.countryAt(k); e > k {
		affS, affE = k, e
		k = e
	} else if r > k && a.titleStartsNear(r) {
		// "a Burlington operations manager", "the KAL attorney"
		affS, affE = k, r
		k = r
	} else if m := a.skipQualifiers(k); m > k {
		// "a former Yale University law professor"
		if r := a.orgRunEnd(m); r > m && a.titleStartsNear(r) {
			affS, affE = m, r
			k = r
		}
	}
	// Up to two free adjectives ("career diplomat") after an article.
	hs, he := -1, -1
	for j := k; j < len(a.toks) && j <= k+4; j++ {
		if !a.isWord(j) {
			break
		}
		if end := a.titleHeadAt(j); end > 0 {
			hs, he = j, end
			break
		}
		free := j-k < 1 || det && j-k < 3
		if !(a.lx.modifiers[a.lower[j]] || a.lx.portfolio[a.lower[j]] || free && (!a.lx.nonName[a.lower[j]] || a.lower[j] == "and" && j > k) && !a.lx.cue("say", a.lower[j]) && !a.lx.cue("cop", a.lower[j])) {
			break
		}
	}
	if hs < 0 {
		return false
	}
	ts := k
	// Chains: "deputy assistant secretary", "assistant news director",
	// "president and chief executive".
	for {
		if end := a.titleHeadAt(he); end > 0 {
			he = end
			continue
		}
		if m := a.skipQualifiers(he); m > he {
			if end := a.titleHeadAt(m); end > 0 {
				he = end
				continue
			}
		}
		if a.isWord(he) && a.lower[he] == "and" {
			if end := a.titleHeadAt(he + 1); end > 0 {
				he = end
				continue
			}
		}
		break
	}
	te := he
	if a.isWord(te) && a.lx.cue("say", a.lower[te]) {
		return false // "Besides, the captain said": the title is the next clause's subject
	}
	if a.nameTok(te) {
		return false // "Oval, Surrey captain Chris Lewis": the title is the next name's
	}
	// Portfolio phrase: "for plans, programs and operations", "of foreign affairs".
	if a.isWord(te) && (a.lower[te] == "for" || a.lower[te] == "of") && a.isWord(te+1) && !a.toks[te+1].upper && a.lower[te+1] != "the" && a.lower[te+1] != "a" {
		j := te + 1
		last := -1
		for ; j < len(a.toks) && j-te <= 10; j++ {
			if a.isPunct(j, ",") || a.isWord(j) && a.lower[j] == "and" {
				continue
			}
			if !a.isWord(j) || a.toks[j].upper || a.lx.cue("orgprep", a.lower[j]) && a.lower[j] != "of" || a.lx.nonName[a.lower[j]] && a.lower[j] != "and" {
				break
			}
			last = j
		}
		if last > 0 {
			te = last + 1
		}
	}
	a.setTitle(c, ts, te)
	if affS >= 0 {
		a.setAffiliation(c, affS, affE)
	}
	// Organisation: "at the US State Department", "of Eaglebrook Plastics".
	j := te
	if a.isWord(j) && a.lx.cue("orgprep", a.lower[j]) {
		j++
		if a.isWord(j) && a.lower[j] == "the" {
			j++
		}
		if a.isWord(j) && !a.toks[j].upper && a.isWord(j+1) && a.toks[j+1].upper && !a.lx.cue("func", a.lower[j]) {
			j++ // "of the state Republican Party"
		}
		s := j
		j = a.orgRunEnd(j)
		if j > s {
			prev := c.affilOrg
			save := *c
			a.setAffiliation(c, s, j)
			if !c.affilOrg && prev {
				*c = save // keep an organisation over a place ("of Bethany")
			}
		}
	}
	if !c.affilOrg {
		a.clauseOrg(c, te)
	}
	return true
}

// clauseOrg looks further into an appositive for the organisation: "chief
// scientific and medical officer for the American Diabetes Association",
// "project manager of the local chapter of Habitat for Humanity".
func (a *analysis) clauseOrg(c *candidate, k int) {
	for j := k; j < len(a.toks) && j-k < 12; j++ {
		t := a.toks[j]
		if t.nlBefore || t.kind == tPunct || t.kind == tNum || a.isWord(j) && (a.lx.cue("say", a.lower[j]) || a.lower[j] == "who" || a.lower[j] == "which") {
			return
		}
		if !a.isWord(j) || t.upper || !(a.lower[j] == "of" || a.lower[j] == "for" || a.lower[j] == "at" || a.lower[j] == "with") {
			continue
		}
		s := j + 1
		if a.isWord(s) && a.lower[s] == "the" {
			s++
		}
		e := a.orgRunEnd(s)
		if e > s && !a.isCountryAt(s, e) {
			a.setAffiliation(c, s, e)
			return
		}
	}
}

// verbOrg reads "W. Dale Nelson covers the White House for The Associated
// Press", "Harrington taught at Harvard University".
func (a *analysis) verbOrg(c *candidate) {
	k := c.e
	for k < len(a.toks) && k-c.e < 3 && a.isWord(k) && a.lx.cue("aux", a.lower[k]) {
		k++
	}
	if !a.isWord(k) || !a.lx.cue("lead", a.lower[k]) {
		return
	}
	for j := k + 1; j < len(a.toks) && j-k <= 6; j++ {
		if a.toks[j].kind == tPunct || a.toks[j].nlBefore {
			return
		}
		if !a.isWord(j) || !(a.lower[j] == "for" || a.lower[j] == "at" || a.lower[j] == "with") {
			continue
		}
		s := j + 1
		if a.isWord(s) && a.lower[s] == "the" {
			s++
		}
		e := a.orgRunEnd(s)
		org := e-s == 1 && a.toks[s].allCaps
		for x := s; x < e && !org; x++ {
			org = a.lx.orgWords[a.word(x)]
		}
		if org {
			a.setAffiliation(c, s, e)
		}
		return
	}
}

// skipQualifiers returns the first token at or after k that is not a
// modifier or portfolio word.
func (a *analysis) skipQualifiers(k int) int {
	for k < len(a.toks) && a.isWord(k) && (a.lx.modifiers[a.lower[k]] || a.lx.portfolio[a.lower[k]]) {
		k++
	}
	return k
}

// maxOrgWords bounds the organisation names the patterns read, which keeps
// the work per name constant on text with long runs of capitals.
const maxOrgWords = 16

// orgAfter reads an organisation right after the name: "Shi Liming at
// the Institute of Zoology", "Todd Kimberlain of the National Hurricane
// Center", "Mason, who headed the Centers for Disease Control".
func (a *analysis) orgAfter(c *candidate) {
	k := c.e
	lead := false
	// "James G. Blight and David A. Welch of Harvard University"
	if a.isWord(k) && a.lower[k] == "and" && a.nameTok(k+1) {
		j := k + 1
		for j < len(a.toks) && j-k < 5 && (a.nameTok(j) || a.isWord(j) && a.lx.cue("particle", a.word(j))) {
			j++
		}
		if a.isWord(j) && (a.lower[j] == "of" || a.lower[j] == "at") {
			k = j
		}
	}
	if a.isPunct(k, ",") && k+2 < len(a.toks) && a.toks[k+1].kind == tNum && a.isPunct(k+2, ",") {
		k += 2 // "Ulf D. Merbold, 47, of the European Space Agency"
	}
	if a.isPunct(k, ",") && a.isWord(k+1) && a.lower[k+1] == "of" {
		k++ // "Gilmore, of the Downtown Seattle Association"
	}
	if k < len(a.toks) && a.toks[k].kind == tPoss && a.isWord(k+1) && a.toks[k+1].upper {
		// "Brian Mulroney's Progressive Conservative Party"
		if e := a.orgRunEnd(k + 1); e > k+1 && a.lx.orgWords[a.word(e-1)] {
			a.setAffiliation(c, k+1, e)
		}
		return
	}
	if a.isPunct(k, ",") && a.isWord(k+1) && a.lower[k+1] == "who" && a.isWord(k+2) && a.lx.cue("lead", a.lower[k+2]) {
		k += 3
		lead = true
		if a.isWord(k) && (a.lower[k] == "on" || a.lower[k] == "at" || a.lower[k] == "for" || a.lower[k] == "with") {
			k++
		}
	} else if a.isWord(k) && (a.lower[k] == "at" || a.lower[k] == "of" || a.lower[k] == "with") {
		k++
	} else {
		return
	}
	if a.isWord(k) && a.lower[k] == "the" {
		k++
	}
	s := k
	if k < len(a.toks) && a.toks[k].kind == tNum && a.isWord(k+1) && a.toks[k+1].upper {
		k++ // "of the 2nd U.S. Circuit Court of Appeals"
	}
	e := a.orgRunEnd(k)
	if e <= k {
		return
	}
	org := lead || c.hasTitle || a.toks[s].allCaps && e-s == 1
	for j := s; j < e && !org; j++ {
		org = a.lx.orgWords[a.word(j)]
	}
	if !org {
		return // "of Bethany": a home town, not an employer
	}
	a.setAffiliation(c, s, e)
}

// orgRunEnd returns the end of a capitalized organisation name starting at
// k, with inner "of", "and", "for", "&" and possessives ("Harvard
// University's John F. Kennedy School of Government").
func (a *analysis) orgRunEnd(k int) int {
	j := k
	for j < len(a.toks) && j-k < maxOrgWords && (j == k || !a.toks[j].nlBefore) {
		if a.isWord(j) && a.toks[j].upper || a.toks[j].allCaps {
			j++
			continue
		}
		if j > k && a.isWord(j) && (a.lower[j] == "of" || a.lower[j] == "and" || a.lower[j] == "for" || a.lower[j] == "on") && a.isWord(j+1) && a.toks[j+1].upper {
			j++
			continue
		}
		if j > k && a.isWord(j) && (a.lower[j] == "of" || a.lower[j] == "for") && a.isWord(j+1) && a.lower[j+1] == "the" && a.isWord(j+2) && a.toks[j+2].upper {
			j += 2 // "Party of the Democratic Revolution"
			continue
		}
		if j > k && (a.toks[j].kind == tPoss || a.isPunct(j, "&")) && a.isWord(j+1) && a.toks[j+1].upper {
			j++
			continue
		}
		break
	}
	return a.withBracket(k, j)
}

// withBracket extends an organisation name ending at j over a bracketed
// acronym or expansion right after it: "Party of the Democratic Revolution
// ( PRD )", "RP ( Welfare Party )".
func (a *analysis) withBracket(k, j int) int {
	if j == k || !a.isPunct(j, "(") {
		return j
	}
	for x := j + 1; x < len(a.toks) && x-j <= 7; x++ {
		if a.isPunct(x, ")") {
			if x > j+1 {
				return x + 1
			}
			return j
		}
		if !a.isWord(x) || !a.toks[x].upper && a.lower[x] != "of" && a.lower[x] != "and" && a.lower[x] != "the" && a.lower[x] != "for" {
			return j
		}
	}
	return j
}

// isPartyTag matches the party and state of a US legislator: "D-Calif.",
// "R-S.C.".
func isPartyTag(w string) bool {
	return len(w) >= 4 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// titleStartsNear reports whether a title head starts within two tokens of k.
func (a *analysis) titleStartsNear(k int) bool {
	for j := k; j < len(a.toks) && j <= k+2; j++ {
		if !a.isWord(j) || a.toks[j].upper {
			return false
		}
		if a.titleHeadAt(j) > 0 {
			return true
		}
		if !a.lx.portfolio[a.lower[j]] && !a.lx.modifiers[a.lower[j]] {
			return false
		}
	}
	return false
}

// copularBefore reads "His US counterpart is Timothy Betts".
func (a *analysis) copularBefore(c *candidate) bool {
	k := c.s
	if k < 2 || !a.isWord(k-1) || !a.lx.cue("cop", a.lower[k-1]) {
		return false
	}
	hs := a.titleHeadEndingAt(k - 1)
	if hs < 0 {
		return false
	}
	hs = a.extendTitleLeft(hs)
	a.setTitle(c, hs, k-1)
	a.affiliationBefore(c, hs)
	return true
}

// ledBy reads "South Korea's negotiation team is led by Chang": the
// possessive country of the clause is the person's.
func (a *analysis) ledBy(c *candidate) {
	k := c.s
	if k < 2 || a.lower[k-1] != "by" || !a.lx.cue("lead", a.lower[k-2]) && a.lower[k-2] != "founded" {
		return
	}
	// "the Mediterranean Foundation headed by Juan Novara", "The New York
	// Opera Repertory Theater was founded in 1977 by ..." (the first form only).
	o := k - 2
	if a.isWord(o-1) && (a.lower[o-1] == "is" || a.lower[o-1] == "was") {
		o--
	}
	r := o
	for r > 0 && o-r < maxOrgWords && a.isWord(r-1) && (a.toks[r-1].upper || r-2 >= 0 && a.isWord(r-1) && a.lower[r-1] == "of" && a.toks[r-2].upper) {
		r--
	}
	for r < o && a.lx.cue("func", a.lower[r]) {
		r++
	}
	if r < o {
		for x := r; x < o; x++ {
			if a.lx.orgWords[a.word(x)] {
				a.setAffiliation(c, r, o)
				return
			}
		}
	}
	if a.lower[k-2] != "led" {
		return
	}
	for j := k - 3; j >= 0 && j > k-12; j-- {
		if a.toks[j].kind == tPunct {
			return
		}
		if a.toks[j].kind == tPoss {
			r := j
			for r > 0 && j-r < maxOrgWords && a.isWord(r-1) && a.toks[r-1].upper {
				r--
			}
			if code, name := a.countryOf(r, j); code != "" {
				c.affil, c.country = name, code
			}
			return
		}
	}
}

// saysCue reports a verb of saying next to the name: "X said", "said X,".
func (a *analysis) saysCue(c *candidate) bool {
	if a.isWord(c.e) {
		w := a.lower[c.e]
		if a.lx.cue("say", w) {
			return true
		}
		// "Clinton won", "Mutola beat"; a lone word opening a sentence
		// ("Winter is in the air") says too little.
		single := c.e-c.s == 1
		if a.lx.cue("act", w) && (!single || !a.toks[c.s].sentStart) || a.lx.cue("subj", w) && !single {
			return true
		}
	}
	if c.s > 0 && a.isWord(c.s-1) && a.lx.cue("say", a.lower[c.s-1]) &&
		(c.e >= len(a.toks) || a.toks[c.e].kind == tPunct || a.toks[c.e].nlBefore) {
		return true
	}
	return false
}
