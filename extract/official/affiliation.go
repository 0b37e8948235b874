package official

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
		// "Chang's counterpart": a person owns the title, not an organisation.
		if a.possessorIsPerson(k) {
			return
		}
	}
	if a.isPunct(k-1, ")") {
		// "URF ( United Reform Front ) candidate": the name in brackets.
		o := k - 2
		for o > 0 && k-o < 10 && !a.isPunct(o, "(") {
			o--
		}
		if a.isPunct(o, "(") && o+1 < k-1 {
			// "URF ( United Reform Front ) candidate": both names.
			r := o
			for r > 0 && o-r < maxOrgWords && a.isWord(r-1) && a.toks[r-1].upper && !a.toks[r].nlBefore {
				r--
			}
			for r < o && a.lowerCueAt(r, cueFunc) {
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
	for r < k && (a.lowerCueAt(r, cueFunc) || a.lowerCueAt(r, cueCalendar) || a.lowerCueAt(r, cueTempmod)) {
		r++
	}
	if r >= k {
		return
	}
	// "White House Russia adviser": a country between the organisation and
	// the title is the portfolio, not the affiliation.
	for x := r + 1; x < k && !a.isCountryAt(r, k); x++ {
		if a.countryAt(x) == k && !a.lowerCueAt(x-1, cueFunc) && !a.isCountryAt(x-1, k) {
			a.setAffiliation(c, r, x)
			return
		}
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
		c.affil, c.country, c.affilOrg, c.affilMention = name, code, false, nil
		return
	}
	c.affil = a.span(s, e)
	c.affilOrg = true
	c.affilMention = a.affiliationMention(s, e)
	// A department after its parent's possessive stands for the whole
	// name: "The Trade Ministry's Pacific Department Chief Lena Marsh"
	// (not a country's: "Norway's Health Ministry").
	if i := c.affilMention; i != nil && s >= 2 && a.toks[s-1].kind == tPoss {
		if m := &a.d.Mentions[*i]; m.Start < a.toks[s].start && a.toks[e-1].end <= m.End && isUpperStart(m.Text) {
			if p := a.tokenAfter(m.Start); p < s-1 && !a.isCountryAt(p, s-1) && a.locs[p] == nil {
				c.affil = m.Text
			}
		}
	}
	// "a spokeswoman for the agency": the noun stands for the body it
	// refers back to, whose name is the affiliation.
	if i := c.affilMention; i != nil {
		if m := &a.d.Mentions[*i]; m.Start == a.toks[s].start && !a.toks[s].upper && m.Organization.Name != "" {
			c.affil = m.Organization.Name
		}
	}
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
		if a.is(k, wcOrgWord) {
			return false
		}
	}
	if c := a.coverOf(s); c != nil && e <= c.e && c.evidence >= evMedium {
		return true
	}
	return e-s >= 2 && a.is(s, wcGiven) && a.is(e-1, wcNames) && !a.isCountry(a.span(s, e))
}

// possessorIsPerson reports whether the word before a possessive at k is a
// name of someone the article has named or a known name.
func (a *analysis) possessorIsPerson(k int) bool {
	w := a.word(k - 1)
	if !a.nameTok(k-1) || a.is(k-1, wcCountry|wcOrgWord) || a.locs[k-1] != nil {
		return false
	}
	if a.is(k-1, wcEastAsian|wcGiven) {
		return true
	}
	for _, c := range a.cands {
		if c.evidence >= evMedium && c.e-c.s >= 2 {
			for x := c.s; x < c.e; x++ {
				if a.word(x) == w {
					return true
				}
			}
		}
	}
	return false
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

// verbOrg reads "Mira Kowal covers the parliament for The Ruritania
// Herald", "Halvorsen taught at Eastbrook University", "Anton Lisk will
// teach drawing for a month at Northgate University".
func (a *analysis) verbOrg(c *candidate) {
	k := c.e
	for k < len(a.toks) && k-c.e < 3 && a.isWord(k) && a.lowerCueAt(k, cueAux) {
		k++
	}
	if a.workClause(c, k) && c.evidence < evStrong && (c.e-c.s >= 2 || a.is(c.s, wcNames)) {
		c.evidence = evStrong // "Halvorsen taught at Eastbrook University"
	}
}

// workClause reads a verb of working at token k and the organisation it
// names: its object for a verb of leading or owning ("owned the bankrupt
// Lakeside Thrift Bank"), else the organisation after "for", "at" or
// "with" a few words on ("has studied the river for Kestrel
// University"). It reports whether it set an organisation.
func (a *analysis) workClause(c *candidate, k int) bool {
	if !a.isWord(k) || !a.lowerCueAt(k, cueLead) {
		return false
	}
	if a.lowerCueAt(k, cueOwn) {
		if s, e := a.objectOrg(k + 1); e > s {
			a.setAffiliation(c, s, e)
			return c.affilOrg
		}
	}
	for j := k + 1; j < len(a.toks) && j-k <= 12; j++ {
		if a.toks[j].kind == tPunct || a.toks[j].nlBefore || a.isWord(j) && (a.lower[j] == "who" || a.lower[j] == "which" || a.lower[j] == "that" || a.lower[j] == "and" || a.lowerCueAt(j, cueSay)) {
			return false
		}
		if !a.isWord(j) || !(a.lower[j] == "for" || a.lower[j] == "at" || a.lower[j] == "with") {
			continue
		}
		s := j + 1
		if a.isWord(s) && a.lower[s] == "the" {
			s++
		}
		e := a.orgRunEnd(s)
		org := e-s == 1 && a.toks[s].allCaps || a.orgEndAt(s) == e
		for x := s; x < e && !org; x++ {
			org = a.is(x, wcOrgWord)
		}
		if !org {
			if s2, e2 := a.objectOrg(j + 1); e2 > s2 {
				s, e, org = s2, e2, true // "for the brokerage Harlow-Pine Securities Inc."
			}
		}
		if org {
			a.setAffiliation(c, s, e)
			return c.affilOrg
		}
		if e > s {
			return false // "for Millbrook": a capitalised name that is no organisation
		}
	}
	return false
}

// objectOrg returns the organisation mention that opens a noun phrase at
// token k, after an article and up to three lower-case words that describe
// it ("the bankrupt Lakeside Thrift Bank", "the brokerage
// Harlow-Pine Securities Inc."), or s == e when there is none.
func (a *analysis) objectOrg(k int) (s, e int) {
	if a.isWord(k) && a.lowerCueAt(k, cueDet) {
		k++
	}
	for n := 0; n <= 3 && k < len(a.toks); n, k = n+1, k+1 {
		if e := a.orgEndAt(k); e > k {
			return k, e
		}
		if !a.isWord(k) || a.toks[k].upper || a.lowerCueAt(k, cueOrgprep) || a.lowerCueAt(k, cueFunc) {
			break
		}
	}
	return 0, 0
}

// maxOrgWords bounds the organisation names the patterns read, which keeps
// the work per name constant on text with long runs of capitals.
const maxOrgWords = 16

// orgAfter reads an organisation right after the name: "Wen Daoming at
// the Institute of Marine Botany", "Petra Lund of the National Flood
// Centre", "Osei, who headed the Office for Water Safety".
func (a *analysis) orgAfter(c *candidate) {
	k := c.e
	lead := false
	// "Nora K. Vance and Emil T. Rook of Eastbrook University"
	if a.isWord(k) && a.lower[k] == "and" && a.nameTok(k+1) {
		j := k + 1
		for j < len(a.toks) && j-k < 5 && (a.nameTok(j) || a.isWord(j) && a.nameCueAt(j, cueParticle)) {
			j++
		}
		if a.isWord(j) && (a.lower[j] == "of" || a.lower[j] == "at") {
			k = j
		}
	}
	if a.isPunct(k, ",") && k+2 < len(a.toks) && a.toks[k+1].kind == tNum && a.isPunct(k+2, ",") {
		k += 2 // "Ivan Petrov, 52, of the Ruritanian Space Agency"
	}
	if a.isPunct(k, ",") && a.isWord(k+1) && a.lower[k+1] == "of" {
		k++ // "Halloran, of the Riverside Traders Association"
	}
	if k < len(a.toks) && a.toks[k].kind == tPoss && a.isWord(k+1) {
		// "Ivan Petrov's Ruritanian Farmers Party"
		if e := a.orgRunEnd(k + 1); a.toks[k+1].upper && e > k+1 && a.is(e-1, wcOrgWord) {
			a.setAffiliation(c, k+1, e)
		} else if s, e := a.objectOrg(k + 1); e > s && a.toks[s].upper && !a.toks[k+1].upper {
			// "Ortega's long-serving National Dock Workers Union"
			a.setAffiliation(c, s, e)
		}
		return
	}
	if a.isPunct(k, ",") && a.isWord(k+1) && a.lower[k+1] == "who" {
		// "Marsh, 68, who owned the bankrupt Lakeside Thrift Bank",
		// "Dana Cole, who has studied the river for Kestrel University"
		j := k + 2
		for j < len(a.toks) && j-k-2 < 3 && a.isWord(j) && a.lowerCueAt(j, cueAux) {
			j++
		}
		if a.workClause(c, j) {
			return
		}
	}
	if a.isPunct(k, ",") && a.isWord(k+1) && a.lower[k+1] == "who" && a.isWord(k+2) && a.lowerCueAt(k+2, cueLead) {
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
	org := lead || c.hasTitle || a.toks[s].allCaps && e-s == 1 || a.orgEndAt(s) == e
	for j := s; j < e && !org; j++ {
		org = a.is(j, wcOrgWord)
	}
	if !org {
		return // "of Millbrook": a home town, not an employer
	}
	a.setAffiliation(c, s, e)
}

// orgRunEnd returns the end of a capitalized organisation name starting at
// k, with inner "of", "and", "for", "&" and possessives ("Eastbrook
// University's Anna V. Lind School of Public Policy").
func (a *analysis) orgRunEnd(k int) int {
	// An organisation mention found before: its own end, also for a noun
	// that refers back to one ("a spokeswoman for the agency").
	if e := a.orgEndAt(k); e > k {
		return max(e, a.withBracket(k, e))
	}
	// "of the smaller Vendral company": an adjective before the mention.
	if a.isWord(k) && !a.toks[k].upper && !a.inOrg(k) {
		if e := a.orgEndAt(k + 1); e > k+1 {
			return k // the caller reads from k; the mention starts after it
		}
	}
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
