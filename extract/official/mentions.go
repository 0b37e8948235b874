package official

import "github.com/eventwire/eventwire/extract"

// mentions builds the output.
func (a *analysis) mentions() []extract.Mention {
	var out []extract.Mention
	// One slab each for the people, title spans and affiliation indexes
	// the mentions point to, not an allocation per mention.
	var people []extract.Person
	var spans [][2]int
	var affils []int
	n := 0
	for _, c := range a.cands {
		e := c.entity
		if e == nil || a.overlapsOrg(c.start, c.end) {
			continue
		}
		if out == nil {
			for _, c := range a.cands {
				if c.entity != nil {
					n++ // at most n mentions
				}
			}
			out = make([]extract.Mention, 0, n)
			people = make([]extract.Person, 0, n)
		}
		people = append(people, extract.Person{Name: e.name, Entity: e.id})
		p := &people[len(people)-1]
		tc := c
		if !c.hasTitle {
			tc = e.titled
		}
		if tc != nil {
			p.Title = tc.title
			if spans == nil {
				spans = make([][2]int, 0, n)
			}
			spans = append(spans, tc.titleSpan)
			p.TitleSpan = &spans[len(spans)-1]
		}
		ac := e.affil
		if ac != nil {
			p.Affiliation, p.Country = ac.affil, ac.country
			if ac.affilMention != nil {
				if affils == nil {
					affils = make([]int, 0, n)
				}
				affils = append(affils, *ac.affilMention)
				p.AffiliationMention = &affils[len(affils)-1]
			}
		}
		typ := extract.TypePerson
		if e.titled != nil {
			typ = extract.TypeOfficial
		}
		conf := 0.9
		switch {
		case c.rule == "person/coref":
			conf = 0.8
		case c.evidence < evStrong:
			conf = 0.7
		}
		out = append(out, extract.Mention{
			Type: typ, Text: a.text[c.start:c.end], Start: c.start, End: c.end,
			Confidence: conf, Rule: c.rule, Person: p,
		})
	}
	return out
}
