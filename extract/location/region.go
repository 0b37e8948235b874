package location

import (
	"strings"
	"unicode"

	"github.com/eventwire/eventwire/extract"
)

// News qualifies a small place by its region: "Paris, Mo.", "a man from
// Beaver, West Virginia", "EDMONTON, Ky. (WBKO) —". The gazetteer holds
// towns of 5,000 people or more, so the town is often missing, or only a
// famous namesake elsewhere is known ("Paris", "Edmonton"). The region
// written after the comma is the better evidence: the place is reported as
// a town in that region, at the region's point, which is the best the
// gazetteer knows, rather than as a namesake thousands of kilometres away.

// regionSense returns the first-level region reading of e when e reads
// only as a region (plus demonyms): "Missouri", "Ky.", "West Virginia".
// A name that is also a country ("Georgia") is left to the other rules.
func (g *Gazetteer) regionSense(e *entry) (sense, bool) {
	var best sense
	found := false
	for _, s := range e.senses {
		p := &g.places[s.place]
		switch {
		case s.demonym:
		case p.Kind == KindCountry:
			return sense{}, false
		case p.Kind == KindAdmin1:
			if !found || g.prior(s) > g.prior(best) {
				best, found = s, true
			}
		}
	}
	return best, found
}

// inList reports whether the "X, Y" at matches x and y is part of a list of
// places ("Alberta, Saskatchewan and Manitoba", "Dallas, Houston, Texas"):
// a place right before X's comma, or a place after Y's comma or "and"/"or".
func inList(ws *words, ms []match, x, y int) bool {
	text, toks := ws.text, ws.toks
	if t := ms[x].t0; t >= 2 && text[toks[t-1].Start] == ',' {
		if _, ok := endsAt(ms, t-1); ok {
			return true
		}
	}
	return listAfter(ws, ms, ms[y].t1)
}

// listAfter reports whether token t, right after a place, goes on to
// another place with a comma, "and" or "or".
func listAfter(ws *words, ms []match, t int) bool {
	text, toks := ws.text, ws.toks
	if t >= len(toks) {
		return false
	}
	if text[toks[t].Start] == ',' || wordAt(ws, t) == "and" || wordAt(ws, t) == "or" {
		_, ok := startsAt(ms, t+1)
		return ok
	}
	return false
}

// placeBefore reports whether the words before token t introduce a place:
// a preposition of place or origin, or the start of a line (a dateline).
func placeBefore(ws *words, t int) bool {
	toks := ws.toks
	if t == 0 || toks[t].LineStart {
		return true
	}
	switch w, _ := prevWord(ws, t); w {
	case "in", "of", "from", "near", "at", "outside", "to", "into", "around", "town", "city", "village":
		return true
	}
	return false
}

// unknownBefore finds an unmatched capitalised name of one or two words
// that ends right before token comma (", Texas"), introduced by
// placeBefore. It returns the name's first token, or -1. A name that
// would take in a gazetteer match of ms ("EDMONTON AA,VA.") is no unknown
// town, and reporting it would make up a place over the known one.
func unknownBefore(ws *words, ms []match, comma int, g *Gazetteer) int {
	toks := ws.toks
	t1 := comma // exclusive
	t0 := t1
	for n := 0; n < 2 && t0 > 0; n++ {
		p := toks[t0-1]
		if !p.Word || !p.Upper || (t0 < t1 && !toks[t0].Space) {
			break
		}
		if _, known := endsAt(ms, t0-1); known {
			return -1
		}
		w := wordAt(ws, t0-1)
		if g.titles[w] || g.orgs[w] || g.given[w] {
			return -1
		}
		t0--
		if placeBefore(ws, t0) {
			// "Also, Missouri has ...": a common word opening a
			// sentence is not a town.
			if sentenceStart(ws, t0) && g.common[wordAt(ws, t0)] {
				return -1
			}
			return t0
		}
	}
	return -1
}

// town is a place the gazetteer does not hold, found before ", Region".
type town struct {
	start, end int
	region     sense
}

// regionTown is the reading of a name that a "Town, Region" pattern fixed
// for the whole article.
type regionTown struct {
	region sense
	name   string
}

// townName is the canonical name of a town the gazetteer lacks: its words
// as written, with a dateline's capitals ("EDMONTON") set in title case.
func townName(s string) string {
	s = normalizeSpace(s)
	if strings.ToUpper(s) != s {
		return s
	}
	rs := []rune(strings.ToLower(s))
	for i := range rs {
		if i == 0 || rs[i-1] == ' ' || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}

// townMention reports text[start:end] as the town name in region r, at r's
// point.
func (g *Gazetteer) townMention(text string, start, end int, name string, r sense, dateline bool) extract.Mention {
	p := &g.places[r.place]
	rule := "location/pattern/place-in-region"
	if dateline {
		rule = "location/dateline"
	}
	loc := newLocation(p)
	loc.Name, loc.Kind, loc.Country, loc.Admin1, loc.Dateline = name, KindCity, p.Country, p.Name, dateline
	return extract.Mention{Type: extract.TypeLocation, Text: text[start:end], Start: start, End: end,
		Confidence: 0.6, Rule: rule, Location: loc}
}

// listKinds finds places written as a list ("Virginia, West Virginia and
// Wyoming", "Mexico, China, Japan") and, for each match in one, returns a
// filter keeping the readings of the kind its neighbours read as: a
// country among countries, a region among the same country's regions.
// Without it a list's member can read as a town of a listed region
// ("Wyoming", Michigan) or of a listed country ("China", Japan).
//
// top holds each match's context-free reading (where hasTop is set); out,
// as long as ms and all zero, receives the filters (ok set).
func (g *Gazetteer) listKinds(text string, ms []match, top []sense, hasTop []bool, out []listKind) []listKind {
	readingOf := func(i int) listKind {
		if !hasTop[i] || top[i].demonym {
			return listKind{}
		}
		p := &g.places[top[i].place]
		return listKind{p.Kind, p.Country, true}
	}
	joined := func(a, b int) bool {
		switch strings.TrimSpace(text[ms[a].end:ms[b].start]) {
		case ",", "and", ", and", "or", ", or", "&":
			return true
		}
		return false
	}
	for i := range ms {
		var want listKind
		agree := true
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || !(j < i && joined(j, i) || j > i && joined(i, j)) {
				continue
			}
			r := readingOf(j)
			if !r.ok {
				continue
			}
			if r.kind != KindCountry && r.kind != KindAdmin1 {
				continue
			}
			if r.kind == KindCountry {
				r.country = ""
			}
			if want.ok && want != r {
				agree = false
			}
			want = r
		}
		if !want.ok || !agree {
			continue
		}
		for _, s := range ms[i].e.senses {
			if want.fits(g, s) {
				out[i] = want
				break
			}
		}
	}
	return out
}

// listKind is the reading a list asks of its member: a kind, and a
// country unless it is "" (ok false: no list).
type listKind struct {
	kind, country string
	ok            bool
}

// fits reports whether sense s is of the kind (and the country) l asks for.
func (l listKind) fits(g *Gazetteer, s sense) bool {
	p := &g.places[s.place]
	return !s.demonym && p.Kind == l.kind && (l.country == "" || p.Country == l.country)
}
