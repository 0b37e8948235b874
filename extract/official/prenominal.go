package official

// titleAbbrPair returns the full title of the abbreviation of tokens k
// and k+1 ("Lt. Gen."), or "", joined in the key buffer: a lookup with
// string(key) does not copy it.
func (a *analysis) titleAbbrPair(k int) string {
	b := append(a.key[:0], a.word(k)...)
	b = append(b, ' ')
	b = append(b, a.word(k+1)...)
	a.key = b
	return a.lx.titleAbbr[string(b)]
}

// prenominal finds a title right before the name: "Foreign Minister Kang",
// "U.S. President Donald Trump", "Sen. Alan Cranston", "senior adviser Betts".
func (a *analysis) prenominal(c *candidate) bool {
	k := c.s
	if k > 0 && a.is(k-1, wcHonorific) {
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
	case k >= 2 && a.is(k-1, wcAbbrPairLast) && a.titleAbbrPair(k-2) != "":
		hs = k - 2
	case a.is(k-1, wcTitleAbbr):
		hs = k - 1
		// "Coast Guard spokesman Lt. Dana Whitlock"
		if h := a.titleHeadEndingAt(hs); h >= 0 && !a.toks[hs].nlBefore {
			hs = a.extendTitleLeft(h)
		}
	default:
		hs = a.titleHeadEndingAt(k)
		if hs < 0 && a.isPunct(k-1, ",") {
			// "said the Foreign Ministry spokesman, Pavel Orlov,"; "A
			// University of Eastbrook law professor, Marsh helped ..."
			if h := a.titleHeadEndingAt(k - 1); h >= 0 {
				h = a.extendTitleLeft(h)
				o := h
				for o > 0 && (a.isWord(o-1) && a.toks[o-1].upper && !a.toks[o].sentStart && !a.lowerCueAt(o-1, cueDet) || a.isWord(o-1) && a.lower[o-1] == "of") {
					o--
				}
				// The article opens a sentence or clause ("- A University of
				// Eastbrook law professor, Marsh ..." after a dateline).
				if o > 0 && a.isWord(o-1) && (a.lowerCueAt(o-1, cueDet) && (a.toks[o-1].sentStart || o >= 2 && a.toks[o-2].kind == tPunct || a.isWord(o-2) && a.lowerCueAt(o-2, cueSay)) || a.lowerCueAt(o-1, cuePossessive)) {
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

// titleOfOrgBefore reads "former commander of the Ruritanian Navy Pavel
// Orlov" and "the chairman of the United Valmora Opposition Front,
// Omar Hassan Farah": a title and its organisation before the name.
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

// copularBefore reads "His US counterpart is Timothy Betts".
func (a *analysis) copularBefore(c *candidate) bool {
	k := c.s
	if k < 2 || !a.isWord(k-1) || !a.lowerCueAt(k-1, cueCop) {
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
	if k < 2 || a.lower[k-1] != "by" {
		return
	}
	// The verb, perhaps with a date between it and "by" ("founded in 1977
	// by", "set up in March 1990 by").
	v := k - 2
	for v > 0 && k-2-v < 4 && (a.toks[v].kind == tNum || a.isWord(v) && (a.lower[v] == "in" || a.lowerCueAt(v, cueCalendar))) {
		v--
	}
	if v < k-2 && !(a.isWord(v+1) && a.lower[v+1] == "in") {
		v = k - 2 // only a date introduced by "in" stands between
	}
	if !a.isWord(v) || !a.lowerCueAt(v, cueLead) && a.lower[v] != "founded" {
		return
	}
	k = v + 2
	// "the Coastal Research Foundation headed by Lena Marsh", "The Harbor
	// Chamber Ensemble was founded in 1981 by Ruth Okafor".
	o := k - 2
	if a.isWord(o-1) && (a.lower[o-1] == "is" || a.lower[o-1] == "was") {
		o--
	}
	if e := o; e > 0 && a.inOrg(e-1) {
		// An organisation mention: its own start.
		m := &a.d.Mentions[a.orgMention(e-1)]
		if a.tokenAfter(m.End) == e {
			a.setAffiliation(c, a.tokenAfter(m.Start), e)
			return
		}
	}
	r := o
	for r > 0 && o-r < maxOrgWords && a.isWord(r-1) && (a.toks[r-1].upper || r-2 >= 0 && a.isWord(r-1) && a.lower[r-1] == "of" && a.toks[r-2].upper) {
		r--
	}
	for r < o && a.lowerCueAt(r, cueFunc) {
		r++
	}
	if r < o {
		for x := r; x < o; x++ {
			if a.is(x, wcOrgWord) {
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
				c.affil, c.country, c.affilMention = name, code, nil
			}
			return
		}
	}
}
