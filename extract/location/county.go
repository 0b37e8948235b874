package location

import "strings"

// News names counties all the time ("Metcalfe County", "Orange County,
// California"). One the gazetteer knows by its full name is a match like
// any other. Any other capitalised name before "County" or "Parish" is
// reported as an admin2 place inside the first-level region the text ties
// it to: the region after a comma, else the first region the article
// names; its point is that region's, the best the gazetteer knows.

// county is a "<Name> County" span.
type county struct {
	t0, t1     int
	start, end int
	// region is the index of the match after ", " ("Adair County,
	// Kentucky"), or -1.
	region int
}

// hasDivisionSuffix reports whether a normalized name ends in a word that
// names a second-level division ("adair county", "avoyelles parish").
func hasDivisionSuffix(key string) bool {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return false
	}
	switch key[i+1:] {
	case "county", "parish", "borough", "district", "municipality", "shire":
		return true
	}
	return false
}

func isCountyWord(w string) bool {
	switch w {
	case "County", "Parish":
		return true
	}
	return false
}

// countyOpeners are capitalised words that do not start a county's name.
func isCountyOpener(w string) bool {
	switch w {
	case "the", "a", "this", "that", "each", "every", "our", "their", "its", "his", "her", "one",
		"no", "any":
		return true
	}
	return false
}

// findCounties returns the county spans and removes the gazetteer matches
// they cover ("Scott" in "Scott County").
func findCounties(ws *words, ms []match) ([]county, []match) {
	text, toks := ws.text, ws.toks
	var cs []county
	for _, u := range ws.upper {
		// "County" and "Parish" start upper case
		i := int(u)
		t := &toks[i]
		if i < 1 || !t.Space || !isCountyWord(text[t.Start:t.End]) {
			continue
		}
		j := i
		for n := 0; n < 2 && j > 0; n++ {
			p := toks[j-1]
			if !p.Word || !p.Upper || !toks[j].Space {
				break
			}
			j--
			if sentenceStart(ws, j) {
				break
			}
		}
		if j == i || isCountyOpener(wordAt(ws, j)) {
			continue
		}
		cs = append(cs, county{t0: j, t1: i + 1, start: toks[j].Start, end: t.End, region: -1})
	}
	if len(cs) == 0 {
		return nil, ms
	}
	out := ms[:0]
	k := 0
	resolved := make([]bool, len(cs))
	for _, m := range ms {
		for k < len(cs) && cs[k].end <= m.start {
			k++
		}
		if k < len(cs) && cs[k].start < m.end && m.start < cs[k].end {
			// The gazetteer knows the county by its full name: the
			// match stands and is resolved like any other.
			if m.start == cs[k].start && m.end == cs[k].end && hasDivisionSuffix(m.key) {
				resolved[k] = true
				out = append(out, m)
			}
			continue
		}
		out = append(out, m)
	}
	keep := cs[:0]
	for i, c := range cs {
		if !resolved[i] {
			keep = append(keep, c)
		}
	}
	cs = keep
	// Link "X County, Region".
	for ci := range cs {
		c := &cs[ci]
		if c.t1+1 >= len(toks) || text[toks[c.t1].Start] != ',' {
			continue
		}
		for mi := range out {
			if out[mi].t0 == c.t1+1 {
				c.region = mi
				break
			}
		}
	}
	return cs, out
}

// isDivisionWord reports whether a lower-case word names a kind of
// second-level division.
func isDivisionWord(w string) bool {
	switch w {
	case "county", "counties", "parish", "borough", "district", "districts", "province", "region",
		"department", "municipality", "prefecture", "canton":
		return true
	}
	return false
}

// divisionNear reports whether match m is written as a division: a
// division word in lower case right after it ("Karo district") or "<word>
// of" right before it ("the county of Fife").
func divisionNear(ws *words, m *match) bool {
	toks := ws.toks
	if m.t1 < len(toks) && toks[m.t1].Word && toks[m.t1].Space && !toks[m.t1].Upper && isDivisionWord(wordAt(ws, m.t1)) {
		return true
	}
	pw, pi := prevWord(ws, m.t0)
	if pw != "of" {
		return false
	}
	w, wi := prevWord(ws, pi)
	return w != "" && !toks[wi].Upper && isDivisionWord(w)
}

// notBareAdmin2 keeps every reading but a second-level region's: one named
// without its suffix or a division word is mostly a town, a surname or a
// sports team ("Essex", "Duran").
func (g *Gazetteer) notBareAdmin2(s sense) bool { return g.places[s.place].Kind != KindAdmin2 }
