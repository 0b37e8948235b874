package official

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// withOrgs builds a Doc whose earlier mentions are organisations at the
// given texts (the organisation extractor's output, written by hand here).
func withOrgs(text string, orgs ...string) *extract.Doc {
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	for i, o := range orgs {
		k := strings.Index(text, o)
		d.Mentions = append(d.Mentions, extract.Mention{Type: extract.TypeOrganization, Start: k, End: k + len(o), Text: o,
			Organization: &extract.Organization{Name: o, Kind: extract.OrgCompany, Entity: i + 1}})
	}
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
			name: "role_and_words_before_mention", text: "Barbara Houser, attorney for the Peruvian mining company Minpeco S.A., declined to comment.",
			orgs: []string{"Minpeco S.A."}, person: "Barbara Houser", affil: "Minpeco S.A.",
		},
		{
			name: "mention_possessive", text: "The agency's director Mark Feeney resigned.",
			orgs: []string{"agency"}, person: "Mark Feeney", affil: "agency",
		},
		{
			name: "sole_org_for_role", text: "Station chief Kenneth Compton said the Coast Guard cutter had sailed.",
			orgs: []string{"Coast Guard"}, person: "Kenneth Compton", affil: "Coast Guard",
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
