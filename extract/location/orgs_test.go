package location

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// TestOrganisationHook: with organisation mentions found before, a place
// inside an organisation's name is kept and flagged embedded (even where
// the organisation-word rules would drop it), a place that is an
// organisation's whole name (a club) or straddles its edge is dropped,
// and places clear of organisations are untouched.
func TestOrganisationHook(t *testing.T) {
	text := "The Tulsa Police Department said Leicester beat the Bank of Korea team in Seoul."
	orgs := []string{"Tulsa Police Department", "Leicester", "Bank of Korea"}
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	for _, o := range orgs {
		i := strings.Index(text, o)
		d.Mentions = append(d.Mentions, extract.Mention{Type: extract.TypeOrganization, Start: i, End: i + len(o), Text: o,
			Organization: &extract.Organization{Name: o, Kind: extract.OrgOther, Entity: 1}})
	}
	ms := shared.Extract(d)
	cases := []struct {
		place    string
		present  bool
		embedded bool
	}{
		{"Tulsa", true, true},
		{"Korea", true, true},
		{"Leicester", false, false},
		{"Seoul", true, false},
	}
	for _, c := range cases {
		m := find(ms, c.place)
		switch {
		case m == nil && c.present:
			t.Errorf("%q: no location, want one (embedded %v); got %s", c.place, c.embedded, describe(ms))
		case m != nil && !c.present:
			t.Errorf("%q: location %+v, want none (it is an organisation's name)", c.place, m.Location)
		case m != nil && m.Location.Embedded != c.embedded:
			t.Errorf("%q: embedded %v, want %v", c.place, m.Location.Embedded, c.embedded)
		}
	}
	// Without the organisations the same places follow the old rules.
	plain := shared.Extract(&extract.Doc{Text: text, Sentences: extract.Sentences(text)})
	for _, m := range plain {
		if m.Location.Embedded {
			t.Errorf("%q embedded with no organisation mention", m.Text)
		}
	}
}

func TestRelateToOrgs(t *testing.T) {
	orgs := [][2]int{{10, 20}, {30, 40}}
	cases := []struct {
		name       string
		start, end int
		want       orgRelation
	}{
		{"before_all", 0, 5, orgClear},
		{"inside_first", 12, 18, orgInside},
		{"start_of_first", 10, 15, orgInside},
		{"whole_first", 10, 20, orgClash},
		{"straddles_edge", 18, 25, orgClash},
		{"between", 21, 29, orgClear},
		{"inside_last", 35, 40, orgInside},
		{"after_all", 41, 45, orgClear},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := relateToOrgs(orgs, c.start, c.end); got != c.want {
				t.Errorf("relateToOrgs([%d,%d)) = %d, want %d", c.start, c.end, got, c.want)
			}
		})
	}
}
