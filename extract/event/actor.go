package event

import (
	"strings"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
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
//
// ASCII text is lower-cased byte by byte as it is compared, which is what
// strings.ToLower gives for it, so that the common case allocates
// nothing; other text goes through strings.ToLower.
func (lex *lexicon) genderOf(text string, m *extract.Mention) byte {
	if m.Person == nil {
		return 0
	}
	before := text[max(0, m.Start-10):m.Start]
	if !textpkg.IsASCII(before) {
		before = strings.ToLower(before)
	}
	for _, h := range honorifics {
		if hasSuffixLowerASCII(before, h.w) {
			return h.g
		}
	}
	if t := m.Person.Title; textpkg.IsASCII(t) {
		var buf [16]byte
		for len(t) > 0 {
			n := 0
			for n < len(t) && t[n] != ' ' && t[n] != '-' {
				n++
			}
			// No title word of titleGender is longer than buf.
			if 0 < n && n <= len(buf) {
				if g := titleGender[string(lowerASCIIInto(buf[:0], t[:n]))]; g != 0 {
					return g
				}
			}
			t = t[min(n+1, len(t)):]
		}
	} else {
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '-' }) {
			if g := titleGender[w]; g != 0 {
				return g
			}
		}
	}
	if name := m.Person.Name; textpkg.IsASCII(name) {
		// strings.Fields for ASCII: the first word, if a second follows.
		i := 0
		for i < len(name) && asciiSpace(name[i]) {
			i++
		}
		j := i
		for j < len(name) && !asciiSpace(name[j]) {
			j++
		}
		k := j
		for k < len(name) && asciiSpace(name[k]) {
			k++
		}
		if j > i && k < len(name) {
			first := strings.TrimSuffix(name[i:j], ".")
			var buf [32]byte
			if len(first) <= len(buf) {
				return lex.givenGender[string(lowerASCIIInto(buf[:0], first))]
			}
			return lex.givenGender[strings.ToLower(first)]
		}
		return 0
	}
	if f := strings.Fields(m.Person.Name); len(f) > 1 {
		return lex.givenGender[strings.ToLower(strings.TrimSuffix(f[0], "."))]
	}
	return 0
}

// honorifics are the words before a name that tell its gender.
var honorifics = [...]struct {
	w string
	g byte
}{{"mr. ", 'm'}, {"mr ", 'm'}, {"sir ", 'm'}, {"lord ", 'm'}, {"king ", 'm'}, {"prince ", 'm'}, {"sheikh ", 'm'},
	{"mrs. ", 'f'}, {"mrs ", 'f'}, {"ms. ", 'f'}, {"ms ", 'f'}, {"miss ", 'f'}, {"dame ", 'f'}, {"lady ", 'f'},
	{"queen ", 'f'}, {"princess ", 'f'}, {"madam ", 'f'}}

// titleGender maps the words of a title that tell a gender to it. Read
// only. ("first-lady" never matches a word split at hyphens; it stays as
// the rule had it.)
var titleGender = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range strings.Fields(`spokeswoman chairwoman congresswoman businesswoman councilwoman actress queen
		princess duchess empress countess baroness mother wife daughter sister grandmother widow policewoman
		sportswoman anchorwoman first-lady`) {
		m[w] = 'f'
	}
	for _, w := range strings.Fields(`spokesman chairman congressman businessman councilman actor king prince
		duke emperor count baron father husband son brother grandfather widower policeman sportsman anchorman
		sultan emir sheikh pope cardinal`) {
		m[w] = 'm'
	}
	return m
}()

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// hasSuffixLowerASCII reports whether s, its ASCII letters lower-cased,
// ends with suf.
func hasSuffixLowerASCII(s, suf string) bool {
	return len(s) >= len(suf) && equalLowerASCII(s[len(s)-len(suf):], suf)
}

// lowerASCIIInto appends s with its ASCII letters lower-cased to b.
func lowerASCIIInto(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
