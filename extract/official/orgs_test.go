package official

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// withOrgs builds a Doc whose earlier mentions are organisations at the
// given texts (the organisation extractor's output, written by hand here).
// An entry "text|kind" gives the kind (else company), "text|kind|name" also
// the canonical name (an anaphor's antecedent).
func withOrgs(text string, orgs ...string) *extract.Doc {
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	for i, o := range orgs {
		f := strings.Split(o, "|")
		o, kind, name := f[0], extract.OrgCompany, f[0]
		if len(f) > 1 {
			kind = f[1]
		}
		if len(f) > 2 {
			name = f[2]
		}
		k := strings.Index(text, o)
		d.Mentions = append(d.Mentions, extract.Mention{Type: extract.TypeOrganization, Start: k, End: k + len(o), Text: o,
			Organization: &extract.Organization{Name: name, Kind: kind, Entity: i + 1}})
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return d
}

// TestOrganisationHook: no person overlaps an organisation mention, and an
// affiliation that names one links to it.
func TestOrganisationHook(t *testing.T) {
	cases := []struct {
		name, text string
		orgs       []string
		person     string
		affil      string // organisation text the affiliation must link to, "" for none
		affilText  string // the affiliation string, when the case checks it
		title      string // the title, when the case checks it
		notPerson  []string
	}{
		{
			name: "firm_named_for_people_is_no_person", text: "Shares of Morgan Stanley rose, said analyst Tom Brandt.",
			orgs: []string{"Morgan Stanley"}, person: "Tom Brandt", notPerson: []string{"Morgan Stanley"},
		},
		{
			name: "appositive_links", text: "Laura Whitfield, spokeswoman for the Kestrel Widget Agency, said on Monday that talks would go on.",
			orgs: []string{"Kestrel Widget Agency"}, person: "Laura Whitfield", affil: "Kestrel Widget Agency",
		},
		{
			name: "role_and_words_before_mention", text: "Nora Quill, attorney for the Peruvian zinc company Andeco S.A., declined to comment.",
			orgs: []string{"Andeco S.A."}, person: "Nora Quill", affil: "Andeco S.A.",
		},
		{
			name: "mention_possessive", text: "The agency's director Mark Feeney resigned.",
			orgs: []string{"agency"}, person: "Mark Feeney", affil: "agency",
		},
		{
			name: "sole_org_for_role", text: "Station chief Dale Harmon said the Coast Guard cutter had sailed.",
			orgs: []string{"Coast Guard"}, person: "Dale Harmon", affil: "Coast Guard",
		},
		{
			name: "who_owned_names_the_object", text: "Carver, 68, who owned the failed Lakeside Thrift Bank, filed for bankruptcy.",
			orgs: []string{"Lakeside Thrift Bank|bank"}, person: "Carver", affil: "Lakeside Thrift Bank",
		},
		{
			name: "who_researched_for", text: "Noa Peretz, who has researched the missile for the Haifa Institute for Security Studies, disagreed.",
			orgs: []string{"Haifa Institute for Security Studies|other"}, person: "Noa Peretz", affil: "Haifa Institute for Security Studies",
		},
		{
			name: "who_follows_for_described_firm", text: "Prices slipped, said Ken Albright, who follows grain prices for the brokerage firm Meridian Futures Inc.",
			orgs: []string{"Meridian Futures Inc."}, person: "Ken Albright", affil: "Meridian Futures Inc.",
		},
		{
			name: "founded_in_year_by", text: "The Harbor Chamber Ensemble was founded in 1982 by Miriam Okafor, who still conducts it.",
			orgs: []string{"Harbor Chamber Ensemble|other"}, person: "Miriam Okafor", affil: "Harbor Chamber Ensemble",
		},
		{
			name: "role_kind_picks_one_of_several", text: "Judge Alma Reyes read the ruling for the 9th Circuit Court panel after Nordane Foods Inc. appealed.",
			orgs: []string{"Circuit Court|court", "Nordane Foods Inc."}, person: "Alma Reyes", affil: "Circuit Court",
		},
		{
			name: "role_kind_two_of_the_kind_leave_it_open", text: "Judge Alma Reyes said the Circuit Court and the Supreme Court disagreed after Nordane Foods Inc. appealed.",
			orgs: []string{"Circuit Court|court", "Supreme Court|court", "Nordane Foods Inc."}, person: "Alma Reyes",
		},
		{
			name: "who_will_become_the_anaphor_s_role", text: "Tom Reese takes over from Paul Vance, who has become the newspaper's chairman.",
			orgs: []string{"newspaper|media|Harbor Gazette"}, person: "Paul Vance", affil: "newspaper", affilText: "Harbor Gazette",
		},
		{
			name: "anaphor_before_role", text: "Lakeside Thrift will close two branches, said Dana Cole, a company official.",
			orgs: []string{"Lakeside Thrift", "company|company|Lakeside Thrift"}, person: "Dana Cole", affil: "company", affilText: "Lakeside Thrift",
		},
		{
			name: "possessive_with_adjectives", text: "Luis Ortega's embattled Transport Workers Union called a strike.",
			orgs: []string{"Transport Workers Union|other"}, person: "Luis Ortega", affil: "Transport Workers Union",
		},
		{
			name: "department_after_parent_possessive", text: "The Trade Ministry's Export Department Director Anan Wongsa met them.",
			orgs: []string{"Trade Ministry's Export Department|ministry"}, person: "Anan Wongsa", affil: "Trade Ministry's Export Department", affilText: "Trade Ministry's Export Department",
		},
		{
			name: "organisation_before_title_stays", text: "Supplies are short, said Rita Moss, Red Crescent operations director for Kalmar and Orsa districts.",
			orgs: []string{"Red Crescent|ngo"}, person: "Rita Moss", affil: "Red Crescent",
		},
		{
			name: "title_stops_at_an_organisation_s_name", text: "He met Northern Fleet Commander Ivan Dorosh on Monday.",
			orgs: []string{"Northern Fleet|military"}, person: "Ivan Dorosh", affil: "Northern Fleet", title: "Commander",
		},
		{
			name: "one_word_organisation_stays_a_portfolio", text: "Labor minister Fatima Banez has revived a proposal.",
			orgs: []string{"Labor|ministry"}, person: "Fatima Banez", title: "Labor minister",
		},
		{
			name: "no_sole_org_for_office_of_state", text: "President Bill Morton said the Coast Guard cutter had sailed.",
			orgs: []string{"Coast Guard"}, person: "Bill Morton",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := withOrgs(tc.text, tc.orgs...)
			ms := testExtractor().Extract(d)
			for _, m := range ms {
				for _, o := range d.Mentions {
					if m.Start < o.End && o.Start < m.End {
						t.Errorf("person %q overlaps organisation %q", m.Text, o.Text)
					}
				}
			}
			var p *extract.Mention
			for i := range ms {
				if ms[i].Text == tc.person {
					p = &ms[i]
				}
				for _, n := range tc.notPerson {
					if ms[i].Text == n {
						t.Errorf("%q is a person, want none", n)
					}
				}
			}
			if p == nil {
				t.Fatalf("no person %q in %q", tc.person, tc.text)
			}
			if tc.title != "" && p.Person.Title != tc.title {
				t.Errorf("%q: title %q, want %q", tc.person, p.Person.Title, tc.title)
			}
			if tc.affilText != "" && p.Person.Affiliation != tc.affilText {
				t.Errorf("%q: affiliation %q, want %q", tc.person, p.Person.Affiliation, tc.affilText)
			}
			got := p.Person.AffiliationMention
			switch {
			case tc.affil == "" && got != nil:
				t.Errorf("%q: affiliation mention %d (%q), want none", tc.person, *got, d.Mentions[*got].Text)
			case tc.affil != "" && got == nil:
				t.Errorf("%q: no affiliation mention (affiliation %q), want %q", tc.person, p.Person.Affiliation, tc.affil)
			case tc.affil != "" && d.Mentions[*got].Text != tc.affil:
				t.Errorf("%q: affiliation mention %q, want %q", tc.person, d.Mentions[*got].Text, tc.affil)
			}
		})
	}
}

// TestScratchReuseWithMentions runs one extractor over documents with
// organisation and location mentions and without, in turn, so that each
// reuses the orgAt and locs of another, and checks every output against
// an analysis with new buffers; and isName, which markLines fills with
// organisations marked, against nameTok.
func TestScratchReuseWithMentions(t *testing.T) {
	ex := New()
	lx := ex.lexicon()
	withPlace := func(d *extract.Doc, place string) *extract.Doc {
		k := strings.Index(d.Text, place)
		d.Mentions = append(d.Mentions, extract.Mention{Type: extract.TypeLocation, Start: k, End: k + len(place), Text: place, Location: &extract.Location{Name: place}})
		sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
		return d
	}
	docs := []*extract.Doc{
		withOrgs("Laura Whitfield, spokeswoman for the Kestrel Widget Agency, said on Monday that talks would go on.", "Kestrel Widget Agency"),
		{Text: "Nora Quill, attorney for the Peruvian zinc company Andeco S.A., declined to comment."},
		withPlace(withOrgs("The agency's director Mark Feeney said in Chicago that Shares of Morgan Stanley rose.", "agency", "Morgan Stanley"), "Chicago"),
		withPlace(&extract.Doc{Text: "Chicago White Sox manager Ozzie Guillen said Tom Brandt of Chicago would play."}, "Chicago"),
		// A place left from the document before would make this name one.
		withPlace(&extract.Doc{Text: "Zorvak Quill said on Monday in Denver that talks would go on."}, "Denver"),
		{Text: "SHEARER NAMED CAPTAIN\nAlan Shearer will lead England, coach Glenn Hoddle said."},
	}
	for round := 0; round < 3; round++ {
		for i, d := range docs {
			got := ex.Extract(d)
			a := newAnalysis(lx, d, nil)
			for k := range a.toks {
				if a.isName[k] != a.nameTok(k) {
					t.Fatalf("document %d: isName says %v of token %d %q, nameTok %v", i, a.isName[k], k, a.word(k), !a.isName[k])
				}
			}
			a.findNames()
			a.resolve()
			if want := a.mentions(); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d document %d: reused buffers give %+v, new buffers %+v", round, i, got, want)
			}
		}
	}
}
