package date

// Quarters, halves and reporting periods of company results.

import "time"

// periodLetter reads the letter of a quarter ("Q2") or half ("H1") and
// returns its granularity and the highest number it takes, or 0.
func periodLetter(w string) (gran, int) {
	switch w {
	case "q":
		return gQuarter, 4
	case "h":
		return gHalf, 2
	}
	return 0, 0
}

// ruleQuarter: "the third quarter", "third-quarter", "the fourth quarter of
// 2018", "Q2", "2018 Q1", "the first half", "the year-earlier quarter", "the
// latest quarter", "the nine months", "fiscal 1989", "the fiscal year".
func ruleQuarter(s *scanner, i int) hit {
	if !s.quarterKeyNear(i) {
		return hit{}
	}
	return quarterAt(s, i)
}

// quarterKeys are the words of which every match of ruleQuarter has one,
// at most six tokens after its start: the letter of "Q2", "H1" (at most
// four tokens on, after "the", a year of two tokens and "-"), "fy" and
// "fiscal", "year" of "year-earlier", "quarter" or "period" after "the", a
// year and an ordinal of up to three tokens ("twenty - first"), "months"
// of "the nine months", and the unit of an ordinal period, after "the",
// "fiscal", the ordinal and "-".
var quarterKeys = []string{"q", "h", "fy", "fiscal", "year", "quarter", "period", "half", "months"}

// quarterKeyWindow is the tokens from a start that quarterKeyNear
// searches, one more than the six quarterKeys tells.
const quarterKeyWindow = 8

// quarterKeyNear reports a word of quarterKeys among the tokens from i on
// where ruleQuarter's match would have it: without one, ruleQuarter has
// none and its phases need not run (TestQuarterKeyNear).
func (s *scanner) quarterKeyNear(i int) bool {
	for k := i; k < len(s.toks) && k < i+quarterKeyWindow; k++ {
		if s.toks[k].in&inQuarterKey != 0 {
			return true
		}
	}
	return false
}

// quarterAt is ruleQuarter without the search for its key word.
func quarterAt(s *scanner, i int) hit {
	j := s.the(i)
	hasThe := j > i
	if h, done := periodByLetter(s, j); done {
		return h
	}
	if h, done := fiscalYear(s, j, hasThe); done {
		return h
	}
	if h, done := yearEarlierPeriod(s, i, j, hasThe); done {
		return h
	}
	if h, done := theReportingPeriod(s, j, hasThe); done {
		return h
	}
	return ordinalPeriod(s, i, j, hasThe)
}

// periodByLetter: "Q2", "Q2 2018", "2018 Q1", "2017-Q1"; halves "H1 2019",
// "2019-H2". Like every phase of ruleQuarter, it reports done when it
// decided the match, a hit or none.
func periodByLetter(s *scanner, j int) (hit, bool) {
	const rule = idQuarter
	if y, e := s.year(j); e > j {
		if s.is(e, "-") && s.adj(e-1) && s.adj(e) {
			e++
		}
		if g, max := periodLetter(s.w(e)); max > 0 && s.adj(e) && (g == gQuarter || s.toks[e].upper || s.lowerText()) {
			if n, ok := s.num(e + 1); ok && n >= 1 && n <= max && s.digits(e+1) == 1 {
				return hit{end: e + 2, timexType: tDate, calendar: cal{granularity: g, year: y, part: n}, rule: rule, confidence: 0.9}, true
			}
		}
	}
	if g, max := periodLetter(s.w(j)); max > 0 && s.adj(j) {
		if n, ok := s.num(j + 1); ok && n >= 1 && n <= max && s.digits(j+1) == 1 {
			c := cal{granularity: g, year: -1, part: n}
			end, anch := j+2, true
			if y, e := s.yearAfter(end); e > end {
				c.year, end, anch = y, e, false
			} else if s.known {
				c.year = s.dct.Year()
			}
			if !s.toks[j].upper && !s.lowerText() {
				return hit{}, true
			}
			return hit{end: end, timexType: tDate, calendar: c, anchored: anch, rule: rule, confidence: 0.85}, true
		}
	}
	return hit{}, false
}

// fiscalYear: "FY19" (a fiscal year by its last two digits), "fiscal 1989",
// "fiscal year 1989", "fiscal year 2019-20", "the fiscal year".
func fiscalYear(s *scanner, j int, hasThe bool) (hit, bool) {
	// "FY19": a fiscal year by its last two digits
	if s.is(j, "fy") && s.toks[j].upper && s.adj(j) && s.digits(j+1) == 2 && !s.is(j+2, "-", "/", ".") {
		n, _ := s.num(j + 1)
		y := 2000 + n
		if n >= 50 {
			y = 1900 + n
		}
		return hit{end: j + 2, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteFiscalYear, confidence: 0.85}, true
	}
	// "fiscal 1989", "fiscal year 1989", "fiscal year 2019-20"
	if s.is(j, "fiscal", "fy") {
		k := j + 1
		if s.is(k, "year") {
			k++
		}
		if y, e := s.year(k); e > k {
			return hit{end: e, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteFiscalYear, confidence: 0.9}, true
		}
		if hasThe && s.is(j+1, "year") {
			return hit{end: j + 2, timexType: tDate, calendar: s.current(gYear), anchored: true, rule: idRelativeTheFiscalYear, confidence: 0.7}, true
		}
		if _, e := s.ordinal(j + 1); !hasThe || e == j+1 {
			return hit{}, true
		}
	}
	return hit{}, false
}

// yearEarlierPeriod: "the year-earlier quarter", "the year-ago period",
// "year-earlier".
func yearEarlierPeriod(s *scanner, i, j int, hasThe bool) (hit, bool) {
	if s.is(j, "year") && s.is(j+1, "-") && s.is(j+2, "earlier", "ago") {
		k := j + 3
		c := s.reportQuarter()
		if c.year >= 0 {
			c.year--
		}
		if n, e := s.ordinal(k); e > k && n > 0 && n <= 4 && s.is(e, "quarter") {
			c.part = n
			k = e
		}
		if s.is(k, "quarter", "period") {
			return hit{end: k + 1, timexType: tDate, calendar: c, anchored: true, rule: idRelativeYearEarlierQuarter, confidence: 0.85}, true
		}
		if s.is(k, "nine", "six", "three") && s.is(k+1, "months") {
			n, _ := s.count(k)
			return hit{end: k + 2, timexType: tDuration, literal: dur(n, "M"), rule: idDurationYearEarlierMonths, confidence: 0.7}, true
		}
		if !hasThe {
			if !s.quarterContext(i) {
				c = s.current(gYear).shift(-1)
			}
			return hit{end: j + 3, timexType: tDate, calendar: c, anchored: true, rule: idRelativeYearEarlier, confidence: 0.75}, true
		}
		return hit{}, true
	}
	return hit{}, false
}

// theReportingPeriod: "the 1988 quarter", "the 1989 period", "the 1988
// second quarter", "the latest quarter", "the quarter", "the nine months".
func theReportingPeriod(s *scanner, j int, hasThe bool) (hit, bool) {
	const rule = idQuarter
	if hasThe {
		if y, e := s.year(j); e > j {
			if n, e2 := s.ordinal(e); e2 > e && n >= 1 && n <= 4 && s.is(e2, "quarter") {
				return hit{end: e2 + 1, timexType: tDate, calendar: cal{granularity: gQuarter, year: y, part: n}, rule: rule, confidence: 0.9}, true
			}
			if s.is(e, "quarter", "period") {
				c := s.reportQuarter()
				c.year = y
				return hit{end: e + 1, timexType: tDate, calendar: c, rule: rule, confidence: 0.8}, true
			}
		}
		// "the latest quarter", "the latest period", "the quarter"
		k := j
		if s.is(k, "latest", "recent", "most") {
			if s.is(k, "most") && s.is(k+1, "recent") {
				k++
			}
			k++
			if s.is(k, "quarter", "period") {
				return hit{end: k + 1, timexType: tDate, calendar: s.reportQuarter(), anchored: true, rule: idRelativeLatestQuarter, confidence: 0.8}, true
			}
		}
		if s.is(j, "quarter") && !s.is(j+1, "-", "century") && !s.is(j+1, "of") {
			return hit{end: j + 1, timexType: tDate, calendar: s.reportQuarter(), anchored: true, rule: idRelativeTheQuarter, confidence: 0.7}, true
		}
		// "the nine months", "the six months" (a reporting period)
		if s.is(j, "nine", "six", "three") && s.is(j+1, "months") && !s.is(j+2, "ago", "earlier", "later") {
			n, _ := s.count(j)
			if s.is(j+2, "ended", "ending", "to", "through", "of") || true {
				return hit{end: j + 2, timexType: tDuration, literal: dur(n, "M"), rule: idDurationTheNMonths, confidence: 0.8}, true
			}
		}
	}
	return hit{}, false
}

// ordinalPeriod: an ordinal quarter or half, "the third quarter",
// "third-quarter", "the fourth quarter of 2018", "the last half".
func ordinalPeriod(s *scanner, i, j int, hasThe bool) hit {
	rule := idQuarter
	if s.is(j, "fiscal") && hasThe {
		j++ // "the fiscal first quarter"
	}
	n, k := s.ordinal(j)
	if n < 0 {
		n = 4 // "the last quarter"
		if s.is(k, "half") || s.is(k, "-") && s.is(k+1, "half") {
			n = 2 // "the last half"
		}
	}
	if k == j || n == 0 {
		if s.is(j, "last", "final") {
			n, k = 4, j+1
			if s.is(k, "half") {
				n = 2
			}
		} else {
			return hit{}
		}
	}
	hyph := false
	if s.is(k, "-") && s.adj(k-1) {
		hyph = true
		k++
	}
	unit := s.w(k)
	var g gran
	switch unit {
	case "quarter":
		g = gQuarter
		if n > 4 || n < 1 {
			return hit{}
		}
	case "half":
		g = gHalf
		if n > 2 || n < 1 {
			return hit{}
		}
	default:
		return hit{}
	}
	if s.is(j, "last", "final") && g == gHalf {
		n = 2
	}
	e := k + 1
	if hyph && hasThe {
		// "the third-quarter results": the span is "third-quarter"
		return hit{}
	}
	if !hasThe && !hyph && !s.is(e, "of") && s.yearish(e) == false {
		// "third quarter" without "the" is fine too ("in third quarter")
	}
	c := cal{granularity: g, year: -1, part: n}
	anch := true
	if !s.is(e, "of") && !s.yearish(e) && s.sportsContext(i) {
		return hit{} // "led by 10 points in the third quarter", "scored in the second half"
	}
	if s.is(e, "of") || s.is(e, ",") {
		k2 := e + 1
		if s.is(k2, "fiscal") {
			k2++
		}
		if y, e2 := s.year(k2); e2 > k2 {
			c.year, e, anch = y, e2, false
		} else if s.is(k2, "this", "last", "next") && s.is(k2+1, "year") {
			c.year = s.current(gYear).year
			if c.year >= 0 {
				switch s.w(k2) {
				case "last":
					c.year--
				case "next":
					c.year++
				}
			}
			e = k2 + 2
		} else if s.is(k2, "the") && s.is(k2+1, "year") {
			c.year = s.current(gYear).year
			e = k2 + 2
		}
	} else if y, e2 := s.year(e); e2 > e && s.digits(e) == 4 {
		c.year, e, anch = y, e2, false
	}
	if c.year < 0 && s.known {
		c.year = s.dct.Year()
		cur := quarterOf(s.dct).part
		if g == gHalf {
			cur = (int(s.dct.Month())-1)/6 + 1
		}
		tn := s.tense(i, e)
		if g == gQuarter && n > cur && tn == tPast {
			c.year--
		}
		if n < cur && tn == tFuture && !s.is(i-1, "than") && !s.is(i-2, "than") && s.endedLongAgo(cal{granularity: g, year: c.year, part: n}) {
			// "will report results in the first quarter", said in December;
			// "expects to report third-quarter results" in November is the
			// quarter just ended
			c.year++
		}
		if g == gQuarter && n == 4 && cur == 1 && int(s.dct.Month()) <= 2 {
			c.year = s.dct.Year() - 1
		}
	}
	if hyph {
		rule = idQuarterAdjective
	}
	return hit{end: e, timexType: tDate, calendar: c, anchored: anch, rule: rule, confidence: 0.85}
}

// sportsContext reports a word of a game in the sentence around token i
// ("scored", "points", "halftime"): its quarters and halves are periods
// of play, not of the year.
func (s *scanner) sportsContext(i int) bool {
	sport := s.lx.cues["sport"]
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if s.is(k, ".", "?", "!") && s.clauseEnd(k) {
			break
		}
		if sport[s.w(k)] || s.score(k) {
			return true
		}
	}
	for k := i; k < len(s.toks) && k < i+25; k++ {
		if s.is(k, ".", "?", "!") && s.clauseEnd(k) {
			break
		}
		if sport[s.w(k)] || s.score(k) {
			return true
		}
	}
	return false
}

// score reports a game score at token k: "14-3", "2-1" (two small numbers
// joined by a hyphen, no year among them).
func (s *scanner) score(k int) bool {
	return s.toks[k].kind == kNum && s.digits(k) <= 3 && s.is(k+1, "-") && s.adj(k) && s.adj(k+1) && s.digits(k+2) > 0 && s.digits(k+2) <= 3 &&
		!s.is(k+3, "-", "/") && !s.is(k-1, "-", "/")
}

// endedLongAgo reports a period that ended more than three months before
// the anchor: a future verb cannot be about it.
func (s *scanner) endedLongAgo(c cal) bool {
	r := c.span()
	if r == nil {
		return false
	}
	end, err := time.Parse("2006-01-02", r.End)
	return err == nil && s.dct.Sub(end) > 90*24*time.Hour
}
