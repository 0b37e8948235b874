package date

// Durations: "three years", "the two-day talks", "the past two months",
// "the next three years", "the nine months", "weeks", "decades".

import (
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// ruleDuration matches a count and a unit, optionally after "the" and a
// lead word ("the past two years").
func ruleDuration(s *scanner, i int) hit {
	j := s.the(i)
	hasThe := j > i
	lead := false
	// "will last three hours": "last" is the verb
	if s.in(j, inDurationLead) && !(j == i && s.is(j, "last") && s.lx.cues["verb-last"][s.w(i-1)]) {
		j++
		lead = true
	}
	n, unit, _, k := s.countUnit(j)
	// "will one day be": some day in the future, not a day's length
	if !hasThe && !lead && k == j+2 && s.is(j, "one", "some") && unit == "D" && s.lx.cues["modal"][s.w(i-1)] {
		return hit{end: k, timexType: tDate, literal: "FUTURE_REF", rule: idRefOneDay, confidence: 0.6}
	}
	if k == j {
		// "the past year", "the next month", "the coming weeks"
		if lead && s.in(j-1, inDurationLead) {
			if u, ok := lookup(s, s.lx.units, inUnit, j); ok {
				w := s.w(j)
				plural := w[len(w)-1] == 's'
				if plural {
					if s.is(j-1, "coming", "next") {
						return hit{end: j + 1, timexType: tDuration, literal: dur(-1, unit0(u)), rule: idDurationTheComingUnits, confidence: 0.7}
					}
					return hit{end: j + 1, timexType: tDuration, literal: dur(-1, unit0(u)), rule: idDurationThePastUnits, confidence: 0.7}
				}
				if s.is(j-1, "past", "last") && hasThe && (w == "decade" || w == "century") ||
					s.is(j-1, "past", "last", "next", "coming") && hasThe && w == "fortnight" ||
					s.is(j-1, "past", "last", "next", "coming") && (u == "TH" || u == "TM") {
					// "the next hour", "in the past minute"
					h := hit{end: j + 1, timexType: tDuration, literal: dur(1, u), rule: idDurationThePastUnit, confidence: 0.75}
					h.rangeOverride = s.stretchFromNow(s.w(j-1), 1, u, j+1)
					h.anchored = h.rangeOverride != nil
					return h
				}
			}
		}
		return hit{}
	}
	// an age is not a duration of the event ("a 30-year-old man")
	if s.is(k, "-") && s.is(k+1, "old") {
		return hit{}
	}
	if s.is(k, "old") {
		return hit{}
	}
	// "the 2-1 win": the count must not be part of a score or ratio
	if hasThe && !lead && s.toks[j].kind == kNum && s.is(j+1, "-") && s.digits(j+2) > 0 {
		return hit{}
	}
	// "a year" alone is a duration only after "for", "in", "over" and the like,
	// or followed by "of"; SET rules take "twice a year".
	if n == 1 && (s.is(j, "a", "an")) && !lead {
		// "$1.76 a year", "700 seats a week" are rates, not durations
		// "a week from Friday": counted from a date
		rate := i > 0 && s.toks[i-1].kind == kWord && !s.toks[i-1].upper && strings.HasSuffix(s.w(i-1), "s") // "500 workers a week"
		if !s.lx.cues["a-unit-cue"][s.w(i-1)] && !(s.is(k, "from") && s.in(k+1, inWeekday|inMonth) && s.toks[k+1].upper && !rate) {
			return hit{}
		}
	}
	// a hyphenated count modifies a noun: "two-year", "30-year"
	val := dur(n, unit)
	h := hit{end: k, timexType: tDuration, literal: val, rule: idDurationCountUnit, confidence: 0.85}
	if s.is(k, "-") && s.is(k+1, "long") && s.adj(k-1) && s.adj(k) {
		h.end = k + 2 // "a two-day-long summit"
	}
	if !lead && hasThe && s.adj(k-2) && s.w(k-2) == "-" {
		// "the two-day talks": the span is "two-day"
		return hit{}
	}
	if lead && n > 0 {
		h.rangeOverride = s.stretchFromNow(s.w(j-1), n, unit, k)
		h.anchored = h.rangeOverride != nil
	}
	if !lead && !hasThe && n > 0 && s.is(i-1, "within") && s.tense(i-1, k) == tFuture {
		// "will finish within nine months": the stretch from now
		h.rangeOverride = s.stretchFromNow("within", n, unit, k)
		h.anchored = h.rangeOverride != nil
	}
	return h
}

// stretchFromNow is the calendar span of "the past two months" (ending on
// the publication day), "the next three days" (starting the day after) or
// "within three days" (from the publication day to the third day after),
// inclusive. A stretch placed by another event ("the first two years",
// "the last three days before the vote") has none.
func (s *scanner) stretchFromNow(lead string, n int, unit string, end int) *extract.Range {
	if !s.known || s.is(end, "of", "before", "after", "since", "until", "following", "preceding", "leading") {
		return nil
	}
	var y, m, d int
	switch unit {
	case "D":
		d = n
	case "W":
		d = 7 * n
	case "F":
		d = 14 * n
	case "M":
		m = n
	case "Q":
		m = 3 * n
	case "Y":
		y = n
	case "E":
		y = 10 * n
	default:
		return nil // hours and minutes need a time of day; centuries are no stretch from now
	}
	t := s.dct
	switch lead {
	case "past", "last", "latest":
		return &extract.Range{Start: t.AddDate(-y, -m, -d+1).Format("2006-01-02"), End: t.Format("2006-01-02")}
	case "next", "coming":
		return &extract.Range{Start: t.AddDate(0, 0, 1).Format("2006-01-02"), End: t.AddDate(y, m, d).Format("2006-01-02")}
	case "within":
		return &extract.Range{Start: t.Format("2006-01-02"), End: t.AddDate(y, m, d).Format("2006-01-02")}
	}
	return nil
}

// ruleRangeDuration: "two to three weeks", "two or three days".
func ruleRangeDuration(s *scanner, i int) hit {
	n1, k := s.count(i)
	if k == i || n1 <= 0 || !s.is(k, "to", "or", "-") {
		return hit{}
	}
	n2, unit, _, e := s.countUnit(k + 1)
	if e == k+1 || n2 <= n1 {
		return hit{}
	}
	return hit{end: e, timexType: tDuration, literal: dur(n1, unit), rule: idDurationRange, confidence: 0.75}
}

func unit0(u string) string { return u }

// ruleBareUnits: "for years", "within weeks", "decades-long".
func ruleBareUnits(s *scanner, i int) hit {
	w := s.w(i)
	u, ok := lookup(s, s.lx.units, inUnit, i)
	if ok && w[len(w)-1] != 's' && s.is(i+1, "-") && s.is(i+2, "long") && s.adj(i) && s.adj(i+1) && !s.is(i-1, "-") {
		// "a day-long meeting", "the year-long strike": one unit
		return hit{end: i + 3, timexType: tDuration, literal: dur(1, u), rule: idDurationUnitLong, confidence: 0.7}
	}
	if !ok || w[len(w)-1] != 's' || w == "hrs" || w == "mins" || w == "yrs" || w == "seconds" {
		return hit{}
	}
	if s.is(i+1, "-") && s.is(i+2, "long", "old") && s.adj(i) {
		if s.is(i+2, "old") {
			return hit{}
		}
		return hit{end: i + 3, timexType: tDuration, literal: dur(-1, u), rule: idDurationUnitsLong, confidence: 0.7}
	}
	// "in the weeks before the shooting", "the years that followed": a
	// stretch of time placed by an event; TimeML marks the unit alone
	if s.is(i-1, "the") && s.is(i+1, "before", "after", "following", "preceding", "leading", "prior", "that") &&
		!s.is(i-2, "of", "all") && (u == "D" || u == "W" || u == "M" || u == "Y") {
		dir := -1
		if s.tense(i, i+1) == tFuture {
			dir = 1
		}
		return hit{end: i + 1, timexType: tDate, literal: futureOrPast(dir), rule: idRelativeTheUnitsAround, confidence: 0.6}
	}
	if !s.lx.cues["bare-unit-cue"][s.w(i-1)] {
		return hit{}
	}
	if s.is(i+1, "of") && s.is(i-1, "of") {
		return hit{}
	}
	if s.is(i+1, "ago", "earlier", "later") {
		return hit{end: i + 2, timexType: tDate, literal: futureOrPast(map[bool]int{true: -1, false: 1}[s.w(i+1) != "later"]), rule: idRelativeUnitsAgo, confidence: 0.7}
	}
	return hit{end: i + 1, timexType: tDuration, literal: dur(-1, u), rule: idDurationBareUnits, confidence: 0.65}
}
