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
	// Joining only merges, so the output is built in place: out never
	// grows past the matches already read.
	out := fs[:0]
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
		if f2, ok := s.partBefore(f, out); ok {
			f = f2
		}
		if f.h.rule == "date/holiday" && f.h.c.y >= 0 && s.is(f.h.end, "weekend") && (k+1 >= len(fs) || fs[k+1].i > f.h.end) {
			// "Labor Day weekend", "Thanksgiving weekend 2020"
			c, end := f.h.c, f.h.end+1
			if y, e := s.yearAfter(end); e > end && (k+1 >= len(fs) || fs[k+1].h.end <= e) {
				if hol := s.holidayAt(f.i); hol != (holiday{}) {
					c, end, f.h.anch = day(hol.on(y)), e, false
					if k+1 < len(fs) && fs[k+1].i < e {
						k++ // the year just read
					}
				}
			}
			f.h.c, f.h.end, f.h.rule = holidayWeekend(c), end, "date/holiday-weekend"
		}
		// "Sunday 3 weeks after January 15th": the weekday meets the
		// counted day only once the count and the date are joined
		if n := len(out); n > 0 && f.h.rule == "date/relative/offset-from-date" {
			if gap, ok := s.gapOf(out[n-1], f); ok {
				if m, ok := s.weekdayNear(out[n-1], f, gap); ok {
					out[n-1] = m
					continue
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// partBefore extends a match back over words no rule matched on their
// own: "the week of March 6" (the week holding that day) and "the first
// week of July" ("the first week", unlike "the last week", is no date by
// itself).
func (s *scanner) partBefore(g found, prev []found) (found, bool) {
	if g.i >= 3 && s.is(g.i-3, "the") && s.is(g.i-2, "week") && s.is(g.i-1, "of") && isDay(g.h) && g.h.c.t == "" &&
		(len(prev) == 0 || prev[len(prev)-1].h.end <= g.i-3) {
		f := found{g.i - 3, hit{end: g.i - 1, typ: "DATE", c: cal{g: gWeek}, rule: "date/relative/the-unit"}}
		return s.join(f, g)
	}
	i := g.i - 3
	if i < 0 || !s.is(g.i-1, "of") {
		return g, false
	}
	if _, ok := lookup(s, s.lx.units, inUnit, i+1); !ok {
		return g, false
	}
	if s.is(i-1, "the") {
		i--
	}
	if len(prev) > 0 && prev[len(prev)-1].h.end > i {
		return g, false
	}
	f := found{i, hit{end: g.i - 1, typ: "DATE"}}
	return s.partOf(f, g, "of")
}

// gapOf returns the words between two matches, at most two of them.
func (s *scanner) gapOf(f, g found) (string, bool) {
	switch g.i - f.h.end {
	case 0:
		return "", true
	case 1:
		return s.w(f.h.end), true
	case 2:
		return s.w(f.h.end) + " " + s.w(f.h.end+1), true
	}
	return "", false
}

func (s *scanner) join(f, g found) (found, bool) {
	gap, ok := s.gapOf(f, g)
	if !ok {
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
		h.c.t = s.laterInDay(f.h.c.t, g.h.c.t, g.i, g.h.end)
		h.typ, h.end, h.noRange, h.rule = "TIME", g.h.end, true, f.h.rule+"-time"
		if f.h.val != "" {
			h.val = ""
			h.c = g.h.c
		}
		return found{f.i, h}, true
	case isDay(f.h) && isClock(g.h) && g.h.mod == "" && (gap == "before" || gap == "after" || gap == "by"):
		// "Thursday before 5pm", "tomorrow by 9 a.m.": a bound on the day
		h := f.h
		h.c.t = g.h.c.t
		h.typ, h.end, h.noRange, h.rule = "TIME", g.h.end, true, f.h.rule+"-time"
		h.mod = map[string]string{"before": "BEFORE", "by": "ON_OR_BEFORE", "after": "AFTER"}[gap]
		if f.h.val != "" {
			h.val = ""
			h.c = g.h.c
		}
		return found{f.i, h}, true
	case isDay(f.h) && f.h.c.t == "" && g.h.typ == "TIME" && g.h.val == "" && g.h.c.g == gDay &&
		strings.HasPrefix(g.h.rule, "date/mod/") && strings.Contains(g.h.rule, "part-of-day") && gap == "":
		// "Sunday early morning at 8:00": the day takes the modified part
		// and its clock time
		h := g.h
		h.c.y, h.c.m, h.c.d, h.anch = f.h.c.y, f.h.c.m, f.h.c.d, f.h.anch
		if strings.HasPrefix(f.h.rule, "date/relative/weekday") && (h.c.t == "TMO" || h.c.t == "TNI") {
			h.c.t, h.typ = "", "DATE" // a weekday's morning or night is the day (see withPart)
		}
		return found{f.i, h}, true
	case isDay(f.h) && f.h.c.t == "" && g.h.rule == "date/time/part-of-day" && g.h.mod == "" && (gap == "in" || gap == "during"):
		// "Tuesday in the morning": the day's part, as "Tuesday morning"
		h := f.h
		h.end = g.h.end
		if p := g.h.c.t; len(p) == 3 && (!strings.HasPrefix(f.h.rule, "date/relative/weekday") || p == "TAF" || p == "TEV") {
			h.c.t, h.noRange = p, true
			if h.val != "" {
				h.val += p
			}
		}
		return found{f.i, h}, true
	case f.h.typ == "SET" && isClock(g.h) && (gap == "" || gap == "at"), isClock(f.h) && g.h.typ == "SET" && gap == "":
		h, clock := f.h, g.h
		if f.h.typ != "SET" {
			h, clock = g.h, f.h
		}
		// "each Monday at 4pm" is every Monday at that time; a set of
		// days or weeks ("P1D") keeps its value
		if strings.HasPrefix(h.val, "XXXX") && !strings.Contains(h.val, "T") {
			h.val += clock.c.t
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
				} else if t, err := time.Parse("2006-01-02", a.Start); err == nil {
					// "for five years from 2019": from the period's first day
					if c, ok := offset(day(t), n, unit); ok && c.g == gDay {
						h.rng = &extract.Range{Start: a.Start, End: c.shift(-1).value()}
					}
				}
			}
		}
		return found{f.i, h}, true
	case isClock(f.h) && isDay(g.h) && (gap == "" || gap == "," || gap == "on"):
		h := g.h
		h.c.t = s.laterInDay(g.h.c.t, f.h.c.t, f.i, f.h.end) // "7:30 on Thursday evening"
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
		k := f.i
		if f.h.mod != "" {
			// "more than 2 weeks before today": the count follows the modifier
			for k < f.h.end-1 {
				if _, _, _, e := s.countUnit(k); e == f.h.end {
					break
				}
				k++
			}
		}
		n, unit, _, e := s.countUnit(k)
		if e == f.h.end && n > 0 && !s.is(e-2, "business", "trading", "working") {
			// trading days are no calendar offset
			sign := 1
			if gap == "before" || gap == "prior to" {
				sign = -1
			}
			if c, ok := offset(g.h.c, n*sign, unit); ok {
				h := g.h
				h.c, h.end, h.rule = c, g.h.end, "date/relative/offset-from-date"
				h.mod = offsetMod(f.h.mod, sign)
				return found{f.i, h}, true
			}
		}
	}
	if m, ok := s.partOf(f, g, gap); ok {
		return m, true
	}
	if m, ok := s.weekdayNear(f, g, gap); ok {
		return m, true
	}
	switch {
	case (isCountDur(f.h) || f.h.rule == "date/duration/sum") && isClock(g.h) && gap == "from" && s.is(f.i-1, "for"),
		isClock(f.h) && (isCountDur(g.h) || g.h.rule == "date/duration/sum") && gap == "for" && s.is(f.i-1, "from"):
		// "for three hours from 10 a.m.", "from 2 p.m. for two hours":
		// the clock time is where the stretch begins
		h := g.h
		if isClock(f.h) {
			h = f.h
		}
		h.end, h.rule = g.h.end, "date/range/duration-from"
		return found{f.i, h}, true
	case f.h.rule == "date/range/duration-from" && isCountDur(g.h) && (gap == "" || gap == "and"):
		// "from 10 am for 3 hours 30 minutes"
		h := f.h
		h.end = g.h.end
		return found{f.i, h}, true
	case f.h.rule == "date/relative/the-unit" && f.h.c.g == gWeek && isDay(g.h) && g.h.c.t == "" && g.h.val == "" && g.h.c.y >= 0 && gap == "of":
		// "the week of March 6" is the week that holds the day
		h := g.h
		h.c = weekOf(time.Date(g.h.c.y, time.Month(g.h.c.m), g.h.c.d, 0, 0, 0, 0, time.UTC))
		h.end, h.rule = g.h.end, "date/relative/week-of-day"
		return found{f.i, h}, true
	case f.h.rule == "date/relative/the-unit" && f.h.c.g == gWeek && isDay(g.h) && g.h.c.t == "" &&
		(gap == "beginning" || gap == "starting" || gap == "commencing" || gap == "beginning on" || gap == "starting on"):
		// "the week beginning February 4"
		h := g.h
		h.end, h.rule = g.h.end, "date/relative/week-beginning"
		if a := g.h.c.span(); a != nil && g.h.val == "" {
			if r, ok := partRange(&extract.Range{Start: a.Start, End: "9999-12-31"}, 1, "W", false); ok {
				h.rng = r
			}
		}
		return found{f.i, h}, true
	}
	if yearGuessed(f.h) && f.h.c.y >= 0 && gap == "" && g.h.rule == "date/relative/this-last-next" && g.h.c.g == gYear && g.h.c.y >= 0 {
		// "ended on Jan. 27 last year", "on Dec. 14 this year"
		h := f.h
		h.c.y, h.end, h.rule = g.h.c.y, g.h.end, f.h.rule+"-of-year"
		return found{f.i, h}, true
	}
	if f.h.rule == "date/relative/the-weekend" && gap == "of" && g.h.rule == "date/holiday" && g.h.c.y >= 0 {
		// "the weekend of Halloween"
		h := g.h
		h.c, h.end, h.rule = holidayWeekend(g.h.c), g.h.end, "date/holiday-weekend"
		return found{f.i, h}, true
	}
	// ranges: "from 2014 to 2018", "between May and June", "1990-1995"
	nowEnd := f.h.val == "PRESENT_REF" || g.h.val == "PRESENT_REF"
	if s.lx.rangeSep[gap] && (f.h.typ == "DATE" || f.h.typ == "TIME") && (g.h.typ == f.h.typ || nowEnd && g.h.typ != "DURATION" && g.h.typ != "SET") && (f.h.val == "" && g.h.val == "" || nowEnd) {
		intro := s.is(f.i-1, "from", "between")
		fc, gc, anch := s.alignEnds(f, g)
		fa, ga := f.h, g.h
		fa.c, ga.c = fc, gc
		if (gap != "and" || s.is(f.i-1, "between")) && (f.h.c.g == g.h.c.g || nowEnd && intro || s.ordered(fa, ga)) {
			h := f.h
			start := f.i
			if intro {
				start = f.i - 1
			}
			h.c, h.anch = fc, anch
			h.end, h.rule = g.h.end, "date/range/"+map[bool]string{true: "from-to", false: "span"}[intro]
			a, b := fc.span(), gc.span()
			if nowEnd && s.known {
				// "between Jan. 22 and now", "between now and Nov. 15"
				h.anch = true
				if f.h.val == "PRESENT_REF" {
					a = day(s.dct).span()
				}
				if g.h.val == "PRESENT_REF" {
					b = day(s.dct).span()
				}
			} else if nowEnd {
				a = nil
			}
			if f.h.typ == "TIME" && g.h.typ == "TIME" && fc.y >= 0 && gc.y >= 0 && fc.g == gDay && gc.g == gDay && fc.m > 0 && gc.m > 0 {
				// a span of clock times covers the days it runs over
				a, b = ymdRange(fc), ymdRange(gc)
			}
			if a != nil && b != nil && a.Start <= b.End {
				h.rng = &extract.Range{Start: a.Start, End: b.End}
			} else {
				h.noRange = true
			}
			return found{start, h}, true
		}
	}
	return f, false
}

// floorDiv divides rounding down, for negative a too.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// holidayWeekend is the weekend a holiday gives its name to: the one
// before a holiday early in the week (Labor Day on a Monday), the one
// after it late in the week (Thanksgiving), its own on a weekend.
func holidayWeekend(c cal) cal {
	t := time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
	if isoWeekday(t) <= 3 {
		t = t.AddDate(0, 0, -7)
	}
	w := weekOf(t)
	w.g = gWeekend
	return w
}

// alignEnds gives the two ends of a range the same year when the text
// names it once: "from May to October 2020" and "Nov. 18-Dec. 19, 2015"
// take the end's year, "from May 2019 to September" the start's, and an
// end before its start falls in the next year ("from Dec. 20 to Jan. 5").
// Without a year in the text the start is resolved as usual and the end
// follows it, so "from May to September" never runs backwards. A bare
// weekday as the end is the first one on or after the start ("from next
// Monday to Friday"); after a date ("from Sept. 14 to Thursday") it is
// read on its own. anch reports whether the start still rests on the
// publication time.
func (s *scanner) alignEnds(ff, gf found) (cal, cal, bool) {
	f, g := ff.h, gf.h
	fc, gc := f.c, g.c
	if f.typ == "TIME" && g.typ == "TIME" && f.val == "" && g.val == "" {
		// "7 a.m. to 8 p.m. Thursday": the day named once holds both times
		// ("Monday 1pm to 3pm" too)
		if bareClock(f) && !bareClock(g) && gc.g == gDay && gc.y >= 0 {
			fc.y, fc.m, fc.d = gc.y, gc.m, gc.d
		} else if bareClock(g) && !bareClock(f) && fc.g == gDay && fc.y >= 0 {
			gc.y, gc.m, gc.d = fc.y, fc.m, fc.d
		} else if fc.y >= 0 && gc.y >= 0 && fc.m > 0 && gc.m > 0 && s.lx.weekdays[s.w(gf.h.end-1)] > 0 {
			// "from 8 p.m. on Sunday until 8 a.m. on Wednesday": the end's
			// weekday is the one after the start
			a := time.Date(fc.y, time.Month(fc.m), fc.d, 0, 0, 0, 0, time.UTC)
			b := time.Date(gc.y, time.Month(gc.m), gc.d, 0, 0, 0, 0, time.UTC)
			// the weekday's date in the week that begins with the start;
			// counted, not looped, as the two can be centuries apart
			days := int((b.Unix() - a.Unix()) / 86400) // Sub saturates past 292 years
			b = b.AddDate(0, 0, -7*floorDiv(days, 7))
			gc.y, gc.m, gc.d = b.Year(), int(b.Month()), b.Day()
		}
		return fc, gc, f.anch
	}
	if s.known && f.val == "PRESENT_REF" && g.rule == "date/relative/weekday" && gc.y >= 0 {
		// "between now and Friday": the next Friday
		if wd := s.lx.weekdays[s.w(gf.i)]; wd > 0 {
			gc = day(s.dct.AddDate(0, 0, (wd-isoWeekday(s.dct)+7)%7))
		}
		return fc, gc, f.anch
	}
	if s.known && f.val == "PRESENT_REF" && yearGuessed(g) && (gc.g == gDay || gc.g == gMonth) {
		// "between now and Nov. 15" looks ahead, "between Jan. 22 and now" back
		now := day(s.dct)
		if gc.y = now.y; now.after(gc) {
			gc.y++
		}
		return fc, gc, f.anch
	}
	if s.known && g.val == "PRESENT_REF" && yearGuessed(f) && (fc.g == gDay || fc.g == gMonth) {
		now := day(s.dct)
		if fc.y = now.y; fc.after(now) {
			fc.y--
		}
		return fc, gc, f.anch
	}
	if f.val != "" || g.val != "" || f.mod != "" || g.mod != "" || fc.t != "" || gc.t != "" {
		return fc, gc, f.anch
	}
	if isDay(f) && fc.y >= 0 && strings.HasPrefix(f.rule, "date/relative/weekday") && g.rule == "date/relative/weekday" {
		if wd := s.lx.weekdays[s.w(gf.i)]; wd > 0 {
			t := time.Date(fc.y, time.Month(fc.m), fc.d, 0, 0, 0, 0, time.UTC)
			gc = day(t.AddDate(0, 0, (wd-isoWeekday(t)+7)%7))
		}
		return fc, gc, f.anch
	}
	if fc.g != gDay && fc.g != gMonth || gc.g != gDay && gc.g != gMonth {
		return fc, gc, f.anch
	}
	fGuess, gGuess := yearGuessed(f), yearGuessed(g)
	switch {
	case fGuess && !gGuess && !g.anch && gc.y >= 0:
		fc.y = gc.y
		if fc.after(gc) {
			fc.y--
		}
		return fc, gc, false
	case gGuess && fc.y >= 0 && (fGuess || !f.anch):
		// the start's year is in the text or guessed as usual; a start
		// resolved from the publication time ("Friday to December's
		// figures") does not carry its year over
		gc.y = fc.y
		if fc.after(gc) {
			gc.y++
		}
	}
	return fc, gc, f.anch
}

// after reports whether c, a day or a month, begins after o ends when
// both fall in one year.
func (c cal) after(o cal) bool {
	cd, od := 1, 31
	if c.g == gDay {
		cd = c.d
	}
	if o.g == gDay {
		od = o.d
	}
	return c.m*100+cd > o.m*100+od
}

// bareClock reports a clock time whose day is only the anchor's ("at 7
// a.m."), not one the text names.
func bareClock(h hit) bool {
	switch h.rule {
	case "date/time/clock", "date/time/clock-words", "date/time/span":
		return true
	}
	return false
}

// ymdRange is the one-day range of the day c falls on, whatever its time.
func ymdRange(c cal) *extract.Range {
	d := ymd(c.y, c.m, c.d)
	return &extract.Range{Start: d, End: d}
}

// yearGuessed reports a month or day whose year came from the publication
// time rather than the text ("Dec. 31", "in May").
func yearGuessed(h hit) bool {
	if h.c.y < 0 {
		return true
	}
	switch h.rule {
	case "date/absolute/month", "date/absolute/month-day", "date/absolute/day-month", "date/absolute/month-slash-day":
		return h.anch
	}
	return false
}

// weekdayLists keeps the weekdays of a list in order: in "will meet
// Tuesday and Wednesday" the Wednesday is the one after that Tuesday, not
// the day of publication.
func (s *scanner) weekdayLists(fs []found) {
	for k := 0; k+1 < len(fs); k++ {
		f, g := fs[k], &fs[k+1]
		if f.h.rule != "date/relative/weekday" || g.h.rule != "date/relative/weekday" || f.h.c.y < 0 || g.h.c.y < 0 || f.h.c.t != "" || g.h.c.t != "" {
			continue
		}
		gap, ok := s.gapOf(f, *g)
		if !ok || gap != "and" && gap != "or" && gap != "," && gap != "and on" && gap != "or on" {
			continue
		}
		a := time.Date(f.h.c.y, time.Month(f.h.c.m), f.h.c.d, 0, 0, 0, 0, time.UTC)
		b := time.Date(g.h.c.y, time.Month(g.h.c.m), g.h.c.d, 0, 0, 0, 0, time.UTC)
		if a.After(s.dct) && b.Before(a) {
			g.h.c = day(b.AddDate(0, 0, 7))
		}
	}
}

// laterInDay moves a clock time without a.m. or p.m. into the part of the
// day named before it: "Thursday evening at 7:30" is 19:30.
func (s *scanner) laterInDay(part, t string, i, end int) string {
	if part != "TAF" && part != "TEV" && part != "TNI" || !isClockT(t) {
		return t
	}
	for k := i; k < end; k++ {
		if s.is(k, "am", "pm", "a", "p", "noon", "midnight") {
			return t
		}
	}
	h := int(t[1]-'0')*10 + int(t[2]-'0')
	if h == 0 || h >= 12 || part == "TNI" && h < 6 {
		return t // "Friday night at 2" is small hours
	}
	return "T" + two0(h+12) + t[3:]
}

// clockPairs gives the day named at one of two coordinated clock times to
// the other: "Polls open at 7 a.m. and close at 8 p.m. Thursday", "open
// at 7 a.m. Thursday and close at 8 p.m.".
func (s *scanner) clockPairs(fs []found) {
	for k := 0; k+1 < len(fs); k++ {
		f, g := &fs[k].h, &fs[k+1].h
		if f.typ != "TIME" || g.typ != "TIME" || !isClockT(f.c.t) || !isClockT(g.c.t) || f.val != "" || g.val != "" || f.c.y < 0 || g.c.y < 0 {
			continue
		}
		fb, gb := bareClock(*f), bareClock(*g)
		if fb == gb || fs[k+1].i-f.end > 6 {
			continue
		}
		and := false
		for j := f.end; j < fs[k+1].i; j++ {
			if s.clauseEnd(j) || s.is(j, ",", "(") {
				and = false
				break
			}
			and = and || s.is(j, "and")
		}
		if !and {
			continue
		}
		named := fs[k+1]
		if !fb {
			named = fs[k]
		}
		if s.wordIn(named.i, named.h.end, "next", "following", "previous", "day", "later", "earlier") {
			continue // "and returned at 8 p.m. the next day"
		}
		// the later clock of the pair is on the same day or the day after:
		// "started at 11:45 p.m. and was put out at 2:30 a.m. Thursday"
		if fb {
			f.c.y, f.c.m, f.c.d, f.anch = g.c.y, g.c.m, g.c.d, g.anch
			if f.c.t > g.c.t {
				f.c = f.c.shift(-1)
			}
			f.rule = "date/time/clock-pair-day"
		} else {
			g.c.y, g.c.m, g.c.d, g.anch = f.c.y, f.c.m, f.c.d, f.anch
			if g.c.t < f.c.t {
				g.c = g.c.shift(1)
			}
			g.rule = "date/time/clock-pair-day"
		}
	}
}

// wordIn reports one of words among tokens [i, end).
func (s *scanner) wordIn(i, end int, words ...string) bool {
	for k := i; k < end; k++ {
		if s.is(k, words...) {
			return true
		}
	}
	return false
}

// clockAfterDay gives a bare clock time the day named earlier in its
// sentence: "the Wednesday night shooting ... at about 10:40 p.m.".
func (s *scanner) clockAfterDay(fs []found) {
	for k := 1; k < len(fs); k++ {
		g := &fs[k].h
		if g.rule != "date/time/clock" || !isClockT(g.c.t) || g.val != "" || g.c.y < 0 {
			continue
		}
		f := fs[k-1]
		if !isDay(f.h) || f.h.c.y < 0 || f.h.val != "" || fs[k].i-f.h.end > 20 {
			continue
		}
		same := true
		for j := f.h.end; j < fs[k].i; j++ {
			if s.is(j, ".", "?", "!", ";") && s.clauseEnd(j) {
				same = false
				break
			}
		}
		if same {
			g.c.y, g.c.m, g.c.d, g.anch = f.h.c.y, f.h.c.m, f.h.c.d, f.h.anch
			g.rule = "date/time/clock-day-before"
		}
	}
}

// zonePairs settles the days of a clock time and its conversion to
// another zone in parentheses, as wire copy writes them: "10:35 a.m.
// (0735 GMT) Friday", "8 p.m. (0100 GMT Wednesday)", "7 p.m. Thursday
// (0000 GMT Friday)". A day named after the parentheses is the local one;
// a day named on one side gives the other side its day at the nearest
// offset (zones differ by at most 14 hours). The two times stay separate
// mentions.
func (s *scanner) zonePairs(fs []found) {
	for k := 0; k+1 < len(fs); k++ {
		f, g := &fs[k].h, &fs[k+1].h
		if f.typ != "TIME" || g.typ != "TIME" || !isClockT(f.c.t) || !isClockT(g.c.t) || f.val != "" || g.val != "" ||
			!s.is(f.end, "(") || fs[k+1].i != f.end+1 || !s.is(g.end, ")") || !s.zoneIn(fs[k+1].i, g.end) || f.c.y < 0 || g.c.y < 0 {
			continue
		}
		fNamed, gNamed := !bareClock(*f), !bareClock(*g)
		if k+2 < len(fs) && !fNamed && !gNamed {
			// "(0735 GMT) Friday": the day after the parentheses is the local one
			d := fs[k+2]
			at := g.end + 1
			if s.is(at, "on") {
				at++
			}
			if d.i == at && isDay(d.h) && d.h.c.t == "" && d.h.c.y >= 0 {
				f.c.y, f.c.m, f.c.d, f.anch = d.h.c.y, d.h.c.m, d.h.c.d, d.h.anch
				f.rule, fNamed = "date/time/clock-zone-day", true
			}
		}
		switch {
		case fNamed && !gNamed:
			g.c = nearestDay(f.c, g.c)
			g.rule = "date/time/clock-zone-day"
		case gNamed && !fNamed:
			f.c = nearestDay(g.c, f.c)
			f.rule = "date/time/clock-zone-day"
		case fNamed && gNamed && s.lx.weekdays[s.w(g.end-1)] > 0:
			// "7 p.m. Thursday (0000 GMT Friday)": the other zone's weekday
			// is the one next to the local day, not a week away
			c := nearestDay(f.c, g.c)
			t := time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
			if isoWeekday(t) == s.lx.weekdays[s.w(g.end-1)] {
				g.c = c
			} else {
				for _, dd := range []int{-1, 1} {
					u := t.AddDate(0, 0, dd)
					if isoWeekday(u) == s.lx.weekdays[s.w(g.end-1)] {
						g.c.y, g.c.m, g.c.d = u.Year(), int(u.Month()), u.Day()
						break
					}
				}
			}
		}
	}
}

// zoneIn reports a time-zone word among tokens [i, end).
func (s *scanner) zoneIn(i, end int) bool {
	for k := i; k < end; k++ {
		if s.lx.zones[s.w(k)] {
			return true
		}
	}
	return false
}

// isClockT reports a TIMEX3 time part with hours and minutes ("T07:35").
func isClockT(t string) bool {
	return len(t) >= 6 && t[0] == 'T' && t[1] >= '0' && t[1] <= '9'
}

// nearestDay puts the clock time of c on the day that brings it closest
// to the time of a, within 14 hours either way.
func nearestDay(a, c cal) cal {
	at := clockTime(a)
	best, bestDiff := c, time.Duration(1<<62)
	for _, dd := range []int{-1, 0, 1} {
		t := time.Date(a.y, time.Month(a.m), a.d+dd, 0, 0, 0, 0, time.UTC)
		cand := c
		cand.y, cand.m, cand.d = t.Year(), int(t.Month()), t.Day()
		diff := clockTime(cand).Sub(at)
		if diff < 0 {
			diff = -diff
		}
		if diff <= 14*time.Hour && diff < bestDiff {
			best, bestDiff = cand, diff
		}
	}
	return best
}

// clockTime is the instant of a day with a clock time ("T07:35").
func clockTime(c cal) time.Time {
	h := int(c.t[1]-'0')*10 + int(c.t[2]-'0')
	m := int(c.t[4]-'0')*10 + int(c.t[5]-'0')
	return time.Date(c.y, time.Month(c.m), c.d, h, m, 0, 0, time.UTC)
}

func isDay(h hit) bool {
	return h.typ == "DATE" && h.val == "" && h.c.g == gDay && h.c.t == "" ||
		(h.typ == "TIME" || h.typ == "DATE") && h.c.g == gDay && len(h.c.t) == 3 && h.c.t[1] >= 'A' // "this evening", "Friday night"
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
	case wf > 0 && f.h.rule == "date/relative/weekday" && g.h.c.g == gWeek && g.h.val == "" &&
		(gap == "of" || gap == "" && s.is(g.i, "next", "last", "this")):
		// "Tuesday of next week", "Tuesday next week", "Wednesday evening next week"
		m := s.dayOfWeek(f.i, g.h.end, wf, g.h.c)
		if m.h.val == "" && f.h.c.t != "" {
			m.h.c.t, m.h.noRange = f.h.c.t, true
		}
		return m, true
	case wg > 0 && g.h.rule == "date/relative/weekday" && f.h.c.g == gWeek && f.h.val == "" && (gap == "" || gap == "on" || gap == "-"):
		return s.dayOfWeek(f.i, g.h.end, wg, f.h.c), true
	}
	// "midnight Friday next week", "9 a.m. Tuesday of next week"
	if f.h.rule == "date/time/clock-day" && f.h.val == "" && isClockT(f.h.c.t) && g.h.c.g == gWeek && g.h.val == "" &&
		(gap == "of" || gap == "" && s.is(g.i, "next", "last", "this")) {
		if wd := s.lx.weekdays[s.w(f.h.end-1)]; wd > 0 {
			m := s.dayOfWeek(f.i, g.h.end, wd, g.h.c)
			if m.h.val == "" {
				m.h.c.t, m.h.typ, m.h.noRange = f.h.c.t, "TIME", true
				m.h.rule = "date/time/clock-weekday-of-week"
			}
			return m, true
		}
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

// partOf joins the first or last unit of a calendar span into one
// expression, as TimeML writes "the last week of July": the value is the
// span's, with mod START or END, and the range covers the unit named when
// it is a day, week or month.
func (s *scanner) partOf(f, g found, gap string) (found, bool) {
	if gap != "of" || g.h.typ != "DATE" || g.h.mod != "" || g.h.c.t != "" || g.h.c.g > gMonth {
		return f, false
	}
	if f.h.typ != "DATE" && f.h.typ != "DURATION" || f.h.mod != "" {
		return f, false
	}
	j := s.the(f.i)
	var mod string
	switch s.w(j) {
	case "first", "opening", "early":
		mod = "START"
	case "last", "final", "closing":
		mod = "END"
	default:
		return f, false
	}
	// with a count ("the first nine months of 1997") TimeBank annotators
	// wrote a duration and a date, so only a single unit joins
	n, unit := 1, ""
	if j+2 == f.h.end {
		unit = s.lx.units[s.w(j+1)]
	}
	if unit == "" || f.h.typ != "DATE" {
		return f, false
	}
	h := g.h
	h.end, h.mod, h.rule, h.conf = g.h.end, mod, "date/relative/part-of-span", 0.8
	h.noRange = true
	if a := g.h.c.span(); a != nil && g.h.val == "" {
		if r, ok := partRange(a, n, unit, mod == "END"); ok {
			h.rng, h.noRange = r, false
		}
	}
	return found{f.i, h}, true
}

// partRange returns the first or last n days, weeks or months of the
// inclusive range a, or false when they do not fit in it.
func partRange(a *extract.Range, n int, unit string, last bool) (*extract.Range, bool) {
	start, err1 := time.Parse("2006-01-02", a.Start)
	end, err2 := time.Parse("2006-01-02", a.End)
	if err1 != nil || err2 != nil {
		return nil, false
	}
	step := func(t time.Time, k int) time.Time {
		switch unit {
		case "D":
			return t.AddDate(0, 0, k)
		case "W":
			return t.AddDate(0, 0, 7*k)
		case "M":
			return t.AddDate(0, k, 0)
		}
		return time.Time{}
	}
	var r extract.Range
	if last {
		first := step(end.AddDate(0, 0, 1), -n)
		if first.IsZero() || first.Before(start) {
			return nil, false
		}
		r = extract.Range{Start: first.Format("2006-01-02"), End: a.End}
	} else {
		next := step(start, n)
		if next.IsZero() || next.After(end.AddDate(0, 0, 1)) {
			return nil, false
		}
		r = extract.Range{Start: a.Start, End: next.AddDate(0, 0, -1).Format("2006-01-02")}
	}
	return &r, true
}

// offsetMod turns the modifier of a distance into one of the date it
// reaches: more than two weeks before a day is before the date two weeks
// before it, less than three days after one is before the date three days
// after it.
func offsetMod(mod string, sign int) string {
	switch mod {
	case "":
		return ""
	case "MORE_THAN", "EQUAL_OR_MORE":
		if sign < 0 {
			return "BEFORE"
		}
		return "AFTER"
	case "LESS_THAN", "EQUAL_OR_LESS":
		if sign < 0 {
			return "AFTER"
		}
		return "BEFORE"
	}
	return "APPROX"
}

// ordered reports two calendar spans of different sizes where the first
// begins no later than the second: "2014 through May 2018", "Nov 18
// 2014-Dec 19 2015", "between Jan 2019 and today".
func (s *scanner) ordered(f, g hit) bool {
	if f.typ != "DATE" || g.typ != "DATE" || f.mod != "" || g.mod != "" {
		return false
	}
	a, b := f.c.span(), g.c.span()
	return a != nil && b != nil && a.Start <= b.Start && a.End <= b.End
}

// weekdayNear joins a weekday and a day counted from now or from a date:
// "Monday two weeks from now", "in 3 days on Friday". The value is that
// weekday in the week of the counted day.
func (s *scanner) weekdayNear(f, g found, gap string) (found, bool) {
	counted := func(h hit) bool {
		return h.typ == "DATE" && h.val == "" && h.c.g == gDay && h.c.t == "" && h.mod == "" &&
			(h.rule == "date/relative/ago" || h.rule == "date/relative/offset-from-date" || h.rule == "date/relative/in-n-units")
	}
	var wd int
	var d hit
	switch {
	case f.h.rule == "date/relative/weekday" && counted(g.h) && (gap == "" || gap == ","):
		wd, d = s.lx.weekdays[s.w(f.i)], g.h
	case counted(f.h) && g.h.rule == "date/relative/weekday" && gap == "on":
		wd, d = s.lx.weekdays[s.w(g.i)], f.h
	default:
		return f, false
	}
	if wd == 0 || d.c.y < 0 {
		return f, false
	}
	t := time.Date(d.c.y, time.Month(d.c.m), d.c.d, 0, 0, 0, 0, time.UTC)
	h := d
	h.c = day(t.AddDate(0, 0, wd-isoWeekday(t)))
	h.end, h.rule = g.h.end, "date/relative/weekday-near"
	return found{f.i, h}, true
}

// dayRanges widens a day to a range of days in its month when a bare day
// number follows or precedes it: "Aug. 3-7", "from Aug. 3 to 7, 2018",
// "between April 24 and 25", "3-7 August 2018". A year after the second
// number belongs to both ends.
func (s *scanner) dayRanges(fs []found) []found {
	out := fs[:0]
	for k := 0; k < len(fs); k++ {
		f := fs[k]
		md := f.h.typ == "DATE" && f.h.val == "" && f.h.mod == "" && f.h.c.g == gDay && f.h.c.t == "" && f.h.c.m > 0
		sep := func(i int) bool {
			return s.lx.rangeSep[s.w(i)] && (!s.is(i, "and") || s.is(f.i-1, "between"))
		}
		switch {
		case md && f.h.rule == "date/absolute/month-day" && sep(f.h.end):
			e := f.h.end
			d, ok := s.rangeEndDay(e+1, s.in(f.i-1, inDet))
			if !ok || d <= f.h.c.d || d > daysIn(max(f.h.c.y, 2000), f.h.c.m) {
				break
			}
			h := f.h
			h.end = e + 2
			a, b := h.c, h.c
			b.d = d
			if y, ye := s.yearAfter(e + 2); ye > e+2 {
				a.y, b.y, h.end, h.anch = y, y, ye, false
			}
			if k+1 < len(fs) && fs[k+1].i < h.end {
				if fs[k+1].h.end > h.end {
					break // the number starts something longer ("Aug. 3 to 7 p.m.")
				}
				k++ // the year just read
			}
			h.c = a
			if a.y >= 0 {
				h.rng = &extract.Range{Start: a.span().Start, End: b.span().End}
			} else {
				h.noRange = true
			}
			start := f.i
			h.rule = "date/range/span"
			if s.is(f.i-1, "from", "between") && (len(out) == 0 || out[len(out)-1].h.end < f.i) {
				start, h.rule = f.i-1, "date/range/from-to"
			}
			out = append(out, found{start, h})
			continue
		case md && (f.h.rule == "date/absolute/day-month" || f.h.rule == "date/absolute/day-month-year") && f.i >= 2 && sep(f.i-1) &&
			(len(out) == 0 || out[len(out)-1].h.end <= f.i-2):
			d, ok := s.num(f.i - 2)
			if !ok || s.digits(f.i-2) > 2 || d < 1 || d >= f.h.c.d || s.is(f.i-3, "$", "-", ".", "/", ",") {
				break
			}
			h := f.h
			a := h.c
			a.d = d
			start := f.i - 2
			h.rule = "date/range/span"
			if s.is(start-1, "from", "between") && (len(out) == 0 || out[len(out)-1].h.end < start) {
				start, h.rule = start-1, "date/range/from-to"
			}
			if a.y >= 0 {
				h.rng = &extract.Range{Start: a.span().Start, End: f.h.c.span().End}
			} else {
				h.noRange = true
			}
			h.c = a
			out = append(out, found{start, h})
			continue
		}
		out = append(out, f)
	}
	return out
}

// rangeEndDay reads the day number that ends "Jan. 14-16" or a list "Nov.
// 5 and 6": as bareDay, but a preposition or conjunction may follow
// ("Jan. 14-16 in Geneva"), and after a determiner ("the Dec. 10-11
// summit", attributive) any word.
func (s *scanner) rangeEndDay(i int, attributive bool) (int, bool) {
	if d, ok := s.bareDay(i); ok {
		return d, true
	}
	if attributive || s.is(i+1, "in", "at", "on", "and", "or", "with", "for", "from", "when", "while", "after", "before", "during", "as", "but", "is", "are", "was", "were", "will",
		"among", "amid", "across", "against", "around", "by", "despite", "near", "over", "through", "under", "via", "within", "without", "of", "the", "a", "an", "to") {
		n, ok := s.num(i)
		if ok && s.digits(i) <= 2 && n >= 1 && n <= 31 {
			return n, true
		}
	}
	return 0, false
}

// dayLists adds the bare day number that shares a month with its
// neighbour: "April 24 and 25", "18 and 19 June". TimeML marks the number
// as a date of its own.
func (s *scanner) dayLists(fs []found) []found {
	out := make([]found, 0, len(fs)+1)
	for k, f := range fs {
		md := f.h.typ == "DATE" && f.h.val == "" && f.h.mod == "" && f.h.c.g == gDay && f.h.c.t == "" && f.h.c.m > 0
		// "18 and 19 June": the number comes first
		if md && (f.h.rule == "date/absolute/day-month" || f.h.rule == "date/absolute/day-month-year") && f.i >= 2 && s.is(f.i-1, "and", "or") &&
			(len(out) == 0 || out[len(out)-1].h.end <= f.i-2) {
			if d, ok := s.bareDay(f.i - 2); ok && !s.is(f.i-3, "$", "-", ".", "/", "between") && d < f.h.c.d {
				c := f.h.c
				c.d = d
				out = append(out, found{f.i - 2, hit{end: f.i - 1, typ: "DATE", c: c, anch: f.h.anch, rule: "date/absolute/day-in-list", conf: 0.7}})
			}
		}
		out = append(out, f)
		// "April 24 and 25", "Nov. 5, 6 and 7": the numbers come after
		e, last := f.h.end, f.h.c.d
		for md && f.h.rule == "date/absolute/month-day" && s.is(e, "and", "or", ",") && (k+1 >= len(fs) || fs[k+1].i > e+1) {
			if s.is(e, ",") && s.is(e+1, "and", "or") && last != f.h.c.d {
				e++ // "Jan. 7, 9, and 11": a serial comma
			}
			d, ok := s.rangeEndDay(e+1, s.in(f.i-1, inDet))
			if !ok || d <= last || d > daysIn(max(f.h.c.y, 2000), f.h.c.m) || s.is(e, ",") && !s.listGoesOn(e+2) {
				break
			}
			c := f.h.c
			c.d = d
			out = append(out, found{e + 1, hit{end: e + 2, typ: "DATE", c: c, anch: f.h.anch, rule: "date/absolute/day-in-list", conf: 0.7}})
			if s.is(e, "and", "or") {
				break
			}
			e, last = e+2, d
		}
	}
	return out
}

// listGoesOn reports a comma list of day numbers that continues at token
// k ("Nov. 5, 6 and 7"): another comma or "and" before a number.
func (s *scanner) listGoesOn(k int) bool {
	if s.is(k, ",") && s.is(k+1, "and", "or") {
		k++ // a serial comma
	}
	return s.is(k, ",", "and", "or") && s.digits(k+1) > 0 && s.digits(k+1) <= 2
}

// bareDay reads a day number standing alone at token i: one or two digits
// not followed by a word that would make it a count ("25 people").
func (s *scanner) bareDay(i int) (int, bool) {
	n, ok := s.num(i)
	if !ok || s.digits(i) > 2 || n < 1 || n > 31 {
		return 0, false
	}
	if i+1 < len(s.toks) {
		if t := s.toks[i+1]; t.kind == kNum || t.kind == kWord && !t.upper && !s.is(i+1, "st", "nd", "rd", "th", "and", "or") || s.is(i+1, "%", "-", "/", ".") && s.adj(i) && i+2 < len(s.toks) && s.toks[i+2].kind == kNum {
			return 0, false
		}
	}
	return n, true
}
