package location

import (
	"slices"
	"sort"

	"github.com/eventwire/eventwire/extract"
)

// This file is the hook that keeps places and organisations apart when an
// organisation extractor ran before this one: a place strictly inside an
// organisation's name ("Tulsa" in "Tulsa Police Department") is reported
// with Embedded set, whatever the organisation-word rules of filter.go say;
// a match that is the organisation's whole name (a club named for its town)
// or that straddles its edge is dropped.

// spansOf returns, in buf's array, the byte spans of the mentions of one
// type in prior, sorted by start. Mentions of one type (dates,
// organisations) do not overlap one another, so no two share a start.
func spansOf(buf [][2]int, prior []extract.Mention, typ string) [][2]int {
	out := buf[:0]
	for _, m := range prior {
		if m.Type == typ {
			out = append(out, [2]int{m.Start, m.End})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// orgRelation says how the span [start, end) lies against the
// organisations: inside one (and shorter than it), overlapping one
// otherwise, or clear of them all.
type orgRelation uint8

const (
	orgClear orgRelation = iota
	orgInside
	orgClash
)

func relateToOrgs(orgs [][2]int, start, end int) orgRelation {
	if len(orgs) == 0 {
		return orgClear
	}
	// The only organisations that can overlap start before end; the last
	// of them is the only one that can reach past start, as they do not
	// overlap one another.
	k := sort.Search(len(orgs), func(i int) bool { return orgs[i][0] >= end })
	if k == 0 || orgs[k-1][1] <= start {
		return orgClear
	}
	o := orgs[k-1]
	if o[0] <= start && end <= o[1] && (o[0] != start || o[1] != end) {
		return orgInside
	}
	return orgClash
}

// dropOrgClashes removes mentions that clash with an organisation and
// flags those inside one as embedded.
func dropOrgClashes(ms []extract.Mention, orgs [][2]int) []extract.Mention {
	if len(orgs) == 0 {
		return ms
	}
	// In place, by index. Every mention here has a Location of its own,
	// made for it by this document's reading (resolve, patterns), so it is
	// marked where it is, not copied.
	n := 0
	for i := range ms {
		switch relateToOrgs(orgs, ms[i].Start, ms[i].End) {
		case orgClash:
			continue
		case orgInside:
			ms[i].Location.Embedded = true
		}
		if n != i {
			ms[n] = ms[i]
		}
		n++
	}
	return ms[:n]
}

// embeddable reports whether a verdict that drops a place may be
// overridden for a place inside an organisation's name: the verdicts that
// only say the place is part of a longer name.
func (v verdict) embeddable() bool {
	return v == keep || v == dropOrg || v == dropFollows || v == dropTeam || v == dropAcronym
}
