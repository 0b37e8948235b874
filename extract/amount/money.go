package amount

// How a currency was written; part of the rule id.
const (
	howSymbol   = "symbol"          // "$5", "5 €"
	howPrefixed = "prefixed-symbol" // "US$5", "HK$ 10"
	howCode     = "iso-code"        // "KRW 1.2 trillion", "3.14 USD"
	howName     = "name"            // "960 billion won"
	howCountry  = "name-country"    // "Hong Kong dollars"
	howKoreanW  = "korean-w"        // "W1.2 trillion" in Korean copy
)

// cur is a currency as read around one number.
type cur struct {
	ref     curRef
	how     string
	country string  // from a place word before a family name
	mult    float64 // "MUSD": a scale inside the code; 0 means none
	start   int     // first token of the currency
	end     int     // token after it
}

// cand is an amount found in the tokens, before currencies are resolved.
type cand struct {
	s, e     int // token span
	kind     string
	value    float64
	min, max *float64
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
		if s, ok := p.lx.symbols[p.raw(i)]; ok && s.pre {
			return cur{ref: s.ref, how: howSymbol, start: i, end: i + 1}, true
		}
	case tkWord:
		w := p.word(i)
		if w == "rs" { // "Rs 500 crore", "Rs.500"
			end := i + 1
			if p.isSym(end, '.') && p.toks[end].glued {
				end++
			}
			if s, ok := p.lx.symbols[w]; ok {
				return cur{ref: s.ref, how: howSymbol, start: i, end: end}, true
			}
		}
		if s, ok := p.lx.symbols[w]; ok && s.pre {
			return cur{ref: s.ref, how: howSymbol, start: i, end: i + 1}, true
		}
		if c, ok := p.code(i); ok {
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
	if ref, e, ok := p.name(j); ok {
		return cur{ref: ref, how: howName, start: start, end: e}, true
	}
	if p.toks[j].kind == tkWord && !(p.numberAfter(j+1) && p.toks[j+1].glued) {
		if c, ok := p.code(j); ok {
			c.start = start
			return c, true
		}
	}
	if s, ok := p.lx.symbols[p.raw(j)]; ok && s.post && !p.numberAfter(j+1) {
		return cur{ref: s.ref, how: howSymbol, start: start, end: j + 1}, true
	}
	return cur{}, false
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
		if s, ok := p.lx.symbols[p.raw(k)]; ok && s.post {
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
	k := p.key(j)
	if k == "" {
		return curRef{}, 0, false
	}
	for _, ph := range p.lx.names[k] {
		if e, ok := p.matchWords(j+1, ph.words); ok {
			return ph.ref, e, true
		}
	}
	return curRef{}, 0, false
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
	c := cand{s: i, e: n.end, kind: "money", value: n.value, equiv: -1}
	if hasPre {
		c.cur, c.hasCur = pre, true
		// "$ 10 dollars", "USD 5 US dollars": the same currency again.
		if suf, ok := p.suffixCurrency(n.end); ok && sameCurrency(pre.ref, suf.ref) {
			c.e = suf.end
		}
	} else {
		suf, ok := p.suffixCurrency(n.end)
		if !ok {
			return cand{}, false
		}
		// "300 pounds (136 kilograms)" is a weight.
		if suf.ref.family == "pound" && p.weightAfter(suf.end) {
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
			if nw, ok := p.lx.numbers[p.word(c.e)]; ok && nw.kind == nwScale {
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
	if !n.scaled && n.integer && c.cur.ref.factor == 1 {
		p.minorPart(&c)
	}
	p.perUnit(&c)
	return c, true
}

// minorPart reads the cents after a whole amount: "3 dollars 50 cents",
// "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25".
func (p *parser) minorPart(c *cand) {
	j := c.e
	if p.word(j) == "and" {
		j++
	}
	if j >= len(p.toks) || p.toks[j].nl {
		return
	}
	n, ok := p.number(j, false)
	if !ok || n.scaled || !n.integer || n.article || n.value < 1 || n.value > 99 {
		return
	}
	if n.end-n.start > 1 && !n.words {
		return
	}
	if suf, ok := p.suffixCurrency(n.end); ok {
		// "and 50 cents": a minor unit of the same currency.
		if suf.ref.factor < 1 && (suf.ref.family == "cent" || suf.ref.code == c.cur.ref.code && c.cur.ref.code != "") {
			c.value = roundTo(c.value+n.value*suf.ref.factor, 10)
			c.e = suf.end
			c.minor = true
		}
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
	c.value = roundTo(c.value+n.value/100, 10)
	c.e = n.end
	c.minor = true
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
		if w := p.word(j); w != "" && !p.lx.stop[w] {
			if _, isNum := p.lx.numbers[w]; !isNum || w == "dozen" {
				c.perUnit = w
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

// weightAfter reads "(136 kilograms)" or ", or 136 kilograms," after a
// number of pounds: the pounds weigh.
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
	switch p.word(n.end) {
	case "kilograms", "kilogrammes", "kilos", "kg", "grams", "tons", "tonnes", "metric":
		return true
	}
	return false
}
