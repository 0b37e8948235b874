package official

// appositive reads ", [age,] [a|the] [X's] [modifiers] TITLE [for ...] [at|of the ORG]"
// after the name, and the same after "is" or "was".
func (a *analysis) appositive(c *candidate) bool {
	k := c.e
	// A lone unknown word needs "X, a ..." ("Tal, a senior Defense Ministry
	// official") and must not be a place ("from Sevastopol, organizer of").
	unknownSingle := c.e-c.s == 1 && !a.lx.names[a.word(c.s)] && !a.lx.eastAsian[a.word(c.s)] && !a.lx.given[a.word(c.s)]
	if unknownSingle && (a.locs[c.s] != nil || !a.isPunct(k, ",") || !a.isWord(k+1) || !a.lx.cue(cueDet, a.lower[k+1])) {
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
			if a.isWord(k) && a.lx.cue(cueCop, a.lower[k]) {
				k++ // "Larry Sturholm, 46, was a feature reporter"
			}
		}
	case c.e-c.s >= 2 && c.evidence >= evMedium && a.isWord(k) && !a.toks[k].upper && a.titleHeadAt(k) > 0 && a.isWord(a.titleHeadAt(k)) && (a.lower[a.titleHeadAt(k)] == "of" || a.lower[a.titleHeadAt(k)] == "at"):
		// "named Larry Jinks publisher of the San Jose Mercury News"
	case a.isWord(k) && a.lower[k] == "to" && a.isWord(k+1) && a.lower[k+1] == "be":
		k += 2 // "elected Richard Celeste to be chairman of ..."
	case a.isWord(k) && a.lx.cue(cueCop, a.lower[k]) && a.isWord(k+1) && a.lx.cue(cueDet, a.lower[k+1]):
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
		if e > s && !a.isCountryAt(s, e) {
			a.setAffiliation(c, s, e)
			return
		}
	}
}
