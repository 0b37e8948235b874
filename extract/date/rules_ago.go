package date

// Counts of units and the expressions built on them: "two weeks ago", "a
// year earlier", "in three days", "two years from now".

import (
	"strings"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// countUnit reads "two weeks", "a year", "18 months", "several days":
// a count (-1 for a vague one) and a unit code from units.txt.
func (s *scanner) countUnit(i int) (n int, unit string, frac bool, end int) {
	n, k := s.count(i)
	if k == i {
		return 0, "", false, i
	}
	// the unit is read below at k, k+1, k+2 or k+3 (after "more",
	// "business", "-"); with no unit word there, none is found
	if !s.in(k, inUnit) && !s.in(k+1, inUnit) && !s.in(k+2, inUnit) && !s.in(k+3, inUnit) {
		return 0, "", false, i
	}
	if s.is(k, "more", "additional", "full", "straight", "consecutive", "long") {
		k++
	}
	// "eight trading days", "five business days": TimeML counts them as days
	if s.is(k, "business", "trading", "working", "calendar") && s.is(k+1, "day", "days") {
		k++
	}
	if s.is(k, "-") && s.adj(k-1) {
		k++
	}
	u, ok := lookup(s, s.lx.units, inUnit, k)
	if !ok {
		return 0, "", false, i
	}
	uw := s.w(k)
	if len(uw) == 1 && !(s.toks[k-1].kind == kNum && s.adj(k-1)) {
		return 0, "", false, i // "h", "d" only in "3h", "10d"
	}
	switch {
	case s.toks[k].upper && !s.lowerText() && s.toks[i].kind == kNum && len(uw) > 1:
		return 0, "", false, i // "60 Minutes"
	case u == "Q" && (s.w(k-1) == "-" || s.is(k+1, "of")):
		return 0, "", false, i // "three-quarters", "a quarter of"
	case u == "Q" && (s.is(k+1, "-", "point", "points", "percentage", "percent") || s.is(i-1, "by", "nearly", "almost", "roughly", "than")):
		return 0, "", false, i // "a quarter-point cut", "fell by a quarter"
	case uw == "second" && s.is(i, "a", "an"):
		return 0, "", false, i // "a second group"
	case n >= 1000 && uw[len(uw)-1] != 's' && s.w(k-1) != "-":
		return 0, "", false, i // "the 1988 quarter"
	case s.is(k+1, "-") && s.is(k+2, "earlier", "ago", "old") && s.adj(k):
		return 0, "", false, i // "a year-earlier loss"
	}
	return n, u, false, k + 1
}

// count reads a number: digits, number words ("twenty-five"), "a", "an",
// "a few", "several".
func (s *scanner) count(i int) (int, int) {
	if n, ok := s.num(i); ok {
		if s.adj(i) && s.is(i+1, ".", ",") && s.digits(i+2) > 0 && s.adj(i+1) {
			return 0, i
		}
		if s.digits(i) > 4 {
			return 0, i
		}
		return n, i + 1
	}
	w := s.w(i)
	switch w {
	case "a", "an", "one":
		// "a hundred years", "a thousand years"
		if s.is(i+1, "hundred") {
			return 100, i + 2
		}
		if s.is(i+1, "thousand") {
			return 1000, i + 2
		}
		if s.is(i+1, "few", "couple") {
			if s.is(i+2, "of") {
				return couple(s.w(i + 1)), i + 3
			}
			return couple(s.w(i + 1)), i + 2
		}
		return 1, i + 1
	case "few", "several", "many", "some", "numerous":
		return -1, i + 1
	case "couple":
		if s.is(i+1, "of") {
			return 2, i + 2
		}
		return 2, i + 1
	}
	n, ok := lookup(s, s.lx.numbers, inNumber, i)
	if !ok {
		return 0, i
	}
	k := i + 1
	if n >= 20 && n < 100 && n%10 == 0 {
		kk := k
		if s.w(kk) == "-" {
			kk++
		}
		if m, ok := lookup(s, s.lx.numbers, inNumber, kk); ok && m > 0 && m < 10 {
			n += m
			k = kk + 1
		}
	}
	if s.w(k) == "hundred" && n < 10 {
		n *= 100
		k++
	}
	if s.w(k) == "thousand" && n < 10 {
		n *= 1000 // "two thousand years"
		k++
	}
	return n, k
}

func couple(w string) int {
	if w == "couple" {
		return 2
	}
	return -1
}

// dur formats a duration value.
func dur(n int, unit string) string {
	num := "X"
	if n >= 0 {
		num = itoa(n)
	}
	switch unit {
	case "E":
		if n < 0 {
			return "PXE"
		}
		num, unit = itoa(10*n), "Y"
	case "C":
		if n < 0 {
			return "PXC"
		}
		num, unit = itoa(100*n), "Y"
	case "F":
		if n >= 0 {
			num = itoa(2 * n)
		}
		unit = "W"
	}
	if unit[0] == 'T' {
		return "PT" + num + unit[1:]
	}
	return "P" + num + unit
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// shiftBy moves the anchor by n units and returns it at the unit's
// granularity ("two weeks ago" is a day; "a year ago" a year).
func (s *scanner) shiftBy(n int, unit string, sign int, ctxQuarter bool) cal {
	if !s.known || n < 0 {
		return cal{granularity: gDay, year: -1}
	}
	t := s.dct
	switch unit {
	case "D":
		return day(t.AddDate(0, 0, sign*n))
	case "W":
		return day(t.AddDate(0, 0, sign*7*n))
	case "F":
		return day(t.AddDate(0, 0, sign*14*n))
	case "M":
		return monthOf(t.AddDate(0, sign*n, 0))
	case "Q":
		return quarterOf(t.AddDate(0, sign*3*n, 0))
	case "Y":
		if ctxQuarter {
			c := s.reportQuarter()
			c.year += sign * n
			return c
		}
		return cal{granularity: gYear, year: t.Year() + sign*n}
	case "E":
		return cal{granularity: gYear, year: t.Year() + sign*10*n}
	case "C":
		return cal{granularity: gYear, year: t.Year() + sign*100*n}
	}
	return day(t)
}

// reportQuarter is the last complete quarter before the anchor, the one a
// company reports on ("the quarter", "the latest period").
func (s *scanner) reportQuarter() cal {
	if !s.known {
		return cal{granularity: gQuarter, year: -1}
	}
	return quarterOf(s.dct).shift(-1)
}

// ruleAgo: "two weeks ago", "a year earlier", "three days later", "in three
// days", "two years from now".
func ruleAgo(s *scanner, i int) hit {
	// "in three days", "within five minutes": the preposition before the
	// count is outside the TIMEX3 span
	j := i
	in := s.is(i-1, "in", "within")
	n, unit, _, k := s.countUnit(j)
	if k == j {
		return hit{}
	}
	if unit[0] == 'T' {
		return s.clockOffset(i, j, n, unit, k, in)
	}
	sign := 0
	// "a week or so ago": an approximate count
	approx := false
	if s.is(k, "or") && s.is(k+1, "so") && s.is(k+2, "ago", "earlier", "later") {
		approx, k = true, k+2
	}
	end := k
	switch s.w(k) {
	case "ago", "earlier", "before", "back":
		sign = -1
		end = k + 1
		if s.is(k, "earlier") && s.is(k+1, "than") {
			return hit{} // "four years earlier than planned"
		}
		if s.is(k, "before") && !s.is(k+1, ".", ",", ";", "and", "that") && k+1 < len(s.toks) {
			return hit{}
		}
	case "later", "hence", "after":
		sign = 1
		end = k + 1
		if s.is(k, "after") && !s.is(k+1, ".", ",", ";", "and", "that") && k+1 < len(s.toks) {
			return hit{}
		}
		if s.is(k, "later") && s.is(k+1, "than") {
			return hit{}
		}
	case "from":
		// "for three days from today" is a stretch, not the day it reaches
		if s.is(k+1, "now", "today") && !s.is(i-1, "for") {
			sign = 1
			end = k + 2
		}
	}
	if in && sign == 0 && s.w(i-1) == "in" && unit[0] != 'T' {
		// "in three days" (from now)
		if s.tense(i-1, k) != tFuture || s.is(k, "that", "which", "when", "of", "or", "and") || s.firstOrMostBefore(i-1) {
			return hit{}
		}
		c := s.shiftBy(n, unit, 1, false)
		return hit{end: k, timexType: tDate, calendar: c, anchored: true, rule: idRelativeInNUnits, confidence: 0.7}
	}
	if sign == 0 {
		return hit{}
	}
	if n != 0 && (s.is(k, "later") || s.is(k, "earlier") && unit == "D") {
		// "three days later", "a day earlier" are durations in TimeML;
		// the event they count from is usually not the publication, and
		// "later" stays outside the span as TimeBank writes it
		e := end
		if s.is(k, "later") {
			e = k // "a day earlier" keeps its "earlier" in TimeBank
		}
		return hit{end: e, timexType: tDuration, literal: dur(n, unit), rule: idDurationUnitsLater, confidence: 0.7}
	}
	c := s.shiftBy(n, unit, sign, s.quarterContext(i))
	if n == 1 && unit == "M" && sign < 0 && s.is(k, "earlier", "before") && s.known && s.sameSentenceRef(i) && s.ref.granularity == gMonth {
		// "3.2 percent in November, down from a month earlier"
		c = s.ref.shift(-1)
	}
	if n == 1 && unit == "Y" && sign < 0 && s.is(k, "earlier", "before") && s.known && s.sameSentenceRef(i) && s.ref.granularity == gYear && s.refWritten {
		// "90 percent in 2017 from 88 percent a year earlier"
		c = cal{granularity: gYear, year: s.ref.year - 1}
	}
	if n == 1 && unit == "Y" && sign < 0 && s.known && s.sameSentenceRef(i) && (s.ref.granularity == gMonth || s.ref.granularity == gQuarter) {
		// "exports in November fell from a year earlier", "sales in the
		// fourth quarter were weaker than a year ago": the same period of
		// the year before
		c = s.ref
		c.year--
	}
	h := hit{end: end, timexType: tDate, calendar: c, anchored: true, rule: idRelativeAgo, confidence: 0.85}
	if approx {
		h.modifier = "APPROX"
	}
	if n < 0 || !s.known {
		h.literal = futureOrPast(sign)
		if n < 0 && s.known {
			h.literal = ""
			h.calendar = vague(s.shiftBy(1, unit, sign, false), unit)
			h.noRange = true
		}
	}
	return h
}

// vague blanks the finer fields of an approximate past or future point
// ("several years ago" is some year of a decade).
func vague(c cal, unit string) cal {
	switch unit {
	case "Y", "E", "C":
		return cal{granularity: gDecade, year: c.year / 10}
	case "M":
		return cal{granularity: gYear, year: c.year}
	case "W", "D":
		return cal{granularity: gMonth, year: c.year, month: c.month}
	}
	return c
}

// quarterContext reports whether the text before (or the clause after)
// speaks of quarters, where "a year ago" means the same quarter a year
// before.
func (s *scanner) quarterContext(i int) bool {
	for k := i - 1; k >= 0 && k > i-300; k-- {
		if w := s.w(k); w == "quarter" || w == "quarterly" {
			return true
		}
	}
	for k := i; k < len(s.toks) && k < i+12; k++ {
		if s.w(k) == "." {
			break
		}
		if s.w(k) == "quarter" {
			return true
		}
	}
	return false
}

// clockOffset: "in 5 minutes", "3 hours from now": a clock time counted
// from the publication time. "an hour later" stays a duration, as TimeML
// annotates it.
func (s *scanner) clockOffset(i, j, n int, unit string, k int, in bool) hit {
	end := k
	if s.is(k, "of", "after", "before", "from") && !s.is(k+1, "now") {
		return hit{} // "within 5 minutes of the count": counted from an event
	}
	switch {
	case in && s.tense(i-1, k) == tFuture || in && s.is(i-2, "back", "there", "here", "ready", "done"):
	case !in && s.is(k, "from") && s.is(k+1, "now"):
		end = k + 2
	default:
		return hit{}
	}
	if !s.known || n <= 0 {
		return hit{}
	}
	var d time.Duration
	switch unit {
	case "TH":
		d = time.Duration(n) * time.Hour
	case "TM":
		d = time.Duration(n) * time.Minute
	default:
		return hit{}
	}
	t := s.now.Add(d)
	h := hit{end: end, timexType: tTime, calendar: day(t), anchored: true, rule: idRelativeClockOffset, confidence: 0.7, noRange: true}
	h.calendar.clock = "T" + two0(t.Hour()) + ":" + two0(t.Minute())
	if s.is(i-1, "within") {
		// "within five minutes": the stretch from now until then
		h.rangeOverride = &extract.Range{Start: s.now.Format("2006-01-02T15:04"), End: t.Format("2006-01-02T15:04")}
	}
	return h
}

// sameSentenceRef reports a reference date earlier in the sentence of
// token i.
func (s *scanner) sameSentenceRef(i int) bool {
	if !s.hasRef || s.refEnd > i {
		return false
	}
	for k := s.refEnd; k < i; k++ {
		if s.is(k, ".", "?", "!") && s.clauseEnd(k) {
			return false
		}
	}
	return true
}

// firstOrMostBefore reports "first", "last" or a superlative shortly before
// token i: in "the first such meeting in 18 months", "the highest in
// three years" the count is a stretch of time, not a date ahead.
func (s *scanner) firstOrMostBefore(i int) bool {
	return s.backInClause(i, 6, func(k int) bool {
		w := s.w(k)
		return w == "first" || w == "last" || w == "only" || w == "since" || len(w) > 4 && strings.HasSuffix(w, "est") && s.toks[k].kind == kWord
	})
}
