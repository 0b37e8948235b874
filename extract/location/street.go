package location

import (
	"fmt"
	"strings"

	"github.com/eventwire/eventwire/extract"
	ltext "github.com/eventwire/eventwire/extract/text"
)

// Local news places its stories on streets, roads and in buildings
// ("Hertford Road", "Highway 403", "Pearson International Airport"). The
// gazetteer holds none of them, so a pattern finds them: capitalised words
// ending in a head word of data/streets.txt, a numbered road, or a head
// word that opens the name ("Boulevard Voltaire"). They are reported with
// a kind of their own (street, road, facility) and no point: found, never
// misplaced.

// Kinds of the places the street pattern finds.
const (
	KindStreet   = "street"
	KindRoad     = "road"
	KindFacility = "facility"
)

// streetHeads is the street lexicon: head words by their capitalised form
// without a full stop.
type streetHeads struct {
	last     map[string]string // head word ending a name -> kind
	abbrev   map[string]bool   // heads written with a full stop ("St", "Rd")
	numbered map[string]bool   // "Highway", "Route": a number follows
	first    map[string]string // head word opening a name -> kind
	// firsts has bit n of firsts[c] set when some head word of the maps
	// above starts with byte c and is n bytes long (31: 31 or more), lasts
	// the same for the last byte: most capitalised words are no head, and
	// these tell so without a lookup.
	firsts, lasts [256]uint32
}

// may reports whether w can be a head word of any of the maps.
func (h *streetHeads) may(w string) bool {
	if w == "" {
		return false
	}
	n := uint32(1) << min(len(w), 31)
	return h.firsts[w[0]]&n != 0 && h.lasts[w[len(w)-1]]&n != 0
}

// index fills firsts and lasts from the maps.
func (h *streetHeads) index() {
	for _, m := range []map[string]string{h.last, h.first} {
		for w := range m {
			h.mark(w)
		}
	}
	for _, m := range []map[string]bool{h.abbrev, h.numbered} {
		for w := range m {
			h.mark(w)
		}
	}
}

func (h *streetHeads) mark(w string) {
	if w != "" {
		h.firsts[w[0]] |= 1 << min(len(w), 31)
		h.lasts[w[len(w)-1]] |= 1 << min(len(w), 31)
	}
}

func loadStreetHeads() (*streetHeads, error) {
	const path = "data/streets.txt"
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	sec, err := readSectionsRaw(path, string(b))
	if err != nil {
		return nil, err
	}
	h := &streetHeads{last: map[string]string{}, abbrev: map[string]bool{}, numbered: map[string]bool{}, first: map[string]string{}}
	for kind, name := range map[string]string{KindStreet: "street", KindRoad: "road", KindFacility: "facility"} {
		for _, w := range sec[name] {
			if base, ok := strings.CutSuffix(w, "."); ok {
				h.abbrev[base] = true
				w = base
			}
			h.last[w] = kind
		}
	}
	for _, w := range sec["numbered"] {
		h.numbered[w] = true
	}
	for _, e := range sec["first"] {
		w, kind, ok := strings.Cut(e, ":")
		if !ok || kind != KindStreet && kind != KindFacility && kind != KindRoad {
			return nil, fmt.Errorf("load %s: bad [first] entry %q", path, e)
		}
		h.first[w] = kind
	}
	h.index()
	return h, nil
}

// street is a span the street pattern found.
type street struct {
	start, end int
	kind       string
}

// findStreets returns the streets, roads and facilities in the text, left
// to right, without overlap.
func (g *Gazetteer) findStreets(ws *words) []street {
	text, toks := ws.text, ws.toks
	var out []street
	last := -1 // the last token taken, so that spans do not overlap
	for _, u := range ws.upper {
		i := int(u)
		t := &toks[i]
		if !t.LineMixed || i <= last {
			continue
		}
		w := text[t.Start:t.End]
		if w != "I" && !g.streets.may(w) {
			continue // no numbered road, no head word
		}
		if s, end, ok := g.numberedRoad(ws, i, last); ok {
			out = append(out, s)
			last = end
			i = end
			continue
		}
		if kind, ok := g.streets.first[w]; ok && !t.Caps {
			if s, end, ok := headFirst(ws, i, kind); ok {
				out = append(out, s)
				last = end
				i = end
				continue
			}
		}
		kind, ok := g.streets.last[w]
		if !ok || t.Caps {
			continue
		}
		end := i
		if g.streets.abbrev[w] && i+1 < len(toks) && !toks[i+1].Space && text[toks[i+1].Start] == '.' {
			end = i + 1
		}
		if !g.closesName(ws, end) {
			continue
		}
		t0 := g.nameBefore(ws, i, last)
		if t0 < 0 {
			continue
		}
		out = append(out, street{start: toks[t0].Start, end: toks[end].End, kind: kind})
		last = end
		i = end
	}
	return out
}

// closesName reports whether the name can end at token end: no capitalised
// word goes on with it ("Wall Street Journal", "Airport Authority"), no "of
// <Name>" ("Museum of Modern Art"), and no score follows ("Crystal Palace
// 4 1 2").
func (g *Gazetteer) closesName(ws *words, end int) bool {
	text, toks := ws.text, ws.toks
	n := end + 1
	if n >= len(toks) {
		return true
	}
	nt := toks[n]
	if nt.Word && nt.Space && nt.Upper && text[toks[end].Start] != '.' {
		return false
	}
	if nt.Word && ltext.IsDigit(text[nt.Start]) {
		return false
	}
	if wordAt(ws, n) == "of" && n+1 < len(toks) && toks[n+1].Upper {
		return false
	}
	return true
}

// nameBefore walks back from head token h over the capitalised words of
// the name (at most four, hyphens, "St." and initials, "Mark's" included)
// and returns the first token, or -1 when there is none or when a title or
// an organisation head is among them ("President Park").
func (g *Gazetteer) nameBefore(ws *words, h, last int) int {
	text, toks := ws.text, ws.toks
	t0 := h
	words := 0
	facility := g.streets.last[text[toks[h].Start:toks[h].End]] == KindFacility
	for j := h - 1; j > last && words < 5; {
		p := toks[j]
		switch {
		case p.Word && p.Upper && toks[j+1].Space && !hasDigit(text[p.Start:p.End]):
			w := strings.ToLower(text[p.Start:p.End])
			// "President Park": a title right before the head makes it
			// a person; further back it is part of the name ("Princess
			// Margaret Hospital", "King Edward Street"). Organisation
			// heads are street names often enough ("Church Street",
			// "University Hospital").
			if g.titles[w] && words == 0 && facility || isCountyOpener(w) || w == "the" {
				return checkName(t0, h, words)
			}
			if (p.Space || p.LineStart) && sentenceStart(ws, j) && g.common[w] && !g.knownPlace(w) && !streetWord(w) {
				// "At St. Paul's Hospital": a sentence's first word that
				// is a common word opens the sentence, not the name.
				return checkName(t0, h, words)
			}
			t0, words = j, words+1
			j--
		case p.Word && facility && words > 0 && text[p.Start:p.End] == "of" && j > 0 && toks[j-1].Word && toks[j-1].Upper:
			// "University of Louisville Hospital", "Bank of America
			// Stadium".
			j--
		case !p.Space && !toks[j+1].Space && (text[p.Start] == '-') && j > 0 && toks[j-1].Word && toks[j-1].Upper &&
			g.streets.last[text[toks[j-1].Start:toks[j-1].End]] == "":
			// "Mont-Royal Avenue", but not "Trafalgar Street-Clarke Road".
			t0 = j - 1
			j -= 2
		case !p.Space && text[p.Start] == '.' && j > 0 && toks[j-1].Word && toks[j-1].Upper && !toks[j+1].Word:
			return checkName(t0, h, words)
		case !p.Space && text[p.Start] == '.' && j > 0 && toks[j-1].Word && toks[j-1].Upper && initialOrSaint(text[toks[j-1].Start:toks[j-1].End]):
			// "St. Mark's Cathedral", "T.J. Health Hospital"
			t0 = j - 1
			words++
			j -= 2
		case p.Word && !p.Upper && text[p.Start:p.End] == "s" && j >= 2 && isApostrophe(text, toks[j-1]) && !toks[j-1].Space && !p.Space &&
			toks[j-2].Word && toks[j-2].Upper && toks[j+1].Space && facility:
			// "St. Mark's Cathedral", "Women's College Hospital": a
			// possessive inside a facility's name.
			t0 = j - 2
			words++
			j -= 3
		default:
			return checkName(t0, h, words)
		}
	}
	return checkName(t0, h, words)
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if ltext.IsDigit(s[i]) {
			return true
		}
	}
	return false
}

func checkName(t0, h, words int) int {
	if words == 0 || t0 == h {
		return -1
	}
	return t0
}

func isApostrophe(text string, t token) bool {
	s := text[t.Start:t.End]
	return s == "'" || s == "’"
}

// initialOrSaint reports whether w, written with a full stop, is an initial
// or an abbreviation that names take ("St.", "Mt.", "Ft.").
func initialOrSaint(w string) bool {
	switch w {
	case "St", "Mt", "Ft", "Pt":
		return true
	}
	return len(w) == 1
}

// streetWord reports whether a sentence's first word may still open a
// street's name ("Church Street", "Station Road").
func streetWord(w string) bool {
	switch w {
	case "church", "station", "market", "mill", "high", "bridge", "park", "school", "college", "hospital",
		"castle", "chapel", "water", "spring", "north", "south", "east", "west", "king", "queen":
		return true
	}
	return false
}

// numberedRoad finds "Highway 403", "Route 9", "Interstate 75", "State
// Route 9" and "I-75" at token i.
func (g *Gazetteer) numberedRoad(ws *words, i, last int) (street, int, bool) {
	text, toks := ws.text, ws.toks
	t := toks[i]
	w := text[t.Start:t.End]
	// "I-75"
	if w == "I" && i+2 < len(toks) && !toks[i+1].Space && text[toks[i+1].Start] == '-' && !toks[i+2].Space && toks[i+2].Number {
		return street{start: t.Start, end: toks[i+2].End, kind: KindRoad}, i + 2, true
	}
	if !g.streets.numbered[w] {
		return street{}, 0, false
	}
	n := i + 1
	if n < len(toks) && !toks[n].Space && text[toks[n].Start] == '.' {
		n++ // "Hwy. 401"
	}
	if n >= len(toks) || !toks[n].Word || !toks[n].Space || !ltext.IsDigit(text[toks[n].Start]) || toks[n].End-toks[n].Start > 4 {
		return street{}, 0, false
	}
	t0 := i
	// "State Route 9", "Trans-Canada Highway 1", "U.S. Highway 60".
	if j := g.nameBefore(ws, i, last); j >= 0 {
		t0 = j
	}
	return street{start: toks[t0].Start, end: toks[n].End, kind: KindRoad}, n, true
}

// headFirst finds "Rue de Rivoli", "Boulevard Voltaire", "Stade de France"
// at token i: the head, then capitalised words with the connectors of
// those languages between them.
func headFirst(ws *words, i int, kind string) (street, int, bool) {
	text, toks := ws.text, ws.toks
	end := -1
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		t := toks[j]
		if !t.Word {
			// A hyphen inside a name: "Champs-Elysees".
			if text[t.Start] == '-' && !t.Space && end == j-1 && j+1 < len(toks) && toks[j+1].Word && !toks[j+1].Space {
				continue
			}
			break
		}
		if !t.Space && text[toks[j-1].Start] != '-' {
			break
		}
		if t.Upper {
			end = j
			continue
		}
		switch text[t.Start:t.End] {
		case "de", "des", "du", "la", "le", "les", "del", "di", "della", "dei", "do", "da", "dos":
			continue
		}
		break
	}
	if end < 0 {
		return street{}, 0, false
	}
	return street{start: toks[i].Start, end: toks[end].End, kind: kind}, end, true
}

// streetMention reports a street, road or facility: its name as written,
// with no point.
func streetMention(text string, s street) extract.Mention {
	return extract.Mention{Type: extract.TypeLocation, Text: text[s.start:s.end], Start: s.start, End: s.end,
		Confidence: 0.7, Rule: "location/pattern/" + s.kind,
		Location: &extract.Location{Name: normalizeSpace(text[s.start:s.end]), Kind: s.kind}}
}

// dropInside removes the matches that overlap a street span ("Hertford" in
// "Hertford Road"); both lists are sorted by start.
func dropInside(ms []match, ss []street) []match {
	if len(ss) == 0 {
		return ms
	}
	out := ms[:0]
	k := 0
	for _, m := range ms {
		for k < len(ss) && ss[k].end <= m.start {
			k++
		}
		if k < len(ss) && ss[k].start < m.end && m.start < ss[k].end {
			continue
		}
		out = append(out, m)
	}
	return out
}
