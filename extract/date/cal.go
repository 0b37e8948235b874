package date

import (
	"fmt"
	"strconv"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// gran is the granularity of a calendar value.
type gran int

const (
	gCentury gran = iota
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
)

// cal is a calendar value before formatting. A year of -1 is unknown and
// prints as XXXX; an unknown month or day prints as XX.
type cal struct {
	g      gran
	y      int // year; for gDecade the decade prefix (199 for 199X), for gCentury the century prefix (19)
	m, d   int // month, day (1-based); 0 unknown
	n      int // quarter, half or ISO week number
	season string
	t      string // time part including the leading T, "" when none
}

func day(t time.Time) cal { return cal{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()} }

func (c cal) yearStr() string {
	if c.y < 0 {
		return "XXXX"
	}
	return padded(c.y, 4)
}

// appendPadded appends n in decimal, zero-padded to width digits, as
// fmt's %0*d does. The values are formatted for every mention, and
// strconv does it without fmt's reflection and allocations.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		return fmt.Appendf(b, "%0*d", width, n) // not a calendar value; keep fmt's form
	}
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], int64(n), 10)
	for k := len(d); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

func padded(n, width int) string {
	var buf [24]byte
	return string(appendPadded(buf[:0], n, width))
}

func two(n int) string {
	if n <= 0 {
		return "XX"
	}
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// value formats c as a TIMEX3 value. It appends into one buffer because
// it runs for every mention; the string concatenations it replaced
// allocated once per part.
func (c cal) value() string {
	var buf [48]byte
	b := buf[:0]
	switch c.g {
	case gCentury:
		if c.y < 0 {
			return "XX"
		}
		b = appendPadded(b, c.y, 2)
	case gDecade:
		if c.y < 0 {
			return "XXXX"
		}
		b = append(appendPadded(b, c.y, 3), 'X')
	case gYear:
		b = c.appendYear(b)
	case gHalf:
		b = strconv.AppendInt(append(c.appendYear(b), "-H"...), int64(c.n), 10)
	case gQuarter:
		b = append(c.appendYear(b), "-Q"...)
		if c.n <= 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(c.n), 10)
		}
	case gSeason:
		b = append(append(c.appendYear(b), '-'), c.season...)
	case gMonth:
		b = appendTwo(append(c.appendYear(b), '-'), c.m)
	case gWeek, gWeekend:
		b = append(c.appendYear(b), "-W"...)
		if c.n <= 0 {
			b = append(b, "XX"...)
		} else {
			b = appendTwo(b, c.n)
		}
		if c.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay:
		b = appendTwo(append(c.appendYear(b), '-'), c.m)
		b = appendTwo(append(b, '-'), c.d)
	}
	return string(append(b, c.t...))
}

// appendYear appends yearStr's form of the year.
func (c cal) appendYear(b []byte) []byte {
	if c.y < 0 {
		return append(b, "XXXX"...)
	}
	return appendPadded(b, c.y, 4)
}

// appendTwo appends two's form of n.
func appendTwo(b []byte, n int) []byte {
	if n <= 0 {
		return append(b, "XX"...)
	}
	return appendPadded(b, n, 2)
}

// ymd formats a date as YYYY-MM-DD, as fmt's "%04d-%02d-%02d" does.
func ymd(y, m, d int) string {
	var buf [32]byte
	b := appendPadded(buf[:0], y, 4)
	b = append(b, '-')
	b = appendPadded(b, m, 2)
	b = append(b, '-')
	b = appendPadded(b, d, 2)
	return string(b)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// span returns the inclusive calendar range of c, or nil when c is not a
// fully known calendar span.
func (c cal) span() *extract.Range {
	if c.y < 0 || c.t != "" {
		return nil
	}
	switch c.g {
	case gCentury:
		return &extract.Range{Start: ymd(c.y*100, 1, 1), End: ymd(c.y*100+99, 12, 31)}
	case gDecade:
		return &extract.Range{Start: ymd(c.y*10, 1, 1), End: ymd(c.y*10+9, 12, 31)}
	case gYear:
		return &extract.Range{Start: ymd(c.y, 1, 1), End: ymd(c.y, 12, 31)}
	case gHalf:
		if c.n < 1 || c.n > 2 {
			return nil
		}
		m0 := (c.n-1)*6 + 1
		return &extract.Range{Start: ymd(c.y, m0, 1), End: ymd(c.y, m0+5, daysIn(c.y, m0+5))}
	case gQuarter:
		if c.n < 1 || c.n > 4 {
			return nil
		}
		m0 := (c.n-1)*3 + 1
		return &extract.Range{Start: ymd(c.y, m0, 1), End: ymd(c.y, m0+2, daysIn(c.y, m0+2))}
	case gMonth:
		if c.m < 1 {
			return nil
		}
		return &extract.Range{Start: ymd(c.y, c.m, 1), End: ymd(c.y, c.m, daysIn(c.y, c.m))}
	case gWeek, gWeekend:
		if c.n < 1 {
			return nil
		}
		mon := isoWeekMonday(c.y, c.n)
		if c.g == gWeekend {
			return &extract.Range{Start: mon.AddDate(0, 0, 5).Format("2006-01-02"), End: mon.AddDate(0, 0, 6).Format("2006-01-02")}
		}
		return &extract.Range{Start: mon.Format("2006-01-02"), End: mon.AddDate(0, 0, 6).Format("2006-01-02")}
	case gDay:
		if c.m < 1 || c.d < 1 {
			return nil
		}
		s := ymd(c.y, c.m, c.d)
		return &extract.Range{Start: s, End: s}
	}
	return nil
}

func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+(w-1)*7)
}

func weekOf(t time.Time) cal {
	y, w := t.ISOWeek()
	return cal{g: gWeek, y: y, n: w}
}

func quarterOf(t time.Time) cal {
	return cal{g: gQuarter, y: t.Year(), n: (int(t.Month())-1)/3 + 1}
}

func monthOf(t time.Time) cal { return cal{g: gMonth, y: t.Year(), m: int(t.Month())} }

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// shift moves a calendar value by n of its own units (years for a year,
// quarters for a quarter, ...). It needs a known year.
func (c cal) shift(n int) cal {
	if c.y < 0 {
		return c
	}
	switch c.g {
	case gCentury, gDecade, gYear:
		c.y += n
	case gHalf:
		k := c.y*2 + c.n - 1 + n
		c.y, c.n = k/2, k%2+1
	case gQuarter:
		k := c.y*4 + c.n - 1 + n
		c.y, c.n = k/4, k%4+1
	case gMonth:
		k := c.y*12 + c.m - 1 + n
		c.y, c.m = k/12, k%12+1
	case gWeek, gWeekend:
		if c.n > 0 {
			t := isoWeekMonday(c.y, c.n).AddDate(0, 0, 7*n)
			y, w := t.ISOWeek()
			c.y, c.n = y, w
		}
	case gDay:
		if c.m > 0 && c.d > 0 {
			t := time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
			c.y, c.m, c.d = t.Year(), int(t.Month()), t.Day()
		}
	}
	return c
}

// easter returns Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), dd, 0, 0, 0, 0, time.UTC)
}

// on returns the holiday's date in year y.
func (h holiday) on(y int) time.Time {
	switch {
	case h.easter:
		return easter(y).AddDate(0, 0, h.offset)
	case h.nth != 0:
		if h.nth > 0 {
			t := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
			for isoWeekday(t) != h.weekday {
				t = t.AddDate(0, 0, 1)
			}
			return t.AddDate(0, 0, 7*(h.nth-1)+h.offset)
		}
		t := time.Date(y, time.Month(h.month)+1, 0, 0, 0, 0, 0, time.UTC)
		for isoWeekday(t) != h.weekday {
			t = t.AddDate(0, 0, -1)
		}
		return t.AddDate(0, 0, h.offset)
	}
	return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
}
