package official

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenMention is the part of a mention that the golden files pin down.
type goldenMention struct {
	Type      string  `json:"type"`
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Rule      string  `json:"rule"`
	Name      string  `json:"name"`
	Entity    int     `json:"entity"`
	Title     string  `json:"title,omitempty"`
	TitleSpan *[2]int `json:"title_span,omitempty"`
	Affil     string  `json:"affiliation,omitempty"`
	Country   string  `json:"country,omitempty"`
}

func goldenOf(ms []extract.Mention) []goldenMention {
	out := []goldenMention{}
	for _, m := range ms {
		if m.Person == nil {
			continue
		}
		p := m.Person
		out = append(out, goldenMention{m.Type, m.Text, m.Start, m.End, m.Rule, p.Name, p.Entity, p.Title, p.TitleSpan, p.Affiliation, p.Country})
	}
	return out
}

// TestGolden runs the wire-style articles in testdata (written for these
// tests) and compares every person mention with the .golden.json beside it.
func TestGolden(t *testing.T) {
	for _, a := range extracttest.Articles(t) {
		f := a.Path
		t.Run(a.Name, func(t *testing.T) {
			text := a.Text
			got := goldenOf(run(t, text))
			again := goldenOf(run(t, text))
			gj, _ := json.MarshalIndent(got, "", "  ")
			aj, _ := json.MarshalIndent(again, "", "  ")
			if !bytes.Equal(gj, aj) {
				t.Fatalf("%s: two runs differ", f)
			}
			for _, m := range got {
				if text[m.Start:m.End] != m.Text {
					t.Errorf("%s: span %d:%d holds %q, mention says %q", f, m.Start, m.End, text[m.Start:m.End], m.Text)
				}
				if m.TitleSpan != nil && text[m.TitleSpan[0]:m.TitleSpan[1]] != m.Title {
					t.Errorf("%s: title span %v holds %q, want %q", f, *m.TitleSpan, text[m.TitleSpan[0]:m.TitleSpan[1]], m.Title)
				}
			}
			extracttest.Golden(t, a.Golden, append(gj, '\n'), *update)
		})
	}
}

// TestGoldenOfficials states, independently of the golden files, what a
// researcher needs from each article: every official with the right name,
// title, affiliation and country, and the short mentions linked to them.
func TestGoldenOfficials(t *testing.T) {
	type official struct {
		name, title, affil, country string
		mentions                    []string // every mention text of the entity, in order
	}
	tests := []struct {
		file string
		want []official
	}{
		{"cost_sharing_round.txt", []official{
			{"Lee Do-hoon", "chief negotiator", "South Korea", "KR", []string{"Lee Do-hoon", "Lee", "Lee"}},
			{"Donna Welton", "deputy assistant secretary for plans, programs and operations", "US State Department", "US", []string{"Welton", "Donna Welton", "Welton"}},
			{"Chung Eui-yong", "Foreign Minister", "South Korea", "KR", []string{"Chung Eui-yong"}},
		}},
		{"beijing_summit.txt", []official{
			{"Xi Jinping", "President", "China", "CN", []string{"Xi Jinping", "Xi"}},
			{"Fumio Kishida", "Prime Minister", "Japan", "JP", []string{"Fumio Kishida", "Kishida", "Kishida"}},
			{"Wang Wenbin", "spokesman", "Chinese Foreign Ministry", "CN", []string{"Wang Wenbin", "Wang", "Wang"}},
			{"Yoko Kamikawa", "foreign minister", "Japan", "JP", []string{"Yoko Kamikawa", "Kamikawa"}},
			{"Wang Yi", "counterpart", "China", "CN", []string{"Wang Yi"}},
			{"Michael Green", "senior vice president", "Center for Strategic and International Studies", "", []string{"Michael Green"}},
		}},
		{"staff_and_founders.txt", []official{
			{"Greer", "economics professor", "Kestrel University", "", []string{"Greer"}},
			{"Harrington", "Professor", "Kestrel University", "", []string{"Harrington"}},
			{"Halvorsen", "chief correspondent", "Coastal Wire Service", "", []string{"Halvorsen"}},
			{"Ferrandi", "leader", "Popular Renewal Party", "", []string{"Ferrandi"}},
			{"Ahmed Salim Rashid", "head", "Northern Harbor Front", "", []string{"Ahmed Salim Rashid", "Abu Karim"}},
			{"Dana Whitlock", "chemistry Professor", "Ohio State", "", []string{"Dana Whitlock"}},
		}},
		{"court_and_company.txt", []official{
			{"Miriam O. Hale", "Judge", "2nd U.S. Circuit Court of Appeals", "", []string{"Miriam O. Hale"}},
			{"Maria de la Cruz", "chief executive", "Northwind Logistics Inc.", "", []string{"Maria de la Cruz", "de la Cruz"}},
			{"Alan Brooks", "chairman", "Senate Commerce Committee", "", []string{"Alan Brooks", "Brooks"}},
			{"Ahmed bin Khalid al-Mansouri", "professor of economics", "Columbia University", "", []string{"Ahmed bin Khalid al-Mansouri"}},
			{"Sarah Okafor", "attorney", "", "", []string{"Sarah Okafor", "Okafor"}},
			{"Mark Ellison", "former head", "U.S. Transportation Command", "US", []string{"Mark Ellison", "Ellison"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			ms := goldenOf(run(t, string(b)))
			byEntity := map[int][]goldenMention{}
			for _, m := range ms {
				byEntity[m.Entity] = append(byEntity[m.Entity], m)
			}
			if len(byEntity) != len(tc.want) {
				t.Errorf("%s: %d entities, want %d: %+v", tc.file, len(byEntity), len(tc.want), ms)
			}
			for _, w := range tc.want {
				var ent []goldenMention
				for _, group := range byEntity {
					if group[0].Name == w.name {
						ent = group
					}
				}
				if ent == nil {
					t.Errorf("%s: no entity named %q", tc.file, w.name)
					continue
				}
				var texts []string
				var full *goldenMention
				for i, m := range ent {
					texts = append(texts, m.Text)
					if m.Name != w.name {
						t.Errorf("%s: mention %q has name %q, want %q", tc.file, m.Text, m.Name, w.name)
					}
					if m.Type != "official" {
						t.Errorf("%s: mention %q is %q, want official", tc.file, m.Text, m.Type)
					}
					if m.Text == w.name && full == nil {
						full = &ent[i]
					}
				}
				if strings.Join(texts, "|") != strings.Join(w.mentions, "|") {
					t.Errorf("%s: %s mentions %q, want %q", tc.file, w.name, texts, w.mentions)
				}
				if full == nil {
					continue
				}
				if full.Title != w.title || full.Affil != w.affil || (w.country != "" && full.Country != w.country) {
					t.Errorf("%s: %s title %q affiliation %q country %q, want %q %q %q", tc.file, w.name, full.Title, full.Affil, full.Country, w.title, w.affil, w.country)
				}
			}
		})
	}
}
