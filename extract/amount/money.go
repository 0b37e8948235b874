package amount

import "strings"

// How a currency was written; part of the rule id.
const (
	howSymbol   = "symbol"          // "$5", "5 €"
	howPrefixed = "prefixed-symbol" // "US$5", "HK$ 10"
	howCode     = "iso-code"        // "KRW 1.2 trillion", "3.14 USD"
	howName     = "name"            // "960 billion won"
	howCountry  = "name-country"    // "Hong Kong dollars"
	howKoreanW  = "korean-w"        // "W1.2 trillion" in Korean copy
	howBefore   = "name-before"     // "dollar 22.5 million", "rupees 4,500"
)

// cur is a currency as read around one number.
type cur struct {
	ref     curRef
	how     string
	country string  // from a place word before a family name
	mult    float64 // "MUSD": a scale inside the code; 0 means none
	after   bool    // a symbol that counts only after a whole amount ("50c")
	start   int     // first token of the currency
	end     int     // token after it
}

// bound is a lower or upper bound of an amount, when set. A value, not a
// *float64: the pointers of the output are made once per document (see
// mentions), not for every candidate the rules try.
type bound struct {
	v   float64
	set bool
}

// cand is an amount found in the tokens, before currencies are resolved.
type cand struct {
	s, e     int // token span
	kind     string
	value    float64
	min, max bound
	approx   bool
	cur      cur
	hasCur   bool
	unit     string
	rule     string // the rule id without its suffixes; money: "" (built from cur.how)
	res      string // how a family word was resolved ("context-dateline")
	minor    bool   // cents were added ("3 dollars 50 cents")
	conf     float64
	equiv    int // index into the candidate list, or -1
	perUnit  string
	ranged   bool
	currency string // resolved ISO code
}

// prefixCurrency reads a currency written before a number: "$", "US$",
// "HK $", "Rs.", "USD", "MUSD", "W" (Korean won, glued).
func (p *parser) prefixCurrency(i int) (cur, bool) {
	if i >= len(p.toks) {
		return cur{}, false
	}
	t := p.toks[i]
	// "US$", "hk $", "usd$": letters then "$".
	if t.kind == tkWord && p.isSym(i+1, '$') {
		w := p.word(i)
		spacedOK := len(w) > 1 || w == "c"
		if s, ok := p.lx.symbols[w+"$"]; ok && s.pre && (p.toks[i+1].glued || spacedOK) && !p.toks[i+1].nl {
			return cur{ref: s.ref, how: howPrefixed, start: i, end: i + 2}, true
		}
	}
	switch t.kind {
	case tkSym:
		if !p.lx.symFirst[p.text[t.s]] {
			return cur{}, false
		}
		// "$US1.2 billion", "$A3 billion", "$NZ500 million": Australian
		// and New Zealand copy writes the country after the sign.
		if p.isSym(i, '$') && i+2 < len(p.toks) && p.toks[i+1].kind == tkWord && p.toks[i+1].glued &&
			p.toks[i+2].kind == tkNum && p.toks[i+2].glued && p.toks[i+1].upper {
			if s, ok := p.lx.symbols[p.word(i+1)+"$"]; ok && s.pre {
				return cur{ref: s.ref, how: howPrefixed, start: i, end: i + 2}, true
			}
		}
		if s, ok := p.lx.symbols[p.raw(i)]; ok && s.pre {
			return cur{ref: s.ref, how: howSymbol, start: i, end: i + 1}, true
		}
	case tkWord:
		if s, ok := p.wordSymbol(i); ok && s.pre && p.symbolCase(i, s) {
			end := i + 1
			// "Rs.500", "Rp. 5 trillion", "Tk. 500 crore": an abbreviation's dot.
			if p.isSym(end, '.') && p.toks[end].glued && end+1 < len(p.toks) && p.toks[end+1].kind == tkNum {
				end++
			}
			if s.glued && (end != i+1 || end >= len(p.toks) || !p.toks[end].glued || p.toks[end].kind != tkNum) {
				return cur{}, false
			}
			return cur{ref: s.ref, how: howSymbol, start: i, end: end}, true
		}
		if c, ok := p.code(i); ok {
			return c, true
		}
		if c, ok := p.nameBefore(i); ok {
			return c, true
		}
		if p.raw(i) == "W" && i+1 < len(p.toks) && p.toks[i+1].glued && p.toks[i+1].kind == tkNum {
			return cur{ref: curRef{code: "KRW", factor: 1}, how: howKoreanW, start: i, end: i + 1}, true
		}
	}
	return cur{}, false
}

// code reads an ISO 4217 code ("USD", "usd" for common codes) or one
// with a scale letter before it ("MUSD" is millions of dollars).
func (p *parser) code(i int) (cur, bool) {
	t := p.toks[i]
	w := p.raw(i)
	mult := 0.0
	if len(w) == 4 && (w[0] == 'M' || w[0] == 'm' || w[0] == 'K' || w[0] == 'k') {
		if w[0] == 'M' || w[0] == 'm' {
			mult = 1e6
		} else {
			mult = 1e3
		}
		w = w[1:]
	}
	if len(w) != 3 {
		return cur{}, false
	}
	var buf [3]byte
	isUpper := true
	for k := 0; k < 3; k++ {
		c := w[k]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
			isUpper = false
		case c >= 'A' && c <= 'Z':
		default:
			return cur{}, false
		}
		buf[k] = c
	}
	// Indexing with string(buf[:]) does not allocate; only a hit does.
	if _, ok := p.lx.iso[string(buf[:])]; !ok {
		return cur{}, false
	}
	upper := string(buf[:])
	flags := p.lx.codeFlags[upper]
	if !isUpper && flags&codeLower == 0 {
		return cur{}, false
	}
	if mult != 0 && !isUpper && flags&codeLower == 0 {
		return cur{}, false
	}
	if flags&codeWord != 0 {
		// Only glued to a number on either side: "TRY100", "100TRY".
		glued := t.glued && i > 0 && p.toks[i-1].kind == tkNum ||
			i+1 < len(p.toks) && p.toks[i+1].glued && p.toks[i+1].kind == tkNum
		if !glued {
			return cur{}, false
		}
	}
	return cur{ref: curRef{code: upper, factor: 1}, how: howCode, mult: mult, start: i, end: i + 1}, true
}

// suffixCurrency reads a currency after a number: "won", "Hong Kong
// dollars", "USD", "€", "元", "-cent".
func (p *parser) suffixCurrency(j int) (cur, bool) {
	if j >= len(p.toks) || p.toks[j].nl {
		return cur{}, false
	}
	start := j
	// "12-cent", "one-yen"
	if p.isSym(j, '-') && p.toks[j].glued && j+1 < len(p.toks) && p.toks[j+1].glued {
		j++
	}
	if cc, k, ok := p.place(j); ok {
		if ref, e, ok := p.name(k); ok {
			c := cur{ref: ref, how: howCountry, country: cc, start: start, end: e}
			return c, true
		}
	}
	if ph, e, ok := p.namePhrase(j); ok {
		how := howName
		if ph.country {
			how = howCountry
		}
		return cur{ref: ph.ref, how: how, start: start, end: e}, true
	}
	if p.toks[j].kind == tkWord && !(p.numberAfter(j+1) && p.toks[j+1].glued) {
		if c, ok := p.code(j); ok {
			c.start = start
			return c, true
		}
	}
	var s symbol
	var ok bool
	if p.toks[j].kind == tkWord {
		s, ok = p.wordSymbol(j)
	} else {
		s, ok = p.rawSymbol(j)
	}
	glued := j == start && p.toks[j].glued
	if ok && s.post && (!s.glued || glued) && p.symbolCase(j, s) && !p.numberAfter(j+1) {
		return cur{ref: s.ref, how: howSymbol, start: start, end: j + 1, after: s.after}, true
	}
	if glued {
		return p.gluedPrefixAfter(j)
	}
	return cur{}, false
}

// gluedPrefixAfter reads a symbol that is written before numbers but here
// stands glued after one, with nothing glued after it: "4.75US$",
// "50Rs". Symbols that count only glued before the number ("SR5bn") are
// too short to be read the other way round.
func (p *parser) gluedPrefixAfter(j int) (cur, bool) {
	if p.toks[j].kind != tkWord {
		return cur{}, false
	}
	end, how := j+1, howSymbol
	key := p.word(j)
	if p.isSym(j+1, '$') && p.toks[j+1].glued {
		end, how, key = j+2, howPrefixed, key+"$"
	}
	if end < len(p.toks) && p.toks[end].glued && p.toks[end].kind != tkSym {
		return cur{}, false
	}
	s, ok := p.lx.symbols[key]
	if !ok || !s.pre || s.glued || !p.symbolCase(j, s) {
		return cur{}, false
	}
	return cur{ref: s.ref, how: how, start: j, end: end}, true
}

// nameInProperNoun reports a bare currency name in title case that runs
// on into another title-case word: "12 Rand Street", "2 Real Madrid" are
// an address and a team.
func (p *parser) nameInProperNoun(c cur) bool {
	if c.how != howName || c.end >= len(p.toks) || p.toks[c.end].nl || p.toks[c.end].glued {
		return false
	}
	return p.isTitle(c.start) && p.isTitle(c.end)
}

// isTitle reports a word with a capital first letter and not in capitals
// only ("Street", not "STREET" or "street").
func (p *parser) isTitle(j int) bool {
	return j < len(p.toks) && p.toks[j].kind == tkWord && !p.toks[j].upper && isUpperASCII(p.text[p.toks[j].s])
}

// symbolCase reports whether token j is written as symbol s requires
// ("RM", not "rm").
func (p *parser) symbolCase(j int, s symbol) bool {
	return s.exact == "" || p.raw(j) == s.exact
}

// numberAfter reports a number at j on the same line that a symbol or
// code before it belongs to ("1 $10 bill", "3 USD50 cards"). A number with
// its own symbol or a minor unit after it ("10 $ 30 $", "10 $ 30 cent")
// leaves the symbol to the number before.
func (p *parser) numberAfter(j int) bool {
	if j >= len(p.toks) || p.toks[j].kind != tkNum || p.toks[j].nl {
		return false
	}
	n, ok := p.number(j, false)
	if !ok {
		return true
	}
	k := n.end
	if k < len(p.toks) && p.toks[k].kind == tkSym && !p.toks[k].nl {
		if s, ok := p.rawSymbol(k); ok && s.post {
			return false
		}
	}
	if ref, _, ok := p.name(k); ok && ref.factor < 1 {
		return false
	}
	return true
}

// name reads a currency name ("won", "pounds sterling", "us dollars").
func (p *parser) name(j int) (curRef, int, bool) {
	ph, e, ok := p.namePhrase(j)
	return ph.ref, e, ok
}

func (p *parser) namePhrase(j int) (phrase, int, bool) {
	if p.word(j) == "" {
		return phrase{}, 0, false
	}
	for _, ph := range p.lx.near[p.keyEntry(j)].names {
		if ph.lower && p.lower[p.toks[j].s:p.toks[j].e] != p.text[p.toks[j].s:p.toks[j].e] {
			continue
		}
		if e, ok := p.matchWords(j+1, ph.words); ok {
			return ph, e, true
		}
	}
	return phrase{}, 0, false
}

// nameBefore reads a currency name written before its number ("the bidding
// opens at dollar 17.5 million", "rupees 4,500 a month"), for the names
// that names.tsv marks "before". The name must not be the currency as a
// thing: after a place word ("Canadian dollar 1.36") it is not read; the
// number and what stands around it are checked in money1 (beforeNameFits).
func (p *parser) nameBefore(i int) (cur, bool) {
	ph, e, ok := p.namePhrase(i)
	if !ok || !ph.before || e >= len(p.toks) || p.toks[e].kind != tkNum || p.toks[e].nl {
		return cur{}, false
	}
	if i > 0 && !p.toks[i].nl {
		// "the Canadian dollar 1.36", "Hong Kong dollar 639.55" in a
		// table: a named currency as a thing or a row label.
		for k := 1; k <= 3 && i-k >= 0; k++ {
			if _, next, ok := p.place(i - k); ok && next == i {
				return cur{}, false
			}
		}
	}
	return cur{ref: ph.ref, how: howBefore, start: i, end: e}, true
}

// beforeNameFits checks a number that a currency name came before. Not a
// year ("Euro 2012") or part of a date or duration ("in dollars 5 days
// ago"; data/times.txt); not followed by a percentage or a currency of its
// own ("dollar 0.5 percent", "dollar 110 yen"), a count noun ("euro 19
// members") or another figure (a table row); no determiner or possessive
// before the name unless the number has a scale ("against the yen 110",
// but "the euro 5 million fine"); no bare integer after a capitalised
// name ("Euro 6 engines" is an emission standard, "Yen 5 Corp" a company).
func (p *parser) beforeNameFits(pre cur, n num) bool {
	if p.isYearLike(n) {
		return false
	}
	// "paid in dollars 5 days ago": a duration or a date.
	if p.lx.times[p.word(n.end)] || p.inDate(n.start) {
		return false
	}
	if _, _, ok := p.percentSign(n.end); ok {
		return false
	}
	if _, ok := p.suffixCurrency(n.end); ok {
		return false
	}
	if _, ok := p.unit(n.end); ok {
		return false
	}
	// "the dollar 110", "Japan's yen 300": the currency itself, unless the
	// number carries a scale ("the euro 5 million fine").
	if i := pre.start; !n.scaled && i > 0 && !p.toks[i].nl {
		prev := p.word(i - 1)
		if p.lx.determiners[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
			return false
		}
		// "Japan ' s yen", tokenised: a detached possessive.
		if prev == "s" && (p.isSym(i-2, '\'') || p.raw(i-2) == "’") {
			return false
		}
	}
	// "dollar 639.55 639.38": a row label before a column of figures.
	if n.end < len(p.toks) && p.toks[n.end].kind == tkNum && !p.toks[n.end].nl {
		return false
	}
	if n.plain && p.toks[pre.start].kind == tkWord && isUpperASCII(p.text[p.toks[pre.start].s]) {
		return false
	}
	return true
}

// money1 reads one amount of money at token i, without ranges.
func (p *parser) money1(i int) (cand, bool) {
	pre, hasPre := p.prefixCurrency(i)
	j := i
	if hasPre {
		j = pre.end
		if j >= len(p.toks) || p.toks[j].nl {
			return cand{}, false
		}
	}
	// Scale abbreviations ("5m", "2 bn") are safe here: money needs a
	// currency before or after the number.
	n, ok := p.number(j, true)
	if !ok {
		return cand{}, false
	}
	if hasPre && pre.how == howKoreanW && !n.scaled && n.value < 1000 {
		return cand{}, false
	}
	if hasPre && n.article { // "$ a" is not an amount
		return cand{}, false
	}
	if hasPre && pre.how == howBefore && !p.beforeNameFits(pre, n) {
		return cand{}, false
	}
	// "the TL 5 team", "RM 3 units": a spaced letter abbreviation before
	// a small bare integer or a count is a name, not a currency.
	if hasPre && pre.how == howSymbol && p.toks[pre.start].kind == tkWord && !p.toks[n.start].glued {
		if s := p.lx.symbols[p.word(pre.start)]; s.exact != "" {
			if _, isUnit := p.unit(n.end); isUnit || n.plain && n.value < 10 {
				return cand{}, false
			}
		}
	}
	c := cand{s: i, e: n.end, kind: "money", value: n.value, equiv: -1}
	if hasPre {
		c.cur, c.hasCur = pre, true
		// "$ 10 dollars", "USD 5 US dollars": the same currency again.
		if suf, ok := p.suffixCurrency(n.end); ok && sameCurrency(pre.ref, suf.ref) {
			c.e = suf.end
		}
	} else {
		suf, ok := p.suffixCurrency(n.end)
		if !ok || suf.after || p.nameInProperNoun(suf) {
			return cand{}, false
		}
		// "300 pounds (136 kilograms)", "weighs 150 pounds", "a 300-pound
		// man" are weights.
		if suf.ref.family == "pound" && p.isWeight(i, n, suf) {
			return cand{}, false
		}
		// "a dollar", but not "a $5 million contract" or "a USD".
		if n.article && (suf.start != n.end || suf.how != howName && suf.how != howCountry) {
			return cand{}, false
		}
		// "a quid-pro-quo", "a dollar-denominated bond": a compound word.
		if n.article && p.isSym(suf.end, '-') && p.toks[suf.end].glued {
			return cand{}, false
		}
		c.cur, c.hasCur, c.e = suf, true, suf.end
		// "75 USD million"
		if !n.scaled && c.cur.how == howCode {
			if nw, ok := p.numWord(c.e); ok && nw.kind == nwScale {
				c.value = scaleBy(c.value, nw.value)
				c.e++
				n.scaled = true
			}
		}
	}
	if c.cur.mult != 0 {
		c.value = scaleBy(c.value, c.cur.mult)
		n.scaled = true
	}
	if f := c.cur.ref.factor; f != 1 && f != 0 {
		c.value *= f
		c.value = roundTo(c.value, 10)
	}
	if !n.scaled && n.integer && c.cur.ref.factor == 1 && c.cur.how != howBefore {
		p.minorPart(&c)
	}
	// "$1 million-plus": a lower bound.
	if p.isSym(c.e, '-') && p.toks[c.e].glued && p.word(c.e+1) == "plus" && p.toks[c.e+1].glued {
		c.min = bound{c.value, true}
		c.e += 2
	}
	p.perUnit(&c)
	return c, true
}

// minorPart reads the smaller units after a whole amount: "3 dollars 50
// cents", "twelve dollars and sixty-five cents", "15 dollars 50", "17
// USD 25", "two kuai and three mao five" (2.35 yuan), "3 kuai 5" (3.5).
// Named minor units may follow one another while each is smaller than the
// last; a bare number counts in the unit that names.tsv gives as "next"
// for the unit before it (cents after a major unit by default) and ends
// the amount.
func (p *parser) minorPart(c *cand) {
	last := c.cur.ref
	for step := 0; step < 3; step++ {
		j := c.e
		if p.word(j) == "and" {
			j++
		}
		if j >= len(p.toks) || p.toks[j].nl {
			return
		}
		n, ok := p.number(j, false)
		if !ok || n.scaled || !n.integer || n.article || n.value < 1 || n.value > 999 {
			return
		}
		if n.end-n.start > 1 && !n.words {
			return
		}
		if suf, ok := p.suffixCurrency(n.end); ok {
			// "and 50 cents", "and five mao", "500 fils": a smaller unit of
			// the same currency, less than one of the unit before.
			f := p.minorUnit(c.cur, suf.ref)
			if f < last.factor && n.value*f < last.factor && p.minorOf(c.cur.ref, suf.ref) {
				c.value = roundTo(c.value+n.value*f, 10)
				c.e = suf.end
				c.minor = true
				last = suf.ref
				last.factor = f
				continue
			}
			return
		}
		if n.value > 99 {
			return
		}
		next := last.next
		if next == 0 && last.factor == 1 {
			next = 0.01
		}
		if next == 0 || n.value*next >= last.factor {
			return
		}
		// No unit after: only at the end of a clause, so that "$20 and 30
		// people" stays apart.
		k := n.end
		if k < len(p.toks) && p.toks[k].kind == tkWord && !p.toks[k].nl {
			switch p.word(k) {
			case "and", "or", "more", "less", "but":
			default:
				return
			}
		}
		if k < len(p.toks) && p.toks[k].kind == tkNum {
			return
		}
		c.value = roundTo(c.value+n.value*next, 10)
		c.e = n.end
		c.minor = true
		return
	}
}

// minorUnit is what one minor unit is worth in the major unit: its
// factor, or for a unit that names.tsv gives as "minor", the ISO exponent
// of the major currency when it or its country names one ("3 Kuwaiti
// dinars 500 fils" is 3.5).
func (p *parser) minorUnit(major cur, minor curRef) float64 {
	if !minor.isoMinor {
		return minor.factor
	}
	code := major.ref.code
	if code == "" && major.country != "" {
		code = p.lx.families[major.ref.family].byCountry[major.country]
	}
	if code == "" {
		return minor.factor
	}
	return p.lx.minorFactor(code)
}

// minorOf reports whether minor is a smaller unit of major's currency:
// cents of any dollar or of a currency the cent family lists, pence of
// pounds sterling, sen of ringgit, mao of yuan, fils of dinars.
func (p *parser) minorOf(major, minor curRef) bool {
	switch {
	case minor.family == "cent":
		// Cents of any dollar, of the euro or the rand, not of pounds.
		return major.family == "dollar" || p.lx.families["cent"].has(major.code)
	case minor.code != "" && major.code != "":
		return minor.code == major.code
	case minor.code != "":
		return p.lx.families[major.family].has(minor.code)
	case major.code != "":
		return p.lx.families[minor.family].has(major.code)
	case minor.family == major.family:
		return true
	}
	// "dinars and 500 fils": families that share a currency.
	for _, code := range p.lx.families[minor.family].byCountry {
		if p.lx.families[major.family].has(code) {
			return true
		}
	}
	return false
}

// perUnit notes "a share", "per barrel", "/W" after a price; the span stays
// the money.
func (p *parser) perUnit(c *cand) {
	j := c.e
	if p.isSym(j, '-') {
		j++
	}
	switch {
	case p.word(j) == "a" || p.word(j) == "an" || p.word(j) == "per":
		j++
		if p.isSym(j, '-') {
			j++
		}
		if w := p.word(j); w != "" && !p.info(j).stop {
			// "4 pence a year earlier", "$5 a week ago": a time, not a rate.
			switch p.word(j + 1) {
			case "earlier", "ago", "before", "later", "after":
				return
			}
			if _, isNum := p.numWord(j); !isNum || w == "dozen" {
				c.perUnit = w
				// "a kilowatt-hour": a hyphenated compound.
				if p.isSym(j+1, '-') && p.toks[j+1].glued && j+2 < len(p.toks) && p.toks[j+2].glued && p.toks[j+2].kind == tkWord {
					c.perUnit = p.lower[p.toks[j].s:p.toks[j+2].e]
				}
			}
		}
	case p.isSym(j, '/') && p.toks[j].glued:
		if w := p.raw(j + 1); w != "" && p.toks[j+1].glued && p.toks[j+1].kind == tkWord {
			c.perUnit = w
		}
	}
}

func sameCurrency(a, b curRef) bool {
	return a.factor == b.factor && (a.code != "" && a.code == b.code || a.family != "" && a.family == b.family)
}

func roundTo(v float64, digits int) float64 {
	return exactTimesPow10(roundDigits(v, digits), 0)
}

func roundDigits(v float64, digits int) float64 {
	s := scale10(1, digits)
	r := v * s
	if r > 1e17 || r < -1e17 {
		return v
	}
	rr := float64(int64(r + 0.5))
	if r < 0 {
		rr = float64(int64(r - 0.5))
	}
	return rr / s
}

// isWeight reports pounds that weigh: beside a metric weight in
// parentheses ("300 pounds (136 kg)", "3.5 kg (7.7 pounds)"), before a
// comparative of weight ("35 pounds heavier"), after a
// form of "weigh" ("weighs 150 to 175 pounds", "weighing less than three
// pounds"), or the singular "pound" after a number other than one without
// a scale ("a 300-pound man", "4 pound cartons"; but "a 100 million pound
// deal").
func (p *parser) isWeight(i int, n num, suf cur) bool {
	if p.weightAfter(suf.end) || p.lx.weights[p.word(suf.end)] {
		return true
	}
	if p.isSym(i-1, '(') && p.lx.weights[p.word(i-2)] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if strings.HasPrefix(p.word(k), "weigh") {
			return true
		}
		if p.toks[k].kind == tkSym && !p.isDash(k) {
			break
		}
	}
	return !n.scaled && n.value != 1 && p.word(suf.end-1) == "pound"
}

// weightAfter reads "(136 kilograms)", "(18-kg)" or ", or 136 kilograms,"
// after a number of pounds: the pounds weigh.
func (p *parser) weightAfter(j int) bool {
	if p.isSym(j, '(') {
		j++
	} else if p.isSym(j, ',') && p.word(j+1) == "or" {
		j += 2
	} else {
		return false
	}
	n, ok := p.number(j, false)
	if !ok {
		return false
	}
	k := n.end
	if p.isSym(k, '-') && p.toks[k].glued {
		k++
	}
	return p.lx.weights[p.word(k)]
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// wordSymbol looks word j up in symbols, only when it is a key there.
func (p *parser) wordSymbol(j int) (symbol, bool) {
	if !p.info(j).symbol {
		return symbol{}, false
	}
	return p.lx.near[p.toks[j].info].symbol, true
}

// rawSymbol looks token j's text up in symbols, only when a key begins
// with its first byte.
func (p *parser) rawSymbol(j int) (symbol, bool) {
	t := p.toks[j]
	if !p.lx.symFirst[p.text[t.s]] {
		return symbol{}, false
	}
	s, ok := p.lx.symbols[p.text[t.s:t.e]]
	return s, ok
}
