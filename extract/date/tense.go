package date

import "strings"

// Tense cues decide the direction of an expression that names a weekday or
// a month without a year: "said Wednesday" is the last one, "will meet
// Wednesday" the next one. The cues are read in the clause around the
// expression; the nearest wins, and a past auxiliary before a future cue
// ("had been scheduled to expire") makes it past.

const (
	tPast    = -1
	tUnknown = 0
	tFuture  = 1
)

// clauseEnd reports whether token k ends a clause. A period after a single
// letter or a short abbreviation ("a.m.", "Mr.", "Dec.") does not.
func (s *scanner) clauseEnd(k int) bool {
	// "9:30", "2.30", "1.5": punctuation inside a number
	if k > 0 && k+1 < len(s.toks) && s.toks[k-1].kind == kNum && s.toks[k+1].kind == kNum && s.adj(k-1) && s.adj(k) {
		return false
	}
	switch s.w(k) {
	case "?", "!", ";", "\"", ":":
		return true
	case ".":
		if k > 0 && s.adj(k-1) && s.toks[k-1].kind == kWord && (len(s.toks[k-1].low) <= 1 || s.toks[k-1].upper && len(s.toks[k-1].low) <= 4) {
			return false
		}
		return true
	}
	return false
}

// pastForm reports whether word k looks like a simple past verb ("signed")
// rather than a participle after a form of "be" ("be completed") or an
// adjective after a determiner ("a still undecided date").
func (s *scanner) pastForm(k int) bool {
	w := s.w(k)
	if len(w) <= 4 || w[len(w)-2:] != "ed" || s.toks[k].kind != kWord || s.toks[k].upper {
		return false
	}
	// "a scheduled date", "a still undecided date": an adjective after a
	// determiner, or after a determiner and an adverb; "the minister
	// resigned" has a noun between and is a verb
	if s.in(k-1, inDet) || s.in(k-2, inDet) && s.adverbish(k-1) {
		return false
	}
	return !s.afterBe(k)
}

// adverbish reports a word that can stand between a determiner and an
// adjective: "still", "newly", "long".
func (s *scanner) adverbish(k int) bool {
	w := s.w(k)
	return strings.HasSuffix(w, "ly") || w == "still" || w == "long" || w == "once" || w == "well" || w == "much" || w == "so" || w == "as" || w == "yet"
}

// afterBe reports a form of "be" (or "to") right before word k, or two
// words before it with an adverb between ("was quickly held"). A name
// between does not count: in "the ambassador to Venezuela said" the
// "to" belongs to the noun.
func (s *scanner) afterBe(k int) bool {
	// a capitalised "May" or "Will" inside a sentence is a name ("Theresa
	// May said")
	if s.in(k-1, inBe) && !s.midUpper(k-1) {
		return true
	}
	return s.in(k-2, inBe) && !s.midUpper(k-2) && k >= 1 && k-1 < len(s.toks) && !s.toks[k-1].upper
}

// midUpper reports a capitalised word that does not begin its sentence.
func (s *scanner) midUpper(k int) bool {
	return k > 0 && k < len(s.toks) && s.toks[k].upper && !s.lowerText() && !s.clauseEnd(k-1) && s.w(k-1) != "\"" && s.w(k-1) != "`"
}

// tense looks up to 10 words back and 6 tokens forward from the expression
// [i, end), stopping at clause boundaries.
func (s *scanner) tense(i, end int) int {
	budget := 10
	for k := i - 1; k >= 0 && budget > 0; k-- {
		if s.clauseEnd(k) {
			break
		}
		if s.toks[k].kind != kPunct {
			budget-- // the periods of "p.m." and "U.S." do not count
		}
		w := s.w(k)
		if s.is(k-1, "-") && s.adj(k-1) {
			continue // "higher-than-expected", "long-awaited": part of an adjective
		}
		if (w == "plan" || w == "plans") && !s.is(k+1, "to", "another", "a", "an", "the", "new", "more", "further") {
			continue // "the plan" is a noun; "plans another walkout" a verb
		}
		if tn := s.verbCue(k); tn != tUnknown {
			return tn
		}
		if w == "last" && s.is(k-1, "the") {
			continue // "the last week of January" says nothing of tense
		}
		if w == "next" && s.is(k+1, "to", "door") {
			continue // "next to the embassy" is a place
		}
		if s.in(k, inFuture) {
			if w == "until" && s.pastAfter(end) {
				return tPast // "Until Thursday, police had not named him a suspect"
			}
			for b := k - 1; b >= 0 && b >= k-4; b-- {
				if x := s.w(b); x == "had" || x == "was" || x == "were" {
					if w == "until" || w == "till" {
						return tPast // "were not released until late April"
					}
					// "had been scheduled to expire", "was due to take
					// effect": ahead of a past moment, either side of now
					return tUnknown
				}
			}
			return tFuture
		}
		if w == "to" && s.is(k-1, "is", "are", "was", "were", "planned", "set", "plans", "plan", "hopes", "hoped", "wants", "wanted", "intends", "intended", "agreed",
			"preparing", "poised", "likely", "ready", "about", "seeking", "vowed", "promised", "threatened") && !s.is(k+1, "a", "an", "the") && s.toks[k+1].kind != kNum {
			// "agreed to meet" looks ahead; "agreed to a truce" does not
			return tFuture
		}
		// "rules to be issued in early November": what is still to
		// be done lies ahead, even in reported speech
		if w == "be" && s.is(k-1, "to") {
			return tFuture
		}
		// "was planned for early March", "is scheduled for Dec. 3": a
		// schedule points ahead whatever the tense of the verb
		if w == "for" && k >= i-3 && s.is(k-1, "planned", "scheduled", "slated", "set", "due", "called", "proposed", "penciled", "pencilled") {
			// "the meeting planned for Thursday", "the vote was scheduled
			// for March": a schedule points ahead; "had been scheduled for
			// Dec. 11" only ahead of a past moment, either side of now
			if s.wordIn(max(0, k-4), k-1, "had") {
				return tUnknown
			}
			return tFuture
		}
		if w == "for" && k == i-1 && s.is(k-2, "was", "were") && s.toks[k-1].kind == kWord && !s.toks[k-1].upper {
			// "rain was forecast for Tuesday", "flights were canceled for
			// Saturday": the day the thing is for, either side of now
			return tUnknown
		}
		// "the judge set the trial for June 3", "postponed the vote until
		// next month": a date set for something lies ahead
		if w == "for" && k >= i-2 && s.is(k-2, "set", "scheduled", "rescheduled", "postponed", "moved") ||
			w == "for" && k >= i-2 && s.is(k-3, "set", "scheduled", "rescheduled", "postponed", "moved") && s.in(k-2, inDet) {
			return tFuture
		}
		if s.in(k, inPast) && !s.afterBe(k) || s.pastForm(k) {
			// "will be open on Monday and closed on Tuesday": a participle
			// joined to a future predicate shares its time
			if s.is(k-1, "and", "or") && s.futureBefore(k-1) {
				return tFuture
			}
			return tPast
		}
		if s.in(k, inPresent) {
			return tUnknown // "said it is calling for redemption on Dec. 7"
		}
	}
	if s.is(i-1, "for", "of") && s.in(i, inMonth) {
		// "data for December will be published": the verb after it is
		// about the data, not the month
		return tUnknown
	}
	for k := end; k < len(s.toks) && k < end+6; k++ {
		if s.clauseEnd(k) {
			break
		}
		if s.is(k, ",") && s.attributionAfter(k) {
			break // "Talks resume in January, diplomats said": said is the telling
		}
		if tn := s.verbCue(k); tn != tUnknown {
			return tn // "On Friday, commuters should expect delays"
		}
		if s.in(k, inFuture) {
			return tFuture
		}
		if s.in(k, inPast) || s.pastForm(k) {
			return tPast
		}
	}
	return tUnknown
}

// pastAfter reports a past auxiliary within six tokens after end, in the
// same sentence.
func (s *scanner) pastAfter(end int) bool {
	for k := end; k < len(s.toks) && k < end+6; k++ {
		if s.clauseEnd(k) {
			return false
		}
		if s.is(k, "had", "was", "were", "did") {
			return true
		}
	}
	return false
}

// verbCue reads the tense cues that need their neighbours: modals ("may",
// "must", "should" look ahead, "may have" back), "takes effect",
// "won't", and a fixture ("hosts Wolverhampton", "plays at Green Bay",
// "travels to Cardiff"), whose verb is also a noun elsewhere.
func (s *scanner) verbCue(k int) int {
	w := s.w(k)
	switch w {
	case "may", "must", "should", "might":
		if s.midUpper(k) {
			return tUnknown // "Theresa May"
		}
		if s.is(k+1, "have") {
			return tPast // "may have met on Monday"
		}
		return tFuture // "the company may cut jobs on Monday"
	case "takes":
		if s.is(k+1, "effect", "office", "place") {
			return tFuture // "the law takes effect Monday"
		}
	case "ahead":
		if s.is(k+1, "of") {
			return tFuture // "ahead of his abdication on April 30"
		}
	case "runs", "run", "lasts":
		if s.is(k+1, "through", "until", "till", "to") {
			return tFuture // "the show, which runs through Friday"
		}
	case "won":
		if s.is(k+1, "'", "\u2019") && s.is(k+2, "t") {
			return tFuture // "won't"
		}
	case "host", "hosts", "play", "plays", "visit", "visits", "face", "faces", "travel", "travels":
		n := k + 1
		if s.is(n, "the", "at", "to", "in") {
			n++
		}
		if n < len(s.toks) && s.toks[n].kind == kWord && s.toks[n].upper && !s.in(n, inWeekday|inMonth) && !s.in(k-1, inDet) {
			return tFuture
		}
	}
	return tUnknown
}

// attributionAfter reports an attribution that ends the sentence after
// the comma at k: ", diplomats said.", ", the ministry said on Tuesday."
// A "said" that goes on ("..., said the cease-fire would hold", "he was
// said to be") is the sentence's own verb.
func (s *scanner) attributionAfter(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.is(j, "was", "were", "is", "are", "be", "been", "had", "has") {
			return false
		}
		if s.is(j, "said", "says", "say", "told", "added", "reported") {
			n := j + 1
			if s.is(n, "on") {
				n++
			}
			if s.in(n, inWeekday) {
				n++
			}
			return n >= len(s.toks) || s.clauseEnd(n) || s.is(n, ",")
		}
		if s.clauseEnd(j) {
			return false
		}
	}
	return false
}

// futureBefore reports "will" or "shall" within ten tokens before k in
// the same clause.
func (s *scanner) futureBefore(k int) bool {
	return s.backInClause(k, 10, func(j int) bool { return s.is(j, "will", "ll", "shall") })
}

// backInClause reports a token among the n before k, in the same clause,
// for which match holds.
func (s *scanner) backInClause(k, n int, match func(j int) bool) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if s.clauseEnd(j) {
			return false
		}
		if match(j) {
			return true
		}
	}
	return false
}
