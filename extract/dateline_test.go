package extract

import "testing"

func TestFindDateline(t *testing.T) {
	tests := []struct {
		name, text, place, date, agency, rest string
	}{
		{"yonhap", "SEOUL, Dec. 12 (Yonhap) -- South Korea said.", "SEOUL", "Dec. 12", "Yonhap", "South Korea said."},
		{"ap dash", "WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "", "AP", "The Senate voted."},
		{"xinhua full month", "BEIJING, March 3 (Xinhua) -- China said on Sunday.", "BEIJING", "March 3", "Xinhua", "China said on Sunday."},
		{"reuters hyphen", "LONDON (Reuters) - British lawmakers voted.", "LONDON", "", "Reuters", "British lawmakers voted."},
		{"date with year", "NEW YORK, Jan. 5, 2019 (AP) — Stocks rose.", "NEW YORK", "Jan. 5, 2019", "AP", "Stocks rose."},
		{"day month order", "BRUSSELS, 3 March (Reuters) - EU ministers met.", "BRUSSELS", "3 March", "Reuters", "EU ministers met."},
		{"month without period", "TOKYO, Dec 12 (Reuters) - Japan said.", "TOKYO", "Dec 12", "Reuters", "Japan said."},
		{"mixed case place", "Seoul, South Korea — The two Koreas met.", "Seoul, South Korea", "", "", "The two Koreas met."},
		{"mixed case with agency", "Jeju Island (Yonhap) -- Talks opened.", "Jeju Island", "", "Yonhap", "Talks opened."},
		{"place with state", "PORTLAND, Ore. (AP) — Rain fell.", "PORTLAND, Ore.", "", "AP", "Rain fell."},
		{"place with country", "KABUL, Afghanistan (AP) — A bomb exploded.", "KABUL, Afghanistan", "", "AP", "A bomb exploded."},
		{"upper case alone", "GENEVA — Talks resumed.", "GENEVA", "", "", "Talks resumed."},
		{"after headline", "Allies open talks\n\nSEOUL, Dec. 12 (Yonhap) -- South Korea said.", "SEOUL", "Dec. 12", "Yonhap", "South Korea said."},
		{"none", "South Korea and the United States started talks.", "", "", "", ""},
		{"none with dash aside", "Trump — who spoke Tuesday — left.", "", "", "", ""},
		{"none with comma and dash", "Kim, the envoy — a career diplomat — spoke.", "", "", "", ""},
		{"none mixed case lower continuation", "Seoul, South Korea — where talks began.", "", "", "", ""},
		{"none short acronym", "US — the ally — paid.", "", "", "", ""},
		{"none colon without date", "NOTE: Talks resumed.", "", "", "", ""},
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
			if d.Date != "" && tc.text[d.DateStart:d.DateEnd] != d.Date {
				t.Errorf("date span %d:%d does not hold %q", d.DateStart, d.DateEnd, d.Date)
			}
			if got := tc.text[d.End:]; got != tc.rest {
				t.Errorf("FindDateline(%q): text after the dateline = %q, want %q", tc.text, got, tc.rest)
			}
		})
	}
}

func FuzzFindDateline(f *testing.F) {
	for _, s := range []string{"SEOUL, Dec. 12 (Yonhap) -- A", "Seoul, South Korea — The", "X\nLONDON (Reuters) - B", "", "A — B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := FindDateline(text)
		if d == nil {
			return
		}
		if d.Start < 0 || d.Start > d.PlaceStart || d.PlaceStart >= d.PlaceEnd || d.PlaceEnd > d.End || d.End > len(text) {
			t.Fatalf("FindDateline(%q) = %+v: spans out of order", text, d)
		}
		if text[d.PlaceStart:d.PlaceEnd] != d.Place {
			t.Fatalf("FindDateline(%q): place span does not hold %q", text, d.Place)
		}
		if d.Date != "" && (d.DateStart < d.PlaceEnd || d.DateEnd > d.End || text[d.DateStart:d.DateEnd] != d.Date) {
			t.Fatalf("FindDateline(%q): date span %d:%d does not hold %q", text, d.DateStart, d.DateEnd, d.Date)
		}
	})
}
