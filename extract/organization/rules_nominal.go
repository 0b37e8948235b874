package organization

import "sort"

// This file holds the rules for organisations named by a lower-case noun:
// an anaphor that refers back to a named organisation ("the agency" after
// "the Federal Aviation Administration"), and a noun acting as the subject
// of a verb of saying or doing ("the aviation regulator announced",
// "Denver police arrested").

// maxAnaphorGap bounds, in sentences, how far back an anaphor looks.
const maxAnaphorGap = 3

// findNominals finds anaphors and acting organisation nouns.
func (a *analysis) findNominals() {
	named := a.candBuf[:0]
	for _, c := range a.cands {
		if c.e > c.s && !c.nominal {
			named = append(named, c)
		}
	}
	// sort.Sort of a pointer into a: a slice converted to the interface
	// would be copied to the heap at every document.
	a.byStart = byStart(named)
	sort.Sort(&a.byStart)
	a.byStart = nil
	a.candBuf = named
	for k := 1; k < len(a.toks); k++ {
		if a.lb[k]&lbNominal == 0 || a.toks[k].upper || a.taken[k] != 0 {
			continue
		}
		kind, ok := a.lx.nominals[a.low[k]]
		if !ok {
			continue
		}
		// "the agency" refers back; "the agency's", "the agency said" too;
		// so does the noun before a role ("a company official", "an agency
		// spokesman"): the role is held in the organisation named before.
		role := a.roleAfter(k)
		if (a.lower(k-1) == "the" || role && (a.lower(k-1) == "a" || a.lower(k-1) == "an")) && !a.ofAfter(k) {
			if ante := a.antecedent(named, k, kind); ante != nil {
				a.add(a.newCand(cand{s: k, e: k + 1, kind: ante.kind, rule: "organization/coref/nominal", conf: 0.6,
					prio: prioKnownSingle, link: ante, nominal: true}))
				continue
			}
		}
		if s, ok := a.actor(k, kind); ok {
			a.add(a.newCand(cand{s: s, e: k + 1, kind: kind, rule: "organization/nominal/actor", conf: 0.55, prio: prioKnownSingle, nominal: true}))
		}
	}
}

// nominalAt returns the kind of the organisation noun at token k: the
// lowBits bit says whether there is one before the table is asked.
func (a *analysis) nominalAt(k int) (string, bool) {
	if a.lb[k]&lbNominal == 0 {
		return "", false
	}
	kind, ok := a.lx.nominals[a.low[k]]
	return kind, ok
}

// roleAfter reports whether a role word follows token k on its line
// ("company official", "agency spokesman").
func (a *analysis) roleAfter(k int) bool {
	n := k + 1
	return n < len(a.toks) && a.isWord(n) && !a.toks[n].upper && a.lb[n]&lbTitle != 0 && a.sameLine(n)
}

// ofAfter reports whether "of" follows token k ("the agency of ...", no
// anaphor) or a capitalised name does ("the agency Interfax").
func (a *analysis) ofAfter(k int) bool {
	n := k + 1
	return a.lower(n) == "of" || a.nameTok(n) && a.sameLine(n)
}

// antecedent returns the nearest named organisation before token k, within
// maxAnaphorGap sentences, that the noun's kind fits.
func (a *analysis) antecedent(named []*cand, k int, kind string) *cand {
	sk := extractSentence(a, k)
	// named is sorted by start: begin at the last that starts before k.
	i0 := sort.Search(len(named), func(i int) bool { return named[i].s >= k }) - 1
	for i := i0; i >= 0; i-- {
		c := named[i]
		if c.e > k {
			continue
		}
		if sk-extractSentence(a, c.s) > maxAnaphorGap {
			return nil
		}
		if fits(kind, c.kind) {
			return c
		}
	}
	return nil
}

// fits reports whether a noun of kind noun can refer to an organisation of
// kind org.
func fits(noun, org string) bool {
	if noun == org {
		return true
	}
	switch noun {
	case "company":
		return org == "bank" || org == "media"
	case "agency":
		return org == "ministry" || org == "international" || org == "police"
	case "ministry":
		return org == "agency"
	case "government":
		return org == "ministry"
	case "other":
		return true
	}
	return false
}

// actorVerbs are the verbs after which an organisation noun is an actor.
var actorVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "arrested": true, "ordered": true, "banned": true,
	"approved": true, "fined": true, "warned": true, "reported": true, "confirmed": true, "denied": true,
	"detained": true, "charged": true, "raided": true, "closed": true, "suspended": true, "grounded": true,
	"launched": true, "issued": true, "rejected": true, "accused": true, "urged": true, "called": true,
	"told": true, "opened": true, "seized": true, "killed": true, "fired": true, "shot": true,
}

// actor finds an organisation noun acting as a subject at token k: a place
// or demonym before "police", "army" or "government" ("Denver police
// said"), or "the" with modifiers before a body's noun ("the aviation
// regulator announced"). It returns the first token of the phrase.
func (a *analysis) actor(k int, kind string) (int, bool) {
	n := k + 1
	if n >= len(a.toks) || !a.isWord(n) || !actorVerbs[a.low[n]] {
		return 0, false
	}
	switch kind {
	case "police", "military", "government":
		// "Denver police", "Egyptian police", "the Israeli army".
		s := k
		for s > 0 && a.nameTok(s-1) && a.sameLine(s) && k-s < 3 {
			s--
		}
		if s < k && (a.isPlace(s, k) || a.demonymOnly(s) && k-s == 1) && a.free(s, k) {
			return s, true
		}
		if a.lower(k-1) == "the" || s == k && a.toks[k].sentStart {
			return k, kind == "police"
		}
	case "agency":
		// "the aviation regulator", "the country's securities watchdog".
		s := k
		for s > 0 && k-s < 3 && a.isWord(s-1) && !a.toks[s-1].upper && a.lower(s-1) != "the" && !a.hasCap(s-1, cbStop) {
			s--
		}
		if s < k && a.lower(s-1) == "the" {
			return s, true
		}
	}
	return 0, false
}

// extractSentence returns the index of the sentence that holds token k.
func extractSentence(a *analysis, k int) int {
	ss := a.d.Sentences
	b := a.toks[k].start
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].End <= b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// byStart sorts candidates by start. sort.Sort runs the same algorithm as
// sort.Slice, without its allocation.
type byStart []*cand

func (b byStart) Len() int           { return len(b) }
func (b byStart) Less(i, j int) bool { return b[i].s < b[j].s }
func (b byStart) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
