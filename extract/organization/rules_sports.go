package organization

import "strings"

// This file finds sports clubs from their context. A town in a score line
// ("Leicester 2 Chelsea 1"), a league table ("DENVER 70 61 .534"), a
// fixture ("Reading v Walsall", "KANSAS CITY AT DETROIT") or, in a team
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
	sd := &a.sportBuf
	sd.evidence = 0
	if sd.clubs == nil {
		sd.clubs = map[string]*cand{}
	}
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
	for _, n := range a.fixtureWords {
		i := int(n)
		if i+1 >= len(a.toks) {
			break
		}
		if i+2 < len(a.toks) {
			a.fixture(i)
		}
		// "May 17 v Northampton": a schedule's "v" before a name tells of
		// sport, whatever the name.
		if w := a.lower(i); (w == "v" || w == "vs" || w == "vs.") && a.isNum(i-1) && a.sameLine(i) && a.nameTok(i+1) && a.sameLine(i+1) {
			sd.evidence++
		}
	}
	if sd.evidence < minSportsEvidence {
		a.townPlurals()
		return
	}
	for _, n := range a.fixtureWords {
		if i := int(n); i+2 < len(a.toks) {
			a.fixture(i) // again: lone "v Northampton" needs the evidence
		}
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
	j, poss := k, -1
	for j < limit && a.nameTok(j) && (j == k || a.sameLine(j)) && !a.hasCap(j, cbStop) {
		j++
		// "Queen of the Glen", "Heriton 's F.P.": "of" or a
		// possessive between capitalised words.
		n := j
		if a.lower(n) == "of" {
			n++
			if a.lower(n) == "the" {
				n++
			}
		} else if a.isPoss(n) && poss < 0 {
			poss = j
			n++
		}
		if n > j && n < limit && a.sameLine(n) && a.nameTok(n) && !a.hasCap(n, cbStop) {
			j = n
		}
	}
	if poss >= 0 && poss < j && !a.isNum(j) {
		j = poss // "Baltimore's Eddie Murray": a possessive stays inside a name only before a score
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
		// "Queen of the South", "Queen 's Park": connectors inside.
		if !a.nameTok(k) && !(k > s && (a.lower(k) == "of" || a.lower(k) == "the" || a.isPoss(k))) {
			return false
		}
	}
	// "Tiger Woods 70 68": a given name and a family name are a person's
	// ("Stirling County", "West Hartlepool", "Bradford Bulls" are not).
	if core-s >= 2 && a.g.GivenName(a.low[s]) && a.personalAt(core-1) && !a.isPlace(s, core) {
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
	a.entrantTeam(i, j)
	i = a.afterVenue(i, j)
	e := a.nameSpan(i, j)
	if e == i || !a.isNum(e) {
		return
	}
	nums := 0
	for k := e; k < j && a.isNum(k); k++ {
		nums++
	}
	if nums >= 3 && a.teamName(i, e) && (a.sport.evidence >= minSportsEvidence || !a.decimals(e, e+nums)) {
		a.sport.evidence++
		a.club(i, e, "organization/sports/table", 0.8)
		return
	}
	// "Dunmore 3 Kelso 2 ( halftime 1-0 )"
	k := e + 1
	e2 := a.nameSpan(k, j)
	if e2 > k && a.isNum(e2) && (e2+1 == j || !a.isNum(e2+1)) && a.teamName(i, e) && a.teamName(k, e2) {
		a.sport.evidence++
		a.club(i, e, "organization/sports/score", 0.8)
		a.club(k, e2, "organization/sports/score", 0.8)
		return
	}
	a.inningsLine(i, e, j)
}

// figures reports a bowler's figures at token k ("8-0-39-3": overs,
// maidens, runs, wickets), which follow a player, not a side.
func (a *analysis) figures(k int) bool {
	return a.isNum(k) && strings.Count(a.word(k), "-") >= 2
}

// decimals reports a number with a decimal point among tokens [s, e)
// ("63.02"): a row of figures, not of results (".556" is a percentage of
// wins).
func (a *analysis) decimals(s, e int) bool {
	for k := s; k < e; k++ {
		w := a.word(k)
		if i := strings.IndexByte(w, '.'); i > 0 && i < len(w)-1 {
			return true
		}
	}
	return false
}

// entrantTeam reads a results line of a race: "1. Aldo Verri ( Italy ) ,
// Marlow Honda , 53.980", "2. Jan Kees ( Netherlands ) Velocita 5
// seconds behind": after a competitor and a country in brackets, the name
// up to a comma, a number or the line's end is the team.
func (a *analysis) entrantTeam(i, j int) {
	// The line opens with a place ("1.") and the competitor.
	if !a.isNum(i) || !a.isPunct(i+1, ".") {
		return
	}
	for k := i + 3; k+3 < j; k++ {
		if !a.isPunct(k, "(") || !a.nameTok(k-1) {
			continue
		}
		for p := i + 2; p < k; p++ {
			if !a.nameTok(p) && !connector(a.lower(p)) {
				return
			}
		}
		c := a.nameSpan(k+1, j)
		if c == k+1 || !a.isPunct(c, ")") || !a.nation(k+1, c) {
			continue
		}
		s := c + 1
		if a.isPunct(s, ",") {
			s++
		}
		e := s
		for e < j && (a.nameTok(e) || a.isPunct(e, "-") && a.nameTok(e+1)) && e-s < 4 {
			e++
		}
		// A person would have a country of their own ("( Italy )") after the name.
		if e > s && (e == j || a.isPunct(e, ",") || a.isNum(e)) && !a.nation(s, e) && a.free(s, e) {
			a.sport.evidence++
			a.club(s, e, "organization/sports/entrant", 0.7)
		}
		return
	}
}

// afterVenue returns where a results line goes on after the ground it
// opens with ("Hove : ...", "At Riverside ( Dunmore ) : ..."),
// else i.
func (a *analysis) afterVenue(i, j int) int {
	k := i
	if a.lower(k) == "at" {
		k++
	}
	e := a.nameSpan(k, j)
	if e == k {
		return i
	}
	one := e-k == 1
	if a.isPunct(e, "(") {
		if c := a.nameSpan(e+1, j); c > e+1 && a.isPunct(c, ")") {
			e = c + 1
		}
	}
	// The common-word list is asked only of a venue line's first word.
	if a.isPunct(e, ":") && e+1 < j && !(one && a.g.CommonWord(a.low[k])) {
		return e + 1 // not "Bowling :", "Result :"
	}
	return i
}

// inningsLine reads a cricket score line: "Brackenshire 363 and 144 ( R.
// Ames 111 ) , Dunmoreshire 218 .", "Brackenshire 22 points , Dunmoreshire
// 4": a side and its score, then after a comma outside brackets the other
// side and its score. The first side [i, e) opens the line (after a venue
// and a colon) with a number after it; the line ends at j.
func (a *analysis) inningsLine(i, e, j int) {
	if !a.teamName(i, e) || a.figures(e) {
		return
	}
	depth := 0
	for k := e + 1; k < j; k++ {
		switch {
		case a.isPunct(k, "("):
			depth++
		case a.isPunct(k, ")"):
			depth--
		case depth == 0 && a.isPunct(k, ","):
			s := k + 1
			e2 := a.nameSpan(s, j)
			if e2 > s && a.isNum(e2) && !a.figures(e2) && a.teamName(s, e2) {
				a.sport.evidence++
				a.club(i, e, "organization/sports/score", 0.75)
				a.club(s, e2, "organization/sports/score", 0.75)
			}
			return
		}
	}
}

// fixture reads "A v B", "A vs B" (both clubs) and a schedule line "A AT
// B" (the visitors; the hosts' town names the venue).
func (a *analysis) fixture(i int) {
	w := a.lower(i)
	if w == "" || w[0] != 'v' && w[0] != 'a' {
		return // most words: no string compared
	}
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
		(a.clubCandidate(k, e2) || a.free(k, e2) && a.unknownName(k, e2)) {
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

// fixtureWord reports the words fixture reads between two sides. reset
// asks it of every word: the first byte and the length rule out nearly all
// of them with branches that are easy to predict (the switch's tests of
// the lengths of short words were not).
func fixtureWord(w string) bool {
	if w == "" || w[0] != 'v' && (w[0] != 'a' || len(w) != 2) {
		return false
	}
	switch w {
	case "v", "vs", "vs.", "versus", "at":
		return true
	}
	return false
}

// club records [s, e) as a club when its tokens are free.
func (a *analysis) club(s, e int, rule string, conf float64) {
	c := a.newCand(cand{s: s, e: e, kind: "sports", rule: rule, conf: conf, prio: prioHead})
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
	for _, n := range a.names {
		i := int(n)
		if a.taken[i] != 0 || a.toks[i].capsLine {
			continue
		}
		if a.hasCap(i, cbClubPrefix) && a.nameTok(i+1) && a.sameLine(i+1) {
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
		// Rangers", "Kansas City Royals". Only a town followed by a name
		// word on its line makes a club: the gazetteer is not asked of
		// the spans shorter than the shortest such town.
		least := 0
		for l := 1; l <= min(3, len(a.toks)-i); l++ {
			if a.nameTok(i+l) && a.sameLine(i+l) {
				least = l
				break
			}
		}
		if least == 0 {
			continue
		}
		for l := min(3, len(a.toks)-i); l >= least; l-- {
			if !a.isPlace(i, i+l) || a.nation(i, i+l) {
				continue
			}
			e := i + l
			if !a.nameTok(e) || !a.sameLine(e) {
				break
			}
			switch {
			case a.hasCap(e, cbClubSuffix) && !a.isPlace(i, e+1):
				a.club(i, e+1, "organization/sports/club", 0.8)
			case a.g.GivenName(a.low[i]) && a.personalAt(e):
				// "Scott Sanders", "Alfonso Rios": a person.
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
	for _, n := range a.names {
		i := int(n) - 1 // "the" at i, a name word after it
		if i < 0 || a.lower(i) != "the" || a.taken[i+1] != 0 {
			continue
		}
		e := i + 1
		if a.nameTok(e+1) && a.sameLine(e+1) && a.pluralName(e+1) {
			e++
		}
		if a.pluralName(e) && !a.nameTok(e+1) && !a.isPlace(i+1, e+1) {
			a.club(i+1, e+1, "organization/sports/club", 0.7)
			// "the Falcons" after "the Denver Falcons": the same club.
			if c := a.at(i + 1); c != nil && c.s == i+1 && c.link == nil {
				for _, full := range a.sport.clubs {
					if full != c && full.e-full.s > e+1-(i+1) && a.low[full.e-1] == a.low[e] && (e == i+1 || a.low[full.e-2] == a.low[e-1]) {
						c.link = full
						break
					}
				}
			}
		}
	}
}

// townPlurals finds, in a text that is no sports report, a town followed
// by a capitalised plural ("the Philadelphia Eagles", "Texas Instruments"):
// a team or a firm, not a place and not a person.
func (a *analysis) townPlurals() {
	// From each capitalised word that looks plural, back over the town
	// before it: the gazetteer is asked only there.
	for _, n := range a.names {
		e := int(n)
		if e < 1 || !a.looksPlural(e) || a.taken[e] != 0 || !a.sameLine(e) || a.nameTok(e+1) && a.sameLine(e+1) {
			continue
		}
		for l := min(3, e); l >= 1; l-- {
			i := e - l
			if !a.nameTok(i) || a.taken[i] != 0 || a.toks[i].capsLine || !a.free(i, e) || i > 0 && a.nameTok(i-1) && a.sameLine(i) ||
				!a.isPlace(i, e) || a.nation(i, e) || !a.pluralName(e) || a.isPlace(i, e+1) {
				continue
			}
			// A big place, not a given name or a word: "Michael Collins",
			// "Leander Paes", "March Eurodollars" are no team.
			if !a.bigPlace(i, e) || a.g.GivenName(a.low[i]) && a.personalAt(e) || a.g.CommonWord(a.low[i]) {
				break
			}
			a.add(a.newCand(cand{s: i, e: e + 1, kind: "other", rule: "organization/sports/club", conf: 0.65, prio: prioHead}))
			break
		}
	}
}

// looksPlural is pluralName's spelling test alone, which needs no lookup.
func (a *analysis) looksPlural(k int) bool {
	if !a.nameTok(k) || a.toks[k].caps {
		return false
	}
	w := a.low[k]
	return len(w) >= 4 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
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
	return !a.headEnds(k) && !a.hasCap(k, cbStop)
}

// sportsContext reads clubs from the words of play around a town or an
// unknown capitalised name in a team sports report.
func (a *analysis) sportsContext() {
	next := 0
	for _, n := range a.names {
		i := int(n)
		if i < next || a.taken[i] != 0 || a.toks[i].capsLine {
			continue
		}
		e := a.nameSpan(i, len(a.toks))
		if e == i {
			continue
		}
		if e-i > 3 {
			next = e
			continue
		}
		if a.clubCandidate(i, e) && a.playContext(i, e) || a.free(i, e) && a.unknownName(i, e) && a.playerAfter(e) {
			a.club(i, e, "organization/sports/context", 0.7)
		}
		next = e
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
		if a.hasCap(k, cbStop) {
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
	if connector(a.lower(e)) && a.lower(e) != "and" && a.nameTok(e+1) && a.sameLine(e+1) {
		return false // "Van der Westhuizen": a particle, then the rest of a person's name
	}
	return true
}

// playerAfter reports a possessive and a player's name after token e
// ("Baltimore's Eddie Murray", "Juventus's Zinedine Zidane"): a club's
// player.
func (a *analysis) playerAfter(e int) bool {
	n := e + 1
	return a.isPoss(e) && a.isWord(n) && a.sameLine(n) && a.toks[n].upper && a.g.GivenName(a.low[n]) && a.nameTok(n+1) && a.sameLine(n+1)
}

// unknownName reports whether [s, e) is a name that no list knows: no
// place, no common word, no personal name ("Worcestershire"), which after
// "v" in a team sports report's fixtures or before a player's name names a
// club.
func (a *analysis) unknownName(s, e int) bool {
	if e-s > 2 {
		return false
	}
	for k := s; k < e; k++ {
		w := a.low[k]
		if !a.nameTok(k) || a.toks[k].caps && e-s == 1 && len(w) <= 4 || a.hasCap(k, cbStop|cbHead) || a.g.CommonWord(w) || a.personalAt(k) {
			return false
		}
		if _, ok := a.place(k, k+1); ok {
			return false
		}
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
		if a.playerAfter(e) {
			return true
		}
		// "Derbyshire's Australian captain": a role after a word or two.
		if n > e {
			for k := n + 1; k <= n+2 && a.isWord(k) && a.sameLine(k); k++ {
				if a.lx.sportRole[a.low[k]] {
					return true
				}
			}
		}
	}
	// "Surrey, who thrashed Warwickshire".
	if a.isPunct(e, ",") && a.lower(e+1) == "who" && a.isWord(e+2) && a.lx.sportVerb[a.low[e+2]] {
		return true
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
	if a.firsts == nil {
		a.firsts = map[string]bool{}
	}
	first := a.firsts
	clear(first)
	for _, c := range a.sport.clubs {
		first[a.low[c.s]] = true
	}
	next := 0
	for _, n := range a.names {
		i := int(n)
		if i < next || a.taken[i] != 0 || !first[a.low[i]] {
			continue
		}
		for l := 4; l >= 1; l-- {
			if i+l > len(a.toks) || !a.free(i, i+l) {
				continue
			}
			a.keyBuf = a.appendKey(a.keyBuf[:0], i, i+l)
			src, ok := a.sport.clubs[string(a.keyBuf)]
			if !ok || a.nameTok(i+l) && a.sameLine(i+l) || i > 0 && a.nameTok(i-1) && a.sameLine(i) {
				continue
			}
			if a.venue(i, i+l) {
				break
			}
			c := a.newCand(cand{s: i, e: i + l, kind: "sports", rule: "organization/sports/context", conf: 0.65, prio: prioHead, link: src})
			a.add(c)
			next = i + l
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
