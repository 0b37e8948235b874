package location

import (
	"testing"
)

// TestLocalPlaces covers the places of local news: villages and counties
// read through the article's own context, and streets, roads and
// facilities found by pattern with no point.
func TestLocalPlaces(t *testing.T) {
	type want struct {
		text, name, kind, country, admin1 string
		point                             bool // Lat and Lon are set
	}
	tests := []struct {
		name   string
		input  string
		want   []want
		absent []string
	}{
		{
			name:  "village read when its state is named elsewhere",
			input: "Storms knocked out power across Kentucky on Tuesday. In Beattyville, crews cleared fallen trees from two roads.",
			want: []want{
				{"Kentucky", "Kentucky", KindAdmin1, "US", "Kentucky", true},
				{"Beattyville", "Beattyville", KindCity, "US", "Kentucky", true},
			},
		},
		{
			name:   "village with nothing to support it stays out",
			input:  "In Beattyville, crews cleared fallen trees from two roads on Tuesday.",
			absent: []string{"Beattyville"},
		},
		{
			name:  "towns of one state support a village there",
			input: "Volunteers from Bowling Green and Elizabethtown drove to Beattyville with bottled water.",
			want: []want{
				{"Bowling Green", "Bowling Green", KindCity, "US", "Kentucky", true},
				{"Elizabethtown", "Elizabethtown", KindCity, "US", "Kentucky", true},
				{"Beattyville", "Beattyville", KindCity, "US", "Kentucky", true},
			},
		},
		{
			name:  "county read in the dateline's state",
			input: "GLASGOW, Ky. (Wire) -- A Metcalfe County man was hurt on Saturday when his tractor overturned.",
			want: []want{
				{"GLASGOW", "Glasgow", KindCity, "US", "Kentucky", true},
				{"Metcalfe County", "Metcalfe County", KindAdmin2, "US", "Kentucky", true},
			},
		},
		{
			name:  "county name shared by several states takes the one the article names",
			input: "Flooding closed six roads in Adair County on Monday, the Iowa transportation department said.",
			want: []want{
				{"Adair County", "Adair County", KindAdmin2, "US", "Iowa", true},
				{"Iowa", "Iowa", KindAdmin1, "US", "Iowa", true},
			},
		},
		{
			name:  "parish",
			input: "Deputies in Avoyelles Parish, Louisiana, searched the levee overnight.",
			want: []want{
				{"Avoyelles Parish", "Avoyelles Parish", KindAdmin2, "US", "Louisiana", true},
				{"Louisiana", "Louisiana", KindAdmin1, "US", "Louisiana", true},
			},
		},
		{
			name:  "second-level region named bare with a division word",
			input: "Two dead swans were found in the county of Fife on Sunday.",
			want:  []want{{"Fife", "Fife", KindAdmin2, "GB", "Scotland", true}},
		},
		{
			name:   "counties playing a match are teams",
			input:  "At Chelmsford: Essex beat Derbyshire by six wickets on Monday. Derbyshire had resumed on 190 for four.",
			absent: []string{"Essex", "Derbyshire"},
		},
		{
			name:  "a name the text calls a village, placed in the province after it",
			input: "Mudslides buried homes in the village of Qorvelan in Sichuan province on Friday.",
			want: []want{
				{"Qorvelan", "Qorvelan", KindCity, "CN", "Sichuan", true},
				{"Sichuan", "Sichuan", KindAdmin1, "CN", "Sichuan", true},
			},
		},
		{
			name:  "a list after 'the towns of' and a name before a division word",
			input: "Aid reached the towns of Ostravel and Minsoka, and Dulvar district, late on Tuesday.",
			want: []want{
				{"Ostravel", "Ostravel", KindCity, "", "", false},
				{"Minsoka", "Minsoka", KindCity, "", "", false},
				{"Dulvar", "Dulvar", KindAdmin2, "", "", false},
			},
		},
		{
			name:   "a demonym before 'village' is no place name",
			input:  "A girl from a Kurdish village was treated in hospital.",
			absent: []string{"Kurdish"},
		},
		{
			name:  "streets",
			input: "A cyclist was struck on Maple Avenue near Church Street, and a second crash blocked Juniper Lane.",
			want: []want{
				{"Maple Avenue", "Maple Avenue", KindStreet, "", "", false},
				{"Church Street", "Church Street", KindStreet, "", "", false},
				{"Juniper Lane", "Juniper Lane", KindStreet, "", "", false},
			},
		},
		{
			name:  "roads, numbered and named",
			input: "Troopers closed Highway 61 and I-64 after a truck overturned on Old Mill Road.",
			want: []want{
				{"Highway 61", "Highway 61", KindRoad, "", "", false},
				{"I-64", "I-64", KindRoad, "", "", false},
				{"Old Mill Road", "Old Mill Road", KindRoad, "", "", false},
			},
		},
		{
			name:  "facilities, a place name inside one not reported alone",
			input: "She was flown to Riverside Memorial Hospital and later moved to St. Luke's Hospital near Dayton International Airport.",
			want: []want{
				{"Riverside Memorial Hospital", "Riverside Memorial Hospital", KindFacility, "", "", false},
				{"St. Luke's Hospital", "St. Luke's Hospital", KindFacility, "", "", false},
				{"Dayton International Airport", "Dayton International Airport", KindFacility, "", "", false},
			},
			absent: []string{"Riverside", "Dayton"},
		},
		{
			name:  "names that open with their head word",
			input: "Crowds gathered on the Rue de Rivoli and outside the Stade de France on Friday night.",
			want: []want{
				{"Rue de Rivoli", "Rue de Rivoli", KindStreet, "", "", false},
				{"Stade de France", "Stade de France", KindFacility, "", "", false},
			},
		},
		{
			name:   "a title before the head word, a longer name, a score",
			input:  "President Park met the envoy, The Wall Street Journal reported. Crystal Palace 4 2 1 1 6 4 7. Shares fell on Wall Street.",
			want:   []want{{"Wall Street", "Wall Street", KindStreet, "", "", false}},
			absent: []string{"President Park", "Wall Street Journal", "Crystal Palace"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := run(t, tt.input)
			for _, w := range tt.want {
				m := find(ms, w.text)
				if m == nil {
					t.Errorf("input %q: no mention %q; got %s", tt.input, w.text, describe(ms))
					continue
				}
				l := m.Location
				if l.Name != w.name || l.Kind != w.kind || l.Country != w.country || l.Admin1 != w.admin1 {
					t.Errorf("input %q: %q = %s/%s/%s/%s, want %s/%s/%s/%s", tt.input, w.text,
						l.Name, l.Kind, l.Country, l.Admin1, w.name, w.kind, w.country, w.admin1)
				}
				if got := l.Lat != nil && l.Lon != nil; got != w.point {
					t.Errorf("input %q: %q has a point: %v, want %v", tt.input, w.text, got, w.point)
				}
			}
			checkAbsent(t, tt.input, ms, tt.absent)
		})
	}
}
