package date

import "math/bits"

// Modifiers around a core expression: position in a period ("early",
// "late", "mid-", "the end of" -> TIMEX3 mod START, END, MID) and
// quantifiers on amounts of time ("about", "more than", "nearly").

// inner runs the core rules at i.
func (s *scanner) inner(i int) hit {
	var best hit
	if i >= len(s.toks) || !s.startable(i) {
		return best
	}
	for set := s.rulesAt(i) & coreSet; set != 0; set &= set - 1 { // allRules begins with coreRules
		if h := coreRules[bits.TrailingZeros64(uint64(set))].run(s, i); h.end > best.end {
			best = h
		}
	}
	return best
}

func ruleApprox(s *scanner, i int) hit {
	w := s.w(i)
	k := i + 1
	mod, ok := lookup(s, s.lx.approx, inApprox, i)
	if !ok {
		mod, ok = s.lx.approx2[[2]string{w, s.w(i + 1)}]
		if !ok || mod == "" {
			if w == "no" && s.is(i+1, "more", "less") && s.is(i+2, "than") {
				mod = "EQUAL_OR_LESS"
				if s.w(i+1) == "less" {
					mod = "EQUAL_OR_MORE"
				}
				k = i + 3
			} else {
				return hit{}
			}
		} else {
			k = i + 2
		}
	}
	h := s.inner(k)
	if !h.ok() {
		return hit{}
	}
	switch {
	case h.timexType == tDuration && (h.rule == idDurationCountUnit || h.rule == idDurationRange):
	case h.rule == idRelativeAgo:
		if w == "within" || w == "under" {
			return hit{}
		}
	case h.timexType == tTime && (w == "around" || w == "approximately" || w == "roughly"):
		// TimeBank leaves "about" out of a clock time's span ("at about
		// 11:20 a.m."), though it keeps it in "about two years ago"
	case h.timexType == tDate && h.literal == "" && (w == "around" || w == "approximately" || w == "roughly") && !s.is(h.end, "'"):
		// "around Nov. 1", "around year end": TIMEX3 APPROX; not "get
		// around Monday's ruling"
	default:
		return hit{}
	}
	if w == "some" && h.timexType != tDuration {
		return hit{}
	}
	h.modifier = mod
	if mod == "APPROX" || h.rule == idRelativeAgo && (mod == "EQUAL_OR_LESS") {
		h.modifier = "APPROX"
		if mod == "EQUAL_OR_LESS" && h.timexType == tDate {
			h.modifier = mod
		}
	}
	return h
}

func ruleMod(s *scanner, i int) hit {
	j := s.the(i)
	w := s.w(j)
	k := j + 1
	mod, ok := lookup(s, s.lx.pos, inPos, j)
	if ok {
		if w == "middle" {
			if !s.is(k, "of") {
				return hit{}
			}
			k++
		}
		if s.is(k, "-") && s.adj(j) {
			k++
		}
		// "early in the year" is "the year" with START in TimeML
	} else if mod, ok = lookup(s, s.lx.posOf, inPosOf, j); ok {
		// "the end of 2019", and Reuters' "end-2019", "start-March"
		if !s.is(k, "of") && !(s.is(k, "-") && s.adj(j) && s.adj(k) && (w == "end" || w == "start")) {
			return hit{}
		}
		k++
		if j == i && !s.lowerText() && s.is(i-1, "the") {
			return hit{}
		}
	} else {
		return hit{}
	}
	h := s.inner(k)
	if !h.ok() || h.timexType != tDate && !(h.timexType == tTime && h.calendar.granularity == gDay) {
		return hit{}
	}
	if h.literal != "" && h.literal != "PRESENT_REF" {
		return hit{}
	}
	// "the end of the year": TimeML resolves the year
	if h.literal == "PRESENT_REF" {
		return hit{}
	}
	h.modifier = mod
	if w == "mid" && s.is(j+1, "-") && h.calendar.granularity == gMonth {
		h.modifier = "MID"
	}
	// "the end of the month", "the end of the week"
	h.rule = h.rule.withMod(modifierOf(mod))
	return h
}

// ruleTheUnit: "the year", "the month", "the week", "the weekend" as the
// current one ("earlier in the year" resolves to it).
func ruleTheUnit(s *scanner, i int) hit {
	if !s.is(i, "the") {
		return hit{}
	}
	if s.is(i+1, "full", "whole", "entire") && s.is(i+2, "year") {
		return hit{end: i + 3, timexType: tDate, calendar: s.current(gYear), anchored: true, rule: idRelativeTheFullYear, confidence: 0.6}
	}
	g, ok := lookup(s, s.lx.unitGran, inUnitGran, i+1)
	if !ok || g == gDay || g == gHalf || g == gQuarter || g == gDecade || g == gCentury || g == gWeekend {
		return hit{}
	}
	if s.is(i+2, "ended", "ending") || (s.is(i+1, "fiscal") && s.is(i+2, "year") && s.is(i+3, "ended", "ending")) {
		// "the year ended Sept. 30" is a reporting period
		return hit{end: i + 2, timexType: tDuration, literal: dur(1, map[gran]string{gYear: "Y", gMonth: "M", gWeek: "W", gWeekend: "W"}[g]), rule: idDurationTheUnitEnded, confidence: 0.7}
	}
	if s.is(i+2, "-", "'", "of", "before", "after", "that", "in", "when", "to", "earlier", "ago") {
		return hit{}
	}
	if g == gWeek && s.digits(i+2) > 0 {
		return hit{} // "the week 31": the week's number follows
	}
	if s.is(i-1, "on") && !s.is(i+2, "of", "before", "after") {
		return hit{} // "orders fell 1.0 percent on the month": month-on-month
	}
	c := s.current(g)
	return hit{end: i + 2, timexType: tDate, calendar: c, anchored: true, rule: idRelativeTheUnit, confidence: 0.6}
}

// ruleSeason: "summer", "the summer of 1998", "spring 2018", "winter".
func ruleSeason(s *scanner, i int) hit {
	j := s.the(i)
	se, ok := lookup(s, s.lx.season, inSeason, j)
	if !ok {
		return hit{}
	}
	e := j + 1
	if s.is(e, "of") || s.digits(e) == 4 {
		k := e
		if y, e2 := s.yearAfter(k); e2 > k {
			return hit{end: e2, timexType: tDate, calendar: cal{granularity: gSeason, year: y, season: se}, rule: idAbsoluteSeasonYear, confidence: 0.9, noRange: true}
		}
	}
	if s.w(j) == "fall" && !s.is(j-1, "the", "in", "this", "last", "next", "early", "late", "until", "by", "since") && !(j > i) {
		return hit{}
	}
	if !s.is(i-1, "in", "this", "during", "by", "until", "since", "over", "through", "for", "early", "late", "mid", "of") {
		return hit{}
	}
	c := cal{granularity: gSeason, year: -1, season: se}
	if s.known {
		cur, y := seasonOf(s.dct)
		c.year = y
		tn := s.tense(i, e)
		if tn == tPast && seasonOrder(se) > seasonOrder(cur) {
			c.year--
		} else if tn == tFuture && seasonOrder(se) < seasonOrder(cur) {
			c.year++
		}
	}
	return hit{end: e, timexType: tDate, calendar: c, anchored: true, rule: idRelativeSeason, confidence: 0.75, noRange: true}
}

// ruleYearEnd: "year-end", "year end", "year's end": the end of the
// anchor's year.
func ruleYearEnd(s *scanner, i int) hit {
	j := i
	if !s.is(j, "year") {
		return hit{}
	}
	switch {
	case s.is(j+1, "-") && s.is(j+2, "end") && s.adj(j):
		j += 3
	case s.is(j+1, "end"):
		j += 2
	case s.is(j+1, "'") && s.is(j+2, "s") && s.is(j+3, "end"):
		j += 4
	default:
		return hit{}
	}
	return hit{end: j, timexType: tDate, calendar: s.current(gYear), modifier: "END", anchored: true, rule: idRelativeYearEnd, confidence: 0.75}
}

// ruleEndOf: "end of the day", "end of month", "the end of the week",
// "EOD", "EOY": the anchor's unit with mod END.
func ruleEndOf(s *scanner, i int) hit {
	switch s.w(i) {
	case "eod":
		return hit{end: i + 1, timexType: tDate, calendar: s.today(), modifier: "END", anchored: true, rule: idRelativeEndOfUnit, confidence: 0.6}
	case "eoy":
		return hit{end: i + 1, timexType: tDate, calendar: s.current(gYear), modifier: "END", anchored: true, rule: idRelativeEndOfUnit, confidence: 0.6}
	}
	j := s.the(i)
	if !s.is(j, "end", "beginning", "start", "middle") || !s.is(j+1, "of") {
		return hit{}
	}
	k := j + 2
	if s.is(k, "the", "this") {
		k++
	}
	g, ok := lookup(s, s.lx.unitGran, inUnitGran, k)
	if !ok || g == gHalf || g == gDecade || g == gCentury {
		return hit{}
	}
	h := hit{end: k + 1, timexType: tDate, calendar: s.current(g), modifier: s.lx.posOf[s.w(j)], anchored: true, rule: idRelativeEndOfUnit, confidence: 0.7}
	if g == gDay {
		h.calendar = s.today()
	}
	return h
}
