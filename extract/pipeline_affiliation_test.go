package extract

import (
	"strings"
	"testing"
	"time"
)

func org(name string) func(*Mention) {
	return func(m *Mention) {
		m.Type, m.Organization = TypeOrganization, &Organization{Name: name, Kind: OrgAgency, Entity: 1}
	}
}

// TestPipelineRenumbersAffiliations: an official's AffiliationMention is an
// index into the mentions the official extractor was given; after merging
// it must name the same organisation mention in the article's list, and a
// link to no organisation is dropped.
func TestPipelineRenumbersAffiliations(t *testing.T) {
	text := "In Seoul, Laura Whitfield of the Federal Widget Agency met Chang Ho of Seoul."
	orgs := fixed{"organization", []fixedSpan{{"Federal Widget Agency", org("Federal Widget Agency")}}}
	places := fixed{"location", []fixedSpan{{"Seoul", loc("Seoul")}}}
	// The official extractor sees [Seoul, Federal Widget Agency]: the
	// agency is index 1, Seoul index 0 (no organisation).
	people := officialsLinking(map[string]int{"Laura Whitfield": 1, "Chang Ho": 0})
	res := NewPipeline(nil, orgs, places, people).Run(text, time.Time{})
	for _, m := range res.Mentions {
		if m.Person == nil {
			continue
		}
		switch m.Text {
		case "Laura Whitfield":
			if m.Person.AffiliationMention == nil {
				t.Fatalf("Laura Whitfield: no affiliation mention")
			}
			if got := res.Mentions[*m.Person.AffiliationMention]; got.Text != "Federal Widget Agency" {
				t.Errorf("Laura Whitfield: affiliation mention %d is %q, want the agency", *m.Person.AffiliationMention, got.Text)
			}
		case "Chang Ho":
			if m.Person.AffiliationMention != nil {
				t.Errorf("Chang Ho: affiliation mention %d names no organisation, want none", *m.Person.AffiliationMention)
			}
		}
	}
}

// officialsLinking is an official extractor that links each named person to
// the given index of the mentions it is handed.
type officialsLinking map[string]int

func (officialsLinking) Name() string { return "official" }

func (o officialsLinking) Extract(d *Doc) []Mention {
	var out []Mention
	for name, idx := range o {
		i := strings.Index(d.Text, name)
		if i < 0 {
			continue
		}
		j := idx
		out = append(out, Mention{Type: TypeOfficial, Start: i, End: i + len(name), Text: name,
			Person: &Person{Name: name, Entity: len(out) + 1, Affiliation: "x", AffiliationMention: &j}})
	}
	return out
}
