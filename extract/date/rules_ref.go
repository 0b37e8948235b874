package date

import "strings"

// Vague references: PRESENT_REF ("now", "currently"), PAST_REF ("recently",
// "the past"), FUTURE_REF ("the future", "soon").

func ruleRef(s *scanner, i int) hit {
	w := s.w(i)
	if v, ok := lookup(s, s.lx.ref, inRef, i); ok {
		if w == "now" && s.is(i-1, "from") {
			return hit{}
		}
		if w == "now" && s.is(i-1, "right", "just") {
			return hit{end: i + 1, timexType: tDate, literal: v, rule: idRefWord, confidence: 0.7}
		}
		return hit{end: i + 1, timexType: tDate, literal: v, rule: idRefWord, confidence: 0.7}
	}
	switch w {
	case "soon":
		// "will soon", "may soon": not "as soon as", "soon after"
		if s.is(i-1, "as", "so", "too") || s.is(i+1, "after", "before", "thereafter", "afterward", "as") {
			return hit{}
		}
		if s.tense(i, i+1) == tFuture || s.is(i-1, "may", "might", "could", "would", "will", "to") {
			return hit{end: i + 1, timexType: tDate, literal: "FUTURE_REF", rule: idRefWord, confidence: 0.6}
		}
	case "present":
		// "at present"; the preposition stays outside the span, as in
		// "at the time" and "at this moment" below; not "at present
		// levels", where it is an adjective
		if s.is(i-1, "at") && !(i+1 < len(s.toks) && s.toks[i+1].kind == kWord && !s.toks[i+1].upper && !s.in(i+1, inDet|inBe) && !s.is(i+1, "it", "he", "she", "they", "we", "there", "and", "but", "or", "only") &&
			!strings.HasSuffix(s.w(i+1), "ed") && !strings.HasSuffix(s.w(i+1), "ing") && !strings.HasSuffix(s.w(i+1), "ly")) {
			return hit{end: i + 1, timexType: tDate, literal: "PRESENT_REF", rule: idRefAtPresent, confidence: 0.7}
		}
	case "this":
		if s.is(i-1, "at") && s.is(i+1, "time", "minute", "moment") && !s.is(i+2, "of", "when", "that") {
			return hit{end: i + 2, timexType: tDate, literal: "PRESENT_REF", rule: idRefAtThisTime, confidence: 0.6}
		}
	case "right", "just":
		if s.is(i+1, "now") {
			return hit{end: i + 2, timexType: tDate, literal: "PRESENT_REF", rule: idRefWord, confidence: 0.7}
		}
	case "these":
		if s.is(i+1, "days") {
			return hit{end: i + 2, timexType: tDate, literal: "PRESENT_REF", rule: idRefTheseDays, confidence: 0.7}
		}
	case "the":
		switch s.w(i + 1) {
		case "future":
			return hit{end: i + 2, timexType: tDate, literal: "FUTURE_REF", rule: idRefTheFuture, confidence: 0.75}
		case "past":
			if s.count(i + 2); true {
				if _, ok := lookup(s, s.lx.units, inUnit, i+2); ok {
					return hit{}
				}
				if n, k := s.count(i + 2); k > i+2 && n != 0 {
					return hit{}
				}
			}
			return hit{end: i + 2, timexType: tDate, literal: "PAST_REF", rule: idRefThePast, confidence: 0.7}
		case "present":
			if s.is(i-1, "at") || s.is(i+2, ".", ",") {
				return hit{end: i + 2, timexType: tDate, literal: "PRESENT_REF", rule: idRefThePresent, confidence: 0.6}
			}
		case "near":
			if s.is(i+2, "future", "term") {
				return hit{end: i + 3, timexType: tDate, literal: "FUTURE_REF", rule: idRefTheNearFuture, confidence: 0.75}
			}
		case "moment":
			if s.is(i-1, "at", "for") {
				return hit{end: i + 2, timexType: tDate, literal: "PRESENT_REF", rule: idRefTheMoment, confidence: 0.6}
			}
		case "time":
			if s.is(i+2, "being") {
				return hit{end: i + 3, timexType: tDate, literal: "PRESENT_REF", rule: idRefTheTimeBeing, confidence: 0.6}
			}
			if s.is(i-1, "at") && !s.is(i+2, "of", "when", "that") {
				// "said at the time": then, not now
				return hit{end: i + 2, timexType: tDate, literal: "PAST_REF", rule: idRefAtTheTime, confidence: 0.6}
			}
		case "minute":
			if s.is(i-1, "at") && !s.is(i+2, "of", "when", "that") {
				return hit{end: i + 2, timexType: tDate, literal: "PRESENT_REF", rule: idRefAtThisTime, confidence: 0.6}
			}
		}
	case "recent":
		if u, ok := lookup(s, s.lx.units, inUnit, i+1); ok && s.w(i + 1)[len(s.w(i+1))-1] == 's' {
			// "in recent years" is a vague duration in TimeML
			return hit{end: i + 2, timexType: tDuration, literal: dur(-1, u), rule: idDurationRecentUnits, confidence: 0.7}
		}
	case "coming", "upcoming":
		if u, ok := lookup(s, s.lx.units, inUnit, i+1); ok && s.w(i + 1)[len(s.w(i+1))-1] == 's' {
			_ = u
			return hit{end: i + 2, timexType: tDate, literal: "FUTURE_REF", rule: idRefComingUnits, confidence: 0.7}
		}
	case "current":
		// attributive: "current market conditions", "the recent sale"
		nx := s.w(i + 1)
		if i+1 < len(s.toks) && s.toks[i+1].kind == kWord && !s.toks[i+1].upper && !s.lx.cues["attributive-block"][nx] {
			v := "PRESENT_REF"
			if w == "recent" {
				v = "PAST_REF"
			}
			return hit{end: i + 1, timexType: tDate, literal: v, rule: idRefAttributive, confidence: 0.5}
		}
	case "future":
		if s.is(i-1, "in", "s", "near") && !s.is(i+1, "of") {
			return hit{end: i + 1, timexType: tDate, literal: "FUTURE_REF", rule: idRefFuture, confidence: 0.6}
		}
	case "a":
		if s.is(i+1, "later") && s.is(i+2, "date", "time") {
			return hit{end: i + 3, timexType: tDate, literal: "FUTURE_REF", rule: idRefALaterDate, confidence: 0.7}
		}
	}
	return hit{}
}
