package feed

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	kst := time.FixedZone("", 9*3600)
	brt := time.FixedZone("", -3*3600)
	cet := time.FixedZone("", 3600)
	tests := []struct {
		name, in string
		want     time.Time
		bad      bool
	}{
		{"glued zone and Sept", "Mon, 26 Sept 2005 21:46:23+0900", time.Date(2005, 9, 26, 21, 46, 23, 0, kst), false},
		{"Portuguese names", "Seg, 24 Set 2018 19:42:40 -0300", time.Date(2018, 9, 24, 19, 42, 40, 0, brt), false},
		{"German ordinal and umlaut", "Di, 3. März 2025 10:00:00 +0100", time.Date(2025, 3, 3, 10, 0, 0, 0, cet), false},
		{"French weekday that spells a month", "mar., 4 mars 2025 08:30 +01:00", time.Date(2025, 3, 4, 8, 30, 0, 0, cet), false},
		{"Spanish with de", "24 de septiembre de 2018", time.Date(2018, 9, 24, 0, 0, 0, 0, time.UTC), false},
		{"month first", "September 26, 2005 9:46 EST", time.Date(2005, 9, 26, 9, 46, 0, 0, time.FixedZone("", -5*3600)), false},
		{"French clock", "26 septembre 2005 21h46", time.Date(2005, 9, 26, 21, 46, 0, 0, time.UTC), false},
		{"zone-less ISO", "2025-03-11 09:15:00", time.Date(2025, 3, 11, 9, 15, 0, 0, time.UTC), false},
		{"bare month", "July", time.Time{}, true},
		{"month and year only", "July 2024", time.Time{}, true},
		{"no such day", "31 Feb 2024", time.Time{}, true},
		{"words", "last Tuesday", time.Time{}, true},
		{"empty", "", time.Time{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if tc.bad {
				if err == nil {
					t.Errorf("ParseDate(%q) = %v, want an error", tc.in, got)
				}
				return
			}
			if err != nil || !got.Equal(tc.want) {
				t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
}

// TestItemDatesGofeedMisses: items whose dates gofeed leaves unparsed get
// them from ParseDate; an item whose date no parser reads keeps the raw
// string so that it can be reported.
func TestItemDatesGofeedMisses(t *testing.T) {
	body := `<rss version="2.0"><channel><title>x</title>
<item><title>a</title><link>http://x/a</link><pubDate>Mon, 26 Sept 2005 21:46:23+0900</pubDate></item>
<item><title>b</title><link>http://x/b</link><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item>
<item><title>c</title><link>http://x/c</link><pubDate>July</pubDate></item>
</channel></rss>`
	f, err := Parse([]byte(body), "http://x/feed")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2005-09-26T12:46:23Z", "2018-09-24T22:42:40Z", ""}
	for i, it := range f.Items {
		got := ""
		if !it.Published.IsZero() {
			got = it.Published.UTC().Format(time.RFC3339)
		}
		if got != want[i] {
			t.Errorf("item %s published %q, want %q", it.Title, got, want[i])
		}
	}
	if f.Items[2].DateUnparsed != "July" || f.Items[0].DateUnparsed != "" {
		t.Errorf("unparsed dates = %q, %q; want only \"July\" kept", f.Items[0].DateUnparsed, f.Items[2].DateUnparsed)
	}
}

// FuzzParseDate: any string gives a date or an error, never a panic, and
// the same answer twice; a date it gives lies within the years it read.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Mon, 26 Sept 2005 21:46:23+0900", "Seg, 24 Set 2018 19:42:40 -0300", "July", "3. März 2025 10h00", "+", "1 jan 0001 99:99", "24 de set de 2018 -14:59"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, errA := ParseDate(s)
		b, errB := ParseDate(s)
		if (errA == nil) != (errB == nil) || !a.Equal(b) {
			t.Fatalf("ParseDate(%q) differs between calls: %v %v / %v %v", s, a, errA, b, errB)
		}
		if errA == nil && (a.Year() < 0 || a.Year() > 10000) {
			t.Fatalf("ParseDate(%q) = %v: out of range", s, a)
		}
	})
}
