package extract

import (
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two plain", "The talks began. They ended.", []string{"The talks began.", "They ended."}},
		{"month abbreviation", "It expires on Dec. 31 this year. Officials said so.", []string{"It expires on Dec. 31 this year.", "Officials said so."}},
		{"country abbreviation", "The U.S. Army said it. Then it left.", []string{"The U.S. Army said it.", "Then it left."}},
		{"initial", "Richard K. Winter spoke. He left.", []string{"Richard K. Winter spoke.", "He left."}},
		{"closing quote", `"We agree," he said. "Good." She nodded.`, []string{`"We agree," he said.`, `"Good."`, "She nodded."}},
		{"line breaks", "First line\n\nSecond line.", []string{"First line", "Second line."}},
		{"lower case after period", "It cost 3.5 million won. e.g. this.", []string{"It cost 3.5 million won. e.g. this."}},
		{"title abbreviation", "Mr. Kim met Gen. Lee. They talked.", []string{"Mr. Kim met Gen. Lee.", "They talked."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := Sentences(tc.text)
			var got []string
			for _, s := range ss {
				got = append(got, tc.text[s.Start:s.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Sentences(%q)[%d] = %q, want %q", tc.text, i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestFindDateline(t *testing.T) {
	tests := []struct {
		name, text, place, date, agency string
	}{
		{"yonhap", "SEOUL, Dec. 12 (Yonhap) -- South Korea said.", "SEOUL", "Dec. 12", "Yonhap"},
		{"ap dash", "WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "", "AP"},
		{"place with state", "PORTLAND, Ore. (AP) — Rain fell.", "PORTLAND, Ore.", "", "AP"},
		{"none", "South Korea and the United States started talks.", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := FindDateline(tc.text)
			if tc.place == "" {
				if d != nil {
					t.Fatalf("FindDateline(%q) = %+v, want nil", tc.text, d)
				}
				return
			}
			if d == nil {
				t.Fatalf("FindDateline(%q) = nil, want place %q", tc.text, tc.place)
			}
			if d.Place != tc.place || d.Date != tc.date || d.Agency != tc.agency {
				t.Errorf("FindDateline(%q) = place %q date %q agency %q, want %q %q %q", tc.text, d.Place, d.Date, d.Agency, tc.place, tc.date, tc.agency)
			}
			if tc.text[d.PlaceStart:d.PlaceEnd] != d.Place {
				t.Errorf("place span %d:%d does not hold %q", d.PlaceStart, d.PlaceEnd, d.Place)
			}
		})
	}
}
