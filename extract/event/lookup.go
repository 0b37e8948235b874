package event

import (
	"slices"
	"sort"
)

// The look-ups here answer questions that the rules ask for every word or
// mention of a sentence in constant or logarithmic time. Scanning for each
// answer made long texts and long sentences quadratic or worse.

// countBreaks fills s.breaks, so that itemDistance counts the commas and
// clause words between two items with one subtraction: counting them item
// by item made one long sentence cubic (every amount, place and date is
// measured against every frame).
func (s *sentence) countBreaks() {
	b := append(s.docBuilder.breaks[:0], 0)
	n := int32(0)
	for j := range s.items {
		if s.items[j].kind == itemPunct && s.items[j].word == "," || isClauseAt(s.items, j) {
			n++
		}
		b = append(b, n)
	}
	s.docBuilder.breaks, s.breaks = b, b
}

// indexTitles sorts the title spans by start and records the farthest end
// reached so far, for inTitle.
func (db *docBuilder) indexTitles() {
	slices.SortFunc(db.titles, func(a, b [2]int) int { return a[0] - b[0] })
	db.titleReach = db.titleReach[:0]
	reach := 0
	for _, t := range db.titles {
		reach = max(reach, t[1])
		db.titleReach = append(db.titleReach, reach)
	}
}

// inTitle reports whether [start, end) lies inside a person's title: some
// title starting at or before start reaches end. One binary search in
// place of a scan of every title of the document per word.
func (db *docBuilder) inTitle(start, end int) bool {
	n := sort.Search(len(db.titles), func(i int) bool { return db.titles[i][0] > start })
	return n > 0 && db.titleReach[n-1] >= end
}
