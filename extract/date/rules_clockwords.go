package date

// Clock times in words and parts of the day: "half past seven", "ten past
// 9", "a quarter to five", "in the morning", "the evening".

// ruleClockWords: "half past seven", "ten past 9", "15 past seven o'clock",
// "a quarter to five".
func ruleClockWords(s *scanner, i int) hit {
	j := i
	min, bare := -1, false
	switch {
	case s.is(j, "half"):
		min, j = 30, j+1
	case s.is(j, "quarter"):
		min, j = 15, j+1
	case s.is(j, "a") && s.is(j+1, "quarter"):
		min, j = 15, j+2
	default:
		if n, k := s.count(j); k > j && n > 0 && n < 60 && !s.is(j, "a", "an") {
			min, j, bare = n, k, true
			if s.is(j, "minutes", "min", "mins") {
				j, bare = j+1, false
			}
		}
	}
	if min < 0 || !s.is(j, "past", "after", "to") {
		return hit{}
	}
	to := s.is(j, "to")
	if to && bare && s.toks[i].kind == kNum && ruleTimeSpan(s, i).ok() {
		return hit{} // "5 to 6pm" is a span of hours, not 5:55
	}
	h, k := s.count(j + 1)
	if k == j+1 || h < 1 || h > 12 {
		return hit{}
	}
	// "two to four people", "five to ten percent": a bare count before
	// "to" is no clock reading when a noun follows the hour
	if bare && (s.nounAfterHour(k) || s.upperMonth(k)) {
		return hit{} // "from 3 to 7 August" are days
	}
	if to && bare && min%5 != 0 {
		return hit{} // "ten to seven" is 6:50; "3 to 7" is no clock reading
	}
	if bare && s.is(i-1, "aged", "ages", "age", "grades", "grade", "between", "from") {
		return hit{} // "children aged 5 to 12", "from 5 to 10"
	}
	if to {
		h, min = h-1, 60-min
		if h == 0 {
			h = 12
		}
	}
	if s.is(k, "o") && s.is(k+1, "'") && s.is(k+2, "clock") {
		k += 3
	} else if s.is(k, "oclock") {
		k++
	}
	pm := false
	if s.is(k, "in") && s.is(k+1, "the") && s.is(k+2, "evening", "afternoon", "night") {
		pm = h < 12
		k += 3
	} else if s.is(k, "in") && s.is(k+1, "the") && s.is(k+2, "morning") {
		k += 3
	} else if s.is(k, "pm") {
		pm, k = h < 12, k+1 // a period after "pm" ends the sentence
	} else if s.is(k, "p") && s.is(k+1, ".") && s.is(k+2, "m") && s.adj(k) && s.adj(k+1) {
		pm, k = h < 12, s.dot(k+3)
	}
	if pm {
		h += 12
	}
	hh := hit{end: k, timexType: tTime, calendar: s.today(), anchored: true, rule: idTimeClockWords, confidence: 0.75, noRange: true}
	hh.calendar.clock = "T" + two0(h) + ":" + two0(min)
	if !s.known {
		hh.literal = hh.calendar.clock
	}
	return hh
}

// rulePartOfDay: "in the morning", "the evening", "early morning", "the
// afternoon" as a part of the anchor's day. The span leaves out "in".
func rulePartOfDay(s *scanner, i int) hit {
	j := s.the(i)
	// "mid-afternoon", "late-morning"
	pos := s.is(i-1, "-") && s.adj(i-2) && s.adj(i-1) && s.is(i-2, "early", "late", "mid")
	if j == i && !pos && !s.is(i-1, "in", "during", "by", "early", "late", "mid", "this") {
		return hit{}
	}
	p, ok := lookup(s, s.lx.dayPart, inDayPart, j)
	if !ok || !pos && !s.is(i-1, "in", "during", "by", "early", "late", "mid", "until", "the") && j == i {
		return hit{}
	}
	if j > i && !s.is(i-1, "in", "during", "by", "until", "through", "throughout", "all", "since") {
		return hit{}
	}
	if s.is(j+1, "of", "session", "sessions", "shift", "news", "paper", "papers", "edition") {
		return hit{}
	}
	h := hit{end: j + 1, timexType: tTime, calendar: s.today(), anchored: true, rule: idTimePartOfDay, confidence: 0.6, noRange: true}
	h.calendar.clock = p
	if !s.known {
		h.literal = p
	}
	return h
}

// nounAfterHour reports a lower-case word after a clock hour that is no
// clock cue: "two to four people".
func (s *scanner) nounAfterHour(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != kWord || s.toks[k].upper {
		return false
	}
	if _, e := s.count(k); e > k {
		return false // "three thirty to four thirty"
	}
	return !s.is(k, "o", "oclock", "in", "this", "tonight", "tomorrow", "today", "on", "at", "and", "or", "pm", "am", "p", "a",
		"local", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst", "when", "that", "the", "last", "next", "yesterday", "every", "each")
}

// ruleHourInPart: "4 in the morning", "seven in the evening", "10 o'clock
// at night": an hour that its part of the day places before or after noon.
func ruleHourInPart(s *scanner, i int) hit {
	h, k := s.count(i)
	if k == i || h < 1 || h > 12 || s.is(i, "a", "an") {
		return hit{}
	}
	if s.is(k, "o") && s.is(k+1, "'") && s.is(k+2, "clock") {
		k += 3
	} else if s.is(k, "oclock") {
		k++
	}
	var part string
	switch {
	case s.is(k, "in") && s.is(k+1, "the"):
		part = s.w(k + 2)
		k += 3
	case s.is(k, "at") && s.is(k+1, "night"):
		part = "night"
		k += 2
	default:
		return hit{}
	}
	switch part {
	case "morning":
		if h == 12 {
			h = 0
		}
	case "afternoon", "evening":
		if h < 12 {
			h += 12
		}
	case "night":
		if h >= 6 && h < 12 {
			h += 12
		}
	default:
		return hit{}
	}
	hh := hit{end: k, timexType: tTime, calendar: s.today(), anchored: true, rule: idTimeClockPart, confidence: 0.75, noRange: true}
	hh.calendar.clock = "T" + two0(h) + ":00"
	if !s.known {
		hh.literal = hh.calendar.clock
	}
	return hh
}
