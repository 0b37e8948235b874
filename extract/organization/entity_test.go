package organization

import "testing"

// TestEntities checks that the mentions of one organisation share an
// entity, a canonical name and a kind, and that different organisations do
// not.
func TestEntities(t *testing.T) {
	text := "The Food and Drug Administration (FDA) approved the drug on Monday. The FDA said the agency had " +
		"reviewed three trials. Cortland Widget Inc. welcomed the decision, and Cortland Widget shares rose."
	ms := run(t, text)
	same := [][]string{{"Food and Drug Administration", "FDA", "agency"}, {"Cortland Widget Inc.", "Cortland Widget"}}
	ids := map[int]bool{}
	for _, group := range same {
		first := find(ms, group[0])
		if first == nil {
			t.Fatalf("no mention %q in %v", group[0], texts(ms))
		}
		ids[first.Organization.Entity] = true
		for _, w := range group[1:] {
			m := find(ms, w)
			if m == nil {
				t.Errorf("no mention %q in %v", w, texts(ms))
				continue
			}
			if m.Organization.Entity != first.Organization.Entity || m.Organization.Name != first.Organization.Name {
				t.Errorf("%q: entity %d %q, want %d %q as %q", w, m.Organization.Entity, m.Organization.Name,
					first.Organization.Entity, first.Organization.Name, group[0])
			}
		}
	}
	if len(ids) != len(same) {
		t.Errorf("the two organisations share an entity: %v", ids)
	}
	if m := find(ms, "FDA"); m != nil && m.Organization.Acronym != "FDA" {
		t.Errorf("FDA: acronym %q, want FDA", m.Organization.Acronym)
	}
}

// TestCountry checks the country an organisation gets from a country or
// demonym in its name, from a town for a public body, and not from a town
// for a firm.
func TestCountry(t *testing.T) {
	cases := []struct{ name, text, org, want string }{
		{"country_in_name", "The National Bank of Poland kept rates on hold.", "National Bank of Poland", "PL"},
		{"demonym_outside_ministry", "A German Foreign Ministry spokesman declined to comment.", "Foreign Ministry", "DE"},
		{"town_of_public_body", "The Tulsa Police Department made two arrests.", "Tulsa Police Department", "US"},
		{"no_town_for_firm", "Shares of Harlow Widget Inc. fell.", "Harlow Widget Inc.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := find(run(t, tc.text), tc.org)
			if m == nil {
				t.Fatalf("%q: no mention %q", tc.text, tc.org)
			}
			if m.Organization.Country != tc.want {
				t.Errorf("%q: country %q, want %q", tc.org, m.Organization.Country, tc.want)
			}
		})
	}
}
