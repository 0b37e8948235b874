package location

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

// The text often says outright that a name is a place: "the village of
// Xinmo", "the towns of Haris and Varzaqan", "Puge county", "Karo
// district". Such a name needs no other support from the article, and one
// the gazetteer lacks is still reported, as a town (or a division) with no
// point.

// isPlaceNoun reports whether a lower-case word names a kind of
// settlement or division, as in "the village of X".
func isPlaceNoun(w string) bool {
	switch w {
	case "village", "villages", "town", "towns", "city", "cities", "hamlet", "township", "community",
		"suburb", "suburbs", "municipality", "commune", "neighbourhood", "neighborhood", "borough",
		"district", "districts", "county", "province", "region", "parish":
		return true
	}
	return false
}

// placeWordBefore reports whether "<place noun> of" stands right before
// token t ("the village of Xinmo"), or before the list of capitalised
// names t ends ("the towns of Haris and Varzaqan", "the villages of A, B
// and C").
func placeWordBefore(ws *words, t int) bool {
	text, toks := ws.text, ws.toks
	// Most words follow neither "of", "and", "or" (two or three bytes: no
	// other rune lower-cases to those letters) nor a comma.
	if t <= 0 || t >= len(toks) {
		return false
	}
	if p := &toks[t-1]; p.Word && (p.End-p.Start < 2 || p.End-p.Start > 3) || !p.Word && text[p.Start] != ',' {
		return false
	}
	for n := 0; n < 8; n++ {
		pw, pi := prevWord(ws, t)
		var sep int // the last token of the name before in a list
		switch {
		case pw == "of":
			w, wi := prevWord(ws, pi)
			return w != "" && !toks[wi].Upper && isPlaceNoun(w)
		case pw == "and" || pw == "or":
			sep = pi - 1
			if sep >= 0 && text[toks[sep].Start] == ',' {
				sep-- // "A, B, and C"
			}
		case t > 0 && text[toks[t-1].Start] == ',':
			sep = t - 2
		default:
			return false
		}
		// Back over the capitalised words of that name.
		start := sep + 1
		for k := sep; k >= 0 && sep-k < 3 && toks[k].Word && toks[k].Upper; k-- {
			start = k
		}
		if start > sep {
			return false
		}
		t = start
	}
	return false
}

// placeWordAfter reports whether a lower-case division word follows token
// end-1 ("Puge county", "Gondra district").
func placeWordAfter(ws *words, end int) bool {
	toks := ws.toks
	if end >= len(toks) || !toks[end].Word || !toks[end].Space || toks[end].Upper {
		return false
	}
	// The words below start with c, d, p or m, and no other rune
	// lower-cases to those: a word whose lower-cased first byte is another
	// ASCII one is none of them.
	switch c := ws.low[toks[end].Start]; {
	case c < utf8.RuneSelf && c != 'c' && c != 'd' && c != 'p' && c != 'm':
		return false
	}
	switch wordAt(ws, end) {
	case "county", "district", "province", "prefecture", "municipality":
		return true
	}
	return false
}

// unknownName returns the end (exclusive) of an unmatched capitalised name
// of one to three words starting at token t0, or -1: no title, given
// name, organisation head or common word among them.
func (g *Gazetteer) unknownName(ws *words, t0 int) int {
	text, toks := ws.text, ws.toks
	end := t0
	for end < len(toks) && end < t0+3 {
		tk := toks[end]
		if !tk.Word || !tk.Upper || tk.Caps && tk.End-tk.Start > 1 || end > t0 && !tk.Space && text[toks[end-1].Start] != '-' {
			break
		}
		w := wordAt(ws, end)
		if g.titles[w] || g.given[w] || g.orgs[w] || g.common[w] || g.stop[w] || hasDigit(w) {
			return -1
		}
		end++
		// "Bab el-Oued", "Dogu Beyazit": hyphens join.
		if end+1 < len(toks) && !toks[end].Space && text[toks[end].Start] == '-' && toks[end+1].Word && !toks[end+1].Space {
			end += 2
		}
	}
	if end == t0 || end > len(toks) {
		return -1
	}
	return end
}

// placeWordMention reports an unmatched name the text calls a place: a
// town, or a division when a division word follows it, with no point.
func placeWordMention(text string, start, end int, kind string) extract.Mention {
	return extract.Mention{Type: extract.TypeLocation, Text: text[start:end], Start: start, End: end,
		Confidence: 0.55, Rule: "location/pattern/place-word",
		Location: &extract.Location{Name: townName(text[start:end]), Kind: kind}}
}

// namedPlaces finds the names the gazetteer lacks that the text calls
// places: after "<place noun> of" (and the rest of such a list), or before
// a division word. matched holds the token ranges of the gazetteer's
// matches, sorted, which such a name must not overlap.
func (g *Gazetteer) namedPlaces(ws *words, matched [][2]int) []extract.Mention {
	text, toks := ws.text, ws.toks
	var out []extract.Mention
	k := 0
	next := 0 // the first token after the last name found
	for _, u := range ws.upper {
		t := int(u)
		tk := &toks[t]
		if t < next || !tk.LineMixed || !tk.Space {
			continue
		}
		for k < len(matched) && matched[k][1] <= t {
			k++
		}
		if k < len(matched) && matched[k][0] <= t {
			continue
		}
		// The cheap tests first: most capitalised words have no place
		// noun before them and no division word within three words.
		before := placeWordBefore(ws, t)
		if !before && !divisionWithin(ws, t+1, t+4) {
			continue
		}
		end := g.unknownName(ws, t)
		if end < 0 || k < len(matched) && matched[k][0] < end {
			continue
		}
		if end < len(toks) && toks[end].Word && toks[end].Upper && toks[end].Space {
			continue // part of a longer name
		}
		if end < len(toks) && !toks[end].Space && isApostrophe(text, toks[end]) {
			continue // "O'Leary"
		}
		kind := ""
		switch {
		case placeWordAfter(ws, end):
			kind = KindAdmin2
		case before:
			kind = KindCity
		default:
			continue
		}
		out = append(out, placeWordMention(text, tk.Start, toks[end-1].End, kind))
		next = end
	}
	return out
}

// placeIn gives a place the text calls a place, and which the gazetteer
// lacks, the point, country and region of the place written right after it
// with "in" or "near" ("Qatraneh in the Karak district", "Kfraya in Idlib
// province"), from the resolved mentions ms (sorted by start): the best
// the gazetteer knows, as for a town before ", Region".
func placeIn(text string, m *extract.Mention, ms []extract.Mention) {
	rest := strings.TrimLeft(text[m.End:], " ")
	var ok bool
	if rest, ok = strings.CutPrefix(rest, "in "); !ok {
		if rest, ok = strings.CutPrefix(rest, "near "); !ok {
			return
		}
	}
	rest = strings.TrimPrefix(rest, "the ")
	at := len(text) - len(rest)
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= at })
	if i == len(ms) || ms[i].Start != at || ms[i].Location == nil || ms[i].Location.Lat == nil || ms[i].Location.Demonym {
		return
	}
	r := ms[i].Location
	switch r.Kind {
	case KindCountry, KindAdmin1, KindAdmin2, KindCity:
	default:
		return
	}
	l := m.Location
	l.Country, l.Lat, l.Lon = r.Country, r.Lat, r.Lon
	l.Admin1 = r.Admin1
	m.Rule = "location/pattern/place-in-region"
}

// divisionWithin reports whether placeWordAfter holds at any token in
// [from, to).
func divisionWithin(ws *words, from, to int) bool {
	toks := ws.toks
	for e := from; e < to && e < len(toks); e++ {
		// placeWordAfter's token tests first, without the call
		if t := &toks[e]; t.Word && t.Space && !t.Upper && placeWordAfter(ws, e) {
			return true
		}
	}
	return false
}
