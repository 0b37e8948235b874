package organization

import (
	"slices"
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// This file turns the candidates into mentions: one entity per
// organisation (an acronym and its long form, a short form and the full
// name, an anaphor and its antecedent share it), with its canonical name,
// kind and country.

// entityInfo is what the mentions of one organisation share.
type entityInfo struct {
	id                      int
	name, kind, country, ac string
}

func (a *analysis) mentions() []extract.Mention {
	cs := a.candBuf[:0]
	for _, c := range a.cands {
		if c.e > c.s {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	slices.SortStableFunc(cs, func(x, y *cand) int { return x.s - y.s })
	a.candBuf = cs

	// Entities: a candidate joins its link's entity, else the entity of
	// its canonical name or acronym, else a new one.
	if a.byKey == nil {
		a.byKey = map[string]*entityInfo{}
	}
	byKey := a.byKey
	// Entities live in entBuf, big enough for one per candidate. A link
	// to a candidate outside cs may still make it grow: an entity is only
	// ever reached through the pointer made when it was created, so the
	// pointers into the old array stay right.
	if cap(a.entBuf) < len(cs) {
		a.entBuf = make([]entityInfo, 0, len(cs))
	}
	order := a.entBuf[:0]
	defer func() { a.entBuf = order }()
	var entityOf func(c *cand) *entityInfo
	entityOf = func(c *cand) *entityInfo {
		if c.entSeen {
			return c.ent
		}
		var e *entityInfo
		if c.link != nil && c.link != c && c.link.e > c.link.s {
			c.entSeen = true // guards against link cycles (ent stays nil)
			e = entityOf(c.link)
		}
		name, key := a.canonical(c)
		if key == "" {
			key = strings.ToLower(name)
		}
		if e == nil {
			e = byKey[key]
		}
		if e == nil {
			e = byKey[a.shortForm(c)]
		}
		if e == nil && c.acronym != "" {
			e = byKey["acr:"+c.acronym]
		}
		if e == nil {
			order = append(order, entityInfo{id: len(order) + 1, name: name, kind: c.kind})
			e = &order[len(order)-1]
		}
		if !c.nominal {
			byKey[key] = e
			if short := a.shortForm(c); short != "" {
				if _, taken := byKey[short]; !taken {
					byKey[short] = e
				}
			}
		}
		if c.acronym != "" {
			byKey["acr:"+c.acronym] = e
			if e.ac == "" {
				e.ac = c.acronym
			}
		}
		if e.country == "" {
			e.country = a.countryOf(c)
		}
		c.ent, c.entSeen = e, true
		return e
	}
	for _, c := range cs {
		entityOf(c)
	}
	out := make([]extract.Mention, 0, len(cs))
	orgs := make([]extract.Organization, len(cs)) // one slab for the payloads
	for i, c := range cs {
		e := c.ent
		start, end := a.toks[c.s].start, a.toks[c.e-1].end
		o := &orgs[i]
		*o = extract.Organization{Name: e.name, Kind: e.kind, Country: e.country, Acronym: e.ac, Entity: e.id}
		if o.Kind == "" {
			o.Kind = extract.OrgOther
		}
		out = append(out, extract.Mention{Type: extract.TypeOrganization, Text: a.text[start:end],
			Start: start, End: end, Confidence: c.conf, Rule: c.rule, Organization: o})
	}
	return out
}

// canonical returns the name a candidate gives its organisation: the
// list's name, the long form an acronym stands for, else the text with
// spacing normalized and a leading "the" dropped. key is
// strings.ToLower(name) when it comes without a copy (the list's, or a
// slice of the lower-cased text), else "".
func (a *analysis) canonical(c *cand) (name, key string) {
	if c.canonical != "" {
		if c.known != nil && c.known.canonical == c.canonical {
			return c.canonical, c.known.canonicalKey
		}
		return c.canonical, ""
	}
	if c.link != nil && c.link != c && c.link.e > c.link.s {
		return a.canonical(c.link)
	}
	s := c.s
	for s < c.e-1 && a.lower(s) == "the" {
		s++
	}
	// Most names are written as canonical joins them: then the name is a
	// slice of the text, and at is its offset.
	same := c.e > s
	for k := s + 1; k < c.e && same; k++ {
		gap := a.text[a.toks[k-1].end:a.toks[k].start]
		if a.toks[k].space && !a.isPoss(k) {
			same = gap == " "
		} else {
			same = gap == ""
		}
	}
	if same {
		start, end := a.toks[s].start, a.toks[c.e-1].end
		return a.text[start:end], a.lowerSpan(start, end)
	}
	var b strings.Builder
	for k := s; k < c.e; k++ {
		if k > s && a.toks[k].space && !a.isPoss(k) {
			b.WriteByte(' ')
		}
		b.WriteString(a.word(k))
	}
	return b.String(), ""
}

// countryOf returns the country of a candidate: the list's, else that of
// the first country, demonym or unambiguous town inside the name ("Bank of
// Japan", "French Foreign Ministry", "Tulsa Police Department").
func (a *analysis) countryOf(c *cand) string {
	if c.known != nil && c.known.country != "" {
		return c.known.country
	}
	if c.country != "" {
		return c.country
	}
	if c.nominal {
		return ""
	}
	for k := c.s; k < c.e; k++ {
		if !a.nameTok(k) || a.isHead(k) {
			continue
		}
		for l := min(c.e, k+3); l > k; l-- {
			if !a.nameTok(l - 1) {
				continue
			}
			r, ok := a.place(k, l)
			if !ok {
				continue
			}
			if r.AnyCountry || r.Demonym {
				return r.Country
			}
			// A town only for a public body (a firm or a club may be
			// named for anything), when it is no common word ("Federal")
			// and big enough to be the likely reading.
			if (r.Kind == "city" || r.Kind == "admin1") && r.Pop >= 50000 && !(l == k+1 && a.g.CommonWord(a.low[k])) &&
				c.kind != "company" && c.kind != "bank" && c.kind != "sports" && c.kind != "media" {
				return r.Country
			}
		}
	}
	return ""
}

// shortForm returns the lower-cased name of a company without its
// designators and generic last words ("harlow air" for "Harlow Air Group
// Inc."), or "" when nothing is dropped.
func (a *analysis) shortForm(c *cand) string {
	if c.nominal {
		return ""
	}
	e := c.e
	for e > c.s+1 && (a.hasCap(e-1, cbSuffixDes|cbGeneric) || a.isPunct(e-1, "&")) {
		e--
	}
	if e == c.e {
		return ""
	}
	return a.lowerSpan(a.toks[c.s].start, a.toks[e-1].end)
}
