package official

import "slices"

// promoteLists accepts name-shaped runs that stand in a list of names:
// "Sam Hollis , Ned Carver , Joe Rimmer", "2 - Emre Aksoy , 3 -
// Kaan Yilmazer". A neighbour in the list must already be a person.
func (a *analysis) promoteLists() {
	if len(a.unsure) == 0 {
		return
	}
	// person marks the first and last words of names.
	person := resized(a.scratch.person, len(a.toks))
	a.scratch.person = person
	for _, c := range a.cands {
		if c.evidence >= evMedium {
			person[c.s] = true
			person[c.e-1] = true
		}
	}
	for pass := 0; pass < 2; pass++ {
		changed := false
		for _, c := range a.unsure {
			if c.evidence >= evMedium {
				continue
			}
			if a.listNeighbour(c.s, -1, person) || a.listNeighbour(c.e-1, +1, person) {
				c.evidence = evMedium
				c.rule = "person/list"
				person[c.s], person[c.e-1] = true, true
				a.cands = append(a.cands, c)
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	slices.SortStableFunc(a.cands, byStart)
}

// byStart orders candidates by their place in the text.
func byStart(x, y *candidate) int { return x.start - y.start }

// listNeighbour looks from name edge k in direction dir past a list
// separator (a comma, or "N -" numbering, or a bracketed note) for the edge
// of a known person.
func (a *analysis) listNeighbour(k, dir int, person []bool) bool {
	j := k + dir
	// Skip a bracketed note after the name: "( 31st )", "( Kenya )".
	if dir > 0 && a.isPunct(j, "(") {
		for x := j; x < len(a.toks) && x-j < 6; x++ {
			if a.isPunct(x, ")") {
				j = x + 1
				break
			}
		}
	}
	if dir < 0 && a.isPunct(j, ")") {
		for x := j; x >= 0 && j-x < 6; x-- {
			if a.isPunct(x, "(") {
				j = x - 1
				break
			}
		}
	}
	if !a.isPunct(j, ",") && !a.isPunct(j, ";") {
		return false
	}
	j += dir
	// Jersey numbers: "2 - Emre Aksoy , 3 - Kaan Yilmazer"
	if dir > 0 && j+1 < len(a.toks) && a.toks[j].kind == tNum && a.isPunct(j+1, "-") {
		j += 2
	}
	if j < 0 || j >= len(a.toks) {
		return false
	}
	if dir < 0 && a.isPunct(j, ")") {
		for x := j; x >= 0 && j-x < 6; x-- {
			if a.isPunct(x, "(") {
				j = x - 1
				break
			}
		}
	}
	return j >= 0 && person[j]
}
