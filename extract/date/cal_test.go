package date

import (
	"fmt"
	"testing"
)

// TestPaddedMatchesFmt pins the strconv formatting to the fmt verbs it
// replaced.
func TestPaddedMatchesFmt(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 42, 99, 100, 199, 999, 2018, 9999, 12345, -1, -42, -2018} {
		for _, width := range []int{2, 3, 4} {
			if got, want := padded(n, width), fmt.Sprintf("%0*d", width, n); got != want {
				t.Errorf("padded(%d, %d) = %q; want %q", n, width, got, want)
			}
		}
		if got, want := ymd(n, n%13, n%32), fmt.Sprintf("%04d-%02d-%02d", n, n%13, n%32); got != want {
			t.Errorf("ymd(%d, %d, %d) = %q; want %q", n, n%13, n%32, got, want)
		}
	}
}

// valueConcat is cal.value as it was written before it appended into one
// buffer: the reference the faster form must match.
func valueConcat(c cal) string {
	yearStr := "XXXX"
	if c.year >= 0 {
		yearStr = fmt.Sprintf("%04d", c.year)
	}
	two := func(n int) string {
		if n <= 0 {
			return "XX"
		}
		return fmt.Sprintf("%02d", n)
	}
	var v string
	switch c.granularity {
	case gCentury:
		if c.year < 0 {
			return "XX"
		}
		v = fmt.Sprintf("%02d", c.year)
	case gDecade:
		if c.year < 0 {
			return "XXX"
		}
		v = fmt.Sprintf("%03d", c.year)
	case gYear:
		v = yearStr
	case gHalf:
		v = yearStr + "-H" + fmt.Sprint(c.part)
	case gQuarter:
		if c.part <= 0 {
			v = yearStr + "-QX"
		} else {
			v = yearStr + "-Q" + fmt.Sprint(c.part)
		}
	case gSeason:
		v = yearStr + "-" + c.season
	case gMonth:
		v = yearStr + "-" + two(c.month)
	case gWeek, gWeekend:
		if c.part <= 0 {
			v = yearStr + "-WXX"
		} else {
			v = yearStr + "-W" + two(c.part)
		}
		if c.granularity == gWeekend {
			v += "-WE"
		}
	case gDay:
		v = yearStr + "-" + two(c.month) + "-" + two(c.day)
	}
	return v + c.clock
}

func TestValueMatchesConcat(t *testing.T) {
	for g := gCentury; g <= gDay+1; g++ {
		for _, y := range []int{-1, 0, 7, 19, 199, 2018, 12345} {
			for _, n := range []int{-1, 0, 1, 4, 12, 31, 53} {
				for _, extra := range []struct{ season, t string }{{}, {"SU", ""}, {"", "T10:00"}, {"", "TEV"}} {
					c := cal{granularity: g, year: y, month: n, day: n, part: n, season: extra.season, clock: extra.t}
					if got, want := c.value(), valueConcat(c); got != want {
						t.Errorf("%+v.value() = %q; want %q", c, got, want)
					}
				}
			}
		}
	}
}
