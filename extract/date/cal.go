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
	granularity gran
	year        int // year; for gDecade the decade prefix (199 for the 1990s), for gCentury the century prefix (19)
	month, day  int // month, day (1-based); 0 unknown
	part        int // quarter, half or ISO week number
	season      string
	clock       string // time part including the leading T, "" when none
}

func day(t time.Time) cal {
	return cal{granularity: gDay, year: t.Year(), month: int(t.Month()), day: t.Day()}
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
	return string(c.appendValue(buf[:0]))
}

// appendValue appends c's TIMEX3 value (value) to b.
func (c cal) appendValue(b []byte) []byte {
	switch c.granularity {
	case gCentury:
		if c.year < 0 {
			return append(b, "XX"...)
		}
		b = appendPadded(b, c.year, 2)
	case gDecade:
		// a decade is its first three digits, as a century is its first
		// two: TIMEX3 and TimeBank write "the 1990s" as 199
		if c.year < 0 {
			return append(b, "XXX"...)
		}
		b = appendPadded(b, c.year, 3)
	case gYear:
		b = c.appendYear(b)
	case gHalf:
		b = strconv.AppendInt(append(c.appendYear(b), "-H"...), int64(c.part), 10)
	case gQuarter:
		b = append(c.appendYear(b), "-Q"...)
		if c.part <= 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(c.part), 10)
		}
	case gSeason:
		b = append(append(c.appendYear(b), '-'), c.season...)
	case gMonth:
		b = appendTwo(append(c.appendYear(b), '-'), c.month)
	case gWeek, gWeekend:
		b = append(c.appendYear(b), "-W"...)
		if c.part <= 0 {
			b = append(b, "XX"...)
		} else {
			b = appendTwo(b, c.part)
		}
		if c.granularity == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay:
		b = appendTwo(append(c.appendYear(b), '-'), c.month)
		b = appendTwo(append(b, '-'), c.day)
	}
	return append(b, c.clock...)
}

// appendYear appends the year, four digits, or XXXX when unknown.
func (c cal) appendYear(b []byte) []byte {
	if c.year < 0 {
		return append(b, "XXXX"...)
	}
	return appendPadded(b, c.year, 4)
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
	return string(appendYMD(buf[:0], y, m, d))
}

// appendPair appends two dates as ymd formats them and returns where each
// lies in the result.
func appendPair(b []byte, y1, m1, d1, y2, m2, d2 int) ([]byte, [2]int, [2]int, bool) {
	n := len(b)
	b = appendYMD(b, y1, m1, d1)
	mid := len(b)
	b = appendYMD(b, y2, m2, d2)
	return b, [2]int{n, mid}, [2]int{mid, len(b)}, true
}

func appendYMD(b []byte, y, m, d int) []byte {
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, m, 2)
	b = append(b, '-')
	return appendPadded(b, d, 2)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// span returns the inclusive calendar range of c, or nil when c is not a
// fully known calendar span.
func (c cal) span() *extract.Range {
	var r extract.Range
	if !c.spanInto(&r) {
		return nil
	}
	return &r
}

// spanInto sets *r to c's range, as span returns it, and reports whether
// c has one. The two ends are formatted into one string.
func (c cal) spanInto(r *extract.Range) bool {
	var buf [64]byte
	b, start, end, ok := c.appendSpan(buf[:0])
	if !ok {
		return false
	}
	all := string(b)
	r.Start, r.End = all[start[0]:start[1]], all[end[0]:end[1]]
	return true
}

// appendSpan appends c's range (spanInto) to b and returns where its start
// and end lie in the result; a day's two ends are the one date. Without a
// range it returns b as it was and false.
func (c cal) appendSpan(b []byte) (_ []byte, start, end [2]int, ok bool) {
	if c.year < 0 || c.clock != "" {
		return b, start, end, false
	}
	n := len(b)
	switch c.granularity {
	case gCentury:
		return appendPair(b, c.year*100, 1, 1, c.year*100+99, 12, 31)
	case gDecade:
		return appendPair(b, c.year*10, 1, 1, c.year*10+9, 12, 31)
	case gYear:
		return appendPair(b, c.year, 1, 1, c.year, 12, 31)
	case gHalf:
		if c.part < 1 || c.part > 2 {
			return b, start, end, false
		}
		m0 := (c.part-1)*6 + 1
		return appendPair(b, c.year, m0, 1, c.year, m0+5, daysIn(c.year, m0+5))
	case gQuarter:
		if c.part < 1 || c.part > 4 {
			return b, start, end, false
		}
		m0 := (c.part-1)*3 + 1
		return appendPair(b, c.year, m0, 1, c.year, m0+2, daysIn(c.year, m0+2))
	case gMonth:
		if c.month < 1 {
			return b, start, end, false
		}
		return appendPair(b, c.year, c.month, 1, c.year, c.month, daysIn(c.year, c.month))
	case gWeek, gWeekend:
		if c.part < 1 {
			return b, start, end, false
		}
		first := isoWeekMonday(c.year, c.part)
		if c.granularity == gWeekend {
			first = first.AddDate(0, 0, 5)
		}
		b = first.AppendFormat(b, "2006-01-02")
		mid := len(b)
		b = isoWeekMonday(c.year, c.part).AddDate(0, 0, 6).AppendFormat(b, "2006-01-02")
		return b, [2]int{n, mid}, [2]int{mid, len(b)}, true
	case gDay:
		if c.month < 1 || c.day < 1 {
			return b, start, end, false
		}
		b = appendYMD(b, c.year, c.month, c.day)
		return b, [2]int{n, len(b)}, [2]int{n, len(b)}, true
	}
	return b, start, end, false
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
	return cal{granularity: gWeek, year: y, part: w}
}

func quarterOf(t time.Time) cal {
	return cal{granularity: gQuarter, year: t.Year(), part: (int(t.Month())-1)/3 + 1}
}

func monthOf(t time.Time) cal { return cal{granularity: gMonth, year: t.Year(), month: int(t.Month())} }

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
	if c.year < 0 {
		return c
	}
	switch c.granularity {
	case gCentury, gDecade, gYear:
		c.year += n
	case gHalf:
		k := c.year*2 + c.part - 1 + n
		c.year, c.part = k/2, k%2+1
	case gQuarter:
		k := c.year*4 + c.part - 1 + n
		c.year, c.part = k/4, k%4+1
	case gMonth:
		k := c.year*12 + c.month - 1 + n
		c.year, c.month = k/12, k%12+1
	case gWeek, gWeekend:
		if c.part > 0 {
			t := isoWeekMonday(c.year, c.part).AddDate(0, 0, 7*n)
			y, w := t.ISOWeek()
			c.year, c.part = y, w
		}
	case gDay:
		if c.month > 0 && c.day > 0 {
			t := time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
			c.year, c.month, c.day = t.Year(), int(t.Month()), t.Day()
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
