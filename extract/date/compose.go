package date

import (
	"strings"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// Composition joins neighbouring matches into one expression: a day and a
// clock time ("tomorrow 8:00am"), a sum of durations ("3 hours 30
// minutes"), an offset from a date ("two days before Christmas") and a
// range ("from 2014 to 2018", "between May and June").

type found struct {
	i int
	h hit
}

func (s *scanner) compose(fs []found) []found {
	if len(fs) < 2 {
		return fs
	}
	out := make([]found, 0, len(fs))
	for k := 0; k < len(fs); k++ {
		f := fs[k]
		for k+1 < len(fs) {
			g := fs[k+1]
			m, ok := s.join(f, g)
			if !ok {
				break
			}
			f = m
			k++
		}
		out = append(out, f)
	}
	return out
}

func (s *scanner) join(f, g found) (found, bool) {
	// the words between the two matches, at most two of them
	var gap string
	switch g.i - f.h.end {
	case 0:
	case 1:
		gap = s.w(f.h.end)
	case 2:
		gap = s.w(f.h.end) + " " + s.w(f.h.end+1)
	default:
		return f, false
	}
	if m, ok := s.weekdayInWeek(f, g, gap); ok {
		return m, true
	}
	switch {
	case f.h.c.g == gYear && f.h.val == "" && gap == "' s" && g.h.c.g == gQuarter && g.h.val == "" && f.h.c.y >= 0:
		// "this year's third quarter", "next year's first quarter"
		h := g.h
		h.c.y, h.end, h.anch = f.h.c.y, g.h.end, f.h.anch
		return found{f.i, h}, true
	case isDay(f.h) && isClock(g.h) && (gap == "" || gap == "," || gap == "at" || gap == ", at" || gap == "@" || gap == "from" || gap == "between"):
		h := f.h
		h.c.t = g.h.c.t
		h.typ, h.end, h.noRange, h.rule = "TIME", g.h.end, true, f.h.rule+"-time"
		if f.h.val != "" {
			h.val = ""
			h.c = g.h.c
		}
		return found{f.i, h}, true
	case f.h.typ == "SET" && isClock(g.h) && (gap == "" || gap == "at"), isClock(f.h) && g.h.typ == "SET" && gap == "":
		h := f.h
		if f.h.typ != "SET" {
			h = g.h
		}
		h.end = g.h.end
		return found{f.i, h}, true
	case f.h.typ == "DURATION" && g.h.typ == "DATE" && (gap == "starting" || gap == "starting from" || gap == "starting on" || gap == "beginning" || gap == "from" && s.is(f.i-1, "for")):
		h := g.h
		h.end, h.rule = g.h.end, "date/range/duration-from"
		if a := g.h.c.span(); a != nil && g.h.val == "" {
			if n, unit, _, e := s.countUnit(f.i); e == f.h.end && n > 0 {
				if c, ok := offset(g.h.c, n, unit); ok && c.g == gDay {
					h.rng = &extract.Range{Start: a.Start, End: c.shift(-1).value()}
				}
			}
		}
		return found{f.i, h}, true
	case isClock(f.h) && isDay(g.h) && (gap == "" || gap == "," || gap == "on"):
		h := g.h
		h.c.t = f.h.c.t
		h.typ, h.end, h.noRange, h.rule = "TIME", g.h.end, true, "date/time/clock-day"
		return found{f.i, h}, true
	case isCountDur(f.h) && g.h.rule == "date/relative/ago" && g.h.val == "" && (gap == "and" || gap == ","):
		// "2 weeks and 2 days ago"
		n, unit, _, e := s.countUnit(f.i)
		if e == f.h.end && n > 0 && g.h.c.g == gDay {
			sign := -1
			if g.h.c.y >= 0 && s.known && day(s.dct).value() < g.h.c.value() {
				sign = 1
			}
			if c, ok := offset(g.h.c, sign*n, unit); ok {
				h := g.h
				h.c, h.end = c, g.h.end
				return found{f.i, h}, true
			}
		}
	case isCountDur(f.h) && isCountDur(g.h) && (gap == "" || gap == "and" || gap == ","):
		if v, ok := addDur(f.h.val, g.h.val); ok {
			h := f.h
			h.val, h.end, h.rule = v, g.h.end, "date/duration/sum"
			return found{f.i, h}, true
		}
	case isCountDur(f.h) && g.h.typ == "DATE" && g.h.val == "" && g.h.c.y >= 0 && (gap == "before" || gap == "after" || gap == "from" || gap == "prior to"):
		n, unit, _, e := s.countUnit(f.i)
		if e == f.h.end && n > 0 {
			sign := 1
			if gap == "before" || gap == "prior to" {
				sign = -1
			}
			if c, ok := offset(g.h.c, n*sign, unit); ok {
				h := g.h
				h.c, h.end, h.rule = c, g.h.end, "date/relative/offset-from-date"
				return found{f.i, h}, true
			}
		}
	}
	// ranges: "from 2014 to 2018", "between May and June", "1990-1995"
	nowEnd := f.h.val == "PRESENT_REF" || g.h.val == "PRESENT_REF"
	if rangeSep[gap] && (f.h.typ == "DATE" || f.h.typ == "TIME") && g.h.typ == f.h.typ && (f.h.val == "" && g.h.val == "" || nowEnd) {
		intro := s.is(f.i-1, "from", "between")
		if (gap != "and" || s.is(f.i-1, "between")) && (f.h.c.g == g.h.c.g || nowEnd && intro) {
			h := f.h
			start := f.i
			if intro {
				start = f.i - 1
			}
			h.end, h.rule = g.h.end, "date/range/"+map[bool]string{true: "from-to", false: "span"}[intro]
			if a, b := f.h.c.span(), g.h.c.span(); a != nil && b != nil && a.Start <= b.End {
				h.rng = &extract.Range{Start: a.Start, End: b.End}
			} else {
				h.noRange = true
			}
			return found{start, h}, true
		}
	}
	return f, false
}

var rangeSep = map[string]bool{"to": true, "-": true, "~": true, "through": true, "till": true, "until": true, "and": true, "thru": true}

func isDay(h hit) bool {
	return h.typ == "DATE" && h.val == "" && h.c.g == gDay && h.c.t == "" ||
		h.typ == "TIME" && h.c.g == gDay && len(h.c.t) == 3 && h.c.t[1] >= 'A' // "this evening"
}

// isClock reports a clock time or a span of clock times on the anchor's
// day, ready to take another day.
func isClock(h hit) bool {
	if h.typ != "TIME" || len(h.c.t) < 4 || h.c.t[1] < '0' || h.c.t[1] > '9' {
		return false
	}
	return strings.HasPrefix(h.rule, "date/time/clock") || h.rule == "date/time/span" || strings.HasPrefix(h.rule, "date/range/")
}

func isCountDur(h hit) bool {
	return h.typ == "DURATION" && h.rule == "date/duration/count-unit" && !strings.Contains(h.val, "X")
}

// addDur adds two TIMEX3 durations with different units, larger first:
// P2Y + P1M = P2Y1M, PT3H + PT30M = PT3H30M, P1D + PT2H = P1DT2H.
func addDur(a, b string) (string, bool) {
	order := "YMWDTHMS"
	pos := func(v string) int {
		u := v[len(v)-1]
		if strings.HasPrefix(v, "PT") {
			return strings.IndexByte(order[4:], u) + 4
		}
		return strings.IndexByte(order[:4], u)
	}
	if len(a) < 3 || len(b) < 3 || pos(a) >= pos(b) || pos(a) < 0 {
		return "", false
	}
	switch {
	case strings.HasPrefix(a, "PT"):
		return a + b[2:], true
	case strings.HasPrefix(b, "PT"):
		return a + b[1:], true
	}
	return a + b[1:], true
}

// offset moves a calendar value by n units (from units.txt).
func offset(c cal, n int, unit string) (cal, bool) {
	if c.g == gDay && c.m > 0 && c.d > 0 {
		t := time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
		switch unit {
		case "D":
			t = t.AddDate(0, 0, n)
		case "W":
			t = t.AddDate(0, 0, 7*n)
		case "M":
			t = t.AddDate(0, n, 0)
		case "Y":
			t = t.AddDate(n, 0, 0)
		default:
			return c, false
		}
		return day(t), true
	}
	switch {
	case c.g == gMonth && unit == "M":
		return c.shift(n), true
	case c.g == gMonth && unit == "Y":
		return c.shift(12 * n), true
	case c.g == gYear && unit == "Y":
		return c.shift(n), true
	}
	return c, false
}

// weekdayInWeek joins a weekday and a week: "Tuesday of next week", "next
// week Monday", "this week on Friday".
func (s *scanner) weekdayInWeek(f, g found, gap string) (found, bool) {
	wf, wg := s.lx.weekdays[s.w(f.i)], s.lx.weekdays[s.w(g.i)]
	switch {
	case wf > 0 && f.h.rule == "date/relative/weekday" && g.h.c.g == gWeek && g.h.val == "" && gap == "of":
		return s.dayOfWeek(f.i, g.h.end, wf, g.h.c), true
	case wg > 0 && g.h.rule == "date/relative/weekday" && f.h.c.g == gWeek && f.h.val == "" && (gap == "" || gap == "on" || gap == "-"):
		return s.dayOfWeek(f.i, g.h.end, wg, f.h.c), true
	}
	return f, false
}

func (s *scanner) dayOfWeek(start, end, wd int, w cal) found {
	if w.y < 0 || w.n < 1 {
		return found{start, hit{end: end, typ: "DATE", val: "XXXX-WXX-" + itoa(wd), rule: "date/relative/weekday-of-week", conf: 0.8}}
	}
	c := day(isoWeekMonday(w.y, w.n).AddDate(0, 0, wd-1))
	return found{start, hit{end: end, typ: "DATE", c: c, anch: true, rule: "date/relative/weekday-of-week", conf: 0.85}}
}
