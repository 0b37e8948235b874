package date

import "strings"

// Sets: "every year", "each season", "weekly", "annually", "twice a year".

func ruleSet(s *scanner, i int) hit {
	w := s.w(i)
	if v, ok := lookup(s, s.lx.setAdverb, inSetAdverb, i); ok {
		// "its quarterly dividend", "the Party daily": adjectives and nouns
		// TimeML marks "a daily rally" and "his weekly address" as sets
		// too; only "quarterly" before a noun is usually a kind of payment
		// ("its quarterly dividend").
		if w == "quarterly" && i+1 < len(s.toks) && s.toks[i+1].kind == kWord && !s.lx.cues["set-follow"][s.w(i+1)] {
			return hit{}
		}
		if s.is(i-1, "average") || s.outletNoun(i) {
			return hit{}
		}
		return hit{end: i + 1, timexType: tSet, literal: v, rule: idSetAdverb, confidence: 0.8}
	}
	// "Tuesday nights", "Friday mornings": that part of every such weekday
	if wd, ok := lookup(s, s.lx.weekdays, inWeekday, i); ok && len(w) > 4 && s.toks[i].upper {
		if p, ok := lookup(s, s.lx.setPlural, inSetPlural, i+1); ok && strings.HasPrefix(p, "T") {
			return hit{end: i + 2, timexType: tSet, literal: "XXXX-WXX-" + itoa(wd) + p, rule: idSetWeekdayParts, confidence: 0.75}
		}
	}
	// a plural weekday is a set wherever it stands ("the club meets
	// Tuesdays"); a plural part of the day needs a cue ("on weekends")
	weekdays := s.in(i, inSetPlural) && (s.toks[i].upper || s.lowerText()) && s.lx.weekdays[strings.TrimSuffix(s.w(i), "s")] > 0
	if v, ok := lookup(s, s.lx.setPlural, inSetPlural, i); ok && (weekdays || s.is(i-1, "on", "at", "in", "during", "all", "the", "most", "mom", "out", "be") || i == 0) && !s.is(i+1, "of") {
		return hit{end: i + 1, timexType: tSet, literal: v, rule: idSetPlural, confidence: 0.6}
	}
	if s.is(i+1, "-") && s.adj(i) {
		if v, ok := s.lx.setPrefixed[[2]string{w, s.w(i + 2)}]; ok {
			return hit{end: i + 3, timexType: tSet, literal: v, rule: idSetAdverb, confidence: 0.7}
		}
	}
	if w == "everyday" {
		return hit{end: i + 1, timexType: tSet, literal: "P1D", rule: idSetAdverb, confidence: 0.7}
	}
	if w == "every" && s.is(i+1, "weekday") {
		return hit{end: i + 2, timexType: tSet, literal: "XXXX-WXX-WD", rule: idSetEveryUnit, confidence: 0.8}
	}
	if w == "every" || w == "each" || w == "per" {
		k := i + 1
		if s.is(k, "other") {
			k++
		}
		if v, ok := s.lx.setUnit[s.w(k)]; ok {
			if w == "per" && v[0] != 'P' {
				return hit{}
			}
			if s.is(k-1, "other") && v[0] == 'P' {
				v = "P2" + v[2:]
			}
			return hit{end: k + 1, timexType: tSet, literal: v, rule: idSetEveryUnit, confidence: 0.85}
		}
		if wd, ok := lookup(s, s.lx.weekdays, inWeekday, k); ok && len(s.w(k)) > 4 {
			return hit{end: k + 1, timexType: tSet, literal: "XXXX-WXX-" + itoa(wd), rule: idSetEveryWeekday, confidence: 0.85}
		}
		if m, e := s.month(k); m > 0 {
			return hit{end: e, timexType: tSet, literal: "XXXX-" + two(m), rule: idSetEveryMonth, confidence: 0.8}
		}
		if n, u, _, e := s.countUnit(k); e > k && n > 1 {
			return hit{end: e, timexType: tSet, literal: dur(n, u), rule: idSetEveryNUnits, confidence: 0.8}
		}
		return hit{}
	}
	// "twice a year", "three times a week": the span is "a year"
	if (w == "a" || w == "an") && s.is(i-1, "once", "twice", "times") {
		if v, ok := s.lx.setUnit[s.w(i+1)]; ok && v[0] == 'P' {
			return hit{end: i + 2, timexType: tSet, literal: v, rule: idSetTimesAUnit, confidence: 0.75}
		}
	}
	return hit{}
}

// outletNoun reports "daily" or "weekly" naming a newspaper: before the
// paper's name ("the Party daily Granma", "the weekly Der Spiegel") or
// before "newspaper", or capitalised inside a sentence ("China Daily").
func (s *scanner) outletNoun(i int) bool {
	if !s.is(i, "daily", "weekly") {
		return false
	}
	if s.toks[i].upper && i > 0 && s.toks[i-1].kind == kWord && !s.lowerText() {
		return true // "China Daily", "People's Daily": a name
	}
	if i+1 >= len(s.toks) {
		return false
	}
	if s.is(i+1, "newspaper", "newspapers", "paper", "papers", "tabloid", "tabloids", "magazine", "magazines") {
		return true
	}
	n := s.toks[i+1]
	if n.kind != kWord || !n.upper || s.in(i+1, inWeekday|inMonth) {
		return false
	}
	return s.is(i-1, "the", "a", "news") || i > 0 && s.toks[i-1].upper
}
