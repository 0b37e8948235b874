package date

// Absolute calendar dates: "Dec. 31", "December 31, 2018", "31 December
// 2018", "March 2013", "1991", "2018-12-31", "12/31/2018", "the 1990s",
// "the 20th century", holidays.

import (
	"time"
)

// month reads a month name at i ("Sept." included) and returns the month
// and the index after it. Abbreviations need a capital or a period, so that
// "mar" or "dec" in running text are not months.
func (s *scanner) month(i int) (int, int) {
	if i >= len(s.toks) || s.toks[i].kind != kWord {
		return 0, i
	}
	w := s.toks[i].low
	m, ok := lookup(s, s.lx.months, inMonth, i)
	if !ok {
		return 0, i
	}
	j := s.dot(i + 1)
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" && j == i+1 {
		// "Jan Kavan", "mar": an abbreviation without its period needs a
		// number after it
		afterDay := i > 0 && s.toks[i-1].kind == kNum && s.digits(i-1) <= 2 || s.is(i-1, "st", "nd", "rd", "th", "of") ||
			s.toks[i].upper && s.is(i-1, "from", "to", "between", "until", "through", "since", "in", "and", "-") && !(j < len(s.toks) && s.toks[j].upper)
		numAfter := j < len(s.toks) && s.toks[j].kind == kNum || s.is(j, ",", "/", "-") && s.digits(j+1) == 4 ||
			s.toks[i].upper && s.is(j, "-") && s.adj(j) && s.upperMonth(j+1) // "Nov-Feb 2017"
		if (!s.toks[i].upper && !s.lowerText() && !afterDay) || s.toks[j-1].kind == kWord && !numAfter && !afterDay {
			return 0, i
		}
	}
	if (w == "may" || w == "march") && !s.toks[i].upper && !s.lowerText() {
		return 0, i
	}
	return m, j
}

// lowerText reports whether the document is written all in lower case (as
// in chat-like inputs), where capitals cannot be required.
func (s *scanner) lowerText() bool { return s.lower }

func (s *scanner) computeLower() bool {
	for _, t := range s.toks {
		if t.upper {
			return false
		}
	}
	return true
}

// dayNum reads a day of the month: "31", "31st", "first" ... at i.
func (s *scanner) dayNum(i int) (int, int) {
	if n, ok := s.num(i); ok && s.digits(i) <= 2 && n >= 1 && n <= 31 {
		j := i + 1
		if s.adj(i) && s.is(j, "st", "nd", "rd", "th") {
			j++
		}
		return n, j
	}
	if n, ok := lookup(s, s.lx.ordinals, inOrdinal, i); ok && n >= 1 && n <= 31 {
		return n, i + 1
	}
	if s.w(i) == "twenty" || s.w(i) == "thirty" {
		k := i + 1
		if s.w(k) == "-" {
			k++
		}
		if n, ok := lookup(s, s.lx.ordinals, inOrdinal, k); ok && n >= 1 && n <= 9 {
			base := 20
			if s.w(i) == "thirty" {
				base = 30
			}
			return base + n, k + 1
		}
	}
	return 0, i
}

// year reads a four-digit year at i, or an apostrophe and two digits.
func (s *scanner) year(i int) (int, int) {
	if n, ok := s.num(i); ok && s.digits(i) == 4 && n >= 1000 && n <= 2199 {
		return n, i + 1
	}
	if s.w(i) == "'" && s.adj(i) && s.digits(i+1) == 2 {
		n, _ := s.num(i + 1)
		if n < 30 {
			return 2000 + n, i + 2
		}
		return 1900 + n, i + 2
	}
	return 0, i
}

// yearAfter reads ", 2018" / "2018" / "of 2018" after a month or day.
func (s *scanner) yearAfter(j int) (int, int) {
	k := j
	if s.w(k) == "," || s.w(k) == "of" {
		k++
	}
	if y, e := s.year(k); e > k && !s.is(e, "%") && (!s.is(e, "-") || s.monthAt(e+1) || s.is(e+2, "/")) {
		return y, e
	}
	if y, e := s.spokenYear(k); e > k {
		return y, e
	}
	if s.w(k-1) == "of" && s.digits(k) == 2 && !s.is(k+1, "%", "percent") {
		n, _ := s.num(k)
		if n < 40 {
			return 2000 + n, k + 1
		}
		return 1900 + n, k + 1
	}
	return 0, j
}

// resolveMD picks the year of a month and day given without one: the
// anchor's year, moved by one when the tense points the other way.
func (s *scanner) resolveMD(m, d, i, end int) cal {
	if !s.known {
		return cal{granularity: gDay, year: -1, month: m, day: d}
	}
	y := s.dct.Year()
	dm, dd := int(s.dct.Month()), s.dct.Day()
	after := m > dm || (m == dm && d > dd)
	before := m < dm || (m == dm && d < dd)
	tn := s.tense(i, end)
	if tn == tUnknown && s.deadlineBefore(i) {
		tn = tFuture // a deadline: "by Dec. 15"
	}
	// A cue moves the date to the other year when it is more than a month
	// away on the wrong side. Without one, news looks back more than ahead:
	// the date falls within nine months before to three months after.
	diff := (m-dm)*31 + d - dd
	switch {
	case tn == tPast && after && (m-dm) > 1:
		y--
	case tn == tFuture && before && (dm-m) > 1:
		y++
	case tn == tUnknown && diff > 3*31:
		y--
	case tn == tUnknown && diff < -9*31:
		y++
	}
	// "On July 16, 1969, Apollo 11 lifted off ... It returned on July 24":
	// a story telling of another year keeps it for the dates that follow
	if y2, ok := s.storyYear(i, tn); ok && y2 != y && tn == tPast && time.Date(y, time.Month(m), min(d, daysIn(y, m)), 0, 0, 0, 0, time.UTC).After(s.dct) {
		y = y2 // only where the anchor's year would put a past event ahead
	}
	// Feb. 29 exists only in a leap year: take the nearest one, the past
	// one on a tie
	for off := 0; off <= 4 && d > daysIn(y, m); off++ {
		if d <= daysIn(y-off, m) {
			y -= off
		} else if d <= daysIn(y+off, m) {
			y += off
		}
	}
	return cal{granularity: gDay, year: y, month: m, day: d}
}

// storyYear returns the year of a full date written shortly before token
// i in a year other than the anchor's, when nothing in the clause points
// ahead: the story is telling of that year.
func (s *scanner) storyYear(i, tn int) (int, bool) {
	if !s.refDated || s.refEnd > i || i-s.refEnd > 60 || tn == tFuture || s.ref.year == s.dct.Year() || s.ref.year < 0 {
		return 0, false
	}
	return s.ref.year, true
}

// deadlineBefore reports a deadline word ("by", "until") before token i,
// also across the words of a part: "by the end of March", "until early
// May".
func (s *scanner) deadlineBefore(i int) bool {
	k := i - 1
	for n := 0; n < 4 && s.is(k, "of", "the", "end", "beginning", "start", "middle", "early", "late", "mid", "-"); n++ {
		k--
	}
	return s.lx.cues["deadline"][s.w(k)]
}

func (s *scanner) resolveMonth(m, i, end int) cal {
	if !s.known {
		return cal{granularity: gMonth, year: -1, month: m}
	}
	y := s.dct.Year()
	dm := int(s.dct.Month())
	tn := s.tense(i, end)
	if tn == tUnknown && s.deadlineBefore(i) {
		tn = tFuture // a deadline: "by February", "by the end of March"
	}
	// as for a day, a cue needs the month more than one month off on the
	// wrong side: "September crude stood lower" on Aug. 30 is the coming
	// contract month
	switch {
	case tn == tPast && m-dm > 1:
		y--
	case tn == tFuture && dm-m > 1:
		y++
	case tn == tUnknown && m-dm > 3:
		y--
	case tn == tUnknown && dm-m > 9:
		y++
	}
	return cal{granularity: gMonth, year: y, month: m}
}

// monthDayAt (ruleMonthDay): "Dec. 31", "December 31, 2018", "March 2013", "March".
func monthDayAt(s *scanner, i int) hit {
	m, j := s.month(i)
	if m == 0 {
		return hit{}
	}
	dj := j
	if s.is(j, ",") && s.is(j+2, "st", "nd", "rd", "th") {
		dj++ // "october, 1st"
	}
	if d, k := s.dayNum(dj); k > dj && (s.toks[dj].kind == kNum || !s.is(k, "of")) && d <= daysIn(2024, m) {
		// "Dec. 31, 2018" or "Dec. 31"
		if s.is(k, ":", ".") && s.digits(k+1) > 0 && s.adj(k) {
			goto monthOnly // "May 3:30" is ambiguous; "Jan 12.5" is a number
		}
		if y, e := s.yearAfter(k); e > k {
			return hit{end: e, timexType: tDate, calendar: cal{granularity: gDay, year: y, month: m, day: d}, rule: idAbsoluteMonthDayYear, confidence: 0.95}
		}
		return hit{end: k, timexType: tDate, calendar: s.resolveMD(m, d, i, k), anchored: true, rule: idAbsoluteMonthDay, confidence: 0.9}
	}
monthOnly:
	if y, e := s.yearAfter(j); e > j {
		return hit{end: e, timexType: tDate, calendar: cal{granularity: gMonth, year: y, month: m}, rule: idAbsoluteMonthYear, confidence: 0.95}
	}
	// "Dec/2018", "Dec-2018": a glued year
	if s.is(j, "/", "-") && s.adj(j-1) && s.adj(j) {
		if y, e := s.year(j + 1); e > j+1 && (!s.is(e, "-", "/") || s.monthAt(e+1)) {
			return hit{end: e, timexType: tDate, calendar: cal{granularity: gMonth, year: y, month: m}, rule: idAbsoluteMonthYear, confidence: 0.9}
		}
	}
	if s.is(j, "this", "last", "next") && s.is(j+1, "year") && s.known {
		y := s.dct.Year() + map[string]int{"this": 0, "last": -1, "next": 1}[s.w(j)]
		return hit{end: j + 2, timexType: tDate, calendar: cal{granularity: gMonth, year: y, month: m}, anchored: true, rule: idRelativeMonthThisYear, confidence: 0.9}
	}
	w := s.toks[i].low
	prev := s.w(i - 1)
	// "Between March and May", "from March to May": the second of two months
	monthPair := s.toks[i].upper && s.is(i-1, "and", "to", "through", "or", "-") && s.upperMonth(i-2) ||
		s.toks[i].upper && s.is(i-1, "as") && s.is(i-2, "early", "late", "soon") // "as early as March"
	if w == "may" && s.is(j, "'", "\u2019") && s.is(j+1, "s") && s.is(j+2, "leadership", "party", "government", "deal", "cabinet", "premiership", "allies", "spokesman", "spokeswoman", "office", "plan", "ministers", "successor", "resignation", "critics", "conservatives", "agreement", "withdrawal") {
		return hit{} // "a vote on May's leadership": Theresa May
	}
	switch {
	case monthPair:
	case w == "may" || w == "march":
		if !s.toks[i].upper && !s.lowerText() || !s.lx.cues["month-cue"][prev] || (w == "may" && s.is(j, "be", "have", "not")) {
			return hit{}
		}
		if w == "may" && s.is(i-1, "that", "and", "or", "-", "the", "to", "for", "which", "who", "it", "they", "we", "you", "i", "he", "she") {
			return hit{}
		}
	case !s.toks[i].upper && !s.lx.cues["month-cue"][prev]:
		return hit{}
	}
	return hit{end: j, timexType: tDate, calendar: s.resolveMonth(m, i, j), anchored: true, rule: idAbsoluteMonth, confidence: 0.8}
}

// dayMonthAt (ruleDayMonth): "31 December 2018", "the 31st of December".
func dayMonthAt(s *scanner, i int) hit {
	j := s.the(i)
	d, k := s.dayNum(j)
	if k == j || s.is(j-1, "$", "#") {
		return hit{}
	}
	if s.is(k, "of") {
		k++
	}
	m, e := s.month(k)
	if m == 0 || d > daysIn(2024, m) {
		return hit{}
	}
	if j > i && s.toks[j].kind == kNum && !s.is(j+1, "st", "nd", "rd", "th") {
		return hit{}
	}
	if y, e2 := s.yearAfter(e); e2 > e {
		return hit{end: e2, timexType: tDate, calendar: cal{granularity: gDay, year: y, month: m, day: d}, rule: idAbsoluteDayMonthYear, confidence: 0.95}
	}
	return hit{end: e, timexType: tDate, calendar: s.resolveMD(m, d, i, e), anchored: true, rule: idAbsoluteDayMonth, confidence: 0.9}
}

// ruleNumeric: "2018-12-31", "2018-12", "12/31/2018", "12/31/18", "31.12.2018".
func ruleNumeric(s *scanner, i int) hit {
	a, ok := s.num(i)
	if !ok {
		return hit{}
	}
	glued := func(k int) bool { return s.adj(k) && s.adj(k+1) }
	sep := s.w(i + 1)
	if s.digits(i) == 4 && (sep == "-" || sep == "/" || sep == ".") && glued(i) && s.digits(i+2) >= 1 && s.digits(i+2) <= 2 {
		m, _ := s.num(i + 2)
		if m < 1 || m > 12 {
			return hit{}
		}
		if s.w(i+3) == sep && glued(i+2) && s.digits(i+4) >= 1 && s.digits(i+4) <= 2 {
			d, _ := s.num(i + 4)
			if d < 1 || d > daysIn(a, m) {
				return hit{}
			}
			h := hit{end: i + 5, timexType: tDate, calendar: cal{granularity: gDay, year: a, month: m, day: d}, rule: idAbsoluteIso, confidence: 0.97}
			// "2018-04-11T14:00"
			if s.adj(i+4) && s.w(i+5) == "t" && s.adj(i+5) {
				if hh, ok := s.num(i + 6); ok && s.digits(i+6) == 2 && s.w(i+7) == ":" && s.digits(i+8) == 2 {
					mm, _ := s.num(i + 8)
					if hh < 24 && mm < 60 {
						h.calendar.clock = "T" + two0(hh) + ":" + two0(mm)
						h.timexType = tTime
						h.end = i + 9
						if s.w(h.end) == ":" && s.digits(h.end+1) == 2 && s.adj(h.end-1) {
							if sec, _ := s.num(h.end + 1); sec < 60 {
								h.calendar.clock += ":" + two0(sec)
							}
							h.end += 2
						}
					}
				}
			}
			return h
		}
		if sep == "-" && !s.adj(i+2) || sep == "-" && s.w(i+3) != "-" {
			if s.digits(i+2) == 2 && m >= 1 && m <= 12 && a >= 1900 && !s.is(i+3, "-", "/", ".") {
				// "2018-12" but not "2014-15" (a span of years)
				if s.w(i+2) > "12" || a%100+1 == m {
					return hit{}
				}
				return hit{end: i + 3, timexType: tDate, calendar: cal{granularity: gMonth, year: a, month: m}, rule: idAbsoluteIsoMonth, confidence: 0.8}
			}
		}
		return hit{}
	}
	if (sep == "/" || sep == ".") && glued(i) && s.digits(i) <= 2 && s.digits(i+2) >= 1 && s.digits(i+2) <= 2 {
		b, _ := s.num(i + 2)
		if s.w(i+3) == sep && glued(i+2) && (s.digits(i+4) == 4 || s.digits(i+4) == 2) {
			y, _ := s.num(i + 4)
			if s.digits(i+4) == 2 {
				if y < 40 {
					y += 2000
				} else {
					y += 1900
				}
			}
			m, d := a, b
			if sep == "." || m > 12 {
				m, d = b, a
			}
			if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
				return hit{}
			}
			return hit{end: i + 5, timexType: tDate, calendar: cal{granularity: gDay, year: y, month: m, day: d}, rule: idAbsoluteNumeric, confidence: 0.9}
		}
		// "5/1-5/7": a range of two month/day dates
		pairStart := s.is(i+3, "-") && glued(i+2) && s.digits(i+4) >= 1 && s.digits(i+4) <= 2 && s.is(i+5, "/") && glued(i+4) && s.digits(i+6) >= 1 && s.digits(i+6) <= 2
		if pairStart {
			// the end follows the start within three months, or the pair
			// is a fraction or a code ("3/4-1/2")
			m2, _ := s.num(i + 4)
			d2, _ := s.num(i + 6)
			pairStart = a >= 1 && a <= 12 && b >= 1 && b <= 31 && m2 >= 1 && m2 <= 12 && d2 >= 1 && d2 <= 31 && m2*100+d2 > a*100+b && m2-a <= 3
		}
		if sep == "/" && (!s.is(i+3, "/", "-") || pairStart) && a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a > 12 && a <= 31 && b <= 12) {
			// "5/12" only where a date is expected
			if !pairStart && !s.is(i-1, "on", "from", "to", "until", "till", "by", "since", "between", "-", ",", "or", "and", "this", "next", "last") && !s.isWeekday(i-1) {
				return hit{}
			}
			if a > 12 {
				a, b = b, a // "22/04" can only be day first
			}
			// "5/7, 2020": the year after a comma
			if s.is(i+3, ",") && s.digits(i+4) == 4 && !(s.is(i+5, "/", "-", ".") && s.adj(i+4)) {
				if y, _ := s.num(i + 4); plausibleYear(y) && b <= daysIn(y, a) {
					return hit{end: i + 5, timexType: tDate, calendar: cal{granularity: gDay, year: y, month: a, day: b}, rule: idAbsoluteMonthSlashDayYear, confidence: 0.8}
				}
			}
			return hit{end: i + 3, timexType: tDate, calendar: s.resolveMD(a, b, i, i+3), anchored: true, rule: idAbsoluteMonthSlashDay, confidence: 0.7}
		}
	}
	return hit{}
}

func two0(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return two(n)
}

func (s *scanner) isWeekday(i int) bool {
	_, ok := lookup(s, s.lx.weekdays, inWeekday, i)
	return ok
}

// ruleYear: a bare year, "1991", guarded against counts and labels.
func ruleYear(s *scanner, i int) hit {
	y, e := s.year(i)
	if e == i {
		return hit{}
	}
	prev := s.w(i - 1)
	if s.toks[i].kind != kNum {
		// "peaked in '08": an apostrophe year needs a preposition before it
		// and no "s" after it (the '80s is a decade)
		if !s.is(i-1, "in", "since", "of", "from", "to", "until", "till", "by", "before", "after", "during") || s.is(e, "s") && s.adj(e-1) {
			return hit{}
		}
		return hit{end: e, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteYearApostrophe, confidence: 0.8}
	}
	// "until at least 2021": a bound on a date, not a count
	boundYear := prev == "least" && s.is(i-2, "at") && s.is(i-3, "until", "till", "through", "by", "in", "since", "to")
	if s.lx.cues["year-block"][prev] && !boundYear || s.is(e, "%", "percent", "per", "times", "to") && !s.yearish(e+1) {
		return hit{}
	}
	if s.adj(e-1) && s.is(e, ".", ",") && s.digits(e+1) > 0 && s.adj(e) {
		return hit{}
	}
	// "2015-32", "32 - 2015": a year beside a number that is no month or day
	if s.is(e, "-") && s.digits(e+1) == 2 && !s.adj(e+1) {
		if n, _ := s.num(e + 1); n > 31 && !(n > y%100 && n-y%100 <= 10) {
			return hit{}
		}
	}
	if s.is(i-1, "-") && s.digits(i-2) > 0 && s.digits(i-2) <= 2 {
		if n, _ := s.num(i - 2); n > 31 {
			return hit{}
		}
	}
	// "138-2010-2015", "82-2100": digit groups of a phone or code number
	if s.is(i-1, "-") && s.adj(i-1) && s.digits(i-2) == 4 && s.is(i-3, "-") && s.adj(i-3) && s.digits(i-4) > 0 {
		return hit{}
	}
	if s.is(i-1, "-") && s.adj(i-2) && s.adj(i-1) && s.digits(i-2) > 0 && s.digits(i-2) != 4 ||
		s.is(e, "-") && s.adj(e-1) && s.adj(e) && s.digits(e+1) > 0 && s.digits(e+1) != 4 && s.digits(e+1) != 2 {
		return hit{}
	}
	// "the 1800 block of Main Street", "lived at 2010 Elm Street": an address
	if s.is(e, "block") || s.toks[e-1].kind == kNum && e+1 < len(s.toks) && s.toks[e].upper && s.lx.cues["street"][s.w(e+1)] ||
		e+2 < len(s.toks) && s.toks[e].upper && s.toks[e+1].upper && s.lx.cues["street"][s.w(e+2)] {
		return hit{}
	}
	// "the 1500 metres final", "1800 km": a measure
	if s.lx.cues["measure"][s.w(e)] {
		return hit{}
	}
	// "between 1800 and 2000 GMT": clock times of a zone
	if s.is(e, "and", "to", "-") && s.digits(e+1) == 4 && s.lx.zones[s.w(e+2)] && s.toks[e+2].upper {
		return hit{}
	}
	// A number followed by a plural noun is a count ("2000 troops").
	if nw := s.w(e); e < len(s.toks) && s.toks[e].kind == kWord && !s.toks[e].upper && (len(nw) > 3 && nw[len(nw)-1] == 's' || s.lx.cues["count-noun"][nw]) && !s.lx.cues["year-follow"][nw] &&
		!s.is(i-1, "the", "its", "his", "her", "their", "our", "-", "s", "this", "that") {
		return hit{}
	}
	if (y < 1900 || y > 2100) && !s.lx.cues["year-cue"][prev] {
		return hit{}
	}
	return hit{end: e, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteYear, confidence: 0.85}
}

// ruleShortEndYear: the two digits after a year and a hyphen, "58" in
// "1957-58" and "19" in "the 2018-19 season", are a year of their own, as
// TimeML tags each end of a written year range; a later year within ten.
func ruleShortEndYear(s *scanner, i int) hit {
	if s.digits(i) != 2 || !s.is(i-1, "-", "–") || !s.adj(i-2) || !s.adj(i-1) || s.digits(i-2) != 4 || i+1 < len(s.toks) && s.adj(i) && (s.is(i+1, "-", "/", ":", "–") || s.is(i+1, ".") && s.digits(i+2) > 0) {
		return hit{}
	}
	// the year before must stand as a year: not a part of a code
	// ("138-2010-15") nor a date written with hyphens
	if s.is(i-3, "-", "/", "–") && s.adj(i-3) {
		return hit{}
	}
	if y := ruleYear(s, i-2); y.rule != idAbsoluteYear || y.end != i-1 {
		return hit{}
	}
	prev, _ := s.num(i - 2)
	n, _ := s.num(i)
	y := prev - prev%100 + n
	if y <= prev {
		y += 100 // "1999-00"
	}
	if y-prev > 10 {
		return hit{}
	}
	return hit{end: i + 1, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteYearShortEnd, confidence: 0.8}
}

// theBeforeMod reports "the" and a position word right before token i:
// "the late" sixties, "the mid-" seventies.
func (s *scanner) theBeforeMod(i int) bool {
	k := i - 1
	if s.is(k, "-") && s.adj(k-1) {
		k--
	}
	_, ok := lookup(s, s.lx.pos, inPos, k)
	return ok && s.is(k-1, "the")
}

func (s *scanner) yearish(i int) bool {
	// "to the end of 2008", "to mid-2008", "to early 2008"
	if s.is(i, "the") && s.in(i+1, inPos|inPosOf) && s.is(i+2, "of") {
		i += 3
	} else if s.in(i, inPos) {
		i++
		if s.is(i, "-") {
			i++
		}
	}
	_, e := s.year(i)
	return e > i
}

// ruleDecade: "the 1990s", "1990s", "the '90s", "the nineties", "the late
// sixties", "the 20th century". A decade is written as its first three
// digits ("199"), as TIMEX3 and the TimeBank annotators write it (the
// AQUAINT annotators wrote "199X").
func ruleDecade(s *scanner, i int) hit {
	j := s.the(i)
	if y, e := s.year(j); e > j && s.w(e) == "s" && s.adj(e-1) && y%10 == 0 {
		// "the 1800s", and "the late 1800s" read inside "late"
		if y%100 == 0 && y != 2000 && (j > i || s.theBeforeMod(i)) {
			return hit{end: e + 1, timexType: tDate, calendar: cal{granularity: gCentury, year: y / 100}, rule: idAbsoluteCenturyS, confidence: 0.8}
		}
		return hit{end: e + 1, timexType: tDate, calendar: cal{granularity: gDecade, year: y / 10}, rule: idAbsoluteDecade, confidence: 0.9}
	}
	if s.w(j) == "'" && s.digits(j+1) == 2 && s.w(j+2) == "s" && s.adj(j+1) {
		n, _ := s.num(j + 1)
		if n%10 == 0 {
			c := 190
			if n < 30 {
				c = 200
			}
			return hit{end: j + 3, timexType: tDate, calendar: cal{granularity: gDecade, year: c + n/10}, rule: idAbsoluteDecadeShort, confidence: 0.85}
		}
	}
	// a decade word needs "the" before it, or before its modifier ("the
	// late sixties", "the mid-seventies"): "sixties" alone is an age
	if j > i || s.theBeforeMod(i) {
		if d, ok := s.lx.decade[s.w(j)]; ok {
			return hit{end: j + 1, timexType: tDate, calendar: cal{granularity: gDecade, year: 190 + d}, rule: idAbsoluteDecadeWords, confidence: 0.8}
		}
	}
	// centuries
	if n, k := s.ordinal(j); k > j && s.is(k, "century") {
		if s.is(k+1, "bc", "b") {
			return hit{}
		}
		return hit{end: k + 1, timexType: tDate, calendar: cal{granularity: gCentury, year: n - 1}, rule: idAbsoluteCentury, confidence: 0.9}
	}
	return hit{}
}

// ordinal reads "third", "3rd", "21st" at i.
func (s *scanner) ordinal(i int) (int, int) {
	if n, ok := s.num(i); ok && s.adj(i) && s.is(i+1, "st", "nd", "rd", "th") {
		return n, i + 2
	}
	if n, ok := lookup(s, s.lx.ordinals, inOrdinal, i); ok && n > 0 {
		return n, i + 1
	}
	if s.is(i, "twenty", "thirty") {
		k := i + 1
		if s.w(k) == "-" {
			k++
		}
		if n, ok := lookup(s, s.lx.ordinals, inOrdinal, k); ok && n > 0 && n < 10 {
			base := 20
			if s.w(i) == "thirty" {
				base = 30
			}
			return base + n, k + 1
		}
	}
	return 0, i
}

// ruleHoliday: "Christmas", "New Year's Day", "Thanksgiving 2018".
func ruleHoliday(s *scanner, i int) hit {
	if s.is(i, "last", "next", "previous", "following", "this") {
		if _, ok := lookup(s, s.lx.holidayFirst, inHolidayFirst, i+1); !ok || !s.known {
			return hit{}
		}
		h := ruleHoliday(s, i+1)
		if !h.ok() || h.literal != "" || h.calendar.year < 0 || !h.anchored {
			return hit{}
		}
		hol := s.holidayAt(i + 1)
		y := s.dct.Year()
		t := hol.on(y)
		switch s.w(i) {
		case "last", "previous":
			if !t.Before(s.dct) {
				t = hol.on(y - 1)
			}
		case "next", "following":
			if !t.After(s.dct) {
				t = hol.on(y + 1)
			}
		}
		h.calendar = day(t)
		h.rule = idHolidayLastNext
		return h
	}
	maxw, ok := lookup(s, s.lx.holidayFirst, inHolidayFirst, i)
	if !ok {
		return hit{}
	}
	var best holiday
	bestEnd := i
	// The key grows in a buffer on the stack, and a lookup by
	// string(key) makes no string: "New" begins many names that are no
	// holiday ("New York City"), and each would build its keys.
	var buf [64]byte
	key := buf[:0]
	for k := 0; k < maxw+3 && i+k < len(s.toks); k++ {
		w := s.toks[i+k].low
		switch {
		case len(key) == 0:
			key = append(key, w...)
		case w == "'" || w == "." || (w == "s" && s.adj(i+k-1)):
			key = append(key, w...)
		case key[len(key)-1] == '\'':
			key = append(key, w...)
		default:
			key = append(append(key, ' '), w...)
		}
		if h, ok := s.lx.holidays[string(key)]; ok {
			best, bestEnd = h, i+k+1
		}
	}
	if bestEnd == i {
		return hit{}
	}
	// "the Good Friday Agreement", "the Christmas Island": part of a name
	if bestEnd < len(s.toks) && s.toks[bestEnd].kind == kWord && s.toks[bestEnd].upper && !s.lowerText() && !s.in(bestEnd, inMonth|inWeekday) && !s.clauseEnd(bestEnd-1) {
		return hit{}
	}
	// A capital is required ("easter" lower case is fine only in lower-case text).
	y, e := s.yearAfter(bestEnd)
	if !s.toks[i].upper && !s.lowerText() && e == bestEnd && !s.is(i-1, "on", "at", "before", "after", "until", "since", "by", "for", "of", "last", "next", "previous", "following", "this") {
		return hit{}
	}
	if e == bestEnd {
		if !s.known {
			h := hit{end: bestEnd, timexType: tDate, literal: "", rule: idHoliday, confidence: 0.8}
			if !best.easter && best.nth == 0 {
				h.calendar = cal{granularity: gDay, year: -1, month: best.month, day: best.day}
			} else {
				h.literal = "XXXX-XX-XX"
			}
			return h
		}
		y = s.dct.Year()
		t := best.on(y)
		tn := s.tense(i, bestEnd)
		days := t.Sub(s.dct).Hours() / 24
		if tn == tPast && days > 30 || tn == tUnknown && days > 93 {
			t = best.on(y - 1)
		} else if tn == tFuture && days < -30 || tn == tUnknown && days < -280 {
			t = best.on(y + 1)
		}
		return hit{end: bestEnd, timexType: tDate, calendar: day(t), anchored: true, rule: idHoliday, confidence: 0.85}
	}
	return hit{end: e, timexType: tDate, calendar: day(best.on(y)), rule: idHolidayYear, confidence: 0.9}
}

// spokenYear reads a year in words: "nineteen ninety-one", "two thousand",
// "two thousand and five", "nineteen eighty".
func (s *scanner) spokenYear(i int) (int, int) {
	switch s.w(i) {
	case "nineteen", "eighteen", "twenty":
		hi := s.lx.numbers[s.w(i)]
		t, ok := s.lx.tens[s.w(i+1)]
		if !ok {
			if n, ok2 := lookup(s, s.lx.numbers, inNumber, i+1); ok2 && n >= 10 && n < 20 {
				return hi*100 + n, i + 2
			}
			return 0, i
		}
		k := i + 2
		kk := k
		if s.w(kk) == "-" {
			kk++
		}
		if n, ok := lookup(s, s.lx.numbers, inNumber, kk); ok && n > 0 && n < 10 {
			t += n
			k = kk + 1
		}
		return hi*100 + t, k
	case "two":
		if s.is(i+1, "thousand") {
			k := i + 2
			kk := k
			if s.is(kk, "and") {
				kk++
			}
			if n, ok := lookup(s, s.lx.numbers, inNumber, kk); ok && n > 0 && n < 20 {
				return 2000 + n, kk + 1
			}
			// "two thousand and twenty", "two thousand twenty-one"
			if t, ok := s.lx.tens[s.w(kk)]; ok {
				e := kk + 1
				u := e
				if s.is(u, "-") {
					u++
				}
				if n, ok := lookup(s, s.lx.numbers, inNumber, u); ok && n > 0 && n < 10 {
					t, e = t+n, u+1
				}
				return 2000 + t, e
			}
			return 2000, k
		}
	}
	return 0, i
}

// ruleSpokenYear: "in nineteen ninety-one", "the year two thousand".
func ruleSpokenYear(s *scanner, i int) hit {
	j := i
	if s.is(i, "the") && s.is(i+1, "year") {
		j = i + 2
	} else if s.is(i, "year") {
		j = i + 1
	}
	if y, e := s.year(j); j > i && e > j && s.digits(j) == 4 {
		return hit{end: e, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteTheYearN, confidence: 0.9}
	}
	y, e := s.spokenYear(j)
	if e == j {
		return hit{}
	}
	// "Two thousand people marched": a count before a noun
	if nw := s.w(e); e < len(s.toks) && s.toks[e].kind == kWord && !s.toks[e].upper && (len(nw) > 3 && nw[len(nw)-1] == 's' || s.lx.cues["count-noun"][nw]) {
		return hit{}
	}
	// "nineteen ninety-six" is a year wherever it stands: no count is
	// spoken that way
	centuryTens := s.is(j, "nineteen", "eighteen") && s.lx.tens[s.w(j+1)] > 0
	if j == i && !centuryTens && !s.lx.cues["year-cue"][s.w(i-1)] && !s.toks[i].upper && !s.lowerText() && !s.lx.cues["month-cue"][s.w(i-1)] {
		if _, ok := lookup(s, s.lx.months, inMonth, i-1); !ok {
			return hit{}
		}
	}
	return hit{end: e, timexType: tDate, calendar: cal{granularity: gYear, year: y}, rule: idAbsoluteSpokenYear, confidence: 0.8}
}

// ruleNamedNumeric: dates written with a month name between numbers or
// dashes: "05-aug-2016", "sep-23-2020", "2020/sep/23", "23/Sep/2020".
func ruleNamedNumeric(s *scanner, i int) hit {
	sepOK := func(k int) bool { return s.is(k, "-", "/", ".") && s.adj(k-1) && s.adj(k) }
	mk := func(y, m, d, end int) hit {
		if m == 0 || d < 1 || d > daysIn(y, m) {
			return hit{}
		}
		return hit{end: end, timexType: tDate, calendar: cal{granularity: gDay, year: y, month: m, day: d}, rule: idAbsoluteNamedNumeric, confidence: 0.9}
	}
	month := func(k int) int {
		if m, ok := lookup(s, s.lx.months, inMonth, k); ok && s.toks[k].kind == kWord {
			return m
		}
		return 0
	}
	switch {
	case s.digits(i) <= 2 && sepOK(i+1) && month(i+2) > 0 && sepOK(i+3) && s.digits(i+4) == 4:
		d, _ := s.num(i)
		y, _ := s.num(i + 4)
		return mk(y, month(i+2), d, i+5)
	case month(i) > 0 && sepOK(i+1) && s.digits(i+2) <= 2 && s.digits(i+2) > 0 && sepOK(i+3) && s.digits(i+4) == 4:
		d, _ := s.num(i + 2)
		y, _ := s.num(i + 4)
		return mk(y, month(i), d, i+5)
	case s.digits(i) == 4 && sepOK(i+1) && month(i+2) > 0 && sepOK(i+3) && s.digits(i+4) > 0 && s.digits(i+4) <= 2:
		y, _ := s.num(i)
		d, _ := s.num(i + 4)
		return mk(y, month(i+2), d, i+5)
	}
	return hit{}
}

// ruleMonthDay and ruleDayMonth are monthDayAt and dayMonthAt, whose
// last answers are kept: ruleDayMonthInYear asks them again at the
// position the scan has just asked them (ruleMemo).
func ruleMonthDay(s *scanner, i int) hit { return s.memo(&s.monthDayMemo, monthDayAt, i) }

func ruleDayMonth(s *scanner, i int) hit { return s.memo(&s.dayMonthMemo, dayMonthAt, i) }

// ruleDayMonthInYear: "28 june in 2020", "June in 2017".
func ruleDayMonthInYear(s *scanner, i int) hit {
	h := ruleDayMonth(s, i)
	if !h.ok() {
		h = ruleMonthDay(s, i)
	}
	if !h.ok() || h.literal != "" || (h.calendar.granularity != gDay && h.calendar.granularity != gMonth) || !h.anchored || !s.is(h.end, "in", "of") {
		return hit{}
	}
	y, e := s.year(h.end + 1)
	if e == h.end+1 || s.digits(h.end+1) != 4 {
		return hit{}
	}
	h.calendar.year, h.end, h.anchored, h.rule = y, e, false, h.rule.withSuffix(sufInYear)
	if h.calendar.granularity == gDay && h.calendar.day > daysIn(y, h.calendar.month) {
		return hit{}
	}
	return h
}

// holidayAt returns the longest holiday name starting at token i.
func (s *scanner) holidayAt(i int) holiday {
	var best holiday
	key := ""
	for k := 0; k < 6 && i+k < len(s.toks); k++ {
		w := s.toks[i+k].low
		switch {
		case key == "":
			key = w
		case w == "'" || w == "." || (w == "s" && s.adj(i+k-1)) || key[len(key)-1] == '\'':
			key += w
		default:
			key += " " + w
		}
		if h, ok := s.lx.holidays[key]; ok {
			best = h
		}
	}
	return best
}

// upperMonth reports a capitalised month name or abbreviation at token i,
// without month's checks of what follows (which would recurse along
// "Jan-Feb-Mar").
func (s *scanner) upperMonth(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kWord || !s.toks[i].upper {
		return false
	}
	_, ok := lookup(s, s.lx.months, inMonth, i)
	return ok
}

// monthAt reports a month name at token i: "Nov 18 2014-Dec 19 2015"; a
// range to a numeric date ("January 12, 2016 - 01/22/2016") is checked by
// the caller.
func (s *scanner) monthAt(i int) bool {
	m, _ := s.month(i)
	return m > 0
}
