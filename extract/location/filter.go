package location

import "strings"

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
	// topCity: the reading with the highest prior is a city; topPop is
	// its population.
	topCity bool
	topPop  int32
}

func (g *Gazetteer) kinds(e *entry) senseKinds {
	var k senseKinds
	k.demonymOnly = true
	for _, s := range e.senses {
		if !s.demonym {
			k.demonymOnly = false
		}
		if s.abbrev {
			k.abbrev = true
		}
		switch g.places[s.place].Kind {
		case KindCountry:
			if !s.demonym {
				k.country = true
			}
		case KindAdmin1:
			k.admin1 = true
		case KindCity, KindAdmin2:
			// A second-level region is local like a town: the same
			// filters judge it.
			k.city = true
		default:
			k.hand = true
		}
	}
	if s, _, ok := g.best(e, nil, "", nil); ok {
		k.topCity = isLocal(g.places[s.place].Kind)
		k.topPop = g.places[s.place].Pop
	}
	return k
}

// judge applies the context rules to match m. pinned is true when an
// "X, Y" pattern fixes the place, which overrides the stoplists.
func (g *Gazetteer) judge(text string, toks []token, m *match, pinned bool) verdict {
	if m.dateline {
		return keep
	}
	k := g.kinds(m.e)
	words := 0
	for i := m.t0; i < m.t1; i++ {
		if toks[i].word {
			words++
		}
	}
	single := words == 1
	caps := toks[m.t0].caps
	// In an all-capitals line (headlines, sports results) every word is
	// capitalised, so neighbouring capitals say nothing about names.
	capsLine := !toks[m.t0].lineMixed

	// "Waiheke Island": a stoplisted word that names a country only as
	// one of its other-language forms ("Island" for Iceland) is the word.
	// Only the stoplist counts, not the common-word list: "Turkey" is a
	// former name of Türkiye and a common word.
	if single && !pinned && k.country && !caps && g.stop[m.key] && g.countryOnlyByAlias(m.e) {
		return dropCommon
	}
	if single && !pinned && !k.country && !k.demonymOnly {
		if g.stop[m.key] {
			return dropCommon
		}
		if g.common[m.key] && !k.hand {
			return dropCommon
		}
		if g.common[m.key] && caps {
			return dropCommon
		}
		// A personal name is a person unless it is also a big city
		// ("Austin", "Charlotte"), which the context rules then judge.
		if g.names[m.key] && !k.admin1 && !k.hand && k.topPop < bigNamesake {
			return dropName
		}
	}
	// "NATO", "CEO": an acronym in running text is not a town.
	if caps && !capsLine && single && !k.country && !k.hand && !k.abbrev && !k.demonymOnly && !pinned && len(m.key) <= 5 {
		return dropAcronym
	}
	// "NEW YORK 74 59 .556", "Surrey 429-7": a town with a score or a
	// standing is a team.
	// A region is a team only inside a list of scores ("... 1 Minnesota
	// 6 MILWAUKEE 1"), where a number comes before it too.
	if m.t1 < len(toks) && toks[m.t1].word && toks[m.t1].space &&
		isDigit(text[toks[m.t1].start]) && !isoDate(text, toks, m.t1) &&
		(k.topCity || k.admin1 && !k.country && m.t0 > 0 && toks[m.t0-1].word && isDigit(text[toks[m.t0-1].start])) {
		return dropTeam
	}
	// "Surrey beat Warwickshire", "v Hampshire": a town or a county
	// playing a match.
	if k.topCity && !k.country && !k.admin1 && !pinned && g.versusNear(text, toks, m) {
		return dropMatch
	}
	if k.demonymOnly {
		if nw := wordAt(text, toks, m.t1); nw != "" && toks[m.t1].space && toks[m.t1].upper && g.orgs[nw] && !capsLine {
			return dropOrg // "American Airlines", "French Open"
		}
		return keep
	}

	// Before the place.
	pw, pi := prevWord(text, toks, m.t0)
	if pw != "" && !capsLine {
		if g.titles[pw] && toks[pi].upper {
			return dropTitle
		}
		// "Agreement. Seoul's": a full stop that is no title's ends the
		// sentence, and the word before it says nothing about the place.
		if strings.HasSuffix(pw, ".") {
			pw = ""
		}
	}
	if pw != "" && !capsLine {
		if toks[pi].upper && !sentenceStart(text, toks, pi) && !pinned {
			if g.names[pw] && single {
				return dropPerson // "Sam Houston", "Hillary Clinton"
			}
			// "Neil Jordan", "Chelsea Clinton": a given name that is no
			// place itself makes the next word a surname.
			if g.given[pw] && single && !g.knownPlace(pw) {
				return dropPerson
			}
			if single && k.topCity && !toks[pi].caps && !g.stop[pw] && !isModifier(pw) &&
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
		if toks[pi].upper && g.orgs[pw] && !sentenceStart(text, toks, pi) && !pinned {
			return dropOrg
		}
		// "Bank of Korea", "University of California".
		if (pw == "of" || pw == "for") && pi > 0 {
			ow, oi := prevWord(text, toks, pi)
			// "City of Montreal" is the place itself.
			if ow != "" && toks[oi].upper && g.orgs[ow] && ow != "city" && ow != "town" {
				return dropOrg
			}
		}
	}

	// "Douglas & Lomason", "Johnson & Johnson": a firm named for people.
	if !k.hand && m.t1+1 < len(toks) && text[toks[m.t1].start] == '&' && toks[m.t1+1].word && toks[m.t1+1].upper {
		return dropFirm
	}
	// "US$460 million", "HK$", "$US 1.5 billion": a currency, not a place.
	if m.t1 < len(toks) && !toks[m.t1].space && text[toks[m.t1].start] == '$' ||
		m.t0 > 0 && !toks[m.t0].space && text[toks[m.t0-1].start] == '$' {
		return dropCurrency
	}
	// "A/California/7/2009": an influenza strain names where it was
	// isolated, not where the story is.
	if m.t0 > 0 && m.t1+1 < len(toks) && !toks[m.t0].space && !toks[m.t1].space &&
		text[toks[m.t0-1].start] == '/' && text[toks[m.t1].start] == '/' && isDigit(text[toks[m.t1+1].start]) {
		return dropStrain
	}
	// "West Nile virus", "Lassa fever", "Lyme disease": a disease named
	// after a place says nothing about where the story is.
	if m.t1 < len(toks) && toks[m.t1].space && !toks[m.t1].upper && g.disease[wordAt(text, toks, m.t1)] {
		return dropDisease
	}
	// "Burton, 39, runs", "Georgia, 14, was": wire copy gives a person's
	// age after the name; no place has one.
	if single && !pinned && (g.names[m.key] || g.given[m.key] || !k.country && !k.hand) && ageAfter(text, toks, m.t1) {
		return dropPerson
	}
	// After the place. "US State Department", "U.S. Treasury": an
	// organisation head among the next capitalised words.
	if !capsLine {
		for i, n := m.t1, 0; i < len(toks) && n < 3; i, n = i+1, n+1 {
			t := toks[i]
			if !t.word || !t.upper || !t.space {
				break
			}
			if g.orgs[wordAt(text, toks, i)] {
				return dropOrg
			}
		}
	}
	if m.t1 < len(toks) && !capsLine && !m.extended {
		nt := toks[m.t1]
		if nt.word && nt.space && nt.upper {
			nw := wordAt(text, toks, m.t1)
			switch {
			case g.orgs[nw]:
				return dropOrg
			case g.after[nw] || g.titles[nw]:
			case g.names[nw] && single:
				return dropPerson // "Jordan Smith"
			case g.knownPlace(nw):
				// Two places side by side: "Seoul Gangnam", "Japan China".
			case nt.caps && nt.end-nt.start <= 4:
				// An acronym after a place is mostly something of that
				// place ("Calgary MLA", "Seoul KOSPI"): the place stands.
			case k.country:
				// A country before a capitalised word is mostly
				// attributive: "U.S. Labor Day", "U.S. Assistant Secretary".
			default:
				return dropFollows // "Chang Won-sam", "Seoul Central District Court"
			}
		}
	}
	return keep
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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
func isoDate(text string, toks []token, i int) bool {
	t := toks[i]
	return t.end-t.start == 4 && allDigits(text[t.start:t.end]) && i+2 < len(toks) &&
		text[toks[i+1].start] == '-' && !toks[i+1].space && allDigits(text[toks[i+2].start:toks[i+2].end])
}

// ageAfter reports whether ", N," with N a plausible age in years follows
// token t, and a word comes after it: "Burton, 39, runs".
func ageAfter(text string, toks []token, t int) bool {
	if t+3 >= len(toks) || text[toks[t].start] != ',' || toks[t].space {
		return false
	}
	n := toks[t+1]
	if !n.word || n.end-n.start > 3 || !allDigits(text[n.start:n.end]) || text[toks[t+2].start] != ',' || toks[t+2].space {
		return false
	}
	if n.end-n.start == 3 && text[n.start] > '1' {
		return false
	}
	w := toks[t+3]
	return w.word && !isDigit(text[w.start])
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
func (g *Gazetteer) versusNear(text string, toks []token, m *match) bool {
	if m.t1 < len(toks) && toks[m.t1].word && !toks[m.t1].upper && g.versus[wordAt(text, toks, m.t1)] {
		return true
	}
	pw, pi := prevWord(text, toks, m.t0)
	return pw != "" && !toks[pi].upper && g.versus[pw]
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
