package date

import (
	"strconv"
	"strings"
	"time"
)

// Less common written forms: decimal and fractional durations ("2.5
// hours", "one and a half hours"), compact dates ("20161016", "Oct/2",
// "12-2015"), ISO week numbers ("week 10"), "the 18th", "fiscal year".

// ruleDecimalDuration: "2.5 hours", "3.5years", "one and a half hours",
// "half an hour", "5 1/2 hours".
func ruleDecimalDuration(s *scanner, i int) hit {
	var num string
	k := i
	decimal := false
	switch {
	case s.digits(i) > 0 && s.is(i+1, ".") && s.adj(i) && s.adj(i+1) && s.digits(i+2) > 0:
		num = s.w(i) + "." + s.w(i+2)
		k = i + 3
		decimal = true
	case s.digits(i) > 0 && s.digits(i) <= 2 && s.is(i+1, "1") && s.is(i+2, "/") && s.is(i+3, "2") && s.adj(i+1) && s.adj(i+2):
		num = s.w(i) + ".5"
		k = i + 4
	case s.is(i, "half") && s.is(i+1, "a", "an"):
		num = "0.5"
		k = i + 2
	default:
		n, e := s.count(i)
		if e == i || n <= 0 || !s.is(e, "and") {
			return hit{}
		}
		e++
		if s.is(e, "a") {
			e++
		}
		switch s.w(e) {
		case "half":
			num = strconv.Itoa(n) + ".5"
		case "quarter":
			num = strconv.Itoa(n) + ".25"
		default:
			return hit{}
		}
		k = e + 1
	}
	u, ok := lookup(s, s.lx.units, inUnit, k)
	if ok && num == "0.5" && (u == "E" || u == "C") {
		// "half a century", "half a decade": years
		return hit{end: k + 1, timexType: tDuration, literal: map[string]string{"E": "P5Y", "C": "P50Y"}[u], rule: idDurationDecimal, confidence: 0.8}
	}
	if !ok || u == "Q" || u == "E" || u == "C" || u == "F" {
		return hit{}
	}
	v := fracDur(num, u)
	if decimal && u != "TH" {
		// a number written with a decimal point keeps it ("3.5 years" is
		// P3.5Y); only half hours are written as minutes
		v = "P" + num + u
		if u[0] == 'T' {
			v = "PT" + num + u[1:]
		}
	}
	return hit{end: k + 1, timexType: tDuration, literal: v, rule: idDurationDecimal, confidence: 0.8}
}

// ruleUnitAndHalf: "a minute and a half", "one hour and a half", "two
// years and a half".
func ruleUnitAndHalf(s *scanner, i int) hit {
	n, e := s.count(i)
	if e == i || n <= 0 {
		return hit{}
	}
	u, ok := lookup(s, s.lx.units, inUnit, e)
	if !ok || u == "Q" || u == "E" || u == "C" || u == "F" || !s.is(e+1, "and") {
		return hit{}
	}
	k := e + 2
	if s.is(k, "a") {
		k++
	}
	if !s.is(k, "half") {
		return hit{}
	}
	return hit{end: k + 1, timexType: tDuration, literal: fracDur(strconv.Itoa(n)+".5", u), rule: idDurationDecimal, confidence: 0.75}
}

// fracDur writes a duration of num units (a decimal number) in TIMEX3. A
// half or quarter of a year, day, hour or minute written as a fraction or
// in words is written in the next smaller unit, as TimeBank does ("2 1/2
// years" is P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S);
// other fractions stay decimal.
func fracDur(num, u string) string {
	whole, frac, _ := strings.Cut(num, ".")
	var sub int
	var subUnit string
	switch u {
	case "Y":
		sub, subUnit = 12, "M"
	case "D":
		sub, subUnit = 24, "TH"
	case "TH":
		sub, subUnit = 60, "TM"
	case "TM":
		sub, subUnit = 60, "TS"
	}
	var top, den int
	switch frac {
	case "5", "50":
		top, den = 1, 2
	case "25":
		top, den = 1, 4
	case "75":
		top, den = 3, 4
	}
	if sub == 0 || den == 0 {
		if u[0] == 'T' {
			return "PT" + num + u[1:]
		}
		return "P" + num + u
	}
	n := sub * top / den
	var b strings.Builder
	b.WriteString("P")
	if u[0] != 'T' {
		if whole != "0" && whole != "" {
			b.WriteString(whole + u)
		}
	} else {
		b.WriteString("T")
		if whole != "0" && whole != "" {
			b.WriteString(whole + u[1:])
		}
	}
	if subUnit[0] == 'T' && u[0] != 'T' {
		b.WriteString("T")
	}
	b.WriteString(strconv.Itoa(n) + subUnit[len(subUnit)-1:])
	return b.String()
}

// ruleCompactDate: "20161016", "Oct/2", "22/04", "12-2015", "2015-3".
func ruleCompactDate(s *scanner, i int) hit {
	if s.digits(i) == 8 && !s.adj(i-1) {
		n, _ := s.num(i)
		y, m, d := n/10000, n/100%100, n%100
		if y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
			return hit{end: i + 1, timexType: tDate, calendar: cal{granularity: gDay, year: y, month: m, day: d}, rule: idAbsoluteBasicIso, confidence: 0.8}
		}
	}
	if m, ok := lookup(s, s.lx.months, inMonth, i); ok && s.toks[i].kind == kWord && s.is(i+1, "/") && s.adj(i) && s.adj(i+1) && s.digits(i+2) > 0 && s.digits(i+2) <= 2 {
		d, _ := s.num(i + 2)
		if d >= 1 && d <= daysIn(2024, m) {
			return hit{end: i + 3, timexType: tDate, calendar: s.resolveMD(m, d, i, i+3), anchored: true, rule: idAbsoluteMonthSlashDay, confidence: 0.7}
		}
	}
	if s.digits(i) >= 1 && s.digits(i) <= 2 && s.is(i+1, "-", "/") && s.adj(i) && s.adj(i+1) && s.digits(i+2) == 4 && !s.is(i+3, "-", "/") {
		m, _ := s.num(i)
		y, _ := s.num(i + 2)
		if m >= 1 && m <= 12 && y >= 1900 && y <= 2100 && !s.adj(i-1) {
			return hit{end: i + 3, timexType: tDate, calendar: cal{granularity: gMonth, year: y, month: m}, rule: idAbsoluteMonthYearNumeric, confidence: 0.7}
		}
	}
	if s.digits(i) == 4 && s.is(i+1, "-") && s.adj(i) && s.adj(i+1) && s.digits(i+2) == 1 && !s.is(i+3, "-", "/") && !s.adj(i+2) {
		y, _ := s.num(i)
		m, _ := s.num(i + 2)
		if m >= 1 && y >= 1900 && y <= 2100 {
			return hit{end: i + 3, timexType: tDate, calendar: cal{granularity: gMonth, year: y, month: m}, rule: idAbsoluteIsoMonth, confidence: 0.7}
		}
	}
	return hit{}
}

// ruleWeekNumber: "week 10", "week 23 of 2019".
func ruleWeekNumber(s *scanner, i int) hit {
	if !s.is(i, "week") || s.digits(i+1) == 0 || s.digits(i+1) > 2 {
		return hit{}
	}
	n, _ := s.num(i + 1)
	if n < 1 || n > 53 {
		return hit{}
	}
	c := cal{granularity: gWeek, year: -1, part: n}
	end := i + 2
	if y, e := s.yearAfter(end); e > end {
		c.year, end = y, e
	} else if s.known {
		c.year = s.dct.Year()
	}
	return hit{end: end, timexType: tDate, calendar: c, anchored: true, rule: idAbsoluteWeekNumber, confidence: 0.75}
}

// ruleTheNth: "on the 18th", "by the 4th": a day of the anchor's month.
func ruleTheNth(s *scanner, i int) hit {
	if !s.is(i, "the") || !s.is(i-1, "on", "by", "until", "till", "for", "since", "before", "after") {
		return hit{}
	}
	d, e := s.dayNum(i + 1)
	if e == i+1 || s.toks[i+1].kind != kNum || !s.is(e-1, "st", "nd", "rd", "th") {
		return hit{}
	}
	if _, ok := lookup(s, s.lx.units, inUnit, e); ok || s.is(e, "of", "century", "anniversary", "floor", "time", "round", "place") {
		return hit{}
	}
	if !s.known {
		return hit{end: e, timexType: tDate, literal: "XXXX-XX-" + two(d), rule: idRelativeTheNth, confidence: 0.6}
	}
	y, m := s.dct.Year(), int(s.dct.Month())
	if d > daysIn(y, m) {
		return hit{}
	}
	return hit{end: e, timexType: tDate, calendar: day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)), anchored: true, rule: idRelativeTheNth, confidence: 0.6}
}

// ruleNamedYear: "fiscal year", "this calendar year", "the school year".
func ruleNamedYear(s *scanner, i int) hit {
	j := i
	if s.is(j, "this", "the", "current") {
		j++
	}
	if !s.is(j, "calendar", "school", "fiscal", "financial") || !s.is(j+1, "year") {
		return hit{}
	}
	if j == i && !s.is(i-1, "in", "for", "during") {
		return hit{}
	}
	if s.is(j+2, "ended", "ending", "to", "that", "which") {
		return hit{}
	}
	// "the calendar year 2008", "the school year 2019": the year named
	if y, e := s.year(j + 2); e > j+2 && !s.is(e, "-", "/") {
		return hit{end: e, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteNamedYear, confidence: 0.85}
	}
	return hit{end: j + 2, timexType: tDate, calendar: s.current(gYear), anchored: true, rule: idRelativeNamedYear, confidence: 0.6}
}

// ruleAllUnit: "all day", "all week": a duration of one unit.
func ruleAllUnit(s *scanner, i int) hit {
	if !s.is(i, "all") {
		return hit{}
	}
	switch s.w(i + 1) {
	case "day":
		return hit{end: i + 2, timexType: tDuration, literal: "P1D", rule: idDurationAllUnit, confidence: 0.6}
	case "week":
		return hit{end: i + 2, timexType: tDuration, literal: "P1W", rule: idDurationAllUnit, confidence: 0.6}
	case "month":
		return hit{end: i + 2, timexType: tDuration, literal: "P1M", rule: idDurationAllUnit, confidence: 0.6}
	case "year":
		return hit{end: i + 2, timexType: tDuration, literal: "P1Y", rule: idDurationAllUnit, confidence: 0.6}
	}
	return hit{}
}

// ruleNthWeekdayOf: "the first Tuesday of November", "the last Sunday in
// January 2019", "the second Monday of next month".
func ruleNthWeekdayOf(s *scanner, i int) hit {
	if !s.is(i, "the") {
		return hit{}
	}
	n, k := s.ordinal(i + 1)
	if s.is(i+1, "last", "final") {
		n, k = -1, i+2
	}
	if n == 0 || n > 5 || k == i+1 {
		return hit{}
	}
	wd, ok := lookup(s, s.lx.weekdays, inWeekday, k)
	if !ok || !s.is(k+1, "of", "in") {
		return hit{}
	}
	m := s.inner(k + 2)
	if !m.ok() || m.timexType != tDate || m.literal != "" || m.calendar.granularity != gMonth || m.calendar.year < 0 || m.modifier != "" {
		return hit{}
	}
	var t time.Time
	if n > 0 {
		t = time.Date(m.calendar.year, time.Month(m.calendar.month), 1, 0, 0, 0, 0, time.UTC)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, 1)
		}
		t = t.AddDate(0, 0, 7*(n-1))
		if int(t.Month()) != m.calendar.month {
			return hit{} // "the fifth Monday" of a month with four
		}
	} else {
		t = time.Date(m.calendar.year, time.Month(m.calendar.month)+1, 0, 0, 0, 0, 0, time.UTC)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
	}
	return hit{end: m.end, timexType: tDate, calendar: day(t), anchored: m.anchored, rule: idRelativeNthWeekdayOf, confidence: 0.85}
}
