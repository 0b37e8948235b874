package standard

import (
	"slices"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

func TestPipelineOrder(t *testing.T) {
	// Organisations run before places (which flag the places inside their
	// names) and people after both; a change of order
	// changes what the pipeline returns and must be deliberate.
	got := New().Extractors()
	want := []string{"date", "amount", "organization", "location", "official"}
	if !slices.Equal(got, want) {
		t.Errorf("extractors = %v, want %v", got, want)
	}
}

func TestPipelineEndToEnd(t *testing.T) {
	text := "SEOUL, Dec. 12 (Wire) -- Foreign Minister Kim Sun-hee said Wednesday that Seoul would pay 10 billion won ($8.9 million)."
	pub := time.Date(2018, 12, 12, 15, 0, 0, 0, time.FixedZone("KST", 9*3600))
	res := New().Run(text, pub)
	types := map[string]int{}
	for _, m := range res.Mentions {
		types[m.Type]++
		if text[m.Start:m.End] != m.Text {
			t.Errorf("span %d:%d does not hold %q", m.Start, m.End, m.Text)
		}
	}
	for _, typ := range []string{"date", "amount", "location", "official"} {
		if types[typ] == 0 {
			t.Errorf("no %s mention in %q: %v", typ, text, types)
		}
	}
	if len(res.Events) == 0 {
		t.Errorf("no event in %q", text)
	}
}

// TestPipelineOrganisations: organisations come out with a place inside
// their name flagged embedded, people never overlap them, and an official's
// affiliation links to the organisation mention it names.
func TestPipelineOrganisations(t *testing.T) {
	text := "TULSA, Okla., March 3 (Wire) -- Laura Whitfield, spokeswoman for the Tulsa Police Department, said on Monday that the department had arrested two men."
	res := New().Run(text, time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC))
	var org, tulsa, person *extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		switch {
		case m.Type == extract.TypeOrganization && m.Text == "Tulsa Police Department":
			org = m
		case m.Location != nil && m.Text == "Tulsa":
			tulsa = m
		case m.Person != nil && m.Text == "Laura Whitfield":
			person = m
		}
	}
	if org == nil || tulsa == nil || person == nil {
		t.Fatalf("want the department, Tulsa inside it and Laura Whitfield; got %+v", res.Mentions)
	}
	if org.Organization.Kind != extract.OrgPolice || org.Organization.Country != "US" {
		t.Errorf("department: kind %q country %q, want police US", org.Organization.Kind, org.Organization.Country)
	}
	if !tulsa.Location.Embedded {
		t.Errorf("Tulsa inside the department's name is not flagged embedded")
	}
	if p := person.Person.AffiliationMention; p == nil || &res.Mentions[*p] != org {
		t.Errorf("Laura Whitfield: affiliation mention %v, want the department's index", p)
	}
	for _, a := range res.Mentions {
		for _, b := range res.Mentions {
			if a.Organization == nil || b.Organization != nil || a.Start >= b.End || b.Start >= a.End {
				continue
			}
			if b.Location != nil && b.Location.Embedded && a.Start <= b.Start && b.End <= a.End {
				continue
			}
			t.Errorf("%s %q overlaps organisation %q", b.Type, b.Text, a.Text)
		}
	}
}
