package event

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// spec is a hand-made mention: the n-th (0-based) occurrence of text, with
// its payload. equiv names the spec index an amount restates.
type spec struct {
	text  string
	n     int
	typ   string
	date  *extract.Date
	amt   *extract.Amount
	loc   *extract.Location
	pers  *extract.Person
	org   *extract.Organization
	equiv int    // spec index + 1; 0 for none
	title string // a person's title as written, for TitleSpan
}

func date(v string, rg ...string) spec {
	d := &extract.Date{TimexType: "DATE", Value: v, Anchored: true}
	if len(rg) == 2 {
		d.Range = &extract.Range{Start: rg[0], End: rg[1]}
	}
	return spec{typ: extract.TypeDate, date: d}
}

func money(v float64, cur string) spec {
	return spec{typ: extract.TypeAmount, amt: &extract.Amount{Kind: extract.KindMoney, Value: v, Currency: cur}}
}

func pct(v float64) spec {
	return spec{typ: extract.TypeAmount, amt: &extract.Amount{Kind: extract.KindPercent, Value: v}}
}

func qty(v float64, unit string) spec {
	return spec{typ: extract.TypeAmount, amt: &extract.Amount{Kind: extract.KindQuantity, Value: v, Unit: unit}}
}

func place(name, kind, cc string) spec {
	return spec{typ: extract.TypeLocation, loc: &extract.Location{Name: name, Kind: kind, Country: cc}}
}

// org is an organisation mention without a payload: its name is its text
// and its kind is guessed from its last words.
func org() spec { return spec{typ: extract.TypeOrganization} }

// orgOf is an organisation mention as the organisation extractor makes it:
// a canonical name, a kind and an entity shared by its mentions.
func orgOf(name, kind string, entity int) spec {
	return spec{typ: extract.TypeOrganization, org: &extract.Organization{Name: name, Kind: kind, Entity: entity}}
}

func person(name, title string) spec {
	typ := extract.TypePerson
	if title != "" {
		typ = extract.TypeOfficial
	}
	return spec{typ: typ, pers: &extract.Person{Name: name, Title: title}}
}

// from gives a person mention a country.
func (s spec) from(cc string) spec {
	p := *s.pers
	p.Country = cc
	s.pers = &p
	return s
}

// demonym marks a location mention as a nationality word ("Ruritanian").
func (s spec) demonym() spec {
	l := *s.loc
	l.Demonym = true
	s.loc = &l
	return s
}

func (s spec) at(text string, n int) spec { s.text, s.n = text, n; return s }
func (s spec) equivalentOf(i int) spec    { s.equiv = i + 1; return s }
func (s spec) titled(title string) spec   { s.title = title; return s }

// buildDoc makes a Doc as the pipeline would hand it to the builder.
func buildDoc(t testing.TB, text string, published string, specs ...spec) *extract.Doc {
	t.Helper()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	if published != "" {
		p, err := time.Parse(time.RFC3339, published)
		if err != nil {
			t.Fatalf("published %q: %v", published, err)
		}
		d.Published = p
	}
	idx := extract.NewRuneIndex(text)
	for _, s := range specs {
		off := 0
		for range s.n {
			off += strings.Index(text[off:], s.text) + 1
		}
		k := strings.Index(text[off:], s.text)
		if k < 0 {
			t.Fatalf("spec %q (occurrence %d) not in the text", s.text, s.n)
		}
		m := extract.Mention{Type: s.typ, Text: s.text, Start: off + k, End: off + k + len(s.text), Date: s.date, Location: s.loc, Person: s.pers, Organization: s.org, Confidence: 0.9, Rule: "test"}
		if s.typ == "" {
			t.Fatalf("spec %q has no type", s.text)
		}
		if s.amt != nil {
			a := *s.amt
			if s.equiv > 0 {
				j := s.equiv - 1
				a.EquivalentOf = &j
			}
			m.Amount = &a
		}
		if s.title != "" {
			p := *s.pers
			k := strings.Index(text, s.title)
			if k < 0 {
				t.Fatalf("title %q not in the text", s.title)
			}
			p.TitleSpan = &[2]int{k, k + len(s.title)}
			m.Person = &p
		}
		m.CStart, m.CEnd = idx.Rune(m.Start), idx.Rune(m.End)
		m.Sentence = extract.SentenceAt(d.Sentences, m.Start)
		d.Mentions = append(d.Mentions, m)
	}
	for i := 1; i < len(d.Mentions); i++ {
		if d.Mentions[i].Start < d.Mentions[i-1].Start {
			t.Fatalf("specs out of text order at %q", d.Mentions[i].Text)
		}
	}
	return d
}

// want is the part of an event a unit test checks, with mentions by text.
type want struct {
	typ, trigger, cameo string
	who                 []string // "text:role", "span=text:role" for a pronoun or description
	when                []string
	resolved            string
	where               []string
	amounts             []string
	flags               string // "negated", the modality when not asserted, "quoted", space-separated
	rule                string // checked only when set in the want
}

func describe(d *extract.Doc, e extract.Event) want {
	w := want{typ: e.Type, trigger: e.Trigger.Text, rule: e.Rule}
	if e.Cameo != nil {
		w.cameo = *e.Cameo
	}
	for _, p := range e.Participants {
		name := d.Mentions[p.Mention].Text
		if p.Span != nil {
			name = p.Span.Text + "=" + name
		}
		w.who = append(w.who, name+":"+p.Role)
	}
	var flags []string
	if e.Negated {
		flags = append(flags, "negated")
	}
	if e.Modality != extract.ModalityAsserted {
		flags = append(flags, e.Modality)
	}
	if e.Quoted {
		flags = append(flags, "quoted")
	}
	w.flags = strings.Join(flags, " ")
	texts := func(ix []int) []string {
		var out []string
		for _, i := range ix {
			out = append(out, d.Mentions[i].Text)
		}
		return out
	}
	w.when, w.where, w.amounts = texts(e.When), texts(e.Where), texts(e.Amounts)
	if e.WhenResolved != nil {
		w.resolved = e.WhenResolved.Value
	}
	return w
}

func (w want) String() string {
	return fmt.Sprintf("{%s %q cameo=%q who=%q when=%q resolved=%q where=%q amounts=%q flags=%q rule=%q}", w.typ, w.trigger, w.cameo, w.who, w.when, w.resolved, w.where, w.amounts, w.flags, w.rule)
}

// seedShapes is a story of our own in the shapes of the seed story
// (corpus/seed/cost-sharing-talks.txt).
const seedShapes = `Allies open third round of defense cost talks

South Korea and the United States began their third round of talks Wednesday on the island of Jeju to renew their deal on sharing the cost of the 28,500 American troops.
Seoul's contribution rose to about 1.1 trillion won ($980 million) this year from 170 billion won in 1993.
The current deal, signed in 2015, is set to expire on Dec. 31.
The Korean delegation is headed by Lee Sang-min, a veteran diplomat who was appointed to the post in mid-October.
"We hope to reach a fair deal soon," Lee told reporters on Thursday.
The U.S. is demanding that Seoul pay more.
Last month, the ministry ordered its ambassador to Britain to return home.`

func seedDoc(t testing.TB) *extract.Doc {
	return buildDoc(t, seedShapes, "2018-12-12T10:00:00+09:00",
		place("South Korea", "country", "KR").at("South Korea", 0),
		place("United States", "country", "US").at("United States", 0),
		date("2018-12-12").at("Wednesday", 0),
		place("Jeju", "island", "KR").at("Jeju", 0),
		qty(28500, "troops").at("28,500 American troops", 0),
		place("United States", "country", "US").at("American", 0),
		place("Seoul", "city", "KR").at("Seoul", 0),
		money(1.1e12, "KRW").at("about 1.1 trillion won", 0),
		money(980e6, "USD").at("$980 million", 0).equivalentOf(7),
		date("2018").at("this year", 0),
		money(170e9, "KRW").at("170 billion won", 0),
		date("1993").at("1993", 0),
		date("2015").at("2015", 0),
		date("2018-12-31").at("Dec. 31", 0),
		place("South Korea", "country", "KR").at("Korean", 0),
		person("Lee Sang-min", "veteran diplomat").at("Lee Sang-min", 0),
		date("2018-10", "2018-10-11", "2018-10-20").at("mid-October", 0),
		person("Lee Sang-min", "veteran diplomat").at("Lee", 1),
		date("2018-12-13").at("Thursday", 0),
		place("United States", "country", "US").at("U.S.", 0),
		place("Seoul", "city", "KR").at("Seoul", 1),
		date("2018-11").at("Last month", 0),
		place("United Kingdom", "country", "GB").at("Britain", 0),
	)
}

func TestEventsSeedShapes(t *testing.T) {
	d := seedDoc(t)
	d.Mentions[5].Location.Demonym = true
	d.Mentions[14].Location.Demonym = true
	d.Mentions[16].Date.Mod = "MID"
	evs := New().Events(d)
	var got []want
	for _, e := range evs {
		got = append(got, describe(d, e))
	}
	wants := []want{
		{typ: "negotiate", trigger: "talks", cameo: "046", who: []string{"South Korea:agent", "United States:agent"}, when: []string{"Wednesday"}, resolved: "2018-12-12", where: []string{"Jeju"}, amounts: []string{"28,500 American troops"}},
		// A figure that moves is an increase, of the one whose figure it is.
		{typ: "increase", trigger: "rose", who: []string{"Seoul:agent"}, when: []string{"this year", "1993"}, resolved: "2018", amounts: []string{"about 1.1 trillion won", "$980 million", "170 billion won"}},
		// A participle set off by commas is an event; "is set to" a future.
		{typ: "sign", trigger: "signed", cameo: "057", when: []string{"2015"}, resolved: "2015"},
		{typ: "expire", trigger: "expire", when: []string{"Dec. 31"}, resolved: "2018-12-31", flags: "future"},
		// "We" in the quote is its speaker; hoping is no fact.
		{typ: "agree", trigger: "deal", cameo: "050", who: []string{"We=Lee:agent"}, flags: "hoped quoted"},
		{typ: "state", trigger: "told", cameo: "010", who: []string{"Lee:agent"}, when: []string{"Thursday"}, resolved: "2018-12-13"},
		{typ: "demand", trigger: "demanding", cameo: "100", who: []string{"U.S.:agent"}},
		{typ: "pay", trigger: "pay", who: []string{"Seoul:agent"}},
		// Where the ambassador serves is not where the order was given.
		{typ: "demand", trigger: "ordered", cameo: "100", when: []string{"Last month"}, resolved: "2018-11"},
		// A relative clause in an apposition is parenthetical.
		{typ: "appoint", trigger: "appointed", who: []string{"Lee Sang-min:patient"}, when: []string{"mid-October"}, resolved: "2018-10"},
	}
	for _, w := range wants {
		if !slices.ContainsFunc(got, func(g want) bool { g.rule = ""; return reflect.DeepEqual(g, w) }) {
			t.Errorf("missing event %v\ngot:", w)
			for _, g := range got {
				t.Errorf("  %v", g)
			}
		}
	}
}
