package official

import "github.com/eventwire/eventwire/extract"

// mentions builds the output.
func (a *analysis) mentions() []extract.Mention {
	var out []extract.Mention
	for _, c := range a.cands {
		e := c.entity
		if e == nil || a.overlapsOrg(c.start, c.end) {
			continue
		}
		p := &extract.Person{Name: e.name, Entity: e.id}
		tc := c
		if !c.hasTitle {
			tc = e.titled
		}
		if tc != nil {
			p.Title = tc.title
			ts := tc.titleSpan
			p.TitleSpan = &ts
		}
		ac := e.affil
		if ac != nil {
			p.Affiliation, p.Country = ac.affil, ac.country
			if ac.affilMention != nil {
				i := *ac.affilMention
				p.AffiliationMention = &i
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
