package amount

// scan walks the tokens once and collects money, percent and quantity
// candidates in text order.
func (p *parser) scan(out []cand) []cand {
	for i := 0; i < len(p.toks); {
		if !p.mayStart(i) {
			i++
			continue
		}
		var c cand
		ok := false
		if c, ok = p.moneyAt(i); !ok {
			if c, ok = p.percentAt(i); !ok {
				c, ok = p.quantityAt(i)
			}
		}
		if !ok {
			i++
			continue
		}
		// A sign taken from before i must not reach into the last mention.
		if len(out) > 0 && c.s < out[len(out)-1].e {
			c.s = i
		}
		if !c.min.set && !c.max.set {
			p.applyModifier(&c)
		} else if p.modifierBefore(c.s)&modApprox != 0 {
			c.approx = true
		}
		out = append(out, c)
		i = c.e
	}
	return out
}

// mayStart is scan's cheap test that token i may begin an amount: a
// number, a number word (but no article that no rule can read:
// articleAlone), or a currency written before a number close after it.
// A word that begins no currency or number is answered by its entry
// (lexicon.starts), without reading a currency there.
func (p *parser) mayStart(i int) bool {
	switch t := &p.toks[i]; t.kind {
	case tkNum:
		return true
	case tkWord:
		wi := &p.lx.entries[t.info]
		if wi.isNum {
			return !p.articleAlone(i)
		}
		if !wi.start && !t.dotted { // a dotted word's key is looked up by prefixCurrency
			return false
		}
	case tkSym:
		if !p.lx.symFirst[p.text[t.s]] {
			return false
		}
	}
	if !p.numberAhead(i) {
		return false
	}
	_, ok := p.prefixCurrency(i)
	return ok
}

// numberish reports a number or a number word at i.
func (p *parser) numberish(i int) bool {
	return p.toks[i].kind == tkNum || p.toks[i].kind == tkWord && p.info(i).isNum
}

// numberAhead reports a number or a number word close enough after i for
// a currency written at i to stand before it. A token that is no number
// begins an amount only as such a currency ("$", "US$", "Rs.", "USD",
// "dollar" before a number); the longest reach is a currency name
// of several words (nameBefore), else two tokens ("US $", "$US", "Rs.").
// mayStart asks it before reading a currency, which it spares to the
// words and marks far from a number.
func (p *parser) numberAhead(i int) bool {
	last := i + max(2, 1+p.lx.maxNameWords)
	for j := i + 1; j <= last && j < len(p.toks); j++ {
		if p.numberish(j) {
			return true
		}
	}
	return false
}

// articleAlone reports an "a" or "an" at i that no rule can read as an
// amount, a quarter of the number words scan would try. An article
// stands for one only in money with a currency name right after it ("a
// dollar", "a Hong Kong dollar"), or begins a longer number ("a
// million", "a-billion"); percent and quantity rules take no bare
// article. So none reads it when the article is no currency itself
// (symbols, names) and the next token can neither continue the number nor
// begin a currency name: no number word, no place or currency name (a
// dotted word is looked up by its key: left to the rules), no "-" and no
// "$" ("A$5": Australian dollars).
func (p *parser) articleAlone(i int) bool {
	t := p.toks[i]
	wi := p.info(i)
	if t.kind != tkWord || !wi.isNum || wi.num.kind != nwArticle || wi.symbol || wi.name || t.dotted {
		return false
	}
	j := i + 1
	if j >= len(p.toks) {
		return true
	}
	switch n := p.toks[j]; n.kind {
	case tkNum:
		return true
	case tkSym:
		return !p.isSym(j, '-') && !p.isSym(j, '$')
	case tkWord:
		ni := p.info(j)
		return !ni.isNum && !ni.place && !ni.name && !n.dotted
	}
	return false
}

// applyModifier sets approx, min and max from the words before the span.
func (p *parser) applyModifier(c *cand) {
	eff := p.modifierBefore(c.s)
	if eff&modApprox != 0 {
		c.approx = true
	}
	if eff&modMin != 0 {
		c.min = bound{c.value, true}
	}
	if eff&modMax != 0 {
		c.max = bound{c.value, true}
	}
}

// connector reads "to", "-", "and" (after "between") between two numbers
// of a range, and reports where the second starts.
func (p *parser) connector(j int, between bool) (int, bool) {
	if j >= len(p.toks) || p.toks[j].nl {
		return 0, false
	}
	switch {
	case p.word(j) == "to":
		return j + 1, true
	case between && p.word(j) == "and":
		return j + 1, true
	case p.isDash(j):
		return j + 1, true
	}
	return 0, false
}

// rangeWord returns "between" or "from" when it comes just before token
// s. "from" means a change: "rose from $5 to $7" is two amounts, the level
// before and after. A "from" with no word of change before it in its
// clause opens a range ("ranging from $5 to $7", "tickets from 5 to 8
// pounds") and returns "". A word of change ("rose", "fell", "up";
// data/changes.txt), also across a modifier or "by" ("rose about", "fell
// by"), counts as "from": "rose $12.30 to $1,950.40" is a change and a
// level, not a range.
func (p *parser) rangeWord(s int) string {
	// The rules ask for it several times at one token (money, percent,
	// quantity): the last answer is kept.
	if m := &p.lastRange; m.valid && m.s == s {
		return m.w
	}
	w := p.readRangeWord(s)
	p.lastRange = rangeReading{s: s, w: w, valid: true}
	return w
}

// rangeReading is one answer of readRangeWord, kept by rangeWord.
type rangeReading struct {
	s     int
	w     string
	valid bool
}

// readRangeWord is rangeWord without its memory.
func (p *parser) readRangeWord(s int) string {
	switch w := p.word(s - 1); w {
	case "between":
		return w
	case "from":
		if p.changeBefore(s - 1) {
			return w
		}
		return ""
	}
	k := s - 1
	if p.info(k).modifier {
		k--
	}
	// "rose by 300 to 41,600 rupees" is a change; "boost its value by 5%
	// to 10%" a range.
	if p.word(k) == "by" {
		k--
	}
	if p.isChange(k) {
		return "from"
	}
	return ""
}

// changeBefore reports a word of change (data/changes.txt) among the few
// words before token j in the same clause: "raised its forecast from",
// "fell 5% from".
func (p *parser) changeBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if p.toks[k+1].nl {
			return false
		}
		switch t := p.toks[k]; {
		case t.kind == tkWord:
			if p.isChange(k) {
				return true
			}
		case t.kind == tkSym && (p.isSym(k, ',') || p.isSym(k, ';') || p.isSym(k, ':') || p.isSym(k, '.') ||
			p.isSym(k, '(') || p.isSym(k, ')')):
			return false
		}
	}
	return false
}

// moneyAt reads money at i, with ranges: "$5 million to $7 million",
// "$5-7 million", "between 10 and 20 dollars", "5 to 7 billion won".
func (p *parser) moneyAt(i int) (cand, bool) {
	// The word before is read only when the number is found.
	if m1, ok := p.money1(i); ok {
		rw := p.rangeWord(i)
		if rw == "from" || m1.perUnit != "" {
			return m1, true
		}
		k, ok := p.connector(m1.e, rw == "between")
		if !ok {
			return m1, true
		}
		// "between 15 euros and 30 euros", "5 million to 7 million won":
		// the currency after both numbers.
		m2, ok2 := p.money1(k)
		if ok2 && p.suffixRange(m1, m2, rw == "between") {
			return p.makeRange(m1, m2), true
		}
		// "$5 million to $7 million", "between Rs 5 and Rs 7 crore"
		if ok2 && m2.cur.start == m2.s && p.rangeCurrency(m1, m2) {
			if m2.perUnit == "" && !p.scaledNumber(m1) && p.scaledNumber(m2) {
				if n2, ok := p.number(m2.cur.end, true); ok {
					if v := scaleBy(m1.value, p.scaleOf(n2)); v < m2.value {
						m1.value = v
					}
				}
			}
			return p.makeRange(m1, m2), true
		}
		// "$5-7 million", "$5 to $7": a bare number, the currency before.
		if m1.cur.start == m1.s {
			j := k
			if m1.cur.end-m1.cur.start == 1 && p.raw(j) == p.raw(m1.cur.start) {
				j++ // "$5-$7"
			}
			n, ok := p.number(j, true)
			if ok && !n.article && n.value > 0 {
				n1 := m1.value
				m1Scaled := p.scaledNumber(m1)
				if m1Scaled && !n.scaled {
					return m1, true
				}
				if !m1Scaled && n.scaled {
					// "$5-7 million": the first number takes the scale.
					n1 = scaleBy(m1.value, p.scaleOf(n))
				}
				m2 := m1
				m2.s, m2.e, m2.value = j, n.end, n.value
				m1.value = n1
				if m2.value <= m1.value {
					return m1, true
				}
				return p.makeRange(m1, m2), true
			}
		}
		return m1, true
	}
	// "between 10 and 20 dollars", "5 to 7 billion won": a bare number,
	// then the money with its currency after it.
	n1, ok := p.number(i, false)
	if !ok || n1.article || n1.value <= 0 || p.isYearLike(n1) {
		return cand{}, false
	}
	rw := p.rangeWord(i)
	if rw == "from" {
		return p.fromBare(n1)
	}
	k, ok := p.connector(n1.end, rw == "between")
	if !ok {
		return cand{}, false
	}
	m2, ok := p.money1(k)
	if !ok || m2.cur.start == m2.s {
		return cand{}, false
	}
	m1 := m2
	m1.s, m1.e, m1.value = i, n1.end, n1.value
	if !n1.scaled {
		if n2, ok := p.number(k, false); ok && n2.scaled {
			m1.value = scaleBy(n1.value, p.scaleOf(n2))
		}
	}
	if f := m2.cur.ref.factor; f != 1 && f != 0 {
		m1.value = roundTo(m1.value*f, 10)
	}
	if m1.value >= m2.value {
		return cand{}, false
	}
	return p.makeRange(m1, m2), true
}

// suffixRange reports two sums with the same currency written after each
// number ("15 euros to 30 euros") that make a range: after "between" in
// any order, else rising ("cut 30 euros to 15 euros" is a change).
func (p *parser) suffixRange(m1, m2 cand, between bool) bool {
	if m1.cur.start == m1.s || m2.cur.start == m2.s || m1.perUnit != "" || m1.minor || m2.minor {
		return false
	}
	if !sameCurrency(m1.cur.ref, m2.cur.ref) || m1.cur.country != m2.cur.country {
		return false
	}
	return between || m2.value > m1.value
}

// fromBare reads the bare first number of "from 2 trillion to 3 trillion
// won" or "rose by 300 to 41,600 rupees" as money of its own, in the
// currency written after the second; the second is read next. A scale
// after the second carries over ("from 2 to 3 trillion won").
func (p *parser) fromBare(n1 num) (cand, bool) {
	if p.word(n1.end) != "to" || p.toks[n1.end].nl {
		return cand{}, false
	}
	m2, ok := p.money1(n1.end + 1)
	if !ok || m2.cur.start == m2.s || m2.ranged {
		return cand{}, false
	}
	m1 := m2
	m1.s, m1.e, m1.value = n1.start, n1.end, n1.value
	m1.perUnit, m1.minor, m1.min, m1.max = "", false, bound{}, bound{}
	if !n1.scaled {
		if n2, ok := p.number(n1.end+1, true); ok && n2.scaled {
			m1.value = scaleBy(n1.value, p.scaleOf(n2))
		}
	}
	if f := m2.cur.ref.factor; f != 1 && f != 0 {
		m1.value = roundTo(m1.value*f, 10)
	}
	return m1, true
}

// scaledNumber reports whether a money candidate's number carried a scale.
func (p *parser) scaledNumber(c cand) bool {
	j := c.s
	if c.cur.start == c.s {
		j = c.cur.end
	}
	n, ok := p.number(j, true)
	return ok && n.scaled
}

// scaleOf is the scale a number carries ("7 million": 1e6), to carry over
// to the first number of a range; 1 for a zero ("0 billion": 0/0 would
// make NaN, which breaks every comparison after it).
func (p *parser) scaleOf(n num) float64 {
	r := p.rawNumberValue(n)
	if r == 0 || n.value == 0 {
		return 1
	}
	return n.value / r
}

// rawNumberValue is a number's value before its scale word, so that the
// scale alone can be carried over to the first number of a range.
func (p *parser) rawNumberValue(n num) float64 {
	if !n.scaled || n.words {
		if n.words {
			// "5 to seven million": use the scale of the last word.
			if nw, ok := p.numWord(n.end - 1); ok && (nw.kind == nwScale || nw.kind == nwAbbr) {
				return n.value / nw.value
			}
		}
		return n.value
	}
	t := p.toks[n.start]
	v, _, _ := digitValue(p.text[t.s:t.e])
	if v == 0 {
		return n.value
	}
	return v
}

func (p *parser) makeRange(a, b cand) cand {
	c := b
	c.s = a.s
	lo, hi := a.value, b.value
	if hi < lo {
		lo, hi = hi, lo
	}
	c.min, c.max = bound{lo, true}, bound{hi, true}
	c.value = lo
	c.ranged = true
	c.approx = a.approx || b.approx
	return c
}

// isYearLike is a four-digit plain number that reads as a year.
func (p *parser) isYearLike(n num) bool {
	return n.plain && n.digits == 4 && n.value >= 1000 && n.value <= 2199
}

// rangeCurrency reports whether the second end of a range is in the first
// end's currency: the same one, or a bare "$" after a named dollar
// ("US$212.4 million to $219.8 million").
func (p *parser) rangeCurrency(a, b cand) bool {
	if sameCurrency(a.cur.ref, b.cur.ref) && a.cur.how == b.cur.how {
		return true
	}
	if b.cur.how != howSymbol || b.cur.ref.family != "dollar" {
		return false
	}
	return a.cur.ref.family == "dollar" || p.lx.families["dollar"].has(a.cur.ref.code)
}
