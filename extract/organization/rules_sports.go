package organization

import "strings"

// This file finds sports clubs from their context. A town in a score line
// ("Leicester 2 Chelsea 1"), a league table ("NEW YORK 74 59 .556"), a
// fixture ("Birmingham v Barnsley", "KANSAS CITY AT DETROIT") or, in a team
// sports report, next to a verb or role of play ("Surrey beat Kent", "the
// Newcastle striker") names the club, not the place. Countries stay places:
// a national side is written as its country. Once a name is a club in a
// report, it is the club throughout, except where a preposition of place
// stands before it ("at Leicester").

// sportsDoc is what the sports rules learned of the document.
type sportsDoc struct {
	// evidence counts team-sport cue words and score or table lines.
	evidence int
	// clubs holds the lower-cased names found as clubs.
	clubs map[string]*cand
}

// minSportsEvidence is the evidence from which a text is a team sports
// report for the context rules.
const minSportsEvidence = 3

func (a *analysis) findSports() {
	sd := &sportsDoc{clubs: map[string]*cand{}}
	a.sport = sd
	for k := range a.lb {
		if a.lb[k]&lbCue != 0 {
			sd.evidence++
		}
	}
	// Lines: tables, score lines and fixtures.
	for i := 0; i < len(a.toks); {
		j := i + 1
		for j < len(a.toks) && !a.toks[j].nl {
			j++
		}
		a.sportsLine(i, j)
		i = j
	}
	for i := 0; i+2 < len(a.toks); i++ {
		a.fixture(i)
	}
	if sd.evidence < minSportsEvidence {
		return
	}
	for i := 0; i+2 < len(a.toks); i++ {
		a.fixture(i) // again: lone "v Northampton" needs the evidence
	}
	a.clubNames()
	a.sportsContext()
	a.spreadClubs()
	a.coordinated()
	a.spreadClubs()
}

// nameSpan returns the end of a club name starting at k: capitalised words
// (with "St"/"St." and a bracketed tag, "Mladost ( L )"), or k when none
// starts there.
func (a *analysis) nameSpan(k, limit int) int {
	j := k
	for j < limit && a.nameTok(j) && (j == k || a.sameLine(j)) && !a.lx.stopWord[a.word(j)] {
		j++
	}
	// "Mladost ( L )": a one- to three-letter tag tells namesakes apart; a
	// country in brackets is the club's, outside its name.
	if j > k && j+2 < limit && a.isPunct(j, "(") && a.isWord(j+1) && a.toks[j+1].upper && a.isPunct(j+2, ")") &&
		j+2-k < 6 && a.toks[j+1].end-a.toks[j+1].start <= 3 && !a.isPlace(j+1, j+2) {
		j += 3
	}
	return j
}

// teamName reports whether tokens [s, e) can name a club in a table or a
// score line: not a country (a national side), not a person's name.
func (a *analysis) teamName(s, e int) bool {
	if e <= s {
		return false
	}
	core := e
	if a.isPunct(e-1, ")") {
		core = e - 3
	}
	if core <= s || a.nation(s, core) || a.lx.nonOrg[a.low[core-1]] {
		return false
	}
	for k := s; k < core; k++ {
		if !a.nameTok(k) {
			return false
		}
	}
	// "Tiger Woods 70 68": a given name opens a person's name.
	if core-s >= 2 && a.g.GivenName(a.low[s]) && !a.isPlace(s, core) {
		return false
	}
	return true
}

// nation reports whether [s, e) names a country or a part of one that
// fields national sides ("England").
func (a *analysis) nation(s, e int) bool {
	return a.isCountry(s, e) || a.lx.nations[a.span(s, e)] || e-s == 1 && a.lx.nations[titleCase(a.word(s))]
}

// isNum reports a number token (".556" and "1/2" included).
func (a *analysis) isNum(k int) bool { return k >= 0 && k < len(a.toks) && a.toks[k].kind == tNum }

// sportsLine reads one line [i, j): a table row "Name N N N ..." or a
// score line "Name N Name N".
func (a *analysis) sportsLine(i, j int) {
	e := a.nameSpan(i, j)
	if e == i || !a.isNum(e) {
		return
	}
	nums := 0
	for k := e; k < j && a.isNum(k); k++ {
		nums++
	}
	if nums >= 3 && a.teamName(i, e) {
		a.sport.evidence++
		a.club(i, e, "organization/sports/table", 0.8)
		return
	}
	// "Pohang 3 Ulsan 2 ( halftime 1-0 )"
	k := e + 1
	e2 := a.nameSpan(k, j)
	if e2 > k && a.isNum(e2) && (e2+1 == j || !a.isNum(e2+1)) && a.teamName(i, e) && a.teamName(k, e2) {
		a.sport.evidence++
		a.club(i, e, "organization/sports/score", 0.8)
		a.club(k, e2, "organization/sports/score", 0.8)
	}
}

// fixture reads "A v B", "A vs B" (both clubs) and a schedule line "A AT
// B" (the visitors; the hosts' town names the venue).
func (a *analysis) fixture(i int) {
	w := a.lower(i)
	if w != "v" && w != "vs" && w != "vs." && w != "versus" && !(w == "at" && a.toks[i].capsLine) {
		return
	}
	e := i
	s := e
	for s > 0 && a.nameTok(s-1) && a.sameLine(s) && e-s < 4 {
		s--
	}
	// The line's start for "AT": "KANSAS CITY AT DETROIT".
	if w == "at" && (s == e || !a.toks[s].nl && s > 0 && !a.isPunct(s-1, ",")) {
		return
	}
	k := i + 1
	e2 := a.nameSpan(k, len(a.toks))
	if s == e && e2 > k && w != "at" && a.sport.evidence >= minSportsEvidence && a.sameLine(k) && a.teamName(k, e2) &&
		a.clubCandidate(k, e2) {
		// "May 17 v Northampton": a tour's fixtures name the opponents.
		a.club(k, e2, "organization/sports/fixture", 0.7)
		return
	}
	if s == e || e2 == k || !a.sameLine(k) || !a.teamName(s, e) || !a.teamName(k, e2) {
		return
	}
	a.sport.evidence++
	a.club(s, e, "organization/sports/fixture", 0.75)
	if w != "at" {
		a.club(k, e2, "organization/sports/fixture", 0.75)
	}
}

// club records [s, e) as a club when its tokens are free.
func (a *analysis) club(s, e int, rule string, conf float64) {
	c := &cand{s: s, e: e, kind: "sports", rule: rule, conf: conf, prio: prioHead}
	if !a.add(c) {
		return
	}
	k := a.key(s, e)
	if _, ok := a.sport.clubs[k]; !ok {
		a.sport.clubs[k] = c
	}
}

// clubNames finds club names by their form: "Real Madrid", "Dinamo
// Bucharest", "Manchester United", "Norwich City", and a town followed by
// a capitalised plural ("Texas Rangers", "Boston Red Sox").
func (a *analysis) clubNames() {
	for i := 0; i < len(a.toks); i++ {
		if !a.nameTok(i) || a.taken[i] != 0 || a.toks[i].capsLine {
			continue
		}
		w := a.word(i)
		if a.lx.clubPrefix[w] && a.nameTok(i+1) && a.sameLine(i+1) {
			e := i + 2
			for e < len(a.toks) && e-i < 4 && a.nameTok(e) && a.sameLine(e) && a.free(e, e+1) {
				e++
			}
			if a.free(i, e) && !a.nation(i+1, e) && !a.isPlace(i, e) && !a.lx.nonOrg[a.low[e-1]] {
				a.club(i, e, "organization/sports/club", 0.8)
			}
			continue
		}
		// A town and a club word or a plural: "Norwich City", "Texas
		// Rangers", "Kansas City Royals".
		for l := min(3, len(a.toks)-i); l >= 1; l-- {
			if !a.isPlace(i, i+l) || a.nation(i, i+l) {
				continue
			}
			e := i + l
			if !a.nameTok(e) || !a.sameLine(e) {
				break
			}
			n := a.word(e)
			switch {
			case a.lx.clubSuffix[n] && !a.isPlace(i, e+1):
				a.club(i, e+1, "organization/sports/club", 0.8)
			case a.pluralName(e):
				end := e + 1
				if a.nameTok(end) && a.sameLine(end) && a.pluralName(end) {
					end++
				}
				a.club(i, end, "organization/sports/club", 0.75)
			case a.nameTok(e+1) && a.sameLine(e+1) && a.pluralName(e+1) && !a.isPlace(i, e+2):
				a.club(i, e+2, "organization/sports/club", 0.75) // "Boston Red Sox"
			}
			break
		}
	}
	// "the Orioles", "the Red Sox".
	for i := 0; i+1 < len(a.toks); i++ {
		if a.lower(i) != "the" || !a.nameTok(i+1) || a.taken[i+1] != 0 {
			continue
		}
		e := i + 1
		if a.nameTok(e+1) && a.sameLine(e+1) && a.pluralName(e+1) {
			e++
		}
		if a.pluralName(e) && !a.nameTok(e+1) && !a.isPlace(i+1, e+1) {
			a.club(i+1, e+1, "organization/sports/club", 0.7)
		}
	}
}

// pluralName reports a capitalised plural that names a side ("Rangers",
// "Sox"), not a people ("Americans") or a place.
func (a *analysis) pluralName(k int) bool {
	if !a.nameTok(k) || a.toks[k].caps {
		return false
	}
	w := a.low[k]
	if w == "sox" {
		return true
	}
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us") {
		return false
	}
	if r, ok := a.place(k, k+1); ok && (r.Demonym || r.Kind != "") {
		return false
	}
	sing := w[:len(w)-1]
	if r, ok := a.g.Best(sing); ok && r.Demonym {
		return false // "Indians", "Americans"
	}
	return !a.lx.heads[a.word(k)].end && !a.lx.stopWord[a.word(k)]
}

// sportsContext reads clubs from the words of play around a town or an
// unknown capitalised name in a team sports report.
func (a *analysis) sportsContext() {
	for i := 0; i < len(a.toks); {
		if !a.nameTok(i) || a.taken[i] != 0 || a.toks[i].capsLine {
			i++
			continue
		}
		e := a.nameSpan(i, len(a.toks))
		if e == i {
			i++
			continue
		}
		if e-i > 3 {
			i = e
			continue
		}
		if a.clubCandidate(i, e) && a.playContext(i, e) {
			a.club(i, e, "organization/sports/context", 0.7)
		}
		i = e
	}
}

// clubCandidate reports whether [s, e) can be a club named by context: a
// town or region (no country), not a person.
func (a *analysis) clubCandidate(s, e int) bool {
	if !a.free(s, e) || a.nation(s, e) {
		return false
	}
	r, ok := a.place(s, e)
	if !ok || r.Demonym {
		return false
	}
	for k := s; k < e; k++ {
		if a.lx.stopWord[a.word(k)] {
			return false
		}
	}
	// "Paul Johnson", "MaliVai Washington": a given name before the town.
	if s > 0 && a.nameTok(s-1) && a.sameLine(s) && a.g.GivenName(a.low[s-1]) {
		return false
	}
	if a.nameTok(e) && a.sameLine(e) {
		return false // part of a longer name
	}
	return true
}

// playContext reports words of play around [s, e): a verb of play after
// it, a role after it, or a preposition or verb of play before it.
func (a *analysis) playContext(s, e int) bool {
	n := e
	if a.isPoss(n) {
		n++
	}
	if a.isWord(n) && a.sameLine(n) {
		w := a.low[n]
		if a.lx.sportRole[w] || n == e && a.lx.sportVerb[w] {
			return true
		}
		// "Baltimore's Eddie Murray": a club's player.
		if n > e && a.toks[n].upper && a.g.GivenName(w) && a.nameTok(n+1) && a.sameLine(n+1) {
			return true
		}
	}
	p := s - 1
	if a.lower(p) == "the" {
		p--
	}
	if a.isWord(p) && a.sameLine(p+1) && a.lx.sportObject[a.low[p]] {
		return true
	}
	return false
}

// spreadClubs marks every other use of a club's name in the report, except
// after a preposition of place and in the dateline.
func (a *analysis) spreadClubs() {
	if len(a.sport.clubs) == 0 {
		return
	}
	first := map[string]bool{}
	for k, c := range a.sport.clubs {
		first[a.low[c.s]] = true
		_ = k
	}
	for i := 0; i < len(a.toks); i++ {
		if !a.nameTok(i) || a.taken[i] != 0 || !first[a.low[i]] {
			continue
		}
		for l := 4; l >= 1; l-- {
			if i+l > len(a.toks) || !a.free(i, i+l) {
				continue
			}
			src, ok := a.sport.clubs[a.key(i, i+l)]
			if !ok || a.nameTok(i+l) && a.sameLine(i+l) || i > 0 && a.nameTok(i-1) && a.sameLine(i) {
				continue
			}
			if a.venue(i, i+l) {
				break
			}
			c := &cand{s: i, e: i + l, kind: "sports", rule: "organization/sports/context", conf: 0.65, prio: prioHead, link: src}
			a.add(c)
			i += l - 1
			break
		}
	}
}

// datelineAt reports whether [s, e) opens a line and a date follows it
// ("MOSCOW 1996-08-30", "LONDON, Aug 30"): a dateline's place.
func (a *analysis) datelineAt(s, e int) bool {
	if !a.toks[s].nl {
		return false
	}
	if a.isPunct(e, ",") && a.sameLine(e+1) && a.nameTok(e+1) {
		e += 2 // "ARLINGTON , Texas 1996-08-31"
		for e < len(a.toks) && a.nameTok(e) && a.sameLine(e) {
			e++
		}
	}
	return e < len(a.toks) && a.sameLine(e) && a.isBlocked(e)
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// coordinated takes a town listed with a club as a club too: "title rivals
// Essex, Derbyshire and Surrey".
func (a *analysis) coordinated() {
	// A few passes carry a list along ("A, B and C" from A); a bound keeps
	// long texts linear.
	for pass, changed := 0, true; changed && pass < 3; pass++ {
		changed = false
		for i := 0; i < len(a.toks); i++ {
			c := a.at(i)
			if c == nil || c.kind != "sports" || c.s != i {
				continue
			}
			// After the club: ", B", "and B", "or B".
			for _, k := range []int{c.e + 1} {
				if !(a.isPunct(k-1, ",") || a.lower(k-1) == "and" || a.lower(k-1) == "or") || !a.sameLine(k) {
					continue
				}
				e := a.nameSpan(k, len(a.toks))
				if e > k && e-k <= 3 && a.clubCandidate(k, e) {
					a.club(k, e, "organization/sports/context", 0.65)
					changed = true
				}
			}
			// Before the club: "B and A", "B, A".
			if p := c.s - 1; a.isPunct(p, ",") || a.lower(p) == "and" || a.lower(p) == "or" {
				s := p
				for s > 0 && a.nameTok(s-1) && a.sameLine(s) && p-s < 3 {
					s--
				}
				if s < p && a.clubCandidate(s, p) && !(s > 0 && a.nameTok(s-1) && a.sameLine(s)) {
					a.club(s, p, "organization/sports/context", 0.65)
					changed = true
				}
			}
			i = c.e - 1
		}
	}
}
