package official

// appositive reads ", [age,] [a|the] [X's] [modifiers] TITLE [for ...] [at|of the ORG]"
// after the name, and the same after "is" or "was", also past a
// description set off by commas ("Halvorsen, the youngest of the crew, is
// Nordic correspondent for the Baltic Wire Service").
func (a *analysis) appositive(c *candidate) bool {
	if a.appositiveAt(c, c.e, false) {
		return true
	}
	if cop := a.pastDescription(c.e); cop > 0 {
		return a.appositiveAt(c, cop, true)
	}
	return false
}

// pastDescription returns the copula after ", the|a lower-case words ," at
// k, or -1.
func (a *analysis) pastDescription(k int) int {
	if !a.isPunct(k, ",") || !a.isWord(k+1) || !a.lowerCueAt(k+1, cueDet) {
		return -1
	}
	for j := k + 2; j < len(a.toks) && j-k <= 8; j++ {
		if a.isPunct(j, ",") {
			if j > k+2 && a.isWord(j+1) && (a.lower[j+1] == "is" || a.lower[j+1] == "was") {
				return j + 1
			}
			return -1
		}
		if a.toks[j].kind == tPoss {
			continue // "the oldest of the port's critics"
		}
		if !a.isWord(j) || a.toks[j].upper || a.lowerCueAt(j, cueSay) || a.lower[j] == "who" {
			return -1
		}
	}
	return -1
}

// appositiveAt is appositive from token k; cop says that k is a copula
// after a description, which a title may follow without an article. It
// reads the phrase in order: the opening, a "who is" clause, an article, an
// affiliation before the title, the title and its chain, a portfolio
// phrase, and the organisation after it.
func (a *analysis) appositiveAt(c *candidate, k int, cop bool) bool {
	paren := a.roleInBrackets(k)
	if !a.mayTakeAppositive(c, k, paren) {
		return false
	}
	k, ok := a.appositiveOpening(c, k, cop, paren)
	if !ok {
		return false
	}
	if k, ok = a.pastWhoIs(c, k); !ok {
		return false
	}
	k, det := a.pastArticle(k)
	affS, affE, k := a.affiliationBeforeTitle(k)
	he := a.titleHeadNear(k, det)
	if he < 0 {
		return false
	}
	te := a.titleChainEnd(he)
	if a.titleBelongsElsewhere(te) {
		return false
	}
	te = a.portfolioPhraseEnd(te)
	a.setTitle(c, k, te)
	if affS >= 0 {
		a.setAffiliation(c, affS, affE)
	}
	a.orgAfterTitle(c, te)
	if !c.affilOrg {
		a.clauseOrg(c, te)
	}
	return true
}

// roleInBrackets reports a role in brackets opening at k, closed before the
// sentence goes on: "Ferrandi ( leader of the Popular Renewal Party )".
func (a *analysis) roleInBrackets(k int) bool {
	return a.isPunct(k, "(") && a.isWord(k+1) && !a.toks[k+1].upper && a.titleHeadAt(a.skipQualifiers(k+1)) > 0 && a.closeParen(k+1) > 0
}

// mayTakeAppositive says whether the name may have an appositive at k. A
// lone unknown word needs "X, a ..." or a role in brackets ("Ezer, a senior
// Defense Ministry official") and must not be a place ("from Tallinn,
// organizer of"); a possessive at k makes the name an owner, not a person
// described.
func (a *analysis) mayTakeAppositive(c *candidate, k int, paren bool) bool {
	unknownSingle := c.e-c.s == 1 && !a.is(c.s, wcNames) && !a.is(c.s, wcEastAsian) && !a.is(c.s, wcGiven)
	if unknownSingle && (a.locs[c.s] != nil || !paren && (!a.isPunct(k, ",") || !a.isWord(k+1) || !a.lowerCueAt(k+1, cueDet))) {
		return false
	}
	return k >= len(a.toks) || a.toks[k].kind != tPoss
}

// appositiveOpening returns where the appositive's body starts after the
// name (at k): past a copula after a description, a bracket, a comma (and a
// party tag or an age after it), "to be", or a copula before an article;
// or, for a sure name, at a lower-case title followed by "of" or "at".
// It reports false when nothing opens an appositive. An age makes the name
// sure.
func (a *analysis) appositiveOpening(c *candidate, k int, cop, paren bool) (int, bool) {
	switch {
	case cop || paren:
		k++
	case a.isPunct(k, ","):
		k = a.pastPartyTagAndAge(c, k+1)
	case c.e-c.s >= 2 && c.evidence >= evMedium && a.isWord(k) && !a.toks[k].upper && a.titleHeadAt(k) > 0 && a.isWord(a.titleHeadAt(k)) && (a.lower[a.titleHeadAt(k)] == "of" || a.lower[a.titleHeadAt(k)] == "at"):
		// "named Ruth Calder publisher of the Harbor City Ledger"
	case a.isWord(k) && a.lower[k] == "to" && a.isWord(k+1) && a.lower[k+1] == "be":
		k += 2 // "elected Tomas Brandt to be chairman of ..."
	case a.isWord(k) && a.lowerCueAt(k, cueCop) && a.isWord(k+1) && a.lowerCueAt(k+1, cueDet):
		k++
	default:
		return k, false
	}
	return k, k < len(a.toks)
}

// pastPartyTagAndAge skips, from k just after the comma, a party tag
// ("Sen. Mary Holt, D-Ore., chairman of ...") and an age ("Clara Dunmore,
// 61, of Millbrook", "Dan Okafor, 39, was a staff photographer"). An age
// makes a name of two words or a known name sure.
func (a *analysis) pastPartyTagAndAge(c *candidate, k int) int {
	if isPartyTag(a.word(k)) {
		if a.isPunct(k+1, ".") {
			k++
		}
		if a.isPunct(k+1, ",") {
			k += 2
		}
	}
	if k+1 < len(a.toks) && a.toks[k].kind == tNum && a.isPunct(k+1, ",") {
		k += 2
		if c.evidence < evStrong && (c.e-c.s >= 2 || a.is(c.s, wcNames)) {
			c.evidence = evStrong
		}
		if a.isWord(k) && a.lowerCueAt(k, cueCop) {
			k++
		}
	}
	return k
}

// pastWhoIs skips a relative clause that states a role, "who is", "who
// will be", "who has become" before an article, for a name of two words or
// more ("Paul R. Vance, who is to be the paper's chairman"). It reports
// false for any other "who" clause, which describes no role.
func (a *analysis) pastWhoIs(c *candidate, k int) (int, bool) {
	if !a.isWord(k) || a.lower[k] != "who" || c.e-c.s < 2 {
		return k, true
	}
	j := k + 1
	for j < len(a.toks) && j-k <= 2 && a.isWord(j) && (a.lower[j] == "will" || a.lower[j] == "would" || a.lower[j] == "has" || a.lower[j] == "had") {
		j++
	}
	if !a.isWord(j) || !(a.lower[j] == "is" || a.lower[j] == "was" || a.lower[j] == "be" || a.lower[j] == "been" || a.lower[j] == "becomes" || a.lower[j] == "became" || a.lower[j] == "become") || !a.isWord(j+1) || !a.lowerCueAt(j+1, cueDet) {
		return k, false
	}
	return j + 1, true
}

// pastArticle skips "one of" and an article, and reports the article,
// after which a title may take more free adjectives.
func (a *analysis) pastArticle(k int) (int, bool) {
	if a.isWord(k) && a.lower[k] == "one" && a.isWord(k+1) && a.lower[k+1] == "of" {
		k += 2 // "one of the secretaries of the Ruritanian Workers Party"
	}
	if a.isWord(k) && a.lowerCueAt(k, cueDet) {
		return k + 1, true
	}
	return k, false
}

// affiliationBeforeTitle finds an organisation or country named between
// the article and the title: "South Korea's chief negotiator", "the
// company's president", "a Millbrook operations manager", "a former
// Eastbrook University law professor". It returns the affiliation's span
// ([-1, -1) when there is none) and where the title may start.
func (a *analysis) affiliationBeforeTitle(k int) (affS, affE, next int) {
	r := k
	for r < len(a.toks) && r-k < 6 && a.isWord(r) && (a.toks[r].upper || r > k && a.lower[r] == "of") {
		r++
	}
	if o := a.orgEndAt(k); o > k && !a.toks[k].upper && (o < len(a.toks) && a.toks[o].kind == tPoss || a.titleStartsNear(o)) {
		// An organisation noun that refers back: "the newspaper's
		// chairman", "a company official".
		if a.toks[o].kind == tPoss {
			return k, o, o + 1
		}
		return k, o, o
	}
	if r > k && r < len(a.toks) && a.toks[r].kind == tPoss {
		return k, r, r + 1
	}
	if r > k && a.titleStartsNear(r) {
		// "a Millbrook operations manager", "Tokyo University professor"
		return k, r, r
	}
	if e := a.countryAt(k); e > k {
		return k, e, e
	}
	if m := a.skipQualifiers(k); m > k {
		if r := a.orgRunEnd(m); r > m && a.titleStartsNear(r) {
			return m, r, r
		}
	}
	return -1, -1, k
}

// titleHeadNear returns the end of the first title head within a few words
// of k, or -1: up to two free adjectives may come before it after an
// article ("career diplomat"), and one without; modifiers and portfolio
// words ("acting", "defence") always may.
func (a *analysis) titleHeadNear(k int, det bool) int {
	for j := k; j < len(a.toks) && j <= k+4; j++ {
		if !a.isWord(j) {
			break
		}
		if end := a.titleHeadAt(j); end > 0 {
			return end
		}
		free := j-k < 1 || det && j-k < 3
		if !(a.is(j, wcModifier) || a.is(j, wcPortfolio) || free && (!a.is(j, wcNonName) || a.lower[j] == "and" && j > k) && !a.lowerCueAt(j, cueSay) && !a.lowerCueAt(j, cueCop)) {
			break
		}
	}
	return -1
}

// titleChainEnd extends a title head that ends at he over chained heads:
// "deputy assistant secretary", "assistant news director", "president and
// chief executive".
func (a *analysis) titleChainEnd(he int) int {
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
		return he
	}
}

// titleBelongsElsewhere reports a title that ends at te but opens another
// clause: a verb of saying follows ("Besides, the captain said") or a name
// does ("Headingley, Essex captain Ned Hollis").
func (a *analysis) titleBelongsElsewhere(te int) bool {
	return a.isWord(te) && a.lowerCueAt(te, cueSay) || a.nameTok(te)
}

// portfolioPhraseEnd extends a title that ends at te over a lower-case
// portfolio phrase: "for plans, programs and operations", "of foreign
// affairs".
func (a *analysis) portfolioPhraseEnd(te int) int {
	if !a.isWord(te) || a.lower[te] != "for" && a.lower[te] != "of" || !a.isWord(te+1) || a.toks[te+1].upper || a.lower[te+1] == "the" || a.lower[te+1] == "a" {
		return te
	}
	last := -1
	for j := te + 1; j < len(a.toks) && j-te <= 10; j++ {
		if a.isPunct(j, ",") || a.isWord(j) && a.lower[j] == "and" {
			continue
		}
		if !a.isWord(j) || a.toks[j].upper || a.lowerCueAt(j, cueOrgprep) && a.lower[j] != "of" || a.is(j, wcNonName) && a.lower[j] != "and" {
			break
		}
		last = j
	}
	if last > 0 {
		return last + 1
	}
	return te
}

// orgAfterTitle takes the organisation named after the title at te: "at
// the US State Department", "of Eaglebrook Plastics", "of the state
// Republican Party". An organisation named before the title stays unless
// an organisation's name follows ("Red Cross disaster chairman for Marlow
// and Dune counties"), and a place after it never replaces an
// organisation ("of Millbrook").
func (a *analysis) orgAfterTitle(c *candidate, te int) {
	j := te
	if !a.isWord(j) || !a.lowerCueAt(j, cueOrgprep) {
		return
	}
	j++
	if a.isWord(j) && a.lower[j] == "the" {
		j++
	}
	if a.isWord(j) && !a.toks[j].upper && a.isWord(j+1) && a.toks[j+1].upper && !a.lowerCueAt(j, cueFunc) {
		j++
	}
	s := j
	j = a.orgRunEnd(j)
	if j > s && !(c.affilMention != nil && a.orgEndAt(s) != j) {
		prev := c.affilOrg
		save := *c
		a.setAffiliation(c, s, j)
		if !c.affilOrg && prev {
			*c = save
		}
	}
}

// clauseOrg looks further into an appositive for the organisation: "chief
// medical officer for the National Kidney Society",
// "site manager of the local branch of Homes for Families".
func (a *analysis) clauseOrg(c *candidate, k int) {
	for j := k; j < len(a.toks) && j-k < 12; j++ {
		t := a.toks[j]
		if t.nlBefore || t.kind == tPunct || t.kind == tNum || a.isWord(j) && (a.lowerCueAt(j, cueSay) || a.lower[j] == "who" || a.lower[j] == "which") {
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
		// "minister of state for Rural and Mountain affairs": capitals
		// before a portfolio word are its field, not an organisation.
		if e > s && !a.isCountryAt(s, e) && !(a.isWord(e) && a.is(e, wcPortfolio) && a.orgEndAt(s) != e) && !(a.isWord(e) && a.lower[e] == "affairs") {
			a.setAffiliation(c, s, e)
			return
		}
	}
}

// closeParen returns the ")" that closes a bracket opened before token k,
// within a few words and with no sentence punctuation before it, or -1.
func (a *analysis) closeParen(k int) int {
	for j := k; j < len(a.toks) && j-k < 16 && !a.toks[j].nlBefore; j++ {
		switch {
		case a.isPunct(j, ")"):
			return j
		case a.isPunct(j, "(") || a.isPunct(j, ".") || a.isPunct(j, ";") || a.isPunct(j, "?") || a.isPunct(j, "!"):
			return -1
		}
	}
	return -1
}
