package location

import (
	"strings"

	ltext "github.com/eventwire/eventwire/extract/text"
)

// This file decides which gazetteer matches are places in their context:
// the stoplists, and the rules that keep places out of person and
// organisation names.

// verdict says why a match is dropped, or "" when it is kept.
type verdict string

const (
	keep         verdict = ""
	dropCommon   verdict = "common-word"
	dropName     verdict = "personal-name"
	dropTitle    verdict = "after-title"
	dropPerson   verdict = "in-person-name"
	dropNamePart verdict = "after-unknown-name"
	dropOrg      verdict = "in-organisation"
	dropFirm     verdict = "in-firm-name"
	dropFollows  verdict = "in-longer-name"
	dropAcronym  verdict = "acronym"
	dropTeam     verdict = "sports-team"
	dropMatch    verdict = "sports-match" // a team by the words around it, throughout the article
	dropCurrency verdict = "currency-prefix"
	dropDisease  verdict = "disease-name"
	dropStrain   verdict = "virus-strain"
)

// bigNamesake is the population from which a city that shares a personal
// name is not dropped for the name alone.
const bigNamesake = 500000

// senseKinds summarises the readings of a match.
type senseKinds struct {
	country, admin1, hand, city, demonymOnly, abbrev bool
	// top is the reading with the highest prior (hasTop false when there
	// is none), topCity that it is a city, topPop its population.
	top     sense
	hasTop  bool
	topCity bool
	topPop  int32
}

// entryKinds holds senseKinds' flags for an entry.
type entryKinds uint8

const (
	kindCountry entryKinds = 1 << iota
	kindAdmin1
	kindHand
	kindCity
	kindDemonymOnly
	kindAbbrev
	kindBits = 6
)

// kinds returns the summary of e's readings that the derived data carries
// (computed by entryKindsOf in reference_test.go).
func (g *Gazetteer) kinds(e *entry) senseKinds {
	k := senseKinds{
		country: e.kinds&kindCountry != 0, admin1: e.kinds&kindAdmin1 != 0, hand: e.kinds&kindHand != 0,
		city: e.kinds&kindCity != 0, demonymOnly: e.kinds&kindDemonymOnly != 0, abbrev: e.kinds&kindAbbrev != 0,
	}
	if len(e.senses) > 0 {
		s := e.senses[e.top]
		k.top, k.hasTop = s, true
		k.topCity = isLocal(g.places[s.place].Kind)
		k.topPop = g.places[s.place].Pop
	}
	return k
}

// judge applies the context rules to match m. pinned is true when an
// "X, Y" pattern fixes the place, which overrides the stoplists. The rules
// run in phases, and the first that drops the match decides.
func (g *Gazetteer) judge(ws *words, m *match, pinned bool) verdict {
	toks := ws.toks
	if m.dateline {
		return keep
	}
	j := judging{g: g, words: ws, m: m, pinned: pinned, k: m.kinds}
	words := 0
	for i := m.t0; i < m.t1; i++ {
		if toks[i].Word {
			words++
		}
	}
	j.single = words == 1
	j.caps = toks[m.t0].Caps
	// In an all-capitals line (headlines, sports results) every word is
	// capitalised, so neighbouring capitals say nothing about names.
	j.capsLine = !toks[m.t0].LineMixed
	if v := j.word(); v != keep {
		return v
	}
	if v := j.team(); v != keep {
		return v
	}
	if j.k.demonymOnly {
		return j.demonym()
	}
	if v := j.before(); v != keep {
		return v
	}
	if v := j.around(); v != keep {
		return v
	}
	return j.after()
}

// judging is one match while judge's phases look at it.
type judging struct {
	g *Gazetteer
	*words
	m      *match
	pinned bool
	k      senseKinds
	// single: the name is one word; caps: written in capitals; capsLine:
	// its line has no lower-case word.
	single, caps, capsLine bool
}

// word judges the name as a word: a stoplisted or common word, a personal
// name, an acronym.
func (j *judging) word() verdict {
	g, m, k := j.g, j.m, j.k
	// "Waiheke Island": a stoplisted word that names a country only as
	// one of its other-language forms ("Island" for Iceland) is the word.
	// Only the stoplist counts, not the common-word list: "Turkey" is a
	// former name of Türkiye and a common word.
	if j.single && !j.pinned && k.country && !j.caps && g.stop[m.key] && g.countryOnlyByAlias(m.e) {
		return dropCommon
	}
	if j.single && !j.pinned && !k.country && !k.demonymOnly {
		if g.stop[m.key] {
			return dropCommon
		}
		if g.common[m.key] && (!k.hand || j.caps) {
			return dropCommon
		}
		// A personal name is a person unless it is also a big city
		// ("Austin", "Charlotte"), which the context rules then judge.
		if g.names[m.key] && !k.admin1 && !k.hand && k.topPop < bigNamesake {
			return dropName
		}
	}
	// "NATO", "CEO": an acronym in running text is not a town.
	if j.caps && !j.capsLine && j.single && !k.country && !k.hand && !k.abbrev && !k.demonymOnly && !j.pinned && len(m.key) <= 5 {
		return dropAcronym
	}
	return keep
}

// team judges the name as a sports team's.
func (j *judging) team() verdict {
	ws, text, toks, m, k := j.words, j.text, j.toks, j.m, j.k
	// "NEW YORK 74 59 .556", "Surrey 429-7": a town with a score or a
	// standing is a team.
	// A region is a team only inside a list of scores ("... 1 Minnesota
	// 6 MILWAUKEE 1"), where a number comes before it too.
	if m.t1 < len(toks) && toks[m.t1].Word && toks[m.t1].Space &&
		ltext.IsDigit(text[toks[m.t1].Start]) && !isoDate(ws, m.t1) &&
		(k.topCity || k.admin1 && !k.country && m.t0 > 0 && toks[m.t0-1].Word && ltext.IsDigit(text[toks[m.t0-1].Start])) {
		return dropTeam
	}
	// "Surrey beat Warwickshire", "v Hampshire": a town or a county
	// playing a match.
	if k.topCity && !k.country && !k.admin1 && !j.pinned && j.g.versusNear(ws, m) {
		return dropMatch
	}
	return keep
}

// demonym judges a name that is only a demonym: it stands unless an
// organisation's head follows ("American Airlines", "French Open").
func (j *judging) demonym() verdict {
	ws, toks, m := j.words, j.toks, j.m
	if nw := wordAt(ws, m.t1); nw != "" && toks[m.t1].Space && toks[m.t1].Upper && j.g.orgs[nw] && !j.capsLine {
		return dropOrg
	}
	return keep
}

// before judges the words before the place: a title, a first name, the
// head of a longer name or of an organisation.
func (j *judging) before() verdict {
	g, ws, toks, m, k := j.g, j.words, j.toks, j.m, j.k
	pw, pi := prevWord(ws, m.t0)
	if pw == "" || j.capsLine {
		return keep
	}
	if toks[pi].Upper && g.titles[pw] {
		return dropTitle
	}
	// "Agreement. Seoul's": a full stop that is no title's ends the
	// sentence, and the word before it says nothing about the place.
	if strings.HasSuffix(pw, ".") {
		return keep
	}
	if toks[pi].Upper && !sentenceStart(ws, pi) && !j.pinned {
		if j.single && g.names[pw] {
			return dropPerson // "Sam Houston", "Hillary Clinton"
		}
		// "Neil Jordan", "Chelsea Clinton": a given name that is no
		// place itself makes the next word a surname.
		if j.single && g.given[pw] && !g.knownPlace(pw) {
			return dropPerson
		}
		if j.single && k.topCity && !toks[pi].Caps && !g.stop[pw] && !isModifier(pw) &&
			!g.knownPlace(pw) {
			// An unknown capitalised word before a town is a first name
			// or the head of a longer name ("Real Madrid"). Only an
			// uncommon word marks the name as a person's throughout.
			if g.common[pw] {
				return dropFollows
			}
			return dropNamePart
		}
	}
	// "US Forces Korea", "Samsung Electronics America".
	if toks[pi].Upper && g.orgs[pw] && !sentenceStart(ws, pi) && !j.pinned {
		return dropOrg
	}
	// "Bank of Korea", "University of California".
	if (pw == "of" || pw == "for") && pi > 0 {
		ow, oi := prevWord(ws, pi)
		// "City of Montreal" is the place itself.
		if ow != "" && toks[oi].Upper && g.orgs[ow] && ow != "city" && ow != "town" {
			return dropOrg
		}
	}
	return keep
}

// around judges the characters and words right around the name: a firm
// named for people, a currency, a virus strain, a disease, a person's age.
func (j *judging) around() verdict {
	g, ws, text, toks, m, k := j.g, j.words, j.text, j.toks, j.m, j.k
	// "Douglas & Lomason", "Johnson & Johnson": a firm named for people.
	if !k.hand && m.t1+1 < len(toks) && text[toks[m.t1].Start] == '&' && toks[m.t1+1].Word && toks[m.t1+1].Upper {
		return dropFirm
	}
	// "US$460 million", "HK$", "$US 1.5 billion": a currency, not a place.
	if m.t1 < len(toks) && !toks[m.t1].Space && text[toks[m.t1].Start] == '$' ||
		m.t0 > 0 && !toks[m.t0].Space && text[toks[m.t0-1].Start] == '$' {
		return dropCurrency
	}
	// "A/California/7/2009": an influenza strain names where it was
	// isolated, not where the story is.
	if m.t0 > 0 && m.t1+1 < len(toks) && !toks[m.t0].Space && !toks[m.t1].Space &&
		text[toks[m.t0-1].Start] == '/' && text[toks[m.t1].Start] == '/' && ltext.IsDigit(text[toks[m.t1+1].Start]) {
		return dropStrain
	}
	// "West Nile virus", "Lassa fever", "Lyme disease": a disease named
	// after a place says nothing about where the story is.
	if m.t1 < len(toks) && toks[m.t1].Space && !toks[m.t1].Upper && g.disease[wordAt(ws, m.t1)] {
		return dropDisease
	}
	// "Burton, 39, runs", "Georgia, 14, was": wire copy gives a person's
	// age after the name; no place has one.
	if j.single && !j.pinned && ageAfter(ws, m.t1) && (g.names[m.key] || g.given[m.key] || !k.country && !k.hand) {
		return dropPerson
	}
	return keep
}

// after judges the capitalised words after the place: an organisation's
// head, a surname, the rest of a longer name.
func (j *judging) after() verdict {
	g, ws, toks, m, k := j.g, j.words, j.toks, j.m, j.k
	if j.capsLine {
		return keep
	}
	// "US State Department", "U.S. Treasury": an organisation head among
	// the next capitalised words.
	for i, n := m.t1, 0; i < len(toks) && n < 3; i, n = i+1, n+1 {
		t := toks[i]
		if !t.Word || !t.Upper || !t.Space {
			break
		}
		if g.orgs[wordAt(ws, i)] {
			return dropOrg
		}
	}
	if m.t1 >= len(toks) || m.extended {
		return keep
	}
	nt := toks[m.t1]
	if !nt.Word || !nt.Space || !nt.Upper {
		return keep
	}
	nw := wordAt(ws, m.t1)
	switch {
	case g.orgs[nw]:
		return dropOrg
	case g.after[nw] || g.titles[nw]:
	case j.single && g.names[nw]:
		return dropPerson // "Jordan Smith"
	case g.knownPlace(nw):
		// Two places side by side: "Seoul Gangnam", "Japan China".
	case nt.Caps && nt.End-nt.Start <= 4:
		// An acronym after a place is mostly something of that
		// place ("Calgary MLA", "Seoul KOSPI"): the place stands.
	case k.country:
		// A country before a capitalised word is mostly
		// attributive: "U.S. Labor Day", "U.S. Assistant Secretary".
	default:
		return dropFollows // "Chang Won-sam", "Seoul Central District Court"
	}
	return keep
}

// personal reports whether a verdict says the name belongs to a person.
func (v verdict) personal() bool {
	return v == dropTitle || v == dropPerson || v == dropName || v == dropNamePart
}

// modifiers may stand capitalised before a town without making it part
// of another name ("Greater Manchester", "Downtown Seoul").
func isModifier(w string) bool {
	switch w {
	case "greater", "central", "downtown", "metropolitan", "metro", "inner", "outer", "north",
		"south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
		"northwest", "southeast", "southwest", "upper", "lower", "old", "new", "suburban",
		"rural", "coastal", "the", "in", "at", "from", "to", "near", "outside", "across", "and",
		"or", "of":
		return true
	}
	return false
}

// isoDate reports whether token i starts a date like "1996-08-30" (a
// dateline's date, not a score).
func isoDate(ws *words, i int) bool {
	text, toks := ws.text, ws.toks
	t := toks[i]
	return t.End-t.Start == 4 && t.Number && i+2 < len(toks) &&
		text[toks[i+1].Start] == '-' && !toks[i+1].Space && toks[i+2].Number
}

// ageAfter reports whether ", N," with N a plausible age in years follows
// token t, and a word comes after it: "Burton, 39, runs".
func ageAfter(ws *words, t int) bool {
	text, toks := ws.text, ws.toks
	if t+3 >= len(toks) || text[toks[t].Start] != ',' || toks[t].Space {
		return false
	}
	n := toks[t+1]
	if !n.Word || n.End-n.Start > 3 || !n.Number || text[toks[t+2].Start] != ',' || toks[t+2].Space {
		return false
	}
	if n.End-n.Start == 3 && text[n.Start] > '1' {
		return false
	}
	w := toks[t+3]
	return w.Word && !ltext.IsDigit(text[w.Start])
}

// countryOnlyByAlias reports whether every country reading of e comes
// through an alternate name.
func (g *Gazetteer) countryOnlyByAlias(e *entry) bool {
	for _, s := range e.senses {
		if g.places[s.place].Kind == KindCountry && !s.demonym && !s.alias {
			return false
		}
	}
	return true
}

// versusNear reports whether a [versus] word stands right before or after
// match m, in lower case.
func (g *Gazetteer) versusNear(ws *words, m *match) bool {
	toks := ws.toks
	if m.t1 < len(toks) && toks[m.t1].Word && !toks[m.t1].Upper && g.versus[wordAt(ws, m.t1)] {
		return true
	}
	pw, pi := prevWord(ws, m.t0)
	return pw != "" && !toks[pi].Upper && g.versus[pw]
}

// knownPlace reports whether the lower-cased word names a place of some
// standing: a reading that is not a village or a bare second-level region.
// Nearly every capitalised word is some village's name, which says nothing
// about the word next to it.
func (g *Gazetteer) knownPlace(w string) bool {
	e := g.entry(w)
	if e == nil {
		return false
	}
	for _, s := range e.senses {
		p := &g.places[s.place]
		if !isLocal(p.Kind) || p.Kind == KindCity && (p.Pop >= minorTown || p.Capital || p.Seat) {
			return true
		}
	}
	return false
}
