package amount

import (
	"math"
	"strings"

	"github.com/eventwire/eventwire/extract/text"
)

// num is a number read from tokens [start, end).
type num struct {
	start, end int
	value      float64
	scaled     bool // a scale word or abbreviation applied ("5 million")
	words      bool // written in words ("ten", "a")
	article    bool // only "a"/"an": a value of one that needs a unit after it
	integer    bool // digits without a decimal part and no scale
	plain      bool // digits only: no separators, no decimals, no scale (years look like this)
	digits     int  // length of the digit token, for plain numbers
}

// digitValue reads "1,234.56" or "12,34,567.89" exactly: the digits as an
// integer mantissa, scaled by the decimals at the end.
func digitValue(s string) (v float64, decimals int, ok bool) {
	var mant uint64
	nd := 0
	dot := -1
	groups := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case text.IsDigit(c):
			if nd >= 18 {
				return 0, 0, false
			}
			mant = mant*10 + uint64(c-'0')
			nd++
		case c == '.':
			if dot >= 0 {
				return 0, 0, false // "1.2.3": a version or a date, not an amount
			}
			dot = nd
		case c == ',':
			if dot >= 0 {
				return 0, 0, false
			}
			groups++
		}
	}
	if dot >= 0 {
		decimals = nd - dot
	}
	if groups > 0 && !validGrouping(s) {
		return 0, 0, false
	}
	return scale10(float64(mant), -decimals), decimals, true
}

// validGrouping accepts Western (1,234,567) and Indian (12,34,567) digit
// groups and rejects lists ("1,2") and tokenised artefacts.
func validGrouping(s string) bool {
	if k := strings.IndexByte(s, '.'); k >= 0 {
		s = s[:k]
	}
	first := true
	for len(s) > 0 {
		k := strings.IndexByte(s, ',')
		part := s
		if k >= 0 {
			part, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		switch {
		case first:
			if len(part) == 0 || len(part) > 3 {
				return false
			}
		case k < 0: // the last group
			if len(part) != 3 {
				return false
			}
		default:
			if len(part) != 3 && len(part) != 2 {
				return false
			}
		}
		first = false
	}
	return true
}

// scale10 multiplies by 10^e, dividing for negative e so that 134e-2 is the
// nearest float to 1.34.
func scale10(v float64, e int) float64 {
	if e >= 0 {
		return v * math.Pow10(e)
	}
	return v / math.Pow10(-e)
}

// scaleBy applies a multiplier that is a power of ten exactly when it is one.
func scaleBy(v float64, m float64) float64 {
	if m >= 1 {
		e := math.Log10(m)
		if e == math.Trunc(e) {
			// v may carry decimals: go through the decimal digits to stay exact.
			return exactTimesPow10(v, int(e))
		}
	}
	return v * m
}

// exactTimesPow10 computes v*10^e, taking v's shortest decimal form so that
// 48.2 * 10^6 is 48200000 and not 48200000.000000004.
func exactTimesPow10(v float64, e int) float64 {
	for d := 0; d <= 12; d++ {
		m := scale10(v, d)
		if r := math.Round(m); math.Abs(m-r) < 1e-9*math.Max(1, math.Abs(m)) && scale10(r, -d) == v {
			return scale10(r, e-d)
		}
	}
	return v * math.Pow10(e)
}

// number reads a number at token i: digits or words, with a scale after
// it. abbr allows scale abbreviations ("5m", "$1.2 bn"), which only money
// context makes safe.
//
// The rules ask for the same number several times in a row (money, then
// percent, then quantity at one token; a range's ends again), so the last
// reading with and without abbr is kept.
func (p *parser) number(i int, abbr bool) (num, bool) {
	m := &p.lastNum[0]
	if abbr {
		m = &p.lastNum[1]
	}
	if m.valid && m.i == i {
		return m.n, m.ok
	}
	n, ok := p.readNumber(i, abbr)
	*m = numReading{i: i, n: n, ok: ok, valid: true}
	return n, ok
}

// numReading is one call of readNumber, kept by number.
type numReading struct {
	i         int
	n         num
	ok, valid bool
}

// readNumber is number without its memory.
func (p *parser) readNumber(i int, abbr bool) (num, bool) {
	if i >= len(p.toks) {
		return num{}, false
	}
	t := p.toks[i]
	if t.kind == tkNum {
		s := p.text[t.s:t.e]
		// "000" is the tail of a tokenised "80 , 000", not a number.
		if len(s) > 1 && s[0] == '0' && s[1] != '.' {
			return num{}, false
		}
		v, dec, ok := digitValue(s)
		if !ok {
			return num{}, false
		}
		n := num{start: i, end: i + 1, value: v, integer: dec == 0}
		// Tokenised text writes "6.2" as "6 . 2": join a spaced point
		// between two plain digit groups.
		if dec == 0 && p.isSym(i+1, '.') && !p.toks[i+1].glued && i+2 < len(p.toks) &&
			p.toks[i+2].kind == tkNum && !p.toks[i+2].glued && !p.toks[i+1].nl && !p.toks[i+2].nl {
			frac := p.text[p.toks[i+2].s:p.toks[i+2].e]
			if isDigits(frac) && isDigits(s) && len(frac) <= 4 {
				if fv, _, ok := digitValue(s + "." + frac); ok {
					n.value, n.end, n.integer = fv, i+3, false
				}
			}
		}
		n.plain = !strings.ContainsAny(s, ",.")
		n.digits = t.e - t.s
		if n.plain && n.end == i+1 {
			if f, e, ok := p.fractionAt(i + 1); ok {
				n.value += f
				n.end, n.integer, n.plain = e, false, false
			}
		}
		p.scaleAfter(&n, abbr)
		return n, true
	}
	if t.kind == tkWord {
		return p.wordNumber(i, abbr)
	}
	return num{}, false
}

// scaleAfter applies "million", "-billion", "bn", "m" after a number.
func (p *parser) scaleAfter(n *num, abbr bool) {
	j := n.end
	if j >= len(p.toks) {
		return
	}
	// "1.2-billion"
	if p.isSym(j, '-') && p.toks[j].glued && j+1 < len(p.toks) && p.toks[j+1].glued {
		if nw, ok := p.numWord(j + 1); ok && nw.kind == nwScale {
			n.value = scaleBy(n.value, nw.value)
			n.end, n.scaled, n.integer, n.plain = j+2, true, false, false
		}
		return
	}
	nw, ok := p.numWord(j)
	if !ok {
		return
	}
	w := p.word(j)
	switch {
	case nw.kind == nwScale:
	case nw.kind == nwAbbr && abbr && (p.toks[j].glued || len(w) > 1):
	default:
		return
	}
	n.value = scaleBy(n.value, nw.value)
	n.end, n.scaled, n.integer, n.plain = j+1, true, false, false
	// "Rs 1.2 lakh crore", "5 thousand crore": a larger scale multiplies.
	if nw2, ok := p.numWord(j + 1); ok && nw2.kind == nwScale && nw2.value > nw.value && !p.toks[j+1].nl {
		n.value = scaleBy(n.value, nw2.value)
		n.end++
	}
}

// wordNumber reads "ten", "forty-five", "three thousand", "a million",
// "half a billion", "three quarters billion", "1.5" is digits.
func (p *parser) wordNumber(i int, abbr bool) (num, bool) {
	total, cur := 0.0, 0.0
	seen := false
	article := false
	frac := 0.0
	j := i
	lastKind := 0
	lastScale := 0.0
	for j < len(p.toks) {
		nw, ok := p.numWord(j)
		if !ok || nw.kind == nwAbbr {
			break
		}
		if j > i && p.toks[j].nl {
			break
		}
		switch nw.kind {
		case nwArticle:
			// "a" only at the start ("a million"), or inside "half a".
			if j == i {
				article = true
				cur = 1
			} else if lastKind != nwFrac {
				goto done
			}
		case nwUnit:
			if lastKind == nwUnit || (lastKind == nwTen && cur >= 10 && int(cur)%10 != 0) {
				goto done
			}
			if article && lastKind == nwArticle {
				goto done
			}
			cur += nw.value
			seen = true
		case nwTen:
			if lastKind == nwUnit || lastKind == nwTen {
				goto done
			}
			if article && lastKind == nwArticle {
				goto done
			}
			cur += nw.value
			seen = true
		case nwHundred:
			// "a few hundred", "several hundred": no count before it.
			if lastKind == 0 {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			cur *= nw.value
			seen = true
			article = false
		case nwScale:
			// "trillion-dollar", "millions": a scale needs a number before it.
			if lastKind == 0 {
				goto done
			}
			// "one lakh crore": a larger scale multiplies the whole.
			if lastKind == nwScale && cur == 0 && frac == 0 {
				if nw.value <= lastScale {
					goto done
				}
				total = scaleBy(total, nw.value)
				lastScale = nw.value
				break
			}
			lastScale = nw.value
			if cur == 0 {
				cur = 1
			}
			if frac > 0 {
				cur *= frac
				frac = 0
			}
			total += scaleBy(cur, nw.value)
			cur = 0
			seen = true
			article = false
		case nwFrac:
			if frac > 0 {
				goto done
			}
			if cur == 0 || (lastKind == nwArticle) {
				cur = 1
			}
			// "three quarters", "a half", "half"
			frac = cur * nw.value
			cur = 0
			article = false
		}
		lastKind = nw.kind
		j++
		// "forty-five": a glued hyphen between a ten and a unit.
		if lastKind == nwTen && p.isSym(j, '-') && p.toks[j].glued && j+1 < len(p.toks) && p.toks[j+1].glued {
			if nw2, ok := p.numWord(j + 1); ok && nw2.kind == nwUnit {
				j++
			}
		}
		// "a quarter of a billion", "half of a million"
		if lastKind == nwFrac && p.word(j) == "of" {
			if w := p.word(j + 1); w == "a" || w == "an" {
				if nw2, ok := p.numWord(j + 2); ok && nw2.kind == nwScale {
					j++
				}
			}
		}
		// "two hundred and fifty"
		if lastKind == nwHundred && p.word(j) == "and" {
			if nw2, ok := p.numWord(j + 1); ok && (nw2.kind == nwUnit || nw2.kind == nwTen) {
				j++
			}
		}
		// "two and a half billion", "one-and-a-half million": the half
		// joins the number before the scale.
		if (lastKind == nwUnit || lastKind == nwTen) && frac == 0 {
			if e, ok := p.andAHalf(j); ok {
				cur += 0.5
				j = e
			}
		}
	}
done:
	if frac > 0 {
		// "half a percentage point": the fraction alone.
		cur += frac
		seen = true
	}
	if j == i {
		return num{}, false
	}
	// An "a" that nothing followed: "a dollar".
	n := num{start: i, end: j, value: total + cur, words: true}
	if article && !seen {
		n.article = true
		n.value = 1
		n.end = i + 1
	} else if !seen {
		return num{}, false
	}
	n.scaled = lastKind == nwScale
	n.integer = !n.scaled && n.value == math.Trunc(n.value)
	if !n.scaled {
		p.scaleAfter(&n, abbr)
	}
	return n, true
}

// fractionAt reads the fraction of a mixed number at j ("5 3/4 percent",
// "101 1 / 4" in tokenised copy): a numerator below a denominator of 2, 4,
// 8, 16, 32 or 64, the slash glued on both sides or spaced on both.
func (p *parser) fractionAt(j int) (float64, int, bool) {
	if j+2 >= len(p.toks) || p.toks[j].kind != tkNum || p.toks[j].glued || !p.isSym(j+1, '/') ||
		p.toks[j+2].kind != tkNum || p.toks[j+1].nl || p.toks[j+2].nl || p.toks[j+1].glued != p.toks[j+2].glued {
		return 0, 0, false
	}
	num, den := p.raw(j), p.raw(j+2)
	if !isDigits(num) || !isDigits(den) || len(num) > 2 || len(den) > 2 {
		return 0, 0, false
	}
	// "3/4/2020" is a date.
	if k := j + 3; k < len(p.toks) && p.toks[k].glued && p.toks[k].kind == tkSym && k+1 < len(p.toks) && p.toks[k+1].kind == tkNum {
		return 0, 0, false
	}
	a, _, _ := digitValue(num)
	b, _, _ := digitValue(den)
	switch b {
	case 2, 4, 8, 16, 32, 64:
	default:
		return 0, 0, false
	}
	if a < 1 || a >= b {
		return 0, 0, false
	}
	return a / b, j + 3, true
}

// andAHalf reads "and a half" at j, spaced or hyphenated ("-and-a-half").
func (p *parser) andAHalf(j int) (int, bool) {
	for _, w := range [...]string{"and", "a", "half"} {
		if p.isSym(j, '-') && p.toks[j].glued && j+1 < len(p.toks) && p.toks[j+1].glued {
			j++
		}
		if p.word(j) != w || p.toks[j].nl {
			return 0, false
		}
		j++
	}
	return j, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !text.IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
