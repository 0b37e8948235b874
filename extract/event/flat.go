package event

import "github.com/eventwire/eventwire/extract"

// flatten fills an event's self-contained fields: the CAMEO root and quad
// class, the first agent as actor1 and the first patient or counterpart as
// actor2, and the place as action_geo (the first place of the event, else
// the dateline's).
func (db *docBuilder) flatten(e *extract.Event) {
	e.CameoRoot, e.QuadClass = nil, 0
	if e.Cameo != nil && len(*e.Cameo) >= 2 {
		db.codes = append(db.codes, (*e.Cameo)[:2])
		e.CameoRoot = &db.codes[len(db.codes)-1]
		e.QuadClass = quadClass(*e.CameoRoot)
	}
	e.Actor1, e.Actor2 = nil, nil
	for _, p := range e.Participants {
		switch {
		case p.Role == roleAgent && e.Actor1 == nil:
			e.Actor1 = db.actor(p.Mention)
		case p.Role != roleAgent && e.Actor2 == nil:
			e.Actor2 = db.actor(p.Mention)
		}
	}
	e.ActionGeo = nil
	src := "sentence"
	mi := -1
	if len(e.Where) > 0 {
		mi = e.Where[0]
	} else if db.dateline >= 0 {
		mi, src = db.dateline, "dateline"
	}
	if mi >= 0 {
		if l := db.doc.Mentions[mi].Location; l != nil {
			db.geoSlab = append(db.geoSlab, extract.Geo{Name: l.Name, Country: l.Country, Lat: l.Lat, Lon: l.Lon, Mention: mi, Source: src})
			e.ActionGeo = &db.geoSlab[len(db.geoSlab)-1]
		}
	}
}

// flatCounts returns how many CAMEO roots, actors and places flatten
// gives the events of db.out, so that its slabs are made to size.
func (db *docBuilder) flatCounts() (codes, actors, geos int) {
	for i := range db.out {
		e := &db.out[i]
		if e.Cameo != nil && len(*e.Cameo) >= 2 {
			codes++
		}
		a1, a2 := false, false
		for _, p := range e.Participants {
			if p.Role == roleAgent {
				a1 = true
			} else {
				a2 = true
			}
		}
		if a1 {
			actors++
		}
		if a2 {
			actors++
		}
		mi := db.dateline
		if len(e.Where) > 0 {
			mi = e.Where[0]
		}
		if mi >= 0 && db.doc.Mentions[mi].Location != nil {
			geos++
		}
	}
	return codes, actors, geos
}

// quadClass maps a CAMEO root to its quad class: 01-05 verbal
// cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
// material conflict.
func quadClass(root string) int {
	switch {
	case root >= "01" && root <= "05":
		return 1
	case root >= "06" && root <= "08":
		return 2
	case root >= "09" && root <= "13":
		return 3
	case root >= "14" && root <= "20":
		return 4
	}
	return 0
}

// actor returns the flat form of the actor that mention mi names.
func (db *docBuilder) actor(mi int) *extract.Actor {
	m := &db.doc.Mentions[mi]
	db.actorSlab = append(db.actorSlab, extract.Actor{Name: m.Text, Mention: mi})
	a := &db.actorSlab[len(db.actorSlab)-1]
	switch {
	case m.Person != nil:
		a.Kind, a.Name, a.Country = "person", m.Person.Name, m.Person.Country
	case isOrganization(m):
		o := db.org(mi)
		a.Kind, a.Name, a.Country = o.Kind, o.Name, o.Country
	case m.Location != nil:
		a.Kind, a.Name, a.Country = m.Location.Kind, m.Location.Name, m.Location.Country
	case m.Amount != nil:
		a.Kind = "people" // "257 people": an unnamed group
	}
	if a.Name == "" {
		a.Name = m.Text
	}
	return a
}
