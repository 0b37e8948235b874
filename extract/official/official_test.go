package official

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// run extracts from text through a pipeline holding only this extractor,
// with optional location mentions found "earlier".
func run(t *testing.T, text string, locs ...extract.Mention) []extract.Mention {
	t.Helper()
	var ex extract.Extractor = testExtractor()
	if len(locs) > 0 {
		ex = fixedThenOfficial{locs: locs, e: testExtractor()}
	}
	p := extract.NewPipeline(nil, ex)
	return p.Run(text, timeZero).Mentions
}

// fixedThenOfficial stands in for the location extractor: it hands the
// official extractor a Doc whose Mentions hold hand-made locations.
type fixedThenOfficial struct {
	locs []extract.Mention
	e    *Extractor
}

func (f fixedThenOfficial) Name() string { return "official" }

func (f fixedThenOfficial) Extract(d *extract.Doc) []extract.Mention {
	dd := *d
	dd.Mentions = append(append([]extract.Mention(nil), d.Mentions...), f.locs...)
	return f.e.Extract(&dd)
}

func find(ms []extract.Mention, text string) *extract.Mention {
	for i := range ms {
		if ms[i].Text == text && ms[i].Person != nil {
			return &ms[i]
		}
	}
	return nil
}

func TestPeople(t *testing.T) {
	type want struct {
		text, typ, name, title, affil, country string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"prenominal title with portfolio", "Foreign Minister Kang Kyung-wha spoke on Monday.",
			[]want{{"Kang Kyung-wha", "official", "Kang Kyung-wha", "Foreign Minister", "", ""}}},
		{"country before title", "U.S. President Donald Trump arrived in Seoul.",
			[]want{{"Donald Trump", "official", "Donald Trump", "President", "United States", "US"}}},
		{"lower-case title", "He thanked senior adviser Welton for the visit.",
			[]want{{"Welton", "official", "Welton", "senior adviser", "", ""}}},
		{"appositive with possessive country", "\"We will try,\" Lee Do-hoon, South Korea's chief negotiator, said.",
			[]want{{"Lee Do-hoon", "official", "Lee Do-hoon", "chief negotiator", "South Korea", "KR"}}},
		{"appositive with portfolio and organisation",
			"Her counterpart is Donna Welton, deputy assistant secretary for research, training and logistics at the US State Department.",
			[]want{{"Donna Welton", "official", "Donna Welton", "deputy assistant secretary for research, training and logistics", "US State Department", "US"}}},
		{"copular before name", "Their US counterpart is Donna Welton.",
			[]want{{"Donna Welton", "official", "Donna Welton", "counterpart", "United States", "US"}}},
		{"said X, the", "The deal is close, said Maria Lopez, the spokeswoman of the Central Bank of Chile.",
			[]want{{"Maria Lopez", "official", "Maria Lopez", "spokeswoman", "Central Bank of Chile", "CL"}}},
		{"honorific outside span", "Mr. Kim met Ms. Jane Doe.",
			[]want{{"Jane Doe", "person", "Jane Doe", "", "", ""}}},
		{"military rank abbreviation", "Gen. Mark Ellison retired.",
			[]want{{"Mark Ellison", "official", "Mark Ellison", "Gen.", "", ""}}},
		{"initials", "Miriam O. Hale wrote the opinion.",
			[]want{{"Miriam O. Hale", "person", "Miriam O. Hale", "", "", ""}}},
		{"particles", "The report was written by Ludwig van der Berg and Omar bin Laden.",
			[]want{{"Ludwig van der Berg", "person", "Ludwig van der Berg", "", "", ""}}},
		{"pinyin given name", "Chinese President Xi Jinping met the delegation.",
			[]want{{"Xi Jinping", "official", "Xi Jinping", "President", "China", "CN"}}},
		{"organisation before title", "Federal Aviation Administration spokesman Paul Hartley said the plane was safe.",
			[]want{{"Paul Hartley", "official", "Paul Hartley", "spokesman", "Federal Aviation Administration", ""}}},
		{"led by", "South Korea's delegation is led by Lee Do-hoon.",
			[]want{{"Lee Do-hoon", "person", "Lee Do-hoon", "", "South Korea", "KR"}}},
		{"relative clause role", "The team is led by Lee Do-hoon, a veteran diplomat who took the post in November.",
			[]want{{"Lee Do-hoon", "official", "Lee Do-hoon", "veteran diplomat", "", ""}}},
		{"organisation after name", "Wen Daoming at the Institute of Marine Botany found the cause.",
			[]want{{"Wen Daoming", "person", "Wen Daoming", "", "Institute of Marine Botany", ""}}},
		{"multiword title with of", "U.S. Secretary of State Karen Whitfield said the sanctions would remain.",
			[]want{{"Karen Whitfield", "official", "Karen Whitfield", "Secretary of State", "United States", "US"}}},
		{"demonym before leader", "North Korean leader Kim Jong-un met President Moon Jae-in.",
			[]want{{"Kim Jong-un", "official", "Kim Jong-un", "leader", "North Korea", "KP"}, {"Moon Jae-in", "official", "Moon Jae-in", "President", "", ""}}},
		{"organisation before lower-case title", "White House press secretary Laura Benning told reporters.",
			[]want{{"Laura Benning", "official", "Laura Benning", "press secretary", "White House", ""}}},
		{"lone surname with appositive", "Mattis, a retired Marine general, arrived in Seoul.",
			[]want{{"Mattis", "official", "Mattis", "retired Marine general", "", ""}}},
		{"comma before name", "He met his Chinese counterpart, Wang Yi, on Friday.",
			[]want{{"Wang Yi", "official", "Wang Yi", "counterpart", "China", "CN"}}},
		{"bracketed acronym", "Kemal Ayhan, deputy leader of the HP (Harvest Party) group, spoke.",
			[]want{{"Kemal Ayhan", "official", "Kemal Ayhan", "deputy leader", "HP (Harvest Party)", ""}}},
		{"headed by", "A study by the Coastal Research Foundation headed by Lena Marsh found it costly.",
			[]want{{"Lena Marsh", "person", "Lena Marsh", "", "Coastal Research Foundation", ""}}},
		{"who heads", "Paola Ferrand, who heads the Castello Institute in Turin, said it was dry.",
			[]want{{"Paola Ferrand", "person", "Paola Ferrand", "", "Castello Institute", ""}}},
		{"coordinated names share the organisation", "Nora K. Vance and Emil T. Rook of Eastbrook University wrote it.",
			[]want{{"Nora K. Vance", "person", "Nora K. Vance", "", "Eastbrook University", ""}, {"Emil T. Rook", "person", "Emil T. Rook", "", "Eastbrook University", ""}}},
		{"national agency at home", "SEOUL, March 4 (Yonhap) -- Foreign Minister Chung Eui-yong left for Washington.",
			[]want{{"Chung Eui-yong", "official", "Chung Eui-yong", "Foreign Minister", "South Korea", "KR"}}},
		{"international agency gives no country", "WASHINGTON (AP) — President Volodymyr Zelensky called on Friday.",
			[]want{{"Volodymyr Zelensky", "official", "Volodymyr Zelensky", "President", "", ""}}},
		{"leading part of a long name", "Chief Executive Carrie Lam Cheng Yuet-ngor spoke. Carrie Lam later left.",
			[]want{{"Carrie Lam", "official", "Carrie Lam Cheng Yuet-ngor", "Chief Executive", "", ""}}},
		{"possessive counterpart", "Lee Do-hoon leads the Korean side. Lee's counterpart is Donna Welton.",
			[]want{{"Lee", "person", "Lee Do-hoon", "", "", ""}, {"Donna Welton", "official", "Donna Welton", "counterpart", "", ""}}},
		{"legislator party tag", "Sen. Alan Brooks, D-Ohio, chairman of the Senate Commerce Committee, agreed.",
			[]want{{"Alan Brooks", "official", "Alan Brooks", "chairman", "Senate Commerce Committee", ""}}},
		{"title and organisation before the name, after an article", "A Stanford University economics professor, Greer argued the case before the panel.",
			[]want{{"Greer", "official", "Greer", "economics professor", "Stanford University", ""}}},
		{"role in brackets", "Voters did not back Ferrandi ( leader of the Popular Renewal Party ) in the end.",
			[]want{{"Ferrandi", "official", "Ferrandi", "leader", "Popular Renewal Party", ""}}},
		{"copula past a description", "Halvorsen, the youngest of the crew, is chief correspondent for the Baltic Wire Service.",
			[]want{{"Halvorsen", "official", "Halvorsen", "chief correspondent", "Baltic Wire Service", ""}}},
		{"alias joins the entity", "Police detained the head of the Northern Liberation Front, Ahmed Salim Rashid, also known as Abu Karim, on Sunday.",
			[]want{{"Abu Karim", "official", "Ahmed Salim Rashid", "head", "Northern Liberation Front", ""}}},
		{"field word between place and title", "The prices held, said Ohio State chemistry Professor Dana Whitlock.",
			[]want{{"Dana Whitlock", "official", "Dana Whitlock", "chemistry Professor", "Ohio State", ""}}},
		{"capitals before a portfolio are no organisation", "Ilze Berzina ( minister of state for Rural and Mountain affairs ) spoke on Monday.",
			[]want{{"Ilze Berzina", "official", "Ilze Berzina", "minister", "", ""}}},
		{"known surname with a verb of working", "Harrington taught at Kestrel University for a decade.",
			[]want{{"Harrington", "person", "Harrington", "", "Kestrel University", ""}}},
		{"verb of working, organisation further on", "Actress Joan Pruitt will teach voice for three weeks starting Monday at Redfield College.",
			[]want{{"Joan Pruitt", "official", "Joan Pruitt", "Actress", "Redfield College", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := run(t, tc.text)
			for _, w := range tc.want {
				m := find(ms, w.text)
				if m == nil {
					t.Fatalf("text %q: no person mention %q; got %s", tc.text, w.text, describe(ms))
				}
				p := m.Person
				got := want{m.Text, m.Type, p.Name, p.Title, p.Affiliation, p.Country}
				if got != w {
					t.Errorf("text %q:\n got  %+v\n want %+v", tc.text, got, w)
				}
				if p.TitleSpan != nil && tc.text[p.TitleSpan[0]:p.TitleSpan[1]] != p.Title {
					t.Errorf("text %q: title span %v holds %q, want %q", tc.text, *p.TitleSpan, tc.text[p.TitleSpan[0]:p.TitleSpan[1]], p.Title)
				}
			}
		})
	}
}

func TestNotPeople(t *testing.T) {
	tests := []struct {
		name, text string
		bad        []string
	}{
		{"places and agency", "The talks started on Jeju Island on Wednesday, Yonhap reported.", []string{"Jeju", "Jeju Island", "Wednesday", "Yonhap"}},
		{"sentence-initial phrase", "First of all, I would like to welcome you.", []string{"First"}},
		{"city with prefix", "New York Mayor Eric Adams spoke in San Diego.", []string{"New York", "San Diego"}},
		{"organisation", "The National Assembly and the Bank of Korea disagreed.", []string{"National Assembly", "Bank"}},
		{"months", "In March and May the Ministry of Finance met.", []string{"March", "May"}},
		{"country", "South Korea and the United States signed it.", []string{"South Korea", "United States", "Korea"}},
		{"adjectival place", "A Hong Kong-based group bought it.", []string{"Hong Kong-based", "Hong"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := run(t, tc.text)
			for _, b := range tc.bad {
				if m := find(ms, b); m != nil {
					t.Errorf("text %q: %q taken as a person (%s)", tc.text, b, m.Rule)
				}
			}
		})
	}
}

func TestLocationMentionsVetoNames(t *testing.T) {
	text := "Victoria Falls drew tourists."
	loc := extract.Mention{Type: extract.TypeLocation, Start: 0, End: len("Victoria Falls"),
		Location: &extract.Location{Name: "Victoria Falls", Kind: "city", Country: "ZW"}}
	ms := run(t, text, loc)
	if m := find(ms, "Victoria Falls"); m != nil {
		t.Errorf("text %q: place %q taken as a person", text, m.Text)
	}
	// Without the location mention the same words read as a name.
	if m := find(run(t, text), "Victoria Falls"); m == nil {
		t.Logf("text %q: not a person even without a location mention", text)
	}
}

func TestTeamsNamedAfterPlaces(t *testing.T) {
	text := "The Chicago White Sox beat the Cleveland Indians."
	loc := func(name string) extract.Mention {
		i := strings.Index(text, name)
		return extract.Mention{Type: extract.TypeLocation, Start: i, End: i + len(name),
			Location: &extract.Location{Name: name, Kind: "city", Country: "US"}}
	}
	ms := run(t, text, loc("Chicago"), loc("Cleveland"))
	for _, bad := range []string{"Chicago White Sox", "White Sox", "Cleveland Indians", "Indians"} {
		if m := find(ms, bad); m != nil {
			t.Errorf("text %q: team %q taken as a person (%s)", text, bad, m.Rule)
		}
	}
}

func TestLocationMentionsGiveCountry(t *testing.T) {
	text := "Ruritanian envoy Anna Berg arrived."
	loc := extract.Mention{Type: extract.TypeLocation, Start: 0, End: len("Ruritanian"),
		Location: &extract.Location{Name: "Ruritania", Kind: "country", Country: "RU", Demonym: true}}
	ms := run(t, text, loc)
	m := find(ms, "Anna Berg")
	if m == nil {
		t.Fatalf("text %q: no mention of Anna Berg; got %s", text, describe(ms))
	}
	if m.Person.Country != "RU" {
		t.Errorf("text %q: country %q, want RU from the location mention", text, m.Person.Country)
	}
}

func TestListsAndHeadlines(t *testing.T) {
	text := "SHEARER TO LEAD ENGLAND\nThe squad: Alan Shearer, Teddy Sheringham, Gareth Southgate, Ugo Ehiogu, Stuart Pearce.\nShearer will captain the side, said coach Glenn Hoddle. Glenn is pleased."
	ms := run(t, text)
	for _, w := range []struct{ text, name string }{
		{"SHEARER", "Alan Shearer"}, {"Ugo Ehiogu", "Ugo Ehiogu"}, {"Stuart Pearce", "Stuart Pearce"}, {"Glenn", "Glenn Hoddle"},
	} {
		m := find(ms, w.text)
		if m == nil {
			t.Errorf("text %q: no person %q; got %s", text, w.text, describe(ms))
			continue
		}
		if m.Person.Name != w.name {
			t.Errorf("text %q: %q has name %q, want %q", text, w.text, m.Person.Name, w.name)
		}
	}
	if m := find(ms, "ENGLAND"); m != nil {
		t.Errorf("text %q: ENGLAND taken as a person", text)
	}
}

func TestCoreference(t *testing.T) {
	text := "Senior adviser Welton arrived first. Lee Do-hoon, South Korea's chief negotiator, met Donna Welton, " +
		"deputy assistant secretary at the US State Department. Lee said the talks went well. Welton agreed. " +
		"LEE HAILS TALKS."
	ms := run(t, text)
	ids := map[string]int{}
	for _, m := range ms {
		if m.Person == nil {
			continue
		}
		want := map[string]string{"Welton": "Donna Welton", "Donna Welton": "Donna Welton", "Lee": "Lee Do-hoon", "Lee Do-hoon": "Lee Do-hoon"}[m.Text]
		if want == "" {
			continue
		}
		if m.Person.Name != want {
			t.Errorf("mention %q at %d: name %q, want %q", m.Text, m.Start, m.Person.Name, want)
		}
		if id, ok := ids[want]; ok && id != m.Person.Entity {
			t.Errorf("mention %q at %d: entity %d, want %d", m.Text, m.Start, m.Person.Entity, id)
		}
		ids[want] = m.Person.Entity
	}
	if ids["Donna Welton"] == ids["Lee Do-hoon"] || len(ids) != 2 {
		t.Errorf("entities %v, want two distinct", ids)
	}
	if n := strings.Count(describe(ms), "Lee"); n < 2 {
		t.Errorf("want the later \"Lee\" linked; got %s", describe(ms))
	}
}

func describe(ms []extract.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		if m.Person == nil {
			continue
		}
		b.WriteString(m.Text + "(" + m.Type + " " + m.Rule + ") ")
	}
	return b.String()
}

func TestConcurrentUse(t *testing.T) {
	ex := New()
	texts := []string{
		"Foreign Minister Kang Kyung-wha met Donna Welton, deputy assistant secretary at the US State Department.",
		"Lee Do-hoon, South Korea's chief negotiator, said. Lee added more.",
	}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = len(ex.Extract(&extract.Doc{Text: s, Sentences: extract.Sentences(s)}))
	}
	done := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			s := texts[g%len(texts)]
			got := len(ex.Extract(&extract.Doc{Text: s, Sentences: extract.Sentences(s)}))
			if got != want[g%len(texts)] {
				done <- s
				return
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 8; g++ {
		if s := <-done; s != "" {
			t.Errorf("text %q: concurrent run gave a different number of mentions", s)
		}
	}
}
