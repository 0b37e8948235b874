package date

// Times of day: "10 a.m.", "10:30 p.m. EST", "noon", "midnight", and
// dates with times: "Dec. 31, 2018, at 10 a.m.", "9 a.m. Tuesday".

// clock reads a clock time at i and returns "Thh:mm", or "Thh:mm:ss" when
// seconds are written, and the index after it.
func (s *scanner) clock(i int) (string, int) {
	if s.is(i-1, "high") {
		return "", i
	}
	switch s.w(i) {
	case "noon", "midday":
		return "T12:00", i + 1
	case "midnight":
		return "T24:00", i + 1
	}
	h, ok := s.num(i)
	// "0820 GMT", "1630 GMT": a four-digit clock before a zone, as
	// Reuters writes the time in London
	if ok && s.digits(i) == 4 && h/100 <= 24 && h%100 <= 59 && (h/100 < 24 || h%100 == 0) && s.lx.zones[s.w(i+1)] && s.toks[i+1].upper {
		return "T" + two0(h/100) + ":" + two0(h%100), i + 1
	}
	// "between 1800 and 2000 GMT": the zone after the second serves both
	if ok && s.digits(i) == 4 && h/100 < 24 && h%100 <= 59 && s.is(i+1, "and", "to", "-") && s.digits(i+2) == 4 && s.lx.zones[s.w(i+3)] && s.toks[i+3].upper {
		if h2, _ := s.num(i + 2); h2/100 <= 24 && h2%100 <= 59 {
			return "T" + two0(h/100) + ":" + two0(h%100), i + 1
		}
	}
	word := false
	if !ok && i < len(s.toks) && s.toks[i].kind == kWord {
		// "six p.m.", "seven o'clock": an hour in words needs its marker
		h, ok = lookup(s, s.lx.numbers, inNumber, i)
		ok = ok && h >= 1 && h <= 12
		word = true
	}
	if !ok || s.digits(i) > 2 || h > 24 {
		return "", i
	}
	k := i + 1
	min, sec := -1, -1
	if s.is(k, ":", ".") && s.adj(i) && s.adj(k) && s.digits(k+1) == 2 {
		min, _ = s.num(k + 1)
		if min > 59 {
			return "", i
		}
		k += 2
		if s.is(k, ":") && s.adj(k-1) && s.adj(k) && s.digits(k+1) == 2 {
			if n, _ := s.num(k + 1); n <= 59 {
				sec = n
			}
			k += 2
		}
	}
	// am / pm: "am", "a.m.", "a.m", "a" "m"; a period after "pm" ends the
	// sentence ("at 6.45pm."), one after "p.m" completes the abbreviation
	mer := ""
	switch s.w(k) {
	case "am", "pm":
		mer = s.w(k)
		k++
	case "a", "p":
		if s.is(k+1, ".") && s.adj(k) && s.is(k+2, "m") {
			mer = s.w(k) + "m"
			k += 3
			k = s.dot(k)
		}
	case "o":
		if s.is(k+1, "'") && s.is(k+2, "clock") {
			k += 3
			mer = "o"
		}
	case "oclock":
		k++
		mer = "o"
	}
	if s.is(k, "ish") && s.adj(k-1) {
		k++
	}
	if mer == "" && min < 0 || word && mer == "" {
		return "", i
	}
	if mer == "" && s.w(i+1) == "." {
		return "", i // "2.46 billion"
	}
	if mer == "" {
		// "14:30" alone is a time unless it looks like a score or a verse
		if s.zoneAt(k) == k && (i > 0 && s.toks[i-1].upper && !s.clauseEnd(i-1) || s.is(k, ":", "-", "/")) {
			return "", i
		}
		// "won in 2:03:59", "clocked 2:01:39": a race time, not the hour
		if sec >= 0 && h < 10 && s.zoneAt(k) == k && s.is(i-1, "in", "clocked", "of", "ran", "timed", "won", "finished", "record", "best", "time", "winning") {
			return "", i
		}
		if sec < 0 && min >= 0 && h < 10 && (s.is(i-1, "clocked", "ran", "timed") || s.is(i-1, "in") && s.sportsContext(i)) {
			return "", i // "won the marathon in 2:21", "clocked 2:05"
		}
	}
	if h > 12 && (mer == "am" || mer == "pm") {
		return "", i
	}
	if mer == "pm" && h < 12 {
		h += 12
	}
	if mer == "am" && h == 12 {
		h = 0
	}
	if min < 0 {
		min = 0
	}
	if sec >= 0 {
		return "T" + two0(h) + ":" + two0(min) + ":" + two0(sec), k
	}
	return "T" + two0(h) + ":" + two0(min), k
}

// clockAt reports a clock time at token i.
func (s *scanner) clockAt(i int) bool {
	_, e := s.clock(i)
	return e > i
}

// zoneAt skips a time zone after a clock time: "EST", "GMT", "local
// time"; "(0820 GMT)" is not consumed, nor is a place's clock ("New York
// time"), which the location extractor reads as a place.
func (s *scanner) zoneAt(k int) int {
	if s.lx.zones[s.w(k)] && (s.toks[k].upper || s.lowerText()) {
		return k + 1
	}
	if s.is(k, "local") && s.is(k+1, "time") {
		return k + 2
	}
	return k
}

// placeTime returns the index after a place's clock at k ("New York
// time", "Beijing time"), or k.
func (s *scanner) placeTime(k int) int {
	for n := 1; n <= 2; n++ {
		if !s.placeWord(k + n - 1) {
			break
		}
		if s.is(k+n, "time") && !s.toks[k+n].upper {
			return k + n + 1
		}
	}
	return k
}

// placeWord reports a capitalised word that could begin or continue a
// place name: not a weekday or a month.
func (s *scanner) placeWord(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == kWord && s.toks[k].upper && !s.in(k, inWeekday|inMonth)
}

// ruleTime: a clock time with an optional zone and day.
func ruleTime(s *scanner, i int) hit {
	t, k := s.clock(i)
	if k == i {
		return hit{}
	}
	k = s.zoneAt(k)
	h := hit{end: k, timexType: tTime, calendar: s.today(), anchored: true, rule: idTimeClock, confidence: 0.85, noRange: true}
	h.calendar.clock = t
	// "5 p.m. EST Nov. 9", "9 a.m. Tuesday", "noon Thursday", "10 p.m. Wednesday"
	dk := k
	// "5 p.m. New York time on Friday": the time is on that day, but the
	// place and the day stay mentions of their own
	place := s.placeTime(k)
	if place > k {
		dk = place
	}
	if s.is(dk, ",") {
		dk++
	}
	if s.is(dk, "on") {
		dk++
	}
	for _, r := range []rule{ruleWeekday, ruleMonthDay, ruleDayMonth, ruleDeictic, ruleNumeric} {
		if d := r(s, dk); d.ok() && d.calendar.granularity == gDay && d.calendar.clock == "" && d.literal == "" {
			if place > k {
				h.calendar.year, h.calendar.month, h.calendar.day, h.anchored = d.calendar.year, d.calendar.month, d.calendar.day, d.anchored
				h.rule = idTimeClockPlaceDay
				return h
			}
			d.calendar.clock = t
			d.timexType = tTime
			d.end = max(d.end, dk)
			// "at 7:30 Saturday night", "at 7:30 on Thursday evening": the
			// weekday rule has taken the part of the day
			if p, ok := lookup(s, s.lx.partOfDay, inPartOfDay, d.end-1); ok && d.end-1 > dk && (p == "EV" || p == "AF" || p == "NI") {
				d.calendar.clock = s.laterInDay("T"+p, t, i, k)
			}
			d.rule = idTimeClockDay
			d.noRange = true
			return d
		}
	}
	if !s.known {
		h.literal = t
	}
	return h
}

// withTime extends a day with a following clock time: "Dec. 31, 2018, at
// 10 a.m.", "Friday at noon".
func (s *scanner) withTime(h hit) hit {
	if !h.ok() || h.calendar.granularity != gDay || h.calendar.clock != "" || h.literal != "" {
		return h
	}
	k := h.end
	if s.is(k, ",") {
		k++
	}
	at := s.is(k, "at", "around")
	if at {
		k++
	}
	if k == h.end {
		return h
	}
	t, e := s.clock(k)
	if e == k && at {
		// "tonight around 7", "Friday at 4", "Monday at 2.30": a bare hour
		// (and minutes after a period) after a day
		min, next := 0, k+1
		if s.is(k+1, ".") && s.adj(k) && s.adj(k+1) && s.digits(k+2) == 2 {
			if mm, _ := s.num(k + 2); mm < 60 {
				min, next = mm, k+3
			}
		}
		if n, ok := s.num(k); ok && s.digits(k) <= 2 && n >= 1 && n <= 23 && !(s.is(next, ":", ".", ",") && s.adj(next-1) && s.adj(next)) && !s.is(next, "-", "%", "percent", "million", "billion") && (next >= len(s.toks) || s.toks[next].kind != kWord || !s.adj(next-1)) {
			if n < 12 && (s.is(h.end-1, "tonight", "evening", "night", "afternoon") || n < 7) {
				n += 12
			}
			t, e = "T"+two0(n)+":"+two0(min), next
		}
	}
	if e == k {
		return h
	}
	h.calendar.clock = t
	h.timexType = tTime
	h.end = s.zoneAt(e)
	h.noRange = true
	h.rule = h.rule.withSuffix(sufTime)
	return h
}

// ruleTimeSpan: "3-8pm", "5 to 6pm", "from 10 to 11:30 am", "between 2
// and 4:30pm", "19:00 - 21:00": a bare hour before a clock time shares its
// half of the day; the span runs to the end.
func ruleTimeSpan(s *scanner, i int) hit {
	h, ok := s.num(i)
	if !ok || s.digits(i) > 2 {
		return hit{}
	}
	k := i + 1
	min := -1
	if s.is(k, ":") && s.adj(i) && s.adj(k) && s.digits(k+1) == 2 {
		min, _ = s.num(k + 1)
		k += 2
	}
	// a 24-hour start needs its minutes ("19:00 - 21:00")
	if h < 1 || h > 12 && (min < 0 || h > 23) || min > 59 {
		return hit{}
	}
	between := s.is(i-1, "between")
	if !s.is(k, "-", "–", "to", "till", "until") && !(between && s.is(k, "and")) {
		return hit{}
	}
	t, e := s.clock(k + 1)
	if e == k+1 || len(t) < 6 {
		return hit{}
	}
	hh := hit{end: s.zoneAt(e), timexType: tTime, calendar: s.today(), anchored: true, rule: idTimeSpan, confidence: 0.7, noRange: true}
	end := int(t[1]-'0')*10 + int(t[2]-'0')
	start := h
	if end > 12 && start+12 <= end {
		start += 12
	}
	hh.calendar.clock = "T" + two0(start) + ":00"
	if min >= 0 {
		hh.calendar.clock = "T" + two0(start) + ":" + two0(min)
	}
	hh.until = toClockMin(t)
	if t < hh.calendar.clock {
		hh.untilDays = 1 // "11 p.m.-2 a.m."
	}
	if !s.known {
		hh.literal = hh.calendar.clock
	}
	return hh
}
