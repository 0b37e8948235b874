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
	if !a.isPunct(k, ",") || !a.isWord(k+1) || !a.lx.cue(cueDet, a.lower[k+1]) {
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
		if !a.isWord(j) || a.toks[j].upper || a.lx.cue(cueSay, a.lower[j]) || a.lower[j] == "who" {
			return -1
		}
	}
	return -1
}

// appositiveAt is appositive from token k; cop says that k is a copula
// after a description, which a title may follow without an article.
func (a *analysis) appositiveAt(c *candidate, k int, cop bool) bool {
	// A lone unknown word needs "X, a ..." ("Ezer, a senior Defense Ministry
	// official") and must not be a place ("from Tallinn, organizer of").
	unknownSingle := c.e-c.s == 1 && !a.lx.names[a.word(c.s)] && !a.lx.eastAsian[a.word(c.s)] && !a.lx.given[a.word(c.s)]
	// "Ferrandi ( leader of the Popular Renewal Party )": a role in
	// brackets, closed before the sentence goes on.
	paren := a.isPunct(k, "(") && a.isWord(k+1) && !a.toks[k+1].upper && a.titleHeadAt(a.skipQualifiers(k+1)) > 0 && a.closeParen(k+1) > 0
	if unknownSingle && (a.locs[c.s] != nil || !paren && (!a.isPunct(k, ",") || !a.isWord(k+1) || !a.lx.cue(cueDet, a.lower[k+1]))) {
		return false
	}
	if k < len(a.toks) && a.toks[k].kind == tPoss {
		return false
	}
	switch {
	case cop:
		k++
	case paren:
		k++
	case a.isPunct(k, ","):
		k++
		if isPartyTag(a.word(k)) {
			// "Sen. Mary Holt, D-Ore., chairman of ..."
			if a.isPunct(k+1, ".") {
				k++
			}
			if a.isPunct(k+1, ",") {
				k += 2
			}
		}
		if k+1 < len(a.toks) && a.toks[k].kind == tNum && a.isPunct(k+1, ",") {
			k += 2 // age: "Clara Dunmore, 61, of Millbrook"
			if c.evidence < evStrong && (c.e-c.s >= 2 || a.lx.names[a.word(c.s)]) {
				c.evidence = evStrong
			}
			if a.isWord(k) && a.lx.cue(cueCop, a.lower[k]) {
				k++ // "Dan Okafor, 39, was a staff photographer"
			}
		}
	case c.e-c.s >= 2 && c.evidence >= evMedium && a.isWord(k) && !a.toks[k].upper && a.titleHeadAt(k) > 0 && a.isWord(a.titleHeadAt(k)) && (a.lower[a.titleHeadAt(k)] == "of" || a.lower[a.titleHeadAt(k)] == "at"):
		// "named Ruth Calder publisher of the Harbor City Ledger"
	case a.isWord(k) && a.lower[k] == "to" && a.isWord(k+1) && a.lower[k+1] == "be":
		k += 2 // "elected Tomas Brandt to be chairman of ..."
	case a.isWord(k) && a.lx.cue(cueCop, a.lower[k]) && a.isWord(k+1) && a.lx.cue(cueDet, a.lower[k+1]):
		k++
	default:
		return false
	}
	if k >= len(a.toks) {
		return false
	}
	if a.isWord(k) && a.lower[k] == "who" && c.e-c.s >= 2 {
		// "Paul R. Vance, who is to be the paper's chairman"
		j := k + 1
		for j < len(a.toks) && j-k <= 2 && a.isWord(j) && (a.lower[j] == "will" || a.lower[j] == "would" || a.lower[j] == "has" || a.lower[j] == "had") {
			j++
		}
		if !a.isWord(j) || !(a.lower[j] == "is" || a.lower[j] == "was" || a.lower[j] == "be" || a.lower[j] == "been" || a.lower[j] == "becomes" || a.lower[j] == "became" || a.lower[j] == "become") || !a.isWord(j+1) || !a.lx.cue(cueDet, a.lower[j+1]) {
			return false
		}
		k = j + 1
	}
	det := false
	if a.isWord(k) && a.lower[k] == "one" && a.isWord(k+1) && a.lower[k+1] == "of" {
		k += 2 // "one of the secretaries of the Ruritanian Workers Party"
	}
	if a.isWord(k) && a.lx.cue(cueDet, a.lower[k]) {
		det = true
		k++
	}
	// "South Korea's chief negotiator", "the company's president"
	affS, affE := -1, -1
	r := k
	for r < len(a.toks) && r-k < 6 && a.isWord(r) && (a.toks[r].upper || r > k && a.lower[r] == "of") {
		r++
	}
	if o := a.orgEndAt(k); o > k && !a.toks[k].upper && (o < len(a.toks) && a.toks[o].kind == tPoss || a.titleStartsNear(o)) {
		// An organisation noun that refers back: "the newspaper's
		// chairman", "a company official".
		affS, affE = k, o
		k = o
		if a.toks[o].kind == tPoss {
			k++
		}
	} else if r > k && r < len(a.toks) && a.toks[r].kind == tPoss {
		affS, affE = k, r
		k = r + 1
	} else if r > k && a.titleStartsNear(r) {
		// "a Millbrook operations manager", "Tokyo University professor"
		affS, affE = k, r
		k = r
	} else if e := a.countryAt(k); e > k {
		affS, affE = k, e
		k = e
	} else if r > k && a.titleStartsNear(r) {
		// "a Millbrook operations manager", "the KAL attorney"
		affS, affE = k, r
		k = r
	} else if m := a.skipQualifiers(k); m > k {
		// "a former Eastbrook University law professor"
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
		if !(a.lx.modifiers[a.lower[j]] || a.lx.portfolio[a.lower[j]] || free && (!a.lx.nonName[a.lower[j]] || a.lower[j] == "and" && j > k) && !a.lx.cue(cueSay, a.lower[j]) && !a.lx.cue(cueCop, a.lower[j])) {
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
	if a.isWord(te) && a.lx.cue(cueSay, a.lower[te]) {
		return false // "Besides, the captain said": the title is the next clause's subject
	}
	if a.nameTok(te) {
		return false // "Headingley, Essex captain Ned Hollis": the title is the next name's
	}
	// Portfolio phrase: "for plans, programs and operations", "of foreign affairs".
	if a.isWord(te) && (a.lower[te] == "for" || a.lower[te] == "of") && a.isWord(te+1) && !a.toks[te+1].upper && a.lower[te+1] != "the" && a.lower[te+1] != "a" {
		j := te + 1
		last := -1
		for ; j < len(a.toks) && j-te <= 10; j++ {
			if a.isPunct(j, ",") || a.isWord(j) && a.lower[j] == "and" {
				continue
			}
			if !a.isWord(j) || a.toks[j].upper || a.lx.cue(cueOrgprep, a.lower[j]) && a.lower[j] != "of" || a.lx.nonName[a.lower[j]] && a.lower[j] != "and" {
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
	if a.isWord(j) && a.lx.cue(cueOrgprep, a.lower[j]) {
		j++
		if a.isWord(j) && a.lower[j] == "the" {
			j++
		}
		if a.isWord(j) && !a.toks[j].upper && a.isWord(j+1) && a.toks[j+1].upper && !a.lx.cue(cueFunc, a.lower[j]) {
			j++ // "of the state Republican Party"
		}
		s := j
		j = a.orgRunEnd(j)
		// An organisation named before the title stays unless an
		// organisation's name follows: "Red Cross disaster chairman for
		// Marlow and Dune counties".
		if j > s && !(c.affilMention != nil && a.orgEndAt(s) != j) {
			prev := c.affilOrg
			save := *c
			a.setAffiliation(c, s, j)
			if !c.affilOrg && prev {
				*c = save // keep an organisation over a place ("of Millbrook")
			}
		}
	}
	if !c.affilOrg {
		a.clauseOrg(c, te)
	}
	return true
}

// clauseOrg looks further into an appositive for the organisation: "chief
// medical officer for the National Kidney Society",
// "site manager of the local branch of Homes for Families".
func (a *analysis) clauseOrg(c *candidate, k int) {
	for j := k; j < len(a.toks) && j-k < 12; j++ {
		t := a.toks[j]
		if t.nlBefore || t.kind == tPunct || t.kind == tNum || a.isWord(j) && (a.lx.cue(cueSay, a.lower[j]) || a.lower[j] == "who" || a.lower[j] == "which") {
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
		if e > s && !a.isCountryAt(s, e) && !(a.isWord(e) && a.lx.portfolio[a.lower[e]] && a.orgEndAt(s) != e) && !(a.isWord(e) && a.lower[e] == "affairs") {
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
