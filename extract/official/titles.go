package official

import "strings"

// titleHeadEndingAt returns the start of the longest title head that ends
// at token k (exclusive), or -1.
func (a *analysis) titleHeadEndingAt(k int) int {
	best := -1
	for L := 1; L <= a.lx.maxTitle && k-L >= 0; L++ {
		if !a.isWord(k-L) || (L > 1 && a.toks[k-L+1].nlBefore) {
			break
		}
		if L == 1 {
			if a.is(k-1, wcTitle) {
				best = k - 1
			}
			if !a.is(k-1, wcTitleLast) {
				break // no title of several words ends with this word
			}
			continue
		}
		if a.lx.titles[string(a.joinLower(k-L, k))] {
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
		if L == 1 {
			if a.is(k, wcTitle) || a.pluralTitle(k) {
				best = k + 1
			}
			if !a.is(k, wcTitleFirst) {
				break // no title of several words starts with this word
			}
			continue
		}
		if p := a.joinLower(k, k+L); a.lx.titles[string(p)] || a.lx.titles[string(singularKey(p))] {
			best = k + L
		}
	}
	return best
}

// pluralTitle reports a regular plural of a one-word title head
// ("secretaries", "ministers").
func (a *analysis) pluralTitle(k int) bool {
	w := a.lower[k]
	p := singularKey(append(a.key[:0], w...))
	a.key = p
	return len(p) != len(w) && a.lx.titles[string(p)]
}

// joinLower joins the lower-cased words [s, e) with single spaces into
// the analysis's scratch buffer, which the next call reuses: map lookups
// with string(key) do not copy it.
func (a *analysis) joinLower(s, e int) []byte {
	b := a.key[:0]
	for k := s; k < e; k++ {
		if k > s {
			b = append(b, ' ')
		}
		b = append(b, a.lower[k]...)
	}
	a.key = b
	return b
}

// singularKey undoes a regular English plural ("secretaries", "members")
// of a key from joinLower, in place.
func singularKey(w []byte) []byte {
	switch n := len(w); {
	case n > 4 && string(w[n-3:]) == "ies":
		return append(w[:n-3], 'y')
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

// portfolioEndingAt returns the start of the longest portfolio phrase
// ending at k (exclusive), or -1.
func (a *analysis) portfolioEndingAt(k int) int {
	best := -1
	for L := 1; L <= a.lx.maxPort && k-L >= 0; L++ {
		if !a.isWord(k - L) {
			break
		}
		if L == 1 {
			if a.is(k-1, wcPortfolio) {
				best = k - 1
			}
			if !a.is(k-1, wcPortfolioLast) {
				break // no portfolio of several words ends with this word
			}
			continue
		}
		if a.lx.portfolio[string(a.joinLower(k-L, k))] {
			best = k - L
		}
	}
	return best
}

// extendTitleLeft widens a title head starting at h over modifiers and
// portfolios ("deputy assistant", "foreign").
func (a *analysis) extendTitleLeft(h int) int {
	for steps := 0; steps < 5 && h > 0; steps++ {
		if a.toks[h].nlBefore || a.inOrg(h-1) && a.inOrg(h-2) && a.orgAt[h-1] == a.orgAt[h-2] {
			break // "North Sea Fleet Commander": an organisation's name is no portfolio ("Labor minister" is)
		}
		// No capital before a lower-case field or modifier that the title
		// took already: "Eastbrook State forestry Professor".
		capBefore := steps > 0 && !a.toks[h].upper && a.isWord(h-1) && a.toks[h-1].upper
		if a.isWord(h-1) && a.is(h-1, wcModifier) && !capBefore {
			h--
			continue
		}
		if p := a.portfolioEndingAt(h); p >= 0 && !capBefore {
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

// skipQualifiers returns the first token at or after k that is not a
// modifier or portfolio word.
func (a *analysis) skipQualifiers(k int) int {
	for k < len(a.toks) && a.isWord(k) && (a.is(k, wcModifier) || a.is(k, wcPortfolio)) {
		k++
	}
	return k
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
		if !a.is(j, wcPortfolio) && !a.is(j, wcModifier) {
			return false
		}
	}
	return false
}
