package event

import (
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// isOrganization reports whether m is an organisation mention ("the FDA",
// "Denver police", "Toyota").
func isOrganization(m *extract.Mention) bool { return m.Type == extract.TypeOrganization }

// orgInfo is what the rules read of an organisation mention.
type orgInfo struct {
	Name, Kind, Country string
	Entity              int // shared by the mentions of one organisation; -1 when unknown
}

// organization reads an organisation mention's payload. A mention without
// one gets its text as name and a kind guessed from its last words
// ("Finance Ministry": ministry).
func (lex *lexicon) organization(m *extract.Mention) orgInfo {
	o := orgInfo{Entity: -1}
	if p := m.Organization; p != nil {
		o = orgInfo{Name: p.Name, Kind: p.Kind, Country: p.Country, Entity: p.Entity}
	}
	if o.Name == "" {
		o.Name = m.Text
	}
	if o.Kind == "" {
		f := strings.Fields(strings.ToLower(o.Name))
		for i := len(f) - 1; i >= 0 && i >= len(f)-3; i-- {
			if k, ok := lex.actorNouns[strings.Trim(f[i], ".,'’")]; ok && k != "title" && k != "person" && k != "country" && k != "city" {
				o.Kind = k
				break
			}
		}
	}
	if o.Kind == "" {
		o.Kind = "organization"
	}
	return o
}

// actorKind returns the kind of actor a mention can be: "person",
// "organization", "country", "city" (cities, provinces and seats of
// government stand for their governments only next to the verb), "demonym" (an adjective of a
// country: "Turkish police"), or "" for mentions that cannot act.
func actorKind(m *extract.Mention) string {
	switch {
	case m.Person != nil:
		return "person"
	case isOrganization(m):
		return "organization"
	case m.Location != nil:
		switch m.Location.Kind {
		case "country":
			if m.Location.Demonym {
				return "demonym"
			}
			return "country"
		case "city", "admin1", "admin2":
			// "Cook County sued", "a Harlow County jury": a county
			// stands for its government or court as a city does.
			if m.Location.Demonym {
				return ""
			}
			return "city"
		case "landmark":
			// "The White House said", "the Kremlin denied": the
			// seat of a government stands for it, as a capital does.
			return "city"
		}
	}
	return ""
}

// isPeopleCount reports whether an amount mention counts people ("257
// people", "five Iraqis", "about 3,000 residents"): an unnamed group that
// can be an event's actor, most often its victims or those arrested.
func (lex *lexicon) isPeopleCount(m *extract.Mention) bool {
	a := m.Amount
	if a == nil || a.Kind != extract.KindQuantity || a.Unit == "" {
		return false
	}
	u := strings.TrimSpace(a.Unit)
	if i := strings.LastIndexByte(u, ' '); i >= 0 {
		u = u[i+1:]
	}
	if u == "" {
		return false
	}
	if u[0] >= 'A' && u[0] <= 'Z' && strings.HasSuffix(u, "s") {
		return true // "five Iraqis"
	}
	return lex.inClass(strings.ToLower(u), "people")
}

// genderOf tells a person's gender from what stands in the article: an
// honorific before the name ("Mr.", "Mrs."), a title ("spokeswoman",
// "King"), or a given name used for one sex only. 0 when unknown.
func (lex *lexicon) genderOf(text string, m *extract.Mention) byte {
	if m.Person == nil {
		return 0
	}
	before := strings.ToLower(text[max(0, m.Start-10):m.Start])
	for _, h := range []struct {
		w string
		g byte
	}{{"mr. ", 'm'}, {"mr ", 'm'}, {"sir ", 'm'}, {"lord ", 'm'}, {"king ", 'm'}, {"prince ", 'm'}, {"sheikh ", 'm'},
		{"mrs. ", 'f'}, {"mrs ", 'f'}, {"ms. ", 'f'}, {"ms ", 'f'}, {"miss ", 'f'}, {"dame ", 'f'}, {"lady ", 'f'},
		{"queen ", 'f'}, {"princess ", 'f'}, {"madam ", 'f'}} {
		if strings.HasSuffix(before, h.w) {
			return h.g
		}
	}
	t := strings.ToLower(m.Person.Title)
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "actress", "queen",
			"princess", "duchess", "empress", "countess", "baroness", "mother", "wife", "daughter", "sister",
			"grandmother", "widow", "policewoman", "sportswoman", "anchorwoman", "first-lady":
			return 'f'
		case "spokesman", "chairman", "congressman", "businessman", "councilman", "actor", "king", "prince",
			"duke", "emperor", "count", "baron", "father", "husband", "son", "brother", "grandfather",
			"widower", "policeman", "sportsman", "anchorman", "sultan", "emir", "sheikh", "pope", "cardinal":
			return 'm'
		}
	}
	if f := strings.Fields(m.Person.Name); len(f) > 1 {
		return lex.givenGender[strings.ToLower(strings.TrimSuffix(f[0], "."))]
	}
	return 0
}
