package location

// Second-level regions are not in the gazetteer, but news names counties
// all the time ("Metcalfe County", "Orange County, California"). A
// capitalised name before "County" or "Parish" is reported as an admin2
// place inside the first-level region the text ties it to: the region
// after a comma, else the first region the article names. Its point is that
// region's, the best the gazetteer knows.

// county is a "<Name> County" span.
type county struct {
	t0, t1     int
	start, end int
	// region is the index of the match after ", " ("Adair County,
	// Kentucky"), or -1.
	region int
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
func findCounties(text string, toks []token, ms []match) ([]county, []match) {
	var cs []county
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !t.word || !t.space || !isCountyWord(text[t.start:t.end]) {
			continue
		}
		j := i
		for n := 0; n < 2 && j > 0; n++ {
			p := toks[j-1]
			if !p.word || !p.upper || !toks[j].space {
				break
			}
			j--
			if sentenceStart(text, toks, j) {
				break
			}
		}
		if j == i || isCountyOpener(wordAt(text, toks, j)) {
			continue
		}
		cs = append(cs, county{t0: j, t1: i + 1, start: toks[j].start, end: t.end, region: -1})
	}
	if len(cs) == 0 {
		return nil, ms
	}
	out := ms[:0]
	k := 0
	for _, m := range ms {
		for k < len(cs) && cs[k].end <= m.start {
			k++
		}
		if k < len(cs) && cs[k].start < m.end && m.start < cs[k].end {
			continue
		}
		out = append(out, m)
	}
	// Link "X County, Region".
	for ci := range cs {
		c := &cs[ci]
		if c.t1+1 >= len(toks) || text[toks[c.t1].start] != ',' {
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
