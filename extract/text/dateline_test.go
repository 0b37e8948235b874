package text

import (
	"testing"
	"time"
)

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

func TestDatelineDate(t *testing.T) {
	tests := []struct {
		name, text string
		month      time.Month
		day, year  int
		hasYear    bool
	}{
		{"month day", "SEOUL, Dec. 12 (Yonhap) -- A", time.December, 12, 0, false},
		{"full month with year", "NEW YORK, January 5, 2019 (AP) — B", time.January, 5, 2019, true},
		{"day month year", "BRUSSELS, 3 March 2019 (Reuters) - C", time.March, 3, 2019, true},
		{"sept", "TOKYO, Sept. 30 (Kyodo) -- D", time.September, 30, 0, false},
		{"leap day is a calendar day", "PARIS, Feb. 29 (AFP) -- E", time.February, 29, 0, false},
		{"no such day", "PARIS, Feb. 30 (AFP) -- E", 0, 0, 0, false},
		{"not a month word", "PARIS, Marching 3 (AFP) -- E", 0, 0, 0, false},
		{"day zero", "PARIS, March 0 (AFP) -- E", 0, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := FindDateline(tc.text)
			if d == nil {
				t.Fatalf("FindDateline(%q) = nil", tc.text)
			}
			if d.Month != tc.month || d.Day != tc.day || d.Year != tc.year || d.HasYear != tc.hasYear {
				t.Errorf("FindDateline(%q) date = %v %d %d %v, want %v %d %d %v", tc.text, d.Month, d.Day, d.Year, d.HasYear, tc.month, tc.day, tc.year, tc.hasYear)
			}
		})
	}
}

func TestMonthNamed(t *testing.T) {
	for w, want := range map[string]time.Month{"Dec": 12, "december": 12, "SEPT": 9, "Sep": 9, "May": 5, "Ma": 0, "Mayday": 0, "Septembers": 0, "": 0} {
		if got := MonthNamed(w); got != want {
			t.Errorf("MonthNamed(%q) = %v, want %v", w, got, want)
		}
	}
}
