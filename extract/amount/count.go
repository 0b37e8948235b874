package amount

// percentSign reads what makes a number a percentage: "%", "percent",
// "per cent", "pct", "percentage points", "basis points", with an optional
// glued hyphen before the word ("5-percent"). unit is "" for plain percent.
func (p *parser) percentSign(j int) (end int, unit string, ok bool) {
	if j >= len(p.toks) || p.toks[j].nl {
		return 0, "", false
	}
	if p.isSym(j, '%') {
		return j + 1, "", true
	}
	if p.isSym(j, '-') && p.toks[j].glued && j+1 < len(p.toks) && p.toks[j+1].glued && p.toks[j+1].kind == tkWord {
		j++
	}
	switch p.word(j) {
	case "percent", "pct":
		return j + 1, "", true
	case "pc": // "5pc" in British copy; spaced "5 pc" may be computers
		if p.toks[j].glued {
			return j + 1, "", true
		}
	case "per":
		if p.word(j+1) == "cent" {
			return j + 2, "", true
		}
	case "percentage":
		if w := p.word(j + 1); w == "point" || w == "points" {
			return j + 2, "percentage points", true
		}
		if p.isSym(j+1, '-') && (p.word(j+2) == "point" || p.word(j+2) == "points") {
			return j + 3, "percentage points", true
		}
	case "basis":
		if w := p.word(j + 1); w == "point" || w == "points" {
			return j + 2, "basis points", true
		}
		if p.isSym(j+1, '-') && (p.word(j+2) == "point" || p.word(j+2) == "points") {
			return j + 3, "basis points", true
		}
	case "bps", "bp":
		return j + 1, "basis points", true
	}
	return 0, "", false
}

// percentAt reads "5 percent", "5.5%", "3 percentage points", "5% to 7%",
// "between 5 and 7 percent".
func (p *parser) percentAt(i int) (cand, bool) {
	n1, ok := p.number(i, false)
	if !ok || n1.article {
		return cand{}, false
	}
	// "3/4 percent" alone: the 4 is a denominator.
	if i >= 2 && p.isSym(i-1, '/') && p.toks[i-2].kind == tkNum {
		return cand{}, false
	}
	between := p.rangeWord(i) == "between"
	mk := func(e int, v float64, unit string) cand {
		c := cand{s: i, e: e, kind: "percent", value: v, unit: unit, rule: "amount/percent/sign", conf: 0.95, equiv: -1}
		if unit == "percentage points" {
			c.rule = "amount/percent/points"
		} else if unit == "basis points" {
			c.rule = "amount/percent/basis-points"
		}
		return c
	}
	if e, unit, ok := p.percentSign(n1.end); ok {
		c := mk(e, n1.value, unit)
		// "-5.44%" in market tables: a sign glued to the number only.
		if i > 0 && p.toks[i].glued && (p.isSym(i-1, '-') || p.raw(i-1) == "−") && (i == 1 || !p.toks[i-1].glued) {
			c.s, c.value = i-1, -c.value
		}
		if p.rangeWord(i) == "from" {
			return c, true
		}
		if k, ok := p.connector(e, between); ok {
			if n2, ok := p.number(k, false); ok && n2.value > n1.value {
				if e2, unit2, ok := p.percentSign(n2.end); ok && unit2 == unit {
					return p.makeRange(c, mk(e2, n2.value, unit)), true
				}
			}
		}
		return c, true
	}
	if p.rangeWord(i) == "from" {
		return cand{}, false
	}
	k, ok := p.connector(n1.end, between)
	if !ok {
		return cand{}, false
	}
	n2, ok := p.number(k, false)
	if !ok || n2.value <= n1.value {
		return cand{}, false
	}
	e, unit, ok := p.percentSign(n2.end)
	if !ok {
		return cand{}, false
	}
	return p.makeRange(mk(n1.end, n1.value, unit), mk(e, n2.value, unit)), true
}

// quantityAt reads a count with its noun: "28,500 American troops", "348
// children", "between 10 and 20 people". Years, dates, times, ordinals,
// scores and phone numbers do not count.
func (p *parser) quantityAt(i int) (cand, bool) {
	n1, ok := p.number(i, false)
	if !ok || n1.article || p.isYearLike(n1) || !p.countable(n1) {
		return cand{}, false
	}
	lo, hi := n1.value, n1.value
	j := n1.end
	if p.rangeWord(i) != "from" {
		if k, ok := p.connector(n1.end, p.rangeWord(i) == "between"); ok {
			if n2, ok := p.number(k, false); ok && !n2.article && n2.value > n1.value && p.countable(n2) {
				hi, j = n2.value, n2.end
				if !n1.scaled && n2.scaled {
					lo = scaleBy(n1.value, p.scaleOf(n2))
				}
			}
		}
	}
	// Up to two describing words: "American troops", "fighter jets".
	for a := 0; a <= 2; a++ {
		if j >= len(p.toks) || p.toks[j].nl {
			return cand{}, false
		}
		if e, ok := p.unit(j); ok {
			c := cand{s: i, e: j, kind: "quantity", value: lo, unit: p.lower[p.toks[j].s:p.toks[e-1].e],
				rule: "amount/quantity/count-noun", conf: 0.75, equiv: -1}
			if a > 0 {
				c.rule = "amount/quantity/count-noun-described"
			}
			c.e = e
			if hi != lo {
				c.value = lo
				c.min, c.max = bound{lo, true}, bound{hi, true}
				c.ranged = true
			}
			return c, true
		}
		w := p.word(j)
		if w == "" || p.info(j).stop {
			return cand{}, false
		}
		if _, isNum := p.numWord(j); isNum {
			return cand{}, false
		}
		if _, _, isCur := p.name(j); isCur {
			return cand{}, false
		}
		j++
	}
	return cand{}, false
}

// countable rejects numbers that are parts of dates, times, scores, phone
// numbers or ordinals.
func (p *parser) countable(n num) bool {
	for j := n.start; j < n.end; j++ {
		if p.inDate(j) {
			return false
		}
	}
	t := p.toks[n.start]
	if t.kind == tkNum {
		// "A330neo", "777x", "my6sense": a model name or a handle.
		if n.start > 0 && t.glued && p.toks[n.start-1].kind == tkWord {
			return false
		}
		if k := n.start + 1; k < len(p.toks) && p.toks[k].glued && p.toks[k].kind == tkWord {
			return false
		}
		// "Boeing 737 jets", "Windows 10 users": a capitalised name before
		// a bare integer makes it a model number, unless the name starts
		// the sentence ("Eleven people", "Police arrested 6 people" pass).
		if n.plain && n.start > 0 && p.capitalisedName(n.start-1) {
			return false
		}
		// "400 737 Max jets": the second number names a model.
		if n.start > 0 && p.toks[n.start-1].kind == tkNum && !p.toks[n.start].nl {
			return false
		}
		// "10:30", "3/4", "66-44", "1111-2222": a digit group joined to another.
		if n.start > 0 && t.glued && p.toks[n.start-1].kind == tkSym {
			switch p.raw(n.start - 1) {
			case ":", "/", "-", "#", ".":
				return false
			}
		}
		if k := n.start + 1; k < len(p.toks) && p.toks[k].glued {
			switch {
			case p.toks[k].kind == tkSym && k+1 < len(p.toks) && p.toks[k+1].glued && p.toks[k+1].kind == tkNum:
				return false
			}
		}
		if p.keyIs(n.start-1, "no") || p.keyIs(n.start-1, "number") {
			return false
		}
	}
	return true
}

// capitalisedName reports a capitalised word at j that does not start a
// sentence and is not a modifier ("About", "Some").
func (p *parser) capitalisedName(j int) bool {
	t := p.toks[j]
	if t.kind != tkWord || t.nl && j > 0 {
		return false
	}
	c := p.text[t.s]
	if c < 'A' || c > 'Z' {
		return false
	}
	if wi := p.info(j); wi.modifier || wi.stop {
		return false
	}
	if j == 0 || p.toks[j].nl {
		return false
	}
	switch p.raw(j - 1) {
	case ".", "!", "?", "\"", "“", "'", "‘", "(", ":", "—", "–", "-":
		return false
	}
	return true
}
