package date

import (
	"strings"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// Composition joins neighbouring matches into one expression: a day and a
// clock time ("tomorrow 8:00am"), a sum of durations ("3 hours 30
// minutes"), an offset from a date ("two days before Christmas") and a
// range ("from 2014 to 2018", "between May and June").

type found struct {
	i int
	h hit
}

func (s *scanner) compose(fs []found) []found {
	// Joining only merges, so the output is built in place: out never
	// grows past the matches already read.
	out := fs[:0]
	for k := 0; k < len(fs); k++ {
		f := fs[k]
		if f.h.rule == idTimeSpan && s.is(f.i-1, "from", "between") && (len(out) == 0 || out[len(out)-1].h.end < f.i-1) {
			f.i-- // "between 2 and 4:30pm" holds its "between", as a range does
		}
		for k+1 < len(fs) {
			g := fs[k+1]
			m, ok := s.join(f, g)
			if !ok {
				// "from 2pm till tomorrow 4:30pm": the end of a range is
				// itself two matches that join first
				gap, near := s.gapOf(f, g)
				if !near || !s.lx.rangeSep[gap] || k+2 >= len(fs) {
					break
				}
				g2, ok2 := s.join(g, fs[k+2])
				if !ok2 {
					break
				}
				if m, ok = s.join(f, g2); !ok {
					break
				}
				k++
			}
			f = m
			k++
		}
		if f2, ok := s.partBefore(f, out); ok {
			f = f2
		}

		if (f.h.rule == idHoliday || f.h.rule == idHolidayYear) && f.h.calendar.year >= 0 && s.is(f.h.end, "weekend") && (k+1 >= len(fs) || fs[k+1].i > f.h.end) {
			// "Labor Day weekend", "Thanksgiving weekend 2020"
			c, end := f.h.calendar, f.h.end+1
			if y, e := s.yearAfter(end); e > end && (k+1 >= len(fs) || fs[k+1].h.end <= e) {
				if hol := s.holidayAt(f.i); hol != (holiday{}) {
					c, end, f.h.anchored = day(hol.on(y)), e, false
					if k+1 < len(fs) && fs[k+1].i < e {
						k++ // the year just read
					}
				}
			}
			f.h.calendar, f.h.end, f.h.rule = holidayWeekend(c), end, idHolidayWeekend
		}
		// "Sunday 3 weeks after January 15th": the weekday meets the
		// counted day only once the count and the date are joined
		if n := len(out); n > 0 && f.h.rule == idRelativeOffsetFromDate {
			if gap, ok := s.gapOf(out[n-1], f); ok {
				if m, ok := s.weekdayNear(out[n-1], f, gap); ok {
					out[n-1] = m
					continue
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// partBefore extends a match back over words no rule matched on their
// own: "the week of March 6" (the week holding that day) and "the first
// week of July" ("the first week", unlike "the last week", is no date by
// itself).
func (s *scanner) partBefore(g found, prev []found) (found, bool) {
	if f, ok := s.dayOfMonthBefore(g, prev); ok {
		return f, true
	}
	if g.i >= 3 && s.is(g.i-3, "the") && s.is(g.i-2, "week") && s.is(g.i-1, "of") && isDay(g.h) && g.h.calendar.clock == "" &&
		(len(prev) == 0 || prev[len(prev)-1].h.end <= g.i-3) {
		f := found{g.i - 3, hit{end: g.i - 1, timexType: tDate, calendar: cal{granularity: gWeek}, rule: idRelativeTheUnit}}
		return s.join(f, g)
	}
	i := g.i - 3
	if i < 0 || !s.is(g.i-1, "of") {
		return g, false
	}
	if _, ok := lookup(s, s.lx.units, inUnit, i+1); !ok {
		return g, false
	}
	if s.is(i-1, "the") {
		i--
	}
	if len(prev) > 0 && prev[len(prev)-1].h.end > i {
		return g, false
	}
	f := found{i, hit{end: g.i - 1, timexType: tDate}}
	return s.partOf(f, g, "of")
}

// dayOfMonthBefore reads "the 15th of next month", "the twenty-third day
// of September": an ordinal day before a month that no rule read alone.
func (s *scanner) dayOfMonthBefore(g found, prev []found) (found, bool) {
	c := g.h.calendar
	if !s.is(g.i-1, "of") || g.h.timexType != tDate || g.h.literal != "" || g.h.modifier != "" || c.granularity != gMonth || c.year < 0 || c.month < 1 {
		return g, false
	}
	k := g.i - 2
	if s.is(k, "day") {
		k--
	}
	for p := max(k-2, 0); p <= k; p++ {
		n, e := s.dayNum(p)
		if e != k+1 || n < 1 || n > daysIn(c.year, c.month) {
			continue
		}
		// an ordinal, not a count: "15th", "third", "twenty-third"
		if s.toks[p].kind == kNum && !s.is(e-1, "st", "nd", "rd", "th") {
			return g, false
		}
		start := p
		if s.is(p-1, "the") {
			start--
		}
		if len(prev) > 0 && prev[len(prev)-1].h.end > start {
			return g, false
		}
		h := g.h
		h.calendar = cal{granularity: gDay, year: c.year, month: c.month, day: n}
		h.rule = idRelativeDayOfMonth
		return found{start, h}, true
	}
	return g, false
}

// gapOf returns the words between two matches, at most two of them.
func (s *scanner) gapOf(f, g found) (string, bool) {
	switch g.i - f.h.end {
	case 0:
		return "", true
	case 1:
		return s.w(f.h.end), true
	case 2:
		return s.w(f.h.end) + " " + s.w(f.h.end+1), true
	}
	return "", false
}

// join joins two neighbouring matches into one expression, by the first
// of joinRules that takes them.
func (s *scanner) join(f, g found) (found, bool) {
	gap, ok := s.gapOf(f, g)
	if !ok {
		return f, false
	}
	for _, r := range joinRules {
		if m, ok := r(s, f, g, gap); ok {
			return m, true
		}
	}
	return f, false
}

// joinRules join a match f and the next one, g, with the words between
// them (gap, at most two) into one expression. They are tried in this
// order; a rule that does not join returns f and false.
var joinRules = [...]func(s *scanner, f, g found, gap string) (found, bool){
	(*scanner).weekdayInWeek,
	(*scanner).joinYearQuarter,
	(*scanner).joinDayClock,
	(*scanner).joinDayClockBound,
	(*scanner).joinDayModifiedPart,
	(*scanner).joinPartOfDay,
	(*scanner).joinDayInPart,
	(*scanner).joinSetClock,
	(*scanner).joinDurationFromDate,
	(*scanner).joinClockDay,
	(*scanner).joinCountAgo,
	(*scanner).joinDurationSum,
	(*scanner).joinOffsetFromDate,
	(*scanner).partOf,
	(*scanner).weekdayNear,
	(*scanner).joinDurationFromClock,
	(*scanner).joinMoreDuration,
	(*scanner).joinWeekOfDay,
	(*scanner).joinWeekBeginning,
	(*scanner).joinDayOfYear,
	(*scanner).joinWeekendOf,
	(*scanner).joinRange,
}

// joinYearQuarter gives a quarter the year before it: "this year's third
// quarter", "next year's first quarter".
func (s *scanner) joinYearQuarter(f, g found, gap string) (found, bool) {
	if !(f.h.calendar.granularity == gYear && f.h.literal == "" && gap == "' s" &&
		g.h.calendar.granularity == gQuarter && g.h.literal == "" && f.h.calendar.year >= 0) {
		return f, false
	}
	h := g.h
	h.calendar.year, h.end, h.anchored = f.h.calendar.year, g.h.end, f.h.anchored
	return found{f.i, h}, true
}

// joinDayClock puts a clock time on a day: "tomorrow 8:00am", "Friday at
// 3 p.m.", "tonight from 7 to 7:30".
func (s *scanner) joinDayClock(f, g found, gap string) (found, bool) {
	if !(isDay(f.h) && isClock(g.h) &&
		(gap == "" || gap == "," || gap == "at" || gap == ", at" || gap == "@" || gap == "from" || gap == "between")) {
		return f, false
	}
	h := f.h
	part := f.h.calendar.clock
	if part == "" && s.is(f.h.end-1, "tonight", "tonite") {
		part = "TNI" // "tonight from 7 to 7:30"
	}
	h.calendar.clock = s.laterInDay(part, g.h.calendar.clock, g.i, g.h.end)
	h.until, h.untilDays = laterUntil(h.calendar.clock, g.h)
	h.timexType, h.end, h.noRange, h.rule = tTime, g.h.end, true, f.h.rule.withSuffix(sufTime)
	if f.h.literal != "" {
		h.literal = ""
		h.calendar = g.h.calendar
	}
	return found{f.i, h}, true
}

// joinDayClockBound reads a bound on the day: "Thursday before 5pm",
// "tomorrow by 9 a.m.".
func (s *scanner) joinDayClockBound(f, g found, gap string) (found, bool) {
	if !(isDay(f.h) && isClock(g.h) && g.h.modifier == "" &&
		(gap == "before" || gap == "after" || gap == "by")) {
		return f, false
	}
	h := f.h
	h.calendar.clock = g.h.calendar.clock
	h.timexType, h.end, h.noRange, h.rule = tTime, g.h.end, true, f.h.rule.withSuffix(sufTime)
	h.modifier = map[string]string{"before": "BEFORE", "by": "ON_OR_BEFORE", "after": "AFTER"}[gap]
	if f.h.literal != "" {
		h.literal = ""
		h.calendar = g.h.calendar
	}
	return found{f.i, h}, true
}

// joinDayModifiedPart gives a day the modified part of day and its clock
// time after it: "Sunday early morning at 8:00".
func (s *scanner) joinDayModifiedPart(f, g found, gap string) (found, bool) {
	if !(isDay(f.h) && f.h.calendar.clock == "" && g.h.timexType == tTime && g.h.literal == "" &&
		g.h.calendar.granularity == gDay && g.h.rule.mod() != modNone &&
		g.h.rule.base() == idTimePartOfDay && gap == "") {
		return f, false
	}
	h := g.h
	h.calendar.year, h.calendar.month, h.calendar.day, h.anchored = f.h.calendar.year, f.h.calendar.month, f.h.calendar.day, f.h.anchored
	if f.h.rule.in(famWeekday) && (h.calendar.clock == "TMO" || h.calendar.clock == "TNI") {
		h.calendar.clock, h.timexType = "", tDate // a weekday's morning or night is the day (see withPart)
	}
	return found{f.i, h}, true
}

// joinPartOfDay reads the part of a named day: "mid-afternoon yesterday",
// "late afternoon Friday"; a weekday's morning or night is the day
// (withPart).
func (s *scanner) joinPartOfDay(f, g found, gap string) (found, bool) {
	if !(f.h.timexType == tTime && len(f.h.calendar.clock) == 3 && f.h.literal == "" &&
		(f.h.rule == idTimePartOfDay || f.h.rule.mod() != modNone && f.h.rule.base() == idTimePartOfDay && f.h.rule.lastSuffix() == sufNone) &&
		isDay(g.h) && g.h.calendar.clock == "" && g.h.literal == "" && (gap == "" || gap == "on")) {
		return f, false
	}
	h := g.h
	h.modifier = f.h.modifier
	if p := f.h.calendar.clock; !g.h.rule.in(famWeekday) || p == "TAF" || p == "TEV" {
		h.calendar.clock, h.timexType, h.noRange = p, tTime, true
	}
	h.rule = idTimePartDay
	return found{f.i, h}, true
}

// joinDayInPart reads "Tuesday in the morning" as "Tuesday morning".
func (s *scanner) joinDayInPart(f, g found, gap string) (found, bool) {
	if !(isDay(f.h) && f.h.calendar.clock == "" && g.h.rule == idTimePartOfDay &&
		g.h.modifier == "" && (gap == "in" || gap == "during")) {
		return f, false
	}
	h := f.h
	h.end = g.h.end
	if p := g.h.calendar.clock; len(p) == 3 && (!f.h.rule.in(famWeekday) || p == "TAF" || p == "TEV") {
		h.calendar.clock, h.noRange = p, true
		if h.literal != "" {
			h.literal += p
		}
	}
	return found{f.i, h}, true
}

// joinSetClock puts a clock time on a set: "each Monday at 4pm" is every
// Monday at that time; "every day at 7 p.m." and "every evening at 7
// p.m." are that clock time every day, written as the time alone as "every
// evening" is TEV; a set of weeks or months ("P1W") keeps its value.
func (s *scanner) joinSetClock(f, g found, gap string) (found, bool) {
	if !((f.h.timexType == tSet && isClock(g.h) && (gap == "" || gap == "at")) ||
		(isClock(f.h) && g.h.timexType == tSet && gap == "")) {
		return f, false
	}
	h, clock := f.h, g.h
	if f.h.timexType != tSet {
		h, clock = g.h, f.h
	}
	// "each Monday at 4pm" is every Monday at that time; "every day
	// at 7 p.m." and "every evening at 7 p.m." are that clock time
	// every day, written as the time alone as "every evening" is TEV;
	// a set of weeks or months ("P1W") keeps its value
	switch {
	case strings.HasPrefix(h.literal, "XXXX") && !strings.Contains(h.literal, "T"):
		h.literal += clock.calendar.clock
	case (h.literal == "P1D" || len(h.literal) == 3 && h.literal[0] == 'T') && isClockT(clock.calendar.clock):
		h.literal = clock.calendar.clock
	}
	h.end = g.h.end
	return found{f.i, h}, true
}

// joinDurationFromDate reads a stretch of time from a date: "10 years
// beginning 2009", "for 3 years from Jan. 5, 2019".
func (s *scanner) joinDurationFromDate(f, g found, gap string) (found, bool) {
	if !(f.h.timexType == tDuration && g.h.timexType == tDate &&
		(gap == "starting" || gap == "starting from" || gap == "starting on" || gap == "beginning" || (gap == "from" || gap == ", from") && s.is(f.i-1, "for"))) {
		return f, false
	}
	h := g.h
	h.end, h.rule = g.h.end, idRangeDurationFrom
	if a := g.h.calendar.span(); a != nil && g.h.literal == "" {
		if n, unit, _, e := s.countUnit(f.i); e == f.h.end && n > 0 {
			if c, ok := offset(g.h.calendar, n, unit); ok && c.granularity == gDay {
				h.rangeOverride = &extract.Range{Start: a.Start, End: c.shift(-1).value()}
			} else if t, err := time.Parse("2006-01-02", a.Start); err == nil {
				// "for five years from 2019": from the period's first day
				if c, ok := offset(day(t), n, unit); ok && c.granularity == gDay {
					h.rangeOverride = &extract.Range{Start: a.Start, End: c.shift(-1).value()}
				}
			}
		}
	}
	return found{f.i, h}, true
}

// joinClockDay puts a clock time before a day on it: "7:30 on Thursday
// evening".
func (s *scanner) joinClockDay(f, g found, gap string) (found, bool) {
	if !(isClock(f.h) && isDay(g.h) && (gap == "" || gap == "," || gap == "on")) {
		return f, false
	}
	h := g.h
	h.calendar.clock = s.laterInDay(g.h.calendar.clock, f.h.calendar.clock, f.i, f.h.end) // "7:30 on Thursday evening"
	h.until, h.untilDays = laterUntil(h.calendar.clock, f.h)
	h.timexType, h.end, h.noRange, h.rule = tTime, g.h.end, true, idTimeClockDay
	return found{f.i, h}, true
}

// joinCountAgo counts a second amount from a day ago: "2 weeks and 2 days
// ago".
func (s *scanner) joinCountAgo(f, g found, gap string) (found, bool) {
	if !(isCountDur(f.h) && g.h.rule == idRelativeAgo && g.h.literal == "" &&
		(gap == "and" || gap == ",")) {
		return f, false
	}
	n, unit, _, e := s.countUnit(f.i)
	if e == f.h.end && n > 0 && g.h.calendar.granularity == gDay {
		sign := -1
		// the values compare in stack buffers: string(b) in a comparison
		// makes no string
		var today, then [48]byte
		if g.h.calendar.year >= 0 && s.known && string(day(s.dct).appendValue(today[:0])) < string(g.h.calendar.appendValue(then[:0])) {
			sign = 1
		}
		if c, ok := offset(g.h.calendar, sign*n, unit); ok {
			h := g.h
			h.calendar, h.end = c, g.h.end
			return found{f.i, h}, true
		}
	}
	return f, false
}

// joinDurationSum adds two counted durations: "3 hours 30 minutes".
func (s *scanner) joinDurationSum(f, g found, gap string) (found, bool) {
	if !(isCountDur(f.h) && isCountDur(g.h) && (gap == "" || gap == "and" || gap == ",")) {
		return f, false
	}
	if v, ok := addDur(f.h.literal, g.h.literal); ok {
		h := f.h
		h.literal, h.end, h.rule = v, g.h.end, idDurationSum
		return found{f.i, h}, true
	}
	return f, false
}

// joinOffsetFromDate counts from a date: "two days before Christmas",
// "more than 2 weeks before today"; trading days are no calendar offset.
func (s *scanner) joinOffsetFromDate(f, g found, gap string) (found, bool) {
	if !(isCountDur(f.h) && g.h.timexType == tDate && g.h.literal == "" && g.h.calendar.year >= 0 &&
		(gap == "before" || gap == "after" || gap == "from" || gap == "prior to")) {
		return f, false
	}
	k := f.i
	if f.h.modifier != "" {
		// "more than 2 weeks before today": the count follows the modifier
		for k < f.h.end-1 {
			if _, _, _, e := s.countUnit(k); e == f.h.end {
				break
			}
			k++
		}
	}
	n, unit, _, e := s.countUnit(k)
	if e == f.h.end && n > 0 && !s.is(e-2, "business", "trading", "working") {
		// trading days are no calendar offset
		sign := 1
		if gap == "before" || gap == "prior to" {
			sign = -1
		}
		if c, ok := offset(g.h.calendar, n*sign, unit); ok {
			h := g.h
			h.calendar, h.end, h.rule = c, g.h.end, idRelativeOffsetFromDate
			h.modifier = offsetMod(f.h.modifier, sign)
			return found{f.i, h}, true
		}
	}
	return f, false
}

// joinDurationFromClock reads a stretch of time from a clock time, where
// it begins: "for three hours from 10 a.m.", "from 2 p.m. for two hours".
func (s *scanner) joinDurationFromClock(f, g found, gap string) (found, bool) {
	if !(((isCountDur(f.h) || f.h.rule == idDurationSum) && isClock(g.h) && gap == "from" &&
		s.is(f.i-1, "for")) ||
		(isClock(f.h) && (isCountDur(g.h) || g.h.rule == idDurationSum) && gap == "for" &&
			s.is(f.i-1, "from"))) {
		return f, false
	}
	h, d := g.h, f.h
	if isClock(f.h) {
		h, d = f.h, g.h
	}
	h.end, h.rule = g.h.end, idRangeDurationFrom
	h.until, h.untilDays = clockPlus(h.calendar.clock, d.literal)
	return found{f.i, h}, true
}

// joinMoreDuration adds to such a stretch: "from 10 am for 3 hours 30
// minutes".
func (s *scanner) joinMoreDuration(f, g found, gap string) (found, bool) {
	if !(f.h.rule == idRangeDurationFrom && isCountDur(g.h) && (gap == "" || gap == "and")) {
		return f, false
	}
	h := f.h
	h.end = g.h.end
	if f.h.until != 0 {
		h.until, h.untilDays = clockPlus(f.h.until.String(), g.h.literal)
		h.untilDays += f.h.untilDays
	}
	return found{f.i, h}, true
}

// joinWeekOfDay reads "the week of March 6", the week that holds the day.
func (s *scanner) joinWeekOfDay(f, g found, gap string) (found, bool) {
	if !(f.h.rule == idRelativeTheUnit && f.h.calendar.granularity == gWeek && isDay(g.h) &&
		g.h.calendar.clock == "" && g.h.literal == "" && g.h.calendar.year >= 0 && gap == "of") {
		return f, false
	}
	h := g.h
	h.calendar = weekOf(time.Date(g.h.calendar.year, time.Month(g.h.calendar.month), g.h.calendar.day, 0, 0, 0, 0, time.UTC))
	h.end, h.rule = g.h.end, idRelativeWeekOfDay
	return found{f.i, h}, true
}

// joinWeekBeginning reads "the week beginning February 4".
func (s *scanner) joinWeekBeginning(f, g found, gap string) (found, bool) {
	if !(f.h.rule == idRelativeTheUnit && f.h.calendar.granularity == gWeek && isDay(g.h) &&
		g.h.calendar.clock == "" &&
		(gap == "beginning" || gap == "starting" || gap == "commencing" || gap == "beginning on" || gap == "starting on")) {
		return f, false
	}
	h := g.h
	h.end, h.rule = g.h.end, idRelativeWeekBeginning
	if a := g.h.calendar.span(); a != nil && g.h.literal == "" {
		if r, ok := partRange(&extract.Range{Start: a.Start, End: "9999-12-31"}, 1, "W", false); ok {
			h.rangeOverride = r
		}
	}
	return found{f.i, h}, true
}

// joinDayOfYear gives a day whose year was guessed the year after it:
// "ended on Jan. 27 last year", "on Dec. 14 this year".
func (s *scanner) joinDayOfYear(f, g found, gap string) (found, bool) {
	if !(yearGuessed(f.h) && f.h.calendar.year >= 0 && gap == "" &&
		g.h.rule == idRelativeThisLastNext && g.h.calendar.granularity == gYear &&
		g.h.calendar.year >= 0) {
		return f, false
	}
	h := f.h
	h.calendar.year, h.end, h.rule = g.h.calendar.year, g.h.end, f.h.rule.withSuffix(sufOfYear)
	return found{f.i, h}, true
}

// joinWeekendOf reads "the weekend of Halloween".
func (s *scanner) joinWeekendOf(f, g found, gap string) (found, bool) {
	if !(f.h.rule == idRelativeTheWeekend && gap == "of" &&
		(g.h.rule == idHoliday || g.h.rule == idHolidayYear) && g.h.calendar.year >= 0) {
		return f, false
	}
	h := g.h
	h.calendar, h.end, h.rule = holidayWeekend(g.h.calendar), g.h.end, idHolidayWeekend
	return found{f.i, h}, true
}

// joinRange reads a range: "from 2014 to 2018", "between May and June",
// "between Jan. 22 and now"; two years written with a hyphen
// ("2009-2010") stay two expressions, as TimeML tags them.
func (s *scanner) joinRange(f, g found, gap string) (found, bool) {
	nowEnd := f.h.literal == "PRESENT_REF" || g.h.literal == "PRESENT_REF"
	yearPair := gap == "-" && f.h.rule == idAbsoluteYear && g.h.rule.in(famYear) && s.adj(f.h.end-1) && s.adj(f.h.end)
	if !s.lx.rangeSep[gap] || yearPair || f.h.timexType != tDate && f.h.timexType != tTime ||
		!(g.h.timexType == f.h.timexType || nowEnd && g.h.timexType != tDuration && g.h.timexType != tSet) ||
		!(f.h.literal == "" && g.h.literal == "" || nowEnd) {
		return f, false
	}
	intro := s.is(f.i-1, "from", "between")
	fc, gc, anch := s.alignEnds(f, g)
	fa, ga := f.h, g.h
	fa.calendar, ga.calendar = fc, gc
	if !((gap != "and" || s.is(f.i-1, "between")) && (f.h.calendar.granularity == g.h.calendar.granularity || nowEnd && intro || s.ordered(fa, ga))) {
		return f, false
	}
	h := f.h
	start := f.i
	if intro {
		start = f.i - 1
	}
	h.calendar, h.anchored = fc, anch
	h.end, h.rule = g.h.end, idRangeSpan
	if intro {
		h.rule = idRangeFromTo
	}
	a, b := fc.span(), gc.span()
	if nowEnd && s.known {
		// "between Jan. 22 and now", "between now and Nov. 15"
		h.anchored = true
		if f.h.literal == "PRESENT_REF" {
			a = day(s.dct).span()
		}
		if g.h.literal == "PRESENT_REF" {
			b = day(s.dct).span()
		}
	} else if nowEnd {
		a = nil
	}
	if f.h.timexType == tTime && g.h.timexType == tTime && fc.year >= 0 && gc.year >= 0 && fc.granularity == gDay && gc.granularity == gDay && fc.month > 0 && gc.month > 0 {
		// a span of clock times covers the days it runs over, and
		// its range runs from one clock to the other
		a, b = ymdRange(fc), ymdRange(gc)
		if days := daysBetween(fc, gc); isClockT(fc.clock) && isClockT(gc.clock) && days >= 0 && days < 1<<14 {
			h.until, h.untilDays = toClockMin(gc.clock), int16(days)
			if h.untilDays == 0 && gc.clock < fc.clock {
				h.untilDays = 1 // "from 10 p.m. to 2 a.m."
			}
		}
	}
	if a != nil && b != nil && a.Start <= b.End {
		h.rangeOverride = &extract.Range{Start: a.Start, End: b.End}
	} else {
		h.noRange = true
	}
	return found{start, h}, true
}

// floorDiv divides rounding down, for negative a too.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// holidayWeekend is the weekend a holiday gives its name to: the one
// before a holiday early in the week (Labor Day on a Monday), the one
// after it late in the week (Thanksgiving), its own on a weekend.
func holidayWeekend(c cal) cal {
	t := time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, time.UTC)
	if isoWeekday(t) <= 3 {
		t = t.AddDate(0, 0, -7)
	}
	w := weekOf(t)
	w.granularity = gWeekend
	return w
}

// alignEnds gives the two ends of a range the same year when the text
// names it once: "from May to October 2020" and "Nov. 18-Dec. 19, 2015"
// take the end's year, "from May 2019 to September" the start's, and an
// end before its start falls in the next year ("from Dec. 20 to Jan. 5").
// Without a year in the text the start is resolved as usual and the end
// follows it, so "from May to September" never runs backwards. A bare
// weekday as the end is the first one on or after the start ("from next
// Monday to Friday"); after a date ("from Sept. 14 to Thursday") it is
// read on its own. anch reports whether the start still rests on the
// publication time.
func (s *scanner) alignEnds(ff, gf found) (cal, cal, bool) {
	f, g := ff.h, gf.h
	fc, gc := f.calendar, g.calendar
	if f.timexType == tTime && g.timexType == tTime && f.literal == "" && g.literal == "" {
		// "7 a.m. to 8 p.m. Thursday": the day named once holds both times
		// ("Monday 1pm to 3pm" too)
		if bareClock(f) && !bareClock(g) && gc.granularity == gDay && gc.year >= 0 && g.rule.lastSuffix() != sufTime {
			// the day after the end clock holds both; one before it ("from
			// 2pm till tomorrow 4:30pm") is the end's alone
			fc.year, fc.month, fc.day = gc.year, gc.month, gc.day
		} else if bareClock(g) && !bareClock(f) && fc.granularity == gDay && fc.year >= 0 {
			gc.year, gc.month, gc.day = fc.year, fc.month, fc.day
		} else if fc.year >= 0 && gc.year >= 0 && fc.month > 0 && gc.month > 0 && s.lx.weekdays[s.w(gf.h.end-1)] > 0 {
			// "from 8 p.m. on Sunday until 8 a.m. on Wednesday": the end's
			// weekday is the one after the start
			a := time.Date(fc.year, time.Month(fc.month), fc.day, 0, 0, 0, 0, time.UTC)
			b := time.Date(gc.year, time.Month(gc.month), gc.day, 0, 0, 0, 0, time.UTC)
			// the weekday's date in the week that begins with the start;
			// counted, not looped, as the two can be centuries apart
			days := int((b.Unix() - a.Unix()) / 86400) // Sub saturates past 292 years
			b = b.AddDate(0, 0, -7*floorDiv(days, 7))
			if b.Equal(a) && isClockT(fc.clock) && isClockT(gc.clock) && gc.clock <= fc.clock {
				b = b.AddDate(0, 0, 7) // "from 8 p.m. Wednesday until 8 a.m. Wednesday"
			}
			gc.year, gc.month, gc.day = b.Year(), int(b.Month()), b.Day()
		}
		return fc, gc, f.anchored
	}
	if s.known && f.literal == "PRESENT_REF" && g.rule == idRelativeWeekday && gc.year >= 0 {
		// "between now and Friday": the next Friday
		if wd := s.lx.weekdays[s.w(gf.i)]; wd > 0 {
			gc = day(s.dct.AddDate(0, 0, (wd-isoWeekday(s.dct)+7)%7))
		}
		return fc, gc, f.anchored
	}
	if s.known && f.literal == "PRESENT_REF" && yearGuessed(g) && (gc.granularity == gDay || gc.granularity == gMonth) {
		// "between now and Nov. 15" looks ahead, "between Jan. 22 and now" back
		now := day(s.dct)
		if gc.year = now.year; now.after(gc) {
			gc.year++
		}
		return fc, gc, f.anchored
	}
	if s.known && g.literal == "PRESENT_REF" && yearGuessed(f) && (fc.granularity == gDay || fc.granularity == gMonth) {
		now := day(s.dct)
		if fc.year = now.year; fc.after(now) {
			fc.year--
		}
		return fc, gc, f.anchored
	}
	if f.literal != "" || g.literal != "" || f.modifier != "" || g.modifier != "" || fc.clock != "" || gc.clock != "" {
		return fc, gc, f.anchored
	}
	if isDay(f) && fc.year >= 0 && f.rule.in(famWeekday) && g.rule == idRelativeWeekday {
		if wd := s.lx.weekdays[s.w(gf.i)]; wd > 0 {
			t := time.Date(fc.year, time.Month(fc.month), fc.day, 0, 0, 0, 0, time.UTC)
			gc = day(t.AddDate(0, 0, (wd-isoWeekday(t)+7)%7))
		}
		return fc, gc, f.anchored
	}
	if fc.granularity != gDay && fc.granularity != gMonth || gc.granularity != gDay && gc.granularity != gMonth {
		return fc, gc, f.anchored
	}
	fGuess, gGuess := yearGuessed(f), yearGuessed(g)
	switch {
	case fGuess && !gGuess && !g.anchored && gc.year >= 0:
		fc.year = gc.year
		if fc.after(gc) {
			fc.year--
		}
		return fc, gc, false
	case gGuess && fc.year >= 0 && (fGuess || !f.anchored):
		// the start's year is in the text or guessed as usual; a start
		// resolved from the publication time ("Friday to December's
		// figures") does not carry its year over
		gc.year = fc.year
		if fc.after(gc) {
			gc.year++
		}
	}
	return fc, gc, f.anchored
}

// after reports whether c, a day or a month, begins after o ends when
// both fall in one year.
func (c cal) after(o cal) bool {
	cd, od := 1, 31
	if c.granularity == gDay {
		cd = c.day
	}
	if o.granularity == gDay {
		od = o.day
	}
	return c.month*100+cd > o.month*100+od
}

// bareClock reports a clock time whose day is only the anchor's ("at 7
// a.m."), not one the text names.
func bareClock(h hit) bool {
	switch h.rule {
	case idTimeClock, idTimeClockWords, idTimeSpan:
		return true
	}
	return false
}

// laterUntil is the end clock that a span of clock times ("1-3 pm")
// brings to the day it joins; when the day's part moved the start into
// the afternoon ("this evening from 7 to 7:30") the end moves with it.
func laterUntil(start string, span hit) (clockMin, int16) {
	if span.until == 0 || !isClockT(start) {
		return 0, 0
	}
	u, d := span.until, span.untilDays
	if old := toClockMin(span.calendar.clock); old > 0 && start[1:3] != span.calendar.clock[1:3] && d == 0 && u < 12*60+1 && u >= old {
		u += 12 * 60
	}
	return u, d
}

// clockPlus adds a duration of hours and minutes ("PT2H", "PT3H30M") to
// a clock time, and says how many days later the sum falls; no time when
// the duration holds other units.
func clockPlus(t, dur string) (clockMin, int16) {
	if !isClockT(t) || !strings.HasPrefix(dur, "PT") {
		return 0, 0
	}
	mins, n := 0, 0
	for _, c := range dur[2:] {
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
			if n > 100000 {
				return 0, 0
			}
		case c == 'H':
			mins, n = mins+60*n, 0
		case c == 'M':
			mins, n = mins+n, 0
		default:
			return 0, 0
		}
	}
	if mins == 0 || n != 0 {
		return 0, 0
	}
	total := int(toClockMin(t)) - 1 + mins
	return clockMin(total%(24*60) + 1), int16(total / (24 * 60))
}

// daysBetween counts the days from day a to day b, in days since the Unix
// epoch rather than with time.Sub, which saturates past 292 years.
func daysBetween(a, b cal) int {
	ta := time.Date(a.year, time.Month(a.month), a.day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.year, time.Month(b.month), b.day, 0, 0, 0, 0, time.UTC)
	return int((tb.Unix() - ta.Unix()) / 86400)
}

// ymdRange is the one-day range of the day c falls on, whatever its time.
func ymdRange(c cal) *extract.Range {
	d := ymd(c.year, c.month, c.day)
	return &extract.Range{Start: d, End: d}
}

// yearGuessed reports a month or day whose year came from the publication
// time rather than the text ("Dec. 31", "in May").
func yearGuessed(h hit) bool {
	if h.calendar.year < 0 {
		return true
	}
	switch h.rule {
	case idAbsoluteMonth, idAbsoluteMonthDay, idAbsoluteDayMonth, idAbsoluteMonthSlashDay:
		return h.anchored
	}
	return false
}

// weekdayLists keeps the weekdays of a list in order: in "will meet
// Tuesday and Wednesday" the Wednesday is the one after that Tuesday, not
// the day of publication.
func (s *scanner) weekdayLists(fs []found) {
	for k := 0; k+1 < len(fs); k++ {
		f, g := fs[k], &fs[k+1]
		if f.h.rule != idRelativeWeekday || g.h.rule != idRelativeWeekday || f.h.calendar.year < 0 || g.h.calendar.year < 0 || f.h.calendar.clock != "" || g.h.calendar.clock != "" {
			continue
		}
		gap, ok := s.gapOf(f, *g)
		if !ok || gap != "and" && gap != "or" && gap != "," && gap != "and on" && gap != "or on" {
			continue
		}
		a := time.Date(f.h.calendar.year, time.Month(f.h.calendar.month), f.h.calendar.day, 0, 0, 0, 0, time.UTC)
		b := time.Date(g.h.calendar.year, time.Month(g.h.calendar.month), g.h.calendar.day, 0, 0, 0, 0, time.UTC)
		if a.After(s.dct) && b.Before(a) {
			g.h.calendar = day(b.AddDate(0, 0, 7))
		}
	}
}

// laterInDay moves a clock time without a.m. or p.m. into the part of the
// day named before it: "Thursday evening at 7:30" is 19:30.
func (s *scanner) laterInDay(part, t string, i, end int) string {
	if part != "TAF" && part != "TEV" && part != "TNI" || !isClockT(t) {
		return t
	}
	for k := i; k < end; k++ {
		if s.is(k, "am", "pm", "a", "p", "noon", "midnight") {
			return t
		}
	}
	h := int(t[1]-'0')*10 + int(t[2]-'0')
	if h == 0 || h >= 12 || part == "TNI" && h < 6 {
		return t // "Friday night at 2" is small hours
	}
	return "T" + two0(h+12) + t[3:]
}

// clockPairs gives the day named at one of two coordinated clock times to
// the other: "Polls open at 7 a.m. and close at 8 p.m. Thursday", "open
// at 7 a.m. Thursday and close at 8 p.m.".
func (s *scanner) clockPairs(fs []found) {
	for k := 0; k+1 < len(fs); k++ {
		f, g := &fs[k].h, &fs[k+1].h
		if f.timexType != tTime || g.timexType != tTime || !isClockT(f.calendar.clock) || !isClockT(g.calendar.clock) || f.literal != "" || g.literal != "" || f.calendar.year < 0 || g.calendar.year < 0 {
			continue
		}
		fb, gb := bareClock(*f), bareClock(*g)
		if fb == gb || fs[k+1].i-f.end > 6 {
			continue
		}
		and := false
		for j := f.end; j < fs[k+1].i; j++ {
			if s.clauseEnd(j) || s.is(j, ",", "(") {
				and = false
				break
			}
			and = and || s.is(j, "and")
		}
		if !and {
			continue
		}
		named := fs[k+1]
		if !fb {
			named = fs[k]
		}
		if s.wordIn(named.i, named.h.end, "next", "following", "previous", "day", "later", "earlier") {
			continue // "and returned at 8 p.m. the next day"
		}
		// the later clock of the pair is on the same day or the day after:
		// "started at 11:45 p.m. and was put out at 2:30 a.m. Thursday"
		if fb {
			f.calendar.year, f.calendar.month, f.calendar.day, f.anchored = g.calendar.year, g.calendar.month, g.calendar.day, g.anchored
			if f.calendar.clock > g.calendar.clock {
				f.calendar = f.calendar.shift(-1)
			}
			f.rule = idTimeClockPairDay
		} else {
			g.calendar.year, g.calendar.month, g.calendar.day, g.anchored = f.calendar.year, f.calendar.month, f.calendar.day, f.anchored
			if g.calendar.clock < f.calendar.clock {
				g.calendar = g.calendar.shift(1)
			}
			g.rule = idTimeClockPairDay
		}
	}
}

// wordIn reports one of words among tokens [i, end).
func (s *scanner) wordIn(i, end int, words ...string) bool {
	for k := i; k < end; k++ {
		if s.is(k, words...) {
			return true
		}
	}
	return false
}

// clockAfterDay gives a bare clock time the day named earlier in its
// sentence: "the Wednesday night shooting ... at about 10:40 p.m.".
func (s *scanner) clockAfterDay(fs []found) {
	for k := 1; k < len(fs); k++ {
		g := &fs[k].h
		if g.rule != idTimeClock || !isClockT(g.calendar.clock) || g.literal != "" || g.calendar.year < 0 {
			continue
		}
		f := fs[k-1]
		if !isDay(f.h) || f.h.calendar.year < 0 || f.h.literal != "" || fs[k].i-f.h.end > 20 {
			continue
		}
		same := true
		for j := f.h.end; j < fs[k].i; j++ {
			if s.is(j, ".", "?", "!", ";") && s.clauseEnd(j) {
				same = false
				break
			}
		}
		if same {
			g.calendar.year, g.calendar.month, g.calendar.day, g.anchored = f.h.calendar.year, f.h.calendar.month, f.h.calendar.day, f.h.anchored
			g.rule = idTimeClockDayBefore
		}
	}
}

// zonePairs settles the days of a clock time and its conversion to
// another zone in parentheses, as wire copy writes them: "11:20 a.m.
// (0820 GMT) Friday", "8 p.m. (0100 GMT Wednesday)", "7 p.m. Thursday
// (0000 GMT Friday)". A day named after the parentheses is the local one;
// a day named on one side gives the other side its day at the nearest
// offset (zones differ by at most 14 hours). The two times stay separate
// mentions.
func (s *scanner) zonePairs(fs []found) {
	for k := 0; k+1 < len(fs); k++ {
		f, g := &fs[k].h, &fs[k+1].h
		if f.timexType != tTime || g.timexType != tTime || !isClockT(f.calendar.clock) || !isClockT(g.calendar.clock) || f.literal != "" || g.literal != "" ||
			!s.is(f.end, "(") || fs[k+1].i != f.end+1 || !s.is(g.end, ")") || !s.zoneIn(fs[k+1].i, g.end) || f.calendar.year < 0 || g.calendar.year < 0 {
			continue
		}
		fNamed, gNamed := !bareClock(*f), !bareClock(*g)
		if k+2 < len(fs) && !fNamed && !gNamed {
			// "(0820 GMT) Friday": the day after the parentheses is the local one
			d := fs[k+2]
			at := g.end + 1
			if s.is(at, "on") {
				at++
			}
			if d.i == at && isDay(d.h) && d.h.calendar.clock == "" && d.h.calendar.year >= 0 {
				f.calendar.year, f.calendar.month, f.calendar.day, f.anchored = d.h.calendar.year, d.h.calendar.month, d.h.calendar.day, d.h.anchored
				f.rule, fNamed = idTimeClockZoneDay, true
			}
		}
		switch {
		case fNamed && !gNamed:
			g.calendar = nearestDay(f.calendar, g.calendar)
			g.rule = idTimeClockZoneDay
		case gNamed && !fNamed:
			f.calendar = nearestDay(g.calendar, f.calendar)
			f.rule = idTimeClockZoneDay
		case fNamed && gNamed && s.lx.weekdays[s.w(g.end-1)] > 0:
			// "7 p.m. Thursday (0000 GMT Friday)": the other zone's weekday
			// is the one next to the local day, not a week away
			c := nearestDay(f.calendar, g.calendar)
			t := time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, time.UTC)
			if isoWeekday(t) == s.lx.weekdays[s.w(g.end-1)] {
				g.calendar = c
			} else {
				for _, dd := range []int{-1, 1} {
					u := t.AddDate(0, 0, dd)
					if isoWeekday(u) == s.lx.weekdays[s.w(g.end-1)] {
						g.calendar.year, g.calendar.month, g.calendar.day = u.Year(), int(u.Month()), u.Day()
						break
					}
				}
			}
		}
	}
}

// zoneIn reports a time-zone word among tokens [i, end).
func (s *scanner) zoneIn(i, end int) bool {
	for k := i; k < end; k++ {
		if s.lx.zones[s.w(k)] {
			return true
		}
	}
	return false
}

// isClockT reports a TIMEX3 time part with hours and minutes ("T07:35").
func isClockT(t string) bool {
	return len(t) >= 6 && t[0] == 'T' && t[1] >= '0' && t[1] <= '9'
}

// nearestDay puts the clock time of c on the day that brings it closest
// to the time of a, within 14 hours either way.
func nearestDay(a, c cal) cal {
	at := clockTime(a)
	best, bestDiff := c, time.Duration(1<<62)
	for _, dd := range []int{-1, 0, 1} {
		t := time.Date(a.year, time.Month(a.month), a.day+dd, 0, 0, 0, 0, time.UTC)
		cand := c
		cand.year, cand.month, cand.day = t.Year(), int(t.Month()), t.Day()
		diff := clockTime(cand).Sub(at)
		if diff < 0 {
			diff = -diff
		}
		if diff <= 14*time.Hour && diff < bestDiff {
			best, bestDiff = cand, diff
		}
	}
	return best
}

// clockTime is the instant of a day with a clock time ("T07:35").
func clockTime(c cal) time.Time {
	h := int(c.clock[1]-'0')*10 + int(c.clock[2]-'0')
	m := int(c.clock[4]-'0')*10 + int(c.clock[5]-'0')
	return time.Date(c.year, time.Month(c.month), c.day, h, m, 0, 0, time.UTC)
}

func isDay(h hit) bool {
	return h.timexType == tDate && h.literal == "" && h.calendar.granularity == gDay && h.calendar.clock == "" ||
		(h.timexType == tTime || h.timexType == tDate) && h.calendar.granularity == gDay && len(h.calendar.clock) == 3 && h.calendar.clock[1] >= 'A' // "this evening", "Friday night"
}

// isClock reports a clock time or a span of clock times on the anchor's
// day, ready to take another day.
func isClock(h hit) bool {
	if h.timexType != tTime || len(h.calendar.clock) < 4 || h.calendar.clock[1] < '0' || h.calendar.clock[1] > '9' {
		return false
	}
	return h.rule.in(famClock) || h.rule == idTimeSpan || h.rule.in(famRange)
}

func isCountDur(h hit) bool {
	return h.timexType == tDuration && h.rule == idDurationCountUnit && !strings.Contains(h.literal, "X")
}

// addDur adds two TIMEX3 durations with different units, larger first:
// P2Y + P1M = P2Y1M, PT3H + PT30M = PT3H30M, P1D + PT2H = P1DT2H.
func addDur(a, b string) (string, bool) {
	order := "YMWDTHMS"
	pos := func(v string) int {
		u := v[len(v)-1]
		if strings.HasPrefix(v, "PT") {
			return strings.IndexByte(order[4:], u) + 4
		}
		return strings.IndexByte(order[:4], u)
	}
	if len(a) < 3 || len(b) < 3 || pos(a) >= pos(b) || pos(a) < 0 {
		return "", false
	}
	switch {
	case strings.HasPrefix(a, "PT"):
		return a + b[2:], true
	case strings.HasPrefix(b, "PT"):
		return a + b[1:], true
	}
	return a + b[1:], true
}

// offset moves a calendar value by n units (from units.txt).
func offset(c cal, n int, unit string) (cal, bool) {
	if c.granularity == gDay && c.month > 0 && c.day > 0 {
		t := time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, time.UTC)
		switch unit {
		case "D":
			t = t.AddDate(0, 0, n)
		case "W":
			t = t.AddDate(0, 0, 7*n)
		case "M":
			t = t.AddDate(0, n, 0)
		case "Y":
			t = t.AddDate(n, 0, 0)
		default:
			return c, false
		}
		return day(t), true
	}
	switch {
	case c.granularity == gMonth && unit == "M":
		return c.shift(n), true
	case c.granularity == gMonth && unit == "Y":
		return c.shift(12 * n), true
	case c.granularity == gYear && unit == "Y":
		return c.shift(n), true
	}
	return c, false
}

// weekdayInWeek joins a weekday and a week: "Tuesday of next week", "next
// week Monday", "this week on Friday".
func (s *scanner) weekdayInWeek(f, g found, gap string) (found, bool) {
	wf, wg := s.lx.weekdays[s.w(f.i)], s.lx.weekdays[s.w(g.i)]
	switch {
	case wf > 0 && f.h.rule == idRelativeWeekday && g.h.calendar.granularity == gWeek && g.h.literal == "" &&
		(gap == "of" || gap == "" && s.is(g.i, "next", "last", "this")):
		// "Tuesday of next week", "Tuesday next week", "Wednesday evening next week"
		m := s.dayOfWeek(f.i, g.h.end, wf, g.h.calendar)
		if m.h.literal == "" && f.h.calendar.clock != "" {
			m.h.calendar.clock, m.h.noRange = f.h.calendar.clock, true
		}
		return m, true
	case wg > 0 && g.h.rule == idRelativeWeekday && f.h.calendar.granularity == gWeek && f.h.literal == "" && (gap == "" || gap == "on" || gap == "-"):
		return s.dayOfWeek(f.i, g.h.end, wg, f.h.calendar), true
	}
	// "midnight Friday next week", "9 a.m. Tuesday of next week"
	if f.h.rule == idTimeClockDay && f.h.literal == "" && isClockT(f.h.calendar.clock) && g.h.calendar.granularity == gWeek && g.h.literal == "" &&
		(gap == "of" || gap == "" && s.is(g.i, "next", "last", "this")) {
		if wd := s.lx.weekdays[s.w(f.h.end-1)]; wd > 0 {
			m := s.dayOfWeek(f.i, g.h.end, wd, g.h.calendar)
			if m.h.literal == "" {
				m.h.calendar.clock, m.h.timexType, m.h.noRange = f.h.calendar.clock, tTime, true
				m.h.rule = idTimeClockWeekdayOfWeek
			}
			return m, true
		}
	}
	return f, false
}

func (s *scanner) dayOfWeek(start, end, wd int, w cal) found {
	if w.year < 0 || w.part < 1 {
		return found{start, hit{end: end, timexType: tDate, literal: "XXXX-WXX-" + itoa(wd), rule: idRelativeWeekdayOfWeek, confidence: 0.8}}
	}
	c := day(isoWeekMonday(w.year, w.part).AddDate(0, 0, wd-1))
	return found{start, hit{end: end, timexType: tDate, calendar: c, anchored: true, rule: idRelativeWeekdayOfWeek, confidence: 0.85}}
}

// partOf joins the first or last unit of a calendar span into one
// expression, as TimeML writes "the last week of July": the value is the
// span's, with mod START or END, and the range covers the unit named when
// it is a day, week or month.
func (s *scanner) partOf(f, g found, gap string) (found, bool) {
	if gap != "of" || g.h.timexType != tDate || g.h.modifier != "" || g.h.calendar.clock != "" || g.h.calendar.granularity > gMonth {
		return f, false
	}
	if f.h.timexType != tDate && f.h.timexType != tDuration || f.h.modifier != "" {
		return f, false
	}
	j := s.the(f.i)
	var mod string
	switch s.w(j) {
	case "first", "opening", "early":
		mod = "START"
	case "last", "final", "closing":
		mod = "END"
	default:
		return f, false
	}
	// with a count ("the first nine months of 1997") TimeBank annotators
	// wrote a duration and a date, so only a single unit joins
	n, unit := 1, ""
	if j+2 == f.h.end {
		unit = s.lx.units[s.w(j+1)]
	}
	if unit == "" || f.h.timexType != tDate {
		return f, false
	}
	h := g.h
	h.end, h.modifier, h.rule, h.confidence = g.h.end, mod, idRelativePartOfSpan, 0.8
	h.noRange = true
	if a := g.h.calendar.span(); a != nil && g.h.literal == "" {
		if r, ok := partRange(a, n, unit, mod == "END"); ok {
			h.rangeOverride, h.noRange = r, false
		}
	}
	return found{f.i, h}, true
}

// partRange returns the first or last n days, weeks or months of the
// inclusive range a, or false when they do not fit in it.
func partRange(a *extract.Range, n int, unit string, last bool) (*extract.Range, bool) {
	start, err1 := time.Parse("2006-01-02", a.Start)
	end, err2 := time.Parse("2006-01-02", a.End)
	if err1 != nil || err2 != nil {
		return nil, false
	}
	step := func(t time.Time, k int) time.Time {
		switch unit {
		case "D":
			return t.AddDate(0, 0, k)
		case "W":
			return t.AddDate(0, 0, 7*k)
		case "M":
			return t.AddDate(0, k, 0)
		}
		return time.Time{}
	}
	var r extract.Range
	if last {
		first := step(end.AddDate(0, 0, 1), -n)
		if first.IsZero() || first.Before(start) {
			return nil, false
		}
		r = extract.Range{Start: first.Format("2006-01-02"), End: a.End}
	} else {
		next := step(start, n)
		if next.IsZero() || next.After(end.AddDate(0, 0, 1)) {
			return nil, false
		}
		r = extract.Range{Start: a.Start, End: next.AddDate(0, 0, -1).Format("2006-01-02")}
	}
	return &r, true
}

// offsetMod turns the modifier of a distance into one of the date it
// reaches: more than two weeks before a day is before the date two weeks
// before it, less than three days after one is before the date three days
// after it.
func offsetMod(mod string, sign int) string {
	switch mod {
	case "":
		return ""
	case "MORE_THAN", "EQUAL_OR_MORE":
		if sign < 0 {
			return "BEFORE"
		}
		return "AFTER"
	case "LESS_THAN", "EQUAL_OR_LESS":
		if sign < 0 {
			return "AFTER"
		}
		return "BEFORE"
	}
	return "APPROX"
}

// ordered reports two calendar spans of different sizes where the first
// begins no later than the second: "2014 through May 2018", "Nov 18
// 2014-Dec 19 2015", "between Jan 2019 and today".
func (s *scanner) ordered(f, g hit) bool {
	if f.timexType != tDate || g.timexType != tDate || f.modifier != "" || g.modifier != "" {
		return false
	}
	a, b := f.calendar.span(), g.calendar.span()
	return a != nil && b != nil && a.Start <= b.Start && a.End <= b.End
}

// weekdayNear joins a weekday and a day counted from now or from a date:
// "Monday two weeks from now", "in 3 days on Friday". The value is that
// weekday in the week of the counted day.
func (s *scanner) weekdayNear(f, g found, gap string) (found, bool) {
	counted := func(h hit) bool {
		return h.timexType == tDate && h.literal == "" && h.calendar.granularity == gDay && h.calendar.clock == "" && h.modifier == "" &&
			(h.rule == idRelativeAgo || h.rule == idRelativeOffsetFromDate || h.rule == idRelativeInNUnits)
	}
	var wd int
	var d hit
	switch {
	case f.h.rule == idRelativeWeekday && counted(g.h) && (gap == "" || gap == ","):
		wd, d = s.lx.weekdays[s.w(f.i)], g.h
	case counted(f.h) && g.h.rule == idRelativeWeekday && gap == "on":
		wd, d = s.lx.weekdays[s.w(g.i)], f.h
	default:
		return f, false
	}
	if wd == 0 || d.calendar.year < 0 {
		return f, false
	}
	t := time.Date(d.calendar.year, time.Month(d.calendar.month), d.calendar.day, 0, 0, 0, 0, time.UTC)
	h := d
	h.calendar = day(t.AddDate(0, 0, wd-isoWeekday(t)))
	h.end, h.rule = g.h.end, idRelativeWeekdayNear
	return found{f.i, h}, true
}

// dayRanges widens a day to a range of days in its month when a bare day
// number follows or precedes it: "Aug. 3-7", "from Aug. 3 to 7, 2018",
// "between April 24 and 25", "3-7 August 2018". A year after the second
// number belongs to both ends.
func (s *scanner) dayRanges(fs []found) []found {
	out := fs[:0]
	for k := 0; k < len(fs); k++ {
		f := fs[k]
		md := f.h.timexType == tDate && f.h.literal == "" && f.h.modifier == "" && f.h.calendar.granularity == gDay && f.h.calendar.clock == "" && f.h.calendar.month > 0
		sep := func(i int) bool {
			return s.lx.rangeSep[s.w(i)] && (!s.is(i, "and") || s.is(f.i-1, "between"))
		}
		switch {
		case md && f.h.rule == idAbsoluteMonthDay && sep(f.h.end):
			e := f.h.end
			d, de, ok := s.ordinalDayAt(e + 1)
			if !ok {
				d, ok = s.rangeEndDay(e+1, s.in(f.i-1, inDet))
				de = e + 2
			}
			if !ok || d <= f.h.calendar.day || d > daysIn(max(f.h.calendar.year, 2000), f.h.calendar.month) {
				break
			}
			h := f.h
			h.end = de
			a, b := h.calendar, h.calendar
			b.day = d
			if y, ye := s.yearAfter(de); ye > de {
				a.year, b.year, h.end, h.anchored = y, y, ye, false
			}
			if k+1 < len(fs) && fs[k+1].i < h.end {
				if fs[k+1].h.end > h.end {
					break // the number starts something longer ("Aug. 3 to 7 p.m.")
				}
				k++ // the year just read
			}
			h.calendar = a
			if a.year >= 0 {
				h.rangeOverride = &extract.Range{Start: a.span().Start, End: b.span().End}
			} else {
				h.noRange = true
			}
			start := f.i
			h.rule = idRangeSpan
			if s.is(f.i-1, "from", "between") && (len(out) == 0 || out[len(out)-1].h.end < f.i) {
				start, h.rule = f.i-1, idRangeFromTo
			}
			out = append(out, found{start, h})
			continue
		case md && (f.h.rule == idAbsoluteDayMonth || f.h.rule == idAbsoluteDayMonthYear) && f.i >= 2 && (sep(f.i-1) || s.is(f.i-1, "and")) &&
			(len(out) == 0 || out[len(out)-1].h.end <= f.i-2):
			// "3-7 August", "from the 9th to the 17th of April"
			d, start, ok := s.ordinalDayBefore(f.i - 1)
			if !ok {
				d, ok = s.num(f.i - 2)
				ok = ok && s.digits(f.i-2) <= 2 && !s.is(f.i-3, "$", "-", ".", "/", ",")
				start = f.i - 2
			}
			if !ok || d < 1 || d >= f.h.calendar.day || len(out) > 0 && out[len(out)-1].h.end > start {
				break
			}
			if s.is(f.i-1, "and") && !s.is(start-1, "between") {
				break // "and" joins a range only after "between"
			}
			h := f.h
			a := h.calendar
			a.day = d
			h.rule = idRangeSpan
			if s.is(start-1, "from", "between") && (len(out) == 0 || out[len(out)-1].h.end < start) {
				start, h.rule = start-1, idRangeFromTo
			}
			if a.year >= 0 {
				h.rangeOverride = &extract.Range{Start: a.span().Start, End: f.h.calendar.span().End}
			} else {
				h.noRange = true
			}
			h.calendar = a
			out = append(out, found{start, h})
			continue
		}
		out = append(out, f)
	}
	return out
}

// ordinalDayAt reads a written ordinal day that ends a range, "17th",
// "the 17th", "seventeenth", and the index after it.
func (s *scanner) ordinalDayAt(i int) (int, int, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	d, e := s.dayNum(j)
	if e == j || s.toks[j].kind == kNum && !s.is(e-1, "st", "nd", "rd", "th") {
		return 0, i, false
	}
	return d, e, true
}

// ordinalDayBefore reads a written ordinal day ending just before token
// k ("the 9th", "ninth", "twenty-third"), and where it starts.
func (s *scanner) ordinalDayBefore(k int) (int, int, bool) {
	for p := max(k-3, 0); p < k; p++ {
		d, e, ok := s.ordinalDayAt(p)
		if ok && e == k && (p == 0 || !s.is(p-1, "the") || s.w(p) == "the") {
			return d, p, true
		}
	}
	return 0, k, false
}

// rangeEndDay reads the day number that ends "Jan. 14-16" or a list "Nov.
// 5 and 6": as bareDay, but a preposition or conjunction may follow
// ("Jan. 14-16 in Geneva"), and after a determiner ("the Dec. 10-11
// summit", attributive) any word.
func (s *scanner) rangeEndDay(i int, attributive bool) (int, bool) {
	if d, ok := s.bareDay(i); ok {
		return d, true
	}
	if attributive || s.is(i+1, "in", "at", "on", "and", "or", "with", "for", "from", "when", "while", "after", "before", "during", "as", "but", "is", "are", "was", "were", "will",
		"among", "amid", "across", "against", "around", "by", "despite", "near", "over", "through", "under", "via", "within", "without", "of", "the", "a", "an", "to") {
		n, ok := s.num(i)
		if ok && s.digits(i) <= 2 && n >= 1 && n <= 31 {
			return n, true
		}
	}
	return 0, false
}

// dayLists adds the bare day number that shares a month with its
// neighbour: "April 24 and 25", "18 and 19 June". TimeML marks the number
// as a date of its own. The result is written into buf, which must not
// share fs's array.
func (s *scanner) dayLists(fs, buf []found) []found {
	out := buf[:0]
	for k, f := range fs {
		md := f.h.timexType == tDate && f.h.literal == "" && f.h.modifier == "" && f.h.calendar.granularity == gDay && f.h.calendar.clock == "" && f.h.calendar.month > 0
		// "18 and 19 June": the number comes first
		if md && (f.h.rule == idAbsoluteDayMonth || f.h.rule == idAbsoluteDayMonthYear) && f.i >= 2 && s.is(f.i-1, "and", "or") &&
			(len(out) == 0 || out[len(out)-1].h.end <= f.i-2) {
			if d, ok := s.bareDay(f.i - 2); ok && !s.is(f.i-3, "$", "-", ".", "/", "between") && d < f.h.calendar.day {
				c := f.h.calendar
				c.day = d
				out = append(out, found{f.i - 2, hit{end: f.i - 1, timexType: tDate, calendar: c, anchored: f.h.anchored, rule: idAbsoluteDayInList, confidence: 0.7}})
			}
		}
		out = append(out, f)
		// "April 24 and 25", "Nov. 5, 6 and 7": the numbers come after
		e, last := f.h.end, f.h.calendar.day
		for md && f.h.rule == idAbsoluteMonthDay && s.is(e, "and", "or", ",") && (k+1 >= len(fs) || fs[k+1].i > e+1) {
			if s.is(e, ",") && s.is(e+1, "and", "or") && last != f.h.calendar.day {
				e++ // "Jan. 7, 9, and 11": a serial comma
			}
			d, ok := s.rangeEndDay(e+1, s.in(f.i-1, inDet))
			if !ok || d <= last || d > daysIn(max(f.h.calendar.year, 2000), f.h.calendar.month) || s.is(e, ",") && !s.listGoesOn(e+2) {
				break
			}
			c := f.h.calendar
			c.day = d
			out = append(out, found{e + 1, hit{end: e + 2, timexType: tDate, calendar: c, anchored: f.h.anchored, rule: idAbsoluteDayInList, confidence: 0.7}})
			if s.is(e, "and", "or") {
				break
			}
			e, last = e+2, d
		}
	}
	return out
}

// listGoesOn reports a comma list of day numbers that continues at token
// k ("Nov. 5, 6 and 7"): another comma or "and" before a number.
func (s *scanner) listGoesOn(k int) bool {
	if s.is(k, ",") && s.is(k+1, "and", "or") {
		k++ // a serial comma
	}
	return s.is(k, ",", "and", "or") && s.digits(k+1) > 0 && s.digits(k+1) <= 2
}

// bareDay reads a day number standing alone at token i: one or two digits
// not followed by a word that would make it a count ("25 people").
func (s *scanner) bareDay(i int) (int, bool) {
	n, ok := s.num(i)
	if !ok || s.digits(i) > 2 || n < 1 || n > 31 {
		return 0, false
	}
	if i+1 < len(s.toks) {
		if t := s.toks[i+1]; t.kind == kNum || t.kind == kWord && !t.upper && !s.is(i+1, "st", "nd", "rd", "th", "and", "or") || s.is(i+1, "%", "-", "/", ".") && s.adj(i) && i+2 < len(s.toks) && s.toks[i+2].kind == kNum {
			return 0, false
		}
	}
	return n, true
}
