package event

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// randomActorDoc builds a document of n random mentions in text order
// (people with titles, organisations among them police forces, countries,
// demonyms, cities, counts of people, dates), fifty bytes a sentence, and
// the docBuilder reset on it as the event builder does. Sometimes the text
// opens with a dateline whose place police forces are named for.
func randomActorDoc(r *rand.Rand, n int) *docBuilder {
	titles := []string{"Finance Minister", "foreign minister", "police chief", "Chief Executive", "President", "spokeswoman",
		"deputy prime minister", "ministers", "Lawyer, adviser", "", "FBI Director", "head of state-owned bank"}
	affils := []string{"", "Finance Ministry", "police", "FBI", "foreign office"}
	orgs := []string{"Puerto Rico Police", "Denver Police Department", "Boulder police", "FBI", "Food Safety Agency",
		"Finance Ministry", "the police", "Acme Corp", "Puerto Rico Police Bureau"}
	places := []struct{ name, kind, cc string }{{"Puerto Rico", "admin1", "PR"}, {"Denver", "city", "US"}, {"Boulder", "city", "US"},
		{"France", "country", "FR"}, {"Spain", "country", "ES"}, {"Texas", "admin1", "US"}, {"Europe", "continent", ""}}
	d := &extract.Doc{}
	pos := 0
	if r.IntN(2) == 0 {
		p := places[r.IntN(3)]
		d.Mentions = append(d.Mentions, extract.Mention{Type: extract.TypeLocation, Text: strings.ToUpper(p.name), Start: 0, End: len(p.name),
			Location: &extract.Location{Name: p.name, Kind: p.kind, Country: p.cc, Dateline: true}})
		pos = len(p.name) + 10
	}
	for range n {
		pos += 1 + r.IntN(30)
		m := extract.Mention{Start: pos, End: pos + 1 + r.IntN(12)}
		switch r.IntN(7) {
		case 0, 1:
			m.Type = extract.TypePerson
			if r.IntN(2) == 0 {
				m.Type = extract.TypeOfficial
			}
			m.Person = &extract.Person{Name: "P", Entity: r.IntN(5), Title: titles[r.IntN(len(titles))], Affiliation: affils[r.IntN(len(affils))],
				Country: []string{"", "", "", "FR", "US"}[r.IntN(5)]}
		case 2:
			m.Type = extract.TypeOrganization
			m.Organization = &extract.Organization{Name: orgs[r.IntN(len(orgs))], Kind: []string{"", "police", "agency", "organization"}[r.IntN(4)]}
		case 3, 4:
			p := places[r.IntN(len(places))]
			m.Type = extract.TypeLocation
			m.Location = &extract.Location{Name: p.name, Kind: p.kind, Country: p.cc, Demonym: r.IntN(4) == 0}
		case 5:
			m.Type = extract.TypeAmount
			m.Amount = &extract.Amount{Kind: extract.KindQuantity, Unit: []string{"people", "Iraqis", "tonnes", "residents"}[r.IntN(4)]}
		default:
			m.Type = extract.TypeDate
		}
		m.Text = strings.Repeat("x", m.End-m.Start)
		pos = m.End
		d.Mentions = append(d.Mentions, m)
	}
	d.Text = strings.Repeat("x", pos+60)
	for st := 0; st < len(d.Text); st += 50 {
		d.Sentences = append(d.Sentences, extract.Sentence{Start: st, End: min(st+50, len(d.Text))})
	}
	order := make([]int, len(d.Mentions))
	for i := range d.Mentions {
		d.Mentions[i].Sentence = d.Mentions[i].Start / 50
		order[i] = i
	}
	return newDocBuilder(d, New().lexicon(), d.Sentences, order)
}

// storyPoliceScan is storyPolice as it was before the dateline's places
// were listed once: a scan of every mention per call.
func (s *sentence) storyPoliceScan(mi int) bool {
	name := strings.ToLower(s.org(mi).Name)
	var dl *extract.Location
	for i := range s.doc.Mentions {
		if m := &s.doc.Mentions[i]; m.Location != nil && (i == s.dateline || isInSpan(m, s.dlStart, s.dlEnd)) &&
			strings.Contains(name, strings.ToLower(m.Location.Name)) {
			dl = m.Location
			break
		}
	}
	if dl == nil {
		return false
	}
	if dl.Kind == "country" || dl.Kind == "admin1" {
		return true
	}
	for _, k := range s.ms {
		if m := &s.doc.Mentions[k]; m.Location != nil && !m.Location.Demonym && m.Location.Kind != "country" && m.Location.Kind != "region" &&
			m.Location.Kind != "continent" && !strings.Contains(name, strings.ToLower(m.Location.Name)) {
			return false
		}
	}
	return true
}

// TestActorListsGiveTheScansAnswers: on random documents, every look-up
// over the kind lists answers what the walk over all actors answered
// before them: nearestIn with each list and the predicate resolveDescription
// pairs it with, firstStoryPolice (one binary
// search per force) against the forward scan to the end of the story, and
// hasWord with the words split once.
func TestActorListsGiveTheScansAnswers(t *testing.T) {
	r := rand.New(rand.NewPCG(20, 2))
	heads := []string{"minister", "chief", "president", "lawyer", "director", "spokeswoman", "executive", "official", "bank", "Minister"}
	found := map[string]int{} // look-ups that found a mention, so that the test is not vacuous
	for round := range 300 {
		db := randomActorDoc(r, 5+r.IntN(120))
		s := &sentence{docBuilder: db}
		l := db.lists()
		for range 40 {
			s.si = r.IntN(len(db.sents))
			s.ms = s.ms[:0]
			for i := range db.doc.Mentions {
				if db.doc.Mentions[i].Sentence == s.si {
					s.ms = append(s.ms, i)
				}
			}
			at := r.IntN(len(db.doc.Text))
			window := r.IntN(14)
			head := heads[r.IntN(len(heads))]
			generic := r.IntN(3) == 0
			titleFits := func(_ int, m *extract.Mention) bool {
				if m.Person == nil {
					return false
				}
				if generic {
					return m.Type == extract.TypeOfficial && hasWord(m.Person.Affiliation, "police") == hasWord(m.Person.Title, "chief")
				}
				return hasWord(m.Person.Title, head)
			}
			titleList := l.persons // titleFits tests the title word
			if generic {
				titleList = l.officials
			}
			cases := []struct {
				name string
				list []int
				ok   func(int, *extract.Mention) bool
			}{
				{"organisations", db.orgs, func(_ int, m *extract.Mention) bool { return isOrganization(m) }},
				{"police by name", db.orgs, func(i int, m *extract.Mention) bool { return isOrganization(m) && hasWord(s.org(i).Name, "police") }},
				{"countries", l.countryish, func(_ int, m *extract.Mention) bool { return actorKind(m) == "country" }},
				{"countries and demonyms", l.countryish, func(_ int, m *extract.Mention) bool { k := actorKind(m); return k == "country" || k == "demonym" }},
				{"groups", l.groups, func(_ int, m *extract.Mention) bool { return isOrganization(m) || s.lex.isPeopleCount(m) }},
				{"cities", l.cities, func(_ int, m *extract.Mention) bool { return actorKind(m) == "city" }},
				{"titled people", titleList, titleFits},
			}
			for _, c := range cases {
				want := s.nearest(at, window, c.ok)
				if got := s.nearestIn(c.list, at, window, c.ok); got != want {
					t.Fatalf("round %d, %s: nearestIn(at %d, window %d, sentence %d) = %d, nearest = %d", round, c.name, at, window, s.si, got, want)
				}
				if want >= 0 {
					found[c.name]++
				}
			}
			// resolveDescription's orgFits, over the organisations indexed
			// by kind and name word.
			kind := []string{"police", "agency", "ministry", "organization", "government"}[r.IntN(5)]
			orgHead := []string{"police", "policemen", "agency", "ministry", "bureau", "department", "corp"}[r.IntN(7)]
			orgFits := func(i int, m *extract.Mention) bool {
				if !isOrganization(m) {
					return false
				}
				o := s.org(i)
				if orgHead == "police" || orgHead == "policemen" {
					return hasWord(o.Name, "police")
				}
				return o.Kind == kind || o.Kind == "organization" || hasWord(o.Name, orgHead)
			}
			if got, want := s.nearestIn(db.orgs, at, window, orgFits), s.nearest(at, window, orgFits); got != want {
				t.Fatalf("round %d: nearestIn(organisations, kind %q, head %q, at %d, window %d) = %d, nearest = %d", round, kind, orgHead, at, window, got, want)
			} else if want >= 0 {
				found["organisations by kind and word"]++
			}
			fwd := -1
			for k := s.actorsBefore(at); k < len(s.actors); k++ {
				mi := s.actors[k]
				m := &db.doc.Mentions[mi]
				if m.Sentence > s.si+window {
					break
				}
				if m.Start > at && orgFits(mi, m) {
					fwd = mi
					break
				}
			}
			if got := s.firstAfter(db.orgs, at, window, orgFits); got != fwd {
				t.Fatalf("round %d: firstAfter(organisations, kind %q, head %q, at %d, window %d) = %d, the scan gives %d", round, kind, orgHead, at, window, got, fwd)
			} else if fwd >= 0 {
				found["organisations after"]++
			}
			want := -1
			for k := s.actorsBefore(at); k < len(s.actors); k++ {
				mi := s.actors[k]
				if m := &db.doc.Mentions[mi]; m.Start > at && isOrganization(m) && hasWord(s.org(mi).Name, "police") && s.storyPoliceScan(mi) {
					want = mi
					break
				}
			}
			if got := s.firstStoryPolice(at); got != want {
				t.Fatalf("round %d: firstStoryPolice(%d) in sentence %d = %d, the scan gives %d", round, at, s.si, got, want)
			}
			if want >= 0 {
				found["story police"]++
			}
		}
		for _, mi := range db.actors {
			p := db.doc.Mentions[mi].Person
			if p == nil {
				continue
			}
			want := p.Country
			for _, k := range db.actors {
				if q := db.doc.Mentions[k].Person; want == "" && q != nil && q.Entity == p.Entity && q.Name == p.Name && q.Country != "" {
					want = q.Country
				}
			}
			if got := s.personCountry(mi); got != want {
				t.Fatalf("round %d: personCountry(%d) = %q, the scan gives %q", round, mi, got, want)
			}
			if want != "" && p.Country == "" {
				found["country of another mention"]++
			}
		}
		for _, head := range heads {
			for _, mi := range db.actors {
				if p := db.doc.Mentions[mi].Person; p != nil {
					for _, str := range []string{p.Title, p.Affiliation} {
						if got, want := db.hasWord(str, head), hasWord(str, head); got != want {
							t.Fatalf("hasWord(%q, %q) = %v with cached words, %v", str, head, got, want)
						}
					}
				}
			}
		}
	}
	for _, c := range []string{"organisations", "police by name", "countries", "countries and demonyms", "groups", "cities", "titled people", "story police", "organisations by kind and word", "organisations after", "country of another mention"} {
		if found[c] < 20 {
			t.Errorf("%s: only %d look-ups found a mention; the random documents do not exercise it", c, found[c])
		}
	}
}
