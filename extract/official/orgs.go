package official

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

// This file is the hook to the organisation mentions found before this
// extractor (Doc.Mentions): no name runs into an organisation's name, and
// an affiliation that names an organisation mention links to it.

// markOrgs records which tokens organisation mentions cover.
func (a *analysis) markOrgs() {
	for i := range a.d.Mentions {
		m := &a.d.Mentions[i]
		if m.Organization == nil {
			continue
		}
		for k := a.tokenAfter(m.Start); k < len(a.toks) && a.toks[k].start < m.End; k++ {
			if a.orgAt == nil {
				a.orgAt = resized(a.scratch.orgAt, len(a.toks))
				a.scratch.orgAt = a.orgAt
			}
			a.orgAt[k] = int32(i + 1)
		}
	}
}

// inOrg reports whether token k lies inside an organisation mention.
func (a *analysis) inOrg(k int) bool {
	return a.orgAt != nil && k >= 0 && k < len(a.orgAt) && a.orgAt[k] != 0
}

// orgMention returns the index in Doc.Mentions of the organisation mention
// that holds token k, or -1.
func (a *analysis) orgMention(k int) int {
	if !a.inOrg(k) {
		return -1
	}
	return int(a.orgAt[k]) - 1
}

// orgEndAt returns the end token of the organisation mention starting at
// token k, or -1 when none starts there.
func (a *analysis) orgEndAt(k int) int {
	i := a.orgMention(k)
	if i < 0 || a.d.Mentions[i].Start != a.toks[k].start || a.inOrg(k-1) && a.orgAt[k-1] == a.orgAt[k] {
		return -1
	}
	return a.tokenAfter(a.d.Mentions[i].End)
}

// affiliationMention returns the organisation mention that the affiliation
// tokens [s, e) name: the mention they hold whole, or the one they lie in.
func (a *analysis) affiliationMention(s, e int) *int {
	for k := s; k < e; k++ {
		if i := a.orgMention(k); i >= 0 {
			m := &a.d.Mentions[i]
			if m.Start >= a.toks[s].start && m.End <= a.toks[e-1].end || m.Start <= a.toks[s].start && a.toks[e-1].end <= m.End {
				p := new(int) // not &i: that puts every i on the heap
				*p = i
				return p
			}
		}
	}
	return nil
}

// overlapsOrg reports whether the byte span [start, end) overlaps an
// organisation mention.
func (a *analysis) overlapsOrg(start, end int) bool {
	if a.orgAt == nil {
		return false
	}
	for k := a.tokenAfter(start); k < len(a.toks) && a.toks[k].start < end; k++ {
		if a.orgAt[k] != 0 {
			return true
		}
	}
	return false
}

// orgAround reads an affiliation from organisation mentions near a name
// that the capitalised-run patterns miss: after the name, a role and a
// preposition before the mention, perhaps with words describing it ("Nora
// Quill, attorney for the Peruvian zinc company Andeco S.A.", "Ray Dunn
// editor of the Harbor Gazette"); before the name, the mention's
// possessive ("the department's Lou Brandt").
func (a *analysis) orgAround(c *candidate) {
	// Before: "ORG 's [title] Name".
	k := c.s - 1
	for k > c.s-4 && k >= 0 && a.isWord(k) && !a.toks[k].upper && a.isTitleWord(k) {
		k--
	}
	if k >= 1 && a.toks[k].kind == tPoss {
		if i := a.orgMention(k - 1); i >= 0 {
			m := &a.d.Mentions[i]
			a.setAffiliation(c, a.tokenAfter(m.Start), a.tokenAfter(m.End))
			return
		}
	}
	// Before, reversed: "The head of ORG, Dr. Russell Strong".
	k = c.s - 1
	for k >= 0 && a.isWord(k) && (a.is(k, wcHonorific) || a.is(k, wcTitleAbbr) || a.isTitleWord(k)) {
		k--
	}
	if a.isPunct(k, ",") {
		if i := a.orgMention(k - 1); i >= 0 {
			m := &a.d.Mentions[i]
			s := a.tokenAfter(m.Start)
			if p := s - 1; a.isWord(p) && (a.lower[p] == "of" || a.lower[p] == "at" || a.lower[p] == "for") && a.isTitleWord(p-1) {
				a.setAffiliation(c, s, a.tokenAfter(m.End))
				return
			}
		}
	}
	// After: "[,] [a|the] role [role...] of|for|at|with [the] [words] ORG",
	// also after a verb of appointment ("has been named publisher of").
	j := c.e
	if a.isPunct(j, ",") {
		j++
	}
	for n := 0; n < 4 && a.isWord(j) && a.is(j, wcAppoint); n++ {
		j++
	}
	roles := 0
	for n := 0; n < 6 && j < len(a.toks) && a.isWord(j) && !a.toks[j].upper; n++ {
		w := a.lower[j]
		switch {
		case w == "a" || w == "an" || w == "the" || a.is(j, wcModifier|wcPortfolio):
		case a.isTitleWord(j):
			roles++
		case roles > 0 && (w == "of" || w == "for" || w == "at" || w == "with"):
			if s, e, ok := a.orgAfterPrep(j + 1); ok {
				a.setAffiliation(c, s, e)
			}
			return
		default:
			return
		}
		j++
	}
}

// orgAfterPrep finds an organisation mention within a few words of token k
// (after a preposition): "the Chilean copper mining company Andeco S.A.",
// "the largest opposition party, the Popular Renewal Party".
func (a *analysis) orgAfterPrep(k int) (s, e int, ok bool) {
	for n := 0; n < 7 && k < len(a.toks); n, k = n+1, k+1 {
		if e := a.orgEndAt(k); e > k {
			return k, e, true
		}
		switch {
		case a.isPunct(k, ",") && n > 0:
		case a.isWord(k) && (!a.toks[k].upper || a.locs[k] != nil || a.is(k, wcCountry)):
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// soleOrg gives a titled person with no affiliation the one organisation
// named in the sentence, when there is exactly one ("Justice Ada Marsh's
// retirement from the Supreme Court", "station chief Dale Harmon of
// the Coast Guard's Eel Point station"). Two or more leave it open.
func (a *analysis) soleOrg(c *candidate) {
	if !c.hasTitle || c.affil != "" || a.orgAt == nil || len(a.d.Sentences) == 0 || !orgRole(c.title) {
		return
	}
	si := extract.SentenceAt(a.d.Sentences, c.start)
	ss := a.d.Sentences[si]
	kind := roleKind(c.title)
	found, entity, many := -1, -1, false
	fit, fitEntity, manyFit := -1, -1, false
	ms := a.d.Mentions
	first := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= ss.Start })
	for i := first; i < len(ms) && ms[i].Start < ss.End; i++ {
		m := &ms[i]
		if m.Organization == nil || m.Start < ss.Start || m.End > ss.End || m.Text == "" || !isUpperStart(m.Text) {
			continue
		}
		if kind != "" && m.Organization.Kind == kind {
			manyFit = manyFit || fit >= 0 && m.Organization.Entity != fitEntity
			fit, fitEntity = i, m.Organization.Entity
		}
		if m.Organization.Kind == extract.OrgMedia {
			continue // a news agency in the sentence mostly quotes, not employs
		}
		many = many || found >= 0 && m.Organization.Entity != entity
		found, entity = i, m.Organization.Entity
	}
	// Of several, the one organisation of the kind the role belongs to:
	// "Judge Alma Reyes read the ruling for the Circuit Court of Appeals
	// panel" with a company named before.
	if fit >= 0 && !manyFit {
		found, many = fit, false
	}
	if found < 0 || many {
		return
	}
	m := &a.d.Mentions[found]
	a.setAffiliation(c, a.tokenAfter(m.Start), a.tokenAfter(m.End))
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// orgRole reports whether a title is a role held in an organisation
// ("spokesman", "station chief", "Justice"), not an office of state
// ("President", "Ambassador"), whose holder belongs to a country.
func orgRole(title string) bool {
	t := strings.ToLower(title)
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	switch strings.TrimSuffix(t, ".") {
	case "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "chief", "commander",
		"judge", "justice", "officer", "official", "executive", "manager", "analyst", "economist", "researcher",
		"professor", "editor", "correspondent", "reporter", "lawyer", "attorney", "secretary-general", "head",
		"superintendent", "engineer", "scientist", "treasurer", "founder", "owner", "publisher":
		return true
	}
	return false
}

// roleKind returns the kind of organisation a role is held in when the
// role says it ("Judge": a court, "professor": a university), else "".
func roleKind(title string) string {
	t := strings.ToLower(title)
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	switch strings.TrimSuffix(t, ".") {
	case "judge", "justice":
		return extract.OrgCourt
	case "professor":
		return extract.OrgUniversity
	case "editor", "correspondent", "reporter", "publisher":
		return extract.OrgMedia
	case "commander":
		return extract.OrgMilitary
	}
	return ""
}

// appointVerb holds the words between a name and its new role: "was named",
// "has been appointed", "became".
var appointVerb = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "have": true, "been": true, "be": true, "will": true,
	"named": true, "appointed": true, "elected": true, "became": true, "becomes": true, "become": true,
	"remains": true, "served": true, "serves": true, "as": true,
}
