package date

import (
	"strings"
	"time"
)

// Relative, anchored expressions: weekdays, "today", "last month", "this
// year", "two weeks ago", "a year earlier", seasons, quarters.

// weekdayCal resolves a weekday against the anchor: the anchor's own day
// when it is that weekday, else the last or next one by tense.
// possessive reports "'s" right after token end-1 ("Wednesday's").
func (s *scanner) possessive(end int) bool {
	return s.is(end, "'", "’") && s.adj(end-1) && s.is(end+1, "s") && s.adj(end)
}

// aheadBefore reports a word that looks ahead within five words before
// token i, in the same clause.
func (s *scanner) aheadBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 5; k-- {
		if s.clauseEnd(k) {
			return false
		}
		if s.toks[k].kind == kPunct {
			continue
		}
		n++
		if s.is(k, "will", "ll", "shall", "ahead", "upcoming", "until", "scheduled", "planned", "expected", "set", "due", "tomorrow",
			"await", "awaits", "awaited", "awaiting", "bracing", "preparing", "betting", "watching", "eyeing") {
			return true
		}
	}
	return false
}

// aheadAfter reports a word that looks ahead within six tokens after the
// possessive of a weekday: "Thursday's vote will decide", "Friday's report
// is expected to show", "Friday's deadline looms".
func (s *scanner) aheadAfter(end int) bool {
	if s.is(end+2, "deadline", "deadlines") {
		return true // "racing to meet Friday's deadline"
	}
	// the possessive's noun phrase is a word or two ("vote", "jobs
	// report"); the cue is its own verb, right after it
	for k := end + 3; k <= end+4 && k < len(s.toks); k++ {
		j := k
		if s.is(j, "is", "are") {
			j++
		}
		if s.is(j, "will", "ll", "shall", "expected", "due", "looms", "set", "scheduled") {
			return true
		}
		if s.toks[k].kind != kWord || s.toks[k].upper {
			return false
		}
	}
	return false
}

func (s *scanner) weekdayCal(wd, dir, i, end int) cal {
	if !s.known {
		return cal{granularity: gDay, year: -1}
	}
	cur := isoWeekday(s.dct)
	if dir == 0 {
		if wd == cur {
			return day(s.dct)
		}
		dir = tPast
		switch tn := s.tense(i, end); {
		case s.possessive(end):
			// "Wednesday's ruling", "Friday's close": news names a day by
			// what happened on it, unless the clause looks ahead ("ahead
			// of Sunday's vote", "Thursday's vote will decide") or the day
			// is tomorrow
			if s.aheadBefore(i) || s.aheadAfter(end) || (wd-cur+7)%7 == 1 {
				dir = tFuture
			}
		case tn == tFuture:
			dir = tFuture
		case tn == tUnknown:
			// without a cue, tomorrow's weekday more likely means
			// tomorrow than six days ago
			if d := (wd - cur + 7) % 7; d == 1 {
				dir = tFuture
			}
		}
	}
	diff := wd - cur
	if dir == tPast {
		if diff >= 0 {
			diff -= 7
		}
	} else if diff <= 0 {
		diff += 7
	}
	return day(s.dct.AddDate(0, 0, diff))
}

// ruleWeekday: "Wednesday", "last Wednesday", "Wednesday, April 6",
// "Friday morning", "Tue May 9".
func ruleWeekday(s *scanner, i int) hit {
	j := i
	dir, explicit := 0, false
	switch s.w(j) {
	case "last", "past", "previous":
		dir, explicit = tPast, true
		j++
	case "next", "coming", "following":
		dir, explicit = tFuture, true
		j++
	case "this":
		explicit = true
		j++
		if s.is(j, "coming") {
			dir = tFuture // "this coming Sunday"
			j++
		} else if s.is(j, "past") {
			dir = tPast
			j++
		}
	case "the":
		if s.is(j+1, "previous", "following", "next", "last", "past") {
			if s.is(j+1, "previous", "last", "past") {
				dir = tPast
			} else {
				dir = tFuture
			}
			explicit = true
			j += 2
		} else {
			return hit{}
		}
	}
	wd, ok := lookup(s, s.lx.weekdays, inWeekday, j)
	if !ok {
		return hit{}
	}
	// "Black Monday", "Super Tuesday", "Bloody Sunday": named events
	if !explicit && s.toks[j].upper && s.is(j-1, "black", "super", "bloody", "blue", "fat", "manic", "mad", "terrible", "good") && s.toks[j-1].upper {
		return hit{}
	}
	// "The Sunday Times", "the Monday Club": a title, not a day
	if !explicit && s.is(j-1, "the") && s.toks[j].upper && !s.lowerText() && j+1 < len(s.toks) && s.toks[j+1].kind == kWord &&
		s.toks[j+1].upper && !s.in(j+1, inMonth|inWeekday) {
		return hit{}
	}
	full := len(s.w(j)) > 4 || s.w(j) == "tues" || s.w(j) == "thurs"
	k := s.dot(j + 1)
	// "Friday, Dec. 12" / "Tue May 9": the date part decides the value.
	dk := k
	if s.w(dk) == "," {
		dk++
	}
	if h := ruleMonthDay(s, dk); h.ok() && h.calendar.granularity == gDay {
		h.rule = idAbsoluteWeekdayMonthDay
		if h.calendar.year >= 0 && h.anchored {
			// the weekday pins the year when none is written
			for _, dy := range []int{0, -1, 1} {
				t := time.Date(h.calendar.year+dy, time.Month(h.calendar.month), h.calendar.day, 0, 0, 0, 0, time.UTC)
				if isoWeekday(t) == wd {
					h.calendar.year += dy
					break
				}
			}
		}
		return s.withPart(h, true)
	}
	if h := ruleDayMonth(s, dk); h.ok() {
		return s.withPart(h, true)
	}
	if h := ruleNumeric(s, dk); h.ok() && h.calendar.granularity == gDay && dk > j {
		return s.withPart(h, true)
	}
	if s.is(dk, "the") {
		dk++ // "Tuesday the 4th", "Monday the twenty seventh"
	}
	// "Mon 13th", "Tuesday the 4th": the nearest day with that number and
	// weekday; a noun after the ordinal makes it no date ("Friday, the
	// fourth decline")
	if d, e := s.dayNum(dk); e > dk && (s.is(e-1, "st", "nd", "rd", "th") || s.toks[dk].kind == kWord || s.is(dk-1, "the")) && s.known &&
		!(e < len(s.toks) && s.toks[e].kind == kWord && !s.toks[e].upper && !s.is(e, "at", "around", "and", "or", "to") && !s.clockAt(e)) {
		for off := 0; off < 400; off++ {
			for _, sg := range []int{1, -1} {
				t := s.dct.AddDate(0, 0, sg*off)
				if t.Day() == d && isoWeekday(t) == wd {
					return hit{end: e, timexType: tDate, calendar: day(t), anchored: true, rule: idRelativeWeekdayDay, confidence: 0.7}
				}
			}
		}
	}
	if !full && !s.toks[j].upper && !s.lowerText() {
		return hit{}
	}
	if !full && !explicit && !s.abbrevWeekdayCue(i, k) {
		return hit{}
	}
	var c cal
	if s.is(i, "the") && s.is(i+1, "following", "previous", "next") && s.sameSentenceRef(i) && s.ref.granularity == gDay && s.ref.year >= 0 {
		// "docked on Dec. 3 and sailed the following Monday": counted from
		// the date before it, not from the publication
		t := time.Date(s.ref.year, time.Month(s.ref.month), s.ref.day, 0, 0, 0, 0, time.UTC)
		diff := wd - isoWeekday(t)
		if dir == tPast {
			if diff >= 0 {
				diff -= 7
			}
		} else if diff <= 0 {
			diff += 7
		}
		h := hit{end: k, timexType: tDate, calendar: day(t.AddDate(0, 0, diff)), anchored: true, rule: idRelativeWeekdayAfterDate, confidence: 0.8}
		return s.withPart(h, true)
	}
	if s.is(i, "this") && dir != 0 || s.is(j-1, "past") {
		// "this coming Sunday", "this past Sunday", "past Sunday": the nearest one
		c = s.weekdayCal(wd, dir, i, k)
	} else if explicit && s.known {
		// "last Wednesday" is the one of the week before, "next Friday"
		// the one of the week after, "this Monday" the one of this week
		mon := s.dct.AddDate(0, 0, 1-isoWeekday(s.dct)+7*dir)
		c = day(mon.AddDate(0, 0, wd-1))
	} else {
		c = s.weekdayCal(wd, dir, i, k)
	}
	h := hit{end: k, timexType: tDate, calendar: c, anchored: true, rule: idRelativeWeekday, confidence: 0.9}
	if !s.known {
		h.literal = "XXXX-WXX-" + string(rune('0'+wd))
	}
	if explicit {
		h.rule = idRelativeWeekdayLastNext
	}
	return s.withPart(h, true)
}

// withPart extends a day with a following part of the day: "Friday
// morning", "tomorrow night". The TimeML guidelines put the part in the
// value (2000-01-28TMO), but TimeBank/AQUAINT annotators did so for a
// weekday only with "afternoon" and "evening"; a weekday with "morning" or
// "night" they mostly wrote as the day alone, so whole reports the
// convention to follow for a weekday. The type stays DATE, as annotators
// mostly left it, and the range is dropped once the value is part of a day.
func (s *scanner) withPart(h hit, whole bool) hit {
	p, ok := lookup(s, s.lx.partOfDay, inPartOfDay, h.end)
	if !ok {
		return h
	}
	h.end++
	if whole && (p == "MO" || p == "NI") || h.calendar.clock != "" || h.calendar.granularity != gDay {
		return h
	}
	h.calendar.clock = "T" + p
	h.noRange = true
	if h.literal != "" {
		h.literal += "T" + p
	}
	return h
}

// ruleDeictic: "today", "yesterday", "tomorrow", "tonight", "last night",
// "this morning", "the day before yesterday".
func ruleDeictic(s *scanner, i int) hit {
	j := i
	off, ok := 0, false
	rule := idRelativeDeictic
	if s.is(j, "earlier", "later") && s.is(j+1, "this") {
		// "later this afternoon": one expression, as "earlier this month"
		if p, ok2 := lookup(s, s.lx.partOfDay, inPartOfDay, j+2); ok2 {
			c := s.today()
			c.clock = "T" + p
			return hit{end: j + 3, timexType: tTime, calendar: c, anchored: true, rule: rule, confidence: 0.85, noRange: true}
		}
	}
	switch s.w(j) {
	case "today":
		ok = !s.midCapital(j)
	case "yesterday":
		off, ok = -1, true
	case "tomorrow":
		off, ok = 1, true
	case "tonight", "tonite":
		return hit{end: j + 1, timexType: tDate, calendar: s.today(), anchored: true, rule: rule, confidence: 0.9}
	case "the":
		if s.is(j+1, "day") && s.is(j+2, "before") && s.is(j+3, "yesterday") {
			return hit{end: j + 4, timexType: tDate, calendar: s.today().shift(-2), anchored: true, rule: rule, confidence: 0.9}
		}
		if s.is(j+1, "day") && s.is(j+2, "after") && s.is(j+3, "tomorrow") {
			return hit{end: j + 4, timexType: tDate, calendar: s.today().shift(2), anchored: true, rule: rule, confidence: 0.9}
		}
		return hit{}
	case "this", "last":
		if p, ok2 := lookup(s, s.lx.partOfDay, inPartOfDay, j+1); ok2 {
			c := s.today()
			if s.w(j) == "last" {
				if p != "NI" {
					return hit{}
				}
				c = c.shift(-1)
			}
			c.clock = "T" + p
			return hit{end: j + 2, timexType: tTime, calendar: c, anchored: true, rule: rule, confidence: 0.9, noRange: true}
		}
		return hit{}
	}
	if !ok {
		return hit{}
	}
	h := hit{end: j + 1, timexType: tDate, calendar: s.today().shift(off), anchored: true, rule: rule, confidence: 0.95}
	return s.withPart(h, false)
}

// seasonOrder is the place of a TIMEX3 season code in the year that
// begins with winter: WI 0, SP 1, SU 2, FA 3.
func seasonOrder(code string) int {
	return strings.Index("WISPSUFA", code) / 2
}

// seasonOf returns the season of t and the year the season is counted in.
func seasonOf(t time.Time) (string, int) {
	switch t.Month() {
	case 12:
		return "WI", t.Year() + 1
	case 1, 2:
		return "WI", t.Year()
	case 3, 4, 5:
		return "SP", t.Year()
	case 6, 7, 8:
		return "SU", t.Year()
	}
	return "FA", t.Year()
}

// current returns the anchor's unit of granularity g.
func (s *scanner) current(g gran) cal {
	if !s.known {
		return cal{granularity: g, year: -1}
	}
	switch g {
	case gCentury:
		return cal{granularity: g, year: s.dct.Year() / 100}
	case gDecade:
		return cal{granularity: g, year: s.dct.Year() / 10}
	case gYear:
		return cal{granularity: g, year: s.dct.Year()}
	case gHalf:
		return cal{granularity: g, year: s.dct.Year(), part: (int(s.dct.Month())-1)/6 + 1}
	case gQuarter:
		return quarterOf(s.dct)
	case gMonth:
		return monthOf(s.dct)
	case gWeek:
		return weekOf(s.dct)
	case gWeekend:
		c := weekOf(s.dct)
		c.granularity = gWeekend
		return c
	}
	return day(s.dct)
}

// ruleThisLastNext: "last month", "next year", "this week", "last fall",
// "next March", "earlier this month", "the past year", "the coming year".
func ruleThisLastNext(s *scanner, i int) hit {
	if s.is(i, "this") && s.is(i+1, "past") {
		// "this past spring", "this past weekend": the last one, "this" in the span
		if h := ruleThisLastNext(s, i+1); h.ok() {
			return h
		}
	}
	j := i
	theFirst := false
	if s.w(j) == "the" {
		theFirst = true
		j++
	}
	if !theFirst && s.is(j, "earlier", "later") && s.is(j+1, "this", "in") {
		j++
		if s.w(j) == "in" {
			j++
			if !s.is(j, "the") {
				return hit{}
			}
		}
	}
	rel := s.w(j)
	off := 0
	switch rel {
	case "present":
		if s.is(j-1, "will", "to", "would", "could", "should", "may", "must", "did", "not") {
			return hit{} // "he will present year-end figures": a verb
		}
	case "this", "current", "same":
	case "the":
		if j == i {
			return hit{}
		}
	case "last", "past", "previous", "prior":
		off = -1
	case "next", "coming", "following", "upcoming":
		off = 1
	default:
		return hit{}
	}
	if theFirst && rel == "this" || rel == "this" && s.midCapital(j) && s.is(j+1, "week") && s.toks[j+1].upper {
		return hit{}
	}
	k := j + 1
	if s.is(k, "fiscal") {
		k++
	}
	rule := idRelativeThisLastNext
	end := k + 1
	if g, ok := lookup(s, s.lx.unitGran, inUnitGran, k); ok && g == gDay && rel == "the" && s.is(i, "earlier", "later") {
		// "earlier in the day"
		return hit{end: end, timexType: tDate, calendar: s.today(), anchored: true, rule: rule, confidence: 0.8}
	}
	if g, ok := lookup(s, s.lx.unitGran, inUnitGran, k); ok && g != gDay {
		if (g == gDecade || g == gCentury) && theFirst && off < 0 {
			return hit{} // "the past decade" is a duration
		}
		if rel == "same" {
			return hit{end: end, timexType: tDate, calendar: cal{granularity: g, year: -1}, rule: rule, confidence: 0.6, noRange: true}
		}
		// "the past year" is the year before in TimeML; "the last week" too.
		c := s.current(g).shift(off)
		if g == gHalf {
			return hit{} // "the first half", "the last half" are the quarter rule's
		}
		h := hit{end: end, timexType: tDate, calendar: c, anchored: true, rule: rule, confidence: 0.9}
		if !s.known {
			h.literal = futureOrPast(off)
		}
		return h
	}
	if se, ok := lookup(s, s.lx.season, inSeason, k); ok {
		c := cal{granularity: gSeason, year: -1, season: se}
		if s.known {
			cur, y := seasonOf(s.dct)
			c.year = y
			switch {
			case rel == "past" && seasonOrder(se) < seasonOrder(cur):
				// "this past spring" is the latest one, of this season-year
			case rel == "past":
				c.year--
			case off < 0:
				// "last fall" is the previous year's in TimeML; a winter
				// begun in December carries the next year's number, so in
				// December "last winter" is the one that ended this year
				c.year = s.dct.Year() - 1
				if se == "WI" && s.dct.Month() == time.December {
					c.year++
				}
			case off > 0 && seasonOrder(se) <= seasonOrder(cur):
				c.year++
			}
		}
		return hit{end: end, timexType: tDate, calendar: c, anchored: true, rule: rule, confidence: 0.85, noRange: true}
	}
	if m, e := s.month(k); m > 0 {
		if d, e2 := s.dayNum(e); e2 > e && s.toks[e].kind == kNum {
			c := cal{granularity: gDay, year: -1, month: m, day: d}
			if s.known {
				c.year = s.dct.Year()
				after := m > int(s.dct.Month()) || m == int(s.dct.Month()) && d >= s.dct.Day()
				if off < 0 && after {
					c.year--
				} else if off > 0 && !after {
					c.year++
				}
			}
			return hit{end: e2, timexType: tDate, calendar: c, anchored: true, rule: rule, confidence: 0.85}
		}
		if !s.known {
			return hit{end: e, timexType: tDate, calendar: cal{granularity: gMonth, year: -1, month: m}, rule: rule, confidence: 0.8}
		}
		y := s.dct.Year()
		dm := int(s.dct.Month())
		switch {
		case off < 0 && m >= dm:
			y--
		case off > 0 && m <= dm:
			y++
		}
		return hit{end: e, timexType: tDate, calendar: cal{granularity: gMonth, year: y, month: m}, anchored: true, rule: rule, confidence: 0.85}
	}
	return hit{}
}

func futureOrPast(off int) string {
	switch {
	case off < 0:
		return "PAST_REF"
	case off > 0:
		return "FUTURE_REF"
	}
	return "PRESENT_REF"
}

// ruleWeekend: "the weekend", "over the weekend": the last one, or the next
// one when the clause speaks of the future.
func ruleWeekend(s *scanner, i int) hit {
	if !s.is(i, "the") || !s.is(i+1, "weekend") {
		return hit{}
	}
	if !s.known {
		return hit{end: i + 2, timexType: tDate, literal: "XXXX-WXX-WE", rule: idRelativeTheWeekend, confidence: 0.7}
	}
	c := weekOf(s.dct)
	c.granularity = gWeekend
	if isoWeekday(s.dct) < 6 && s.tense(i, i+2) != tFuture {
		c = c.shift(-1)
	}
	return hit{end: i + 2, timexType: tDate, calendar: c, anchored: true, rule: idRelativeTheWeekend, confidence: 0.75}
}

// midCapital reports a capitalised word inside a sentence, as in the name
// of a programme ("VOA Today", ABC's "This Week").
func (s *scanner) midCapital(i int) bool {
	if !s.toks[i].upper || s.lowerText() || i == 0 {
		return false
	}
	p := s.w(i - 1)
	return !s.clauseEnd(i-1) && p != "\"" && p != "`" && p != "'" && p != "(" && p != "," && p != "-" && p != "_"
}

// ruleNextDay: "the next day", "the following morning", "the day before",
// "the day after": relative to the anchor (a story's own timeline is not
// tracked).
func ruleNextDay(s *scanner, i int) hit {
	if !s.is(i, "the") {
		return hit{}
	}
	base := s.today()
	if s.hasRef && s.ref.granularity == gDay {
		base = s.ref
	}
	switch {
	case s.is(i+1, "next", "following") && s.is(i+2, "day", "morning", "evening", "afternoon", "night"):
		return hit{end: i + 3, timexType: tDate, calendar: base.shift(1), anchored: true, rule: idRelativeTheNextDay, confidence: 0.6}
	case s.is(i+1, "previous") && s.is(i+2, "day", "night", "evening"):
		return hit{end: i + 3, timexType: tDate, calendar: base.shift(-1), anchored: true, rule: idRelativeTheNextDay, confidence: 0.6}
	case s.is(i+1, "day") && s.is(i+2, "before", "after") && (i+3 >= len(s.toks) || s.clauseEnd(i+3) || s.is(i+3, ",", "?", "and")):
		off := 1
		if s.is(i+2, "before") {
			off = -1
		}
		return hit{end: i + 3, timexType: tDate, calendar: s.today().shift(off), anchored: true, rule: idRelativeTheDayBefore, confidence: 0.6}
	case s.is(i+1, "week") && s.is(i+2, "after") && s.is(i+3, "next"):
		return hit{end: i + 4, timexType: tDate, calendar: s.current(gWeek).shift(2), anchored: true, rule: idRelativeWeekAfterNext, confidence: 0.7}
	}
	return hit{}
}

// ruleAnaphoric: "that year", "later that year", "earlier that day", "the
// same day", "the following year": the unit of the last date mentioned
// before, shifted for "following" and "previous". Without an earlier date
// there is nothing to resolve against and nothing is matched.
func ruleAnaphoric(s *scanner, i int) hit {
	if !s.hasRef {
		return hit{}
	}
	j := i
	if s.is(j, "earlier", "later") {
		j++
	}
	off := 0
	switch {
	case s.is(j, "that"):
		j++
		if s.is(j, "same") {
			j++
		}
	case s.is(j, "the") && s.is(j+1, "same"):
		j += 2
	case j == i && s.is(j, "the") && s.is(j+1, "following", "next", "previous"):
		off = 1
		if s.is(j+1, "previous") {
			off = -1
		}
		j += 2
	default:
		return hit{}
	}
	g, ok := lookup(s, s.lx.unitGran, inUnitGran, j)
	if _, part := lookup(s, s.lx.partOfDay, inPartOfDay, j); part {
		g, ok = gDay, true
	}
	if !ok || g == gDecade || g == gCentury || g == gHalf || g == gWeekend || g < s.ref.granularity && g != gYear {
		return hit{}
	}
	c := s.ref
	switch g {
	case gYear:
		c = cal{granularity: gYear, year: c.year}
	case gQuarter:
		if c.granularity == gQuarter {
			break
		}
		if c.month == 0 {
			return hit{}
		}
		c = cal{granularity: gQuarter, year: c.year, part: (c.month-1)/3 + 1}
	case gMonth:
		if c.month == 0 {
			return hit{}
		}
		c = cal{granularity: gMonth, year: c.year, month: c.month}
	case gWeek:
		if c.granularity != gDay {
			return hit{}
		}
		c = weekOf(time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, time.UTC))
	case gDay:
		if c.granularity != gDay {
			return hit{}
		}
	}
	if off != 0 {
		if j == i+2 && g == gDay && s.is(j+1, "of") {
			return hit{}
		}
		c = c.shift(off)
	}
	// "from the same month last year", "the same quarter a year earlier":
	// that period of the year before
	if off == 0 && c.year >= 0 && g != gYear {
		if s.is(j+1, "last", "previous", "prior") && s.is(j+2, "year") {
			c.year--
			return hit{end: j + 3, timexType: tDate, calendar: c, rule: idRelativeAnaphoricYearBefore, confidence: 0.7}
		}
		if s.is(j+1, "a") && s.is(j+2, "year") && s.is(j+3, "earlier", "ago", "before") {
			c.year--
			return hit{end: j + 4, timexType: tDate, calendar: c, rule: idRelativeAnaphoricYearBefore, confidence: 0.7}
		}
	}
	return hit{end: j + 1, timexType: tDate, calendar: c, anchored: false, rule: idRelativeAnaphoric, confidence: 0.5}
}

// abbrevWeekdayCue reports context that makes a short weekday name ("Mon",
// "Sat") a day rather than a word or a name: "on Sat at 5", "Mon or Tue",
// "Tue 9 am".
func (s *scanner) abbrevWeekdayCue(i, k int) bool {
	switch {
	case k+1 < len(s.toks) && s.is(k, "at") && s.toks[k+1].kind == kNum:
		return true
	case k < len(s.toks) && s.toks[k].kind == kNum && s.is(k+1, "am", "pm", "a", "p", ":"):
		return true
	case s.is(k, "or", "and", "-") && s.isWeekday(k+1), s.is(i-1, "or", "and", "-") && s.isWeekday(i-2):
		return true
	}
	return false
}
