package date

import (
	"math/bits"
	"strings"
	"time"

	"github.com/eventwire/eventwire/extract"
	ltext "github.com/eventwire/eventwire/extract/text"
)

// hit is one rule's match: tokens [i, end) and the TIMEX3 it denotes.
//
// Every rule returns one by value at every start position, so the two
// flags sit together to keep it a word smaller.
type hit struct {
	end int
	// calendar is the value when literal is empty; literal is a value the
	// calendar cannot express ("PRESENT_REF", "P2Y", joined ranges).
	calendar   cal
	literal    string
	modifier   string
	confidence float64
	// rangeOverride replaces the range computed from calendar (joined spans).
	rangeOverride *extract.Range
	rule          ruleID // beside the flags, where it takes no word of its own
	timexType     timex
	anchored      bool
	// noRange suppresses the calendar range (vague or partial values).
	noRange bool
	// until is the end clock of a span of clock times ("1-3 pm Monday"
	// ends at 15:00), untilDays the days from the start's day to the
	// end's ("from 8 p.m. Sunday to 8 a.m. Wednesday" is 3). Both are
	// small integers so that they fit beside the flags: a hit is copied
	// for every rule at every start position.
	until     clockMin
	untilDays int16
}

// clockMin is a clock time in minutes since midnight plus one, so that
// the zero value is no time.
type clockMin int16

// toClockMin reads a TIMEX3 time part ("T15:00", "T24:00", "T07:30:15";
// seconds are dropped); 0 when t is no clock time.
func toClockMin(t string) clockMin {
	if !isClockT(t) {
		return 0
	}
	return clockMin((int(t[1]-'0')*10+int(t[2]-'0'))*60 + int(t[4]-'0')*10 + int(t[5]-'0') + 1)
}

// String is the time part, "T15:00".
func (c clockMin) String() string {
	if c <= 0 {
		return ""
	}
	m := int(c) - 1
	return "T" + two0(m/60) + ":" + two0(m%60)
}

func (h hit) ok() bool { return h.end > 0 }

func (h hit) value() string {
	if h.literal != "" {
		return h.literal
	}
	return h.calendar.value()
}

// scanner holds one document's tokens and anchor while the rules run.
type scanner struct {
	sc    *scratch
	lx    *lexicon
	text  string
	toks  []token
	dct   time.Time
	now   time.Time // the publication time itself, for "in 5 minutes"
	known bool      // the anchor is known
	lower bool      // the text has no capital letters
	// ref is the last calendar date found before the current position,
	// the reference of "that year", "the next day".
	ref        cal
	hasRef     bool
	refEnd     int  // the token after ref's expression
	refWritten bool // ref's year is written in the text
	// refDated reports that ref is a day or month whose year the text
	// wrote ("July 16, 1969"), not a range
	refDated bool
	// refGen counts the changes of ref; the answers kept of ruleMonthDay
	// and ruleDayMonth (ruleMemo) are good while it stays.
	refGen                     int
	monthDayMemo, dayMonthMemo ruleMemo
}

// ruleMemo is the last answer of a rule: at token at, while the reference
// date (scanner.ref, the one thing a rule reads that the scan changes) was
// that of generation gen.
//
// Most answers are no match, which the two rules give as hit{} (every
// other return has an end past i): for those only miss is set, and the
// 144-byte hit is neither kept nor copied back (TestRuleMemo checks
// that a rule's answer without a match is hit{}).
type ruleMemo struct {
	ok   bool
	miss bool // the answer is hit{}; h is stale
	at   int
	gen  int
	h    hit
}

// memo runs r at i, or returns its answer kept in m.
func (s *scanner) memo(m *ruleMemo, r rule, i int) hit {
	if m.ok && m.at == i && m.gen == s.refGen {
		if m.miss {
			return hit{}
		}
		return m.h
	}
	h := r(s, i)
	m.ok, m.at, m.gen = true, i, s.refGen
	if m.miss = !h.ok(); !m.miss {
		m.h = h
	}
	return h
}

type rule func(s *scanner, i int) hit

// w returns the lower-cased token i, or "" outside the text.
func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

func (s *scanner) is(i int, words ...string) bool {
	x := s.w(i)
	if x == "" {
		return false
	}
	for _, w := range words {
		// most words of the same length differ in the first byte, which
		// spares the call comparing the rest (x is not empty, nor then w)
		if len(x) == len(w) && x[0] == w[0] && x == w {
			return true
		}
	}
	return false
}

// adj reports whether tokens i and i+1 touch (no space between them).
func (s *scanner) adj(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start
}

func (s *scanner) num(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kNum || s.toks[i].num < 0 {
		return 0, false
	}
	return int(s.toks[i].num), true
}

func (s *scanner) digits(i int) int {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kNum {
		return 0
	}
	return s.toks[i].end - s.toks[i].start
}

// dot skips an abbreviation period right after token i-1 ("Sept.",
// "a.m."); after a full word ("Friday.") the period ends the sentence.
func (s *scanner) dot(i int) int {
	if s.w(i) == "." && s.adj(i-1) && (len(s.w(i-1)) <= 4 && !s.is(i-1, "may", "june", "july") || s.w(i-1) == "sept") {
		return i + 1
	}
	return i
}

// the skips an optional leading "the".
func (s *scanner) the(i int) int {
	if s.w(i) == "the" {
		return i + 1
	}
	return i
}

func (s *scanner) today() cal {
	if !s.known {
		return cal{granularity: gDay, year: -1}
	}
	return day(s.dct)
}

// extract runs the rules over the whole text, left to right, longest match
// first, and never returns overlapping mentions.
func (s *scanner) extract() []extract.Mention {
	fs := s.sc.found[:0]
	for i := 0; i < len(s.toks); {
		// four tokens in five begin nothing: skipping them here spares
		// best's call and the empty hit it returns. A word that is no
		// starter, most of them, is passed over without mayStart's call.
		if t := &s.toks[i]; t.kind == kWord && t.in&inStarter == 0 || !s.mayStart(i) {
			i++
			continue
		}
		h := s.best(i)
		if !h.ok() {
			i++
			continue
		}
		fs = append(fs, found{i, h})
		if h.timexType == tDate && h.literal == "" && h.calendar.year >= 0 && h.calendar.granularity >= gYear && h.calendar.granularity != gWeekend && h.calendar.granularity != gSeason && h.rule != idRelativeAnaphoric {
			s.ref, s.hasRef, s.refEnd, s.refWritten = h.calendar, true, h.end, !h.anchored
			s.refGen++ // the rules' answers kept read the old ref
			s.refDated = !h.anchored && h.rangeOverride == nil && (h.calendar.granularity == gDay || h.calendar.granularity == gMonth)
		}
		i = h.end
	}
	s.sc.found = fs // compose and dayRanges work in place
	s.sc.lists = s.dayLists(s.dayRanges(s.compose(fs)), s.sc.lists)
	fs = s.sc.lists
	s.zonePairs(fs)
	s.clockPairs(fs)
	s.clockAfterDay(fs)
	s.weekdayLists(fs)
	out := make([]extract.Mention, 0, len(fs))
	payloads := make([]payload, len(fs)) // one allocation for them all
	a := &s.sc.strs
	for k, f := range fs {
		out = append(out, s.mention(f.i, f.h, &payloads[k], a))
	}
	a.finish()
	for k := range payloads {
		// a range read from the value waits for the value's string
		if p := &payloads[k]; p.dayRange && dayInto(&p.rng, p.date.Value) {
			p.date.Range = &p.rng
		}
	}
	return out
}

// payload is a mention's Date and the Range it most often points to,
// allocated with the document's others.
type payload struct {
	date extract.Date
	rng  extract.Range
	// dayRange: without a range of its own, the mention takes the day
	// its value names, if any (dayInto)
	dayRange bool
}

// mention makes the mention of h, found at token i. The strings of its
// value and range are written into a, which makes them strings once for
// the whole document: each would be an allocation of its own.
func (s *scanner) mention(i int, h hit, p *payload, a *strArena) extract.Mention {
	start, end := s.toks[i].start, s.toks[h.end-1].end
	d := &p.date
	*d = extract.Date{TimexType: h.timexType.String(), Mod: h.modifier, Anchored: h.anchored && s.known}
	var value [2]int // where the value lies in a, when the calendar gives it
	if h.literal != "" {
		d.Value = h.literal
	} else {
		value[0] = len(a.b)
		a.b = h.calendar.appendValue(a.b)
		value[1] = len(a.b)
		a.put(&d.Value, value)
	}
	if r := h.clockRange(); r != nil {
		d.Range = r
	} else if h.rangeOverride != nil {
		d.Range = h.rangeOverride
	} else if h.literal == "" && !h.noRange && (h.timexType == tDate) {
		if c := h.calendar; c.granularity == gDay && c.year >= 0 && c.clock == "" && c.month >= 1 && c.day >= 1 {
			// a day's value is its date (span)
			a.put(&p.rng.Start, value)
			a.put(&p.rng.End, value)
			d.Range = &p.rng
		} else if b, first, last, ok := c.appendSpan(a.b); ok {
			a.b = b
			a.put(&p.rng.Start, first)
			a.put(&p.rng.End, last)
			d.Range = &p.rng
		}
	}
	p.dayRange = d.Range == nil && (h.timexType == tDate || h.timexType == tTime) && !h.rule.in(famRange)
	conf := h.confidence
	if conf == 0 {
		conf = 0.8
	}
	return extract.Mention{Type: extract.TypeDate, Text: s.text[start:end], Start: start, End: end,
		Confidence: conf, Rule: h.rule.name(), Date: d}
}

// clockRange is the range of a span of clock times on a known day:
// date-times from the start clock to the end clock ("1-3 pm Monday" is
// 2018-12-10T13:00..2018-12-10T15:00), or nil for anything else.
func (h hit) clockRange() *extract.Range {
	c := h.calendar
	if h.until == 0 || h.timexType != tTime || h.literal != "" || c.granularity != gDay || c.year < 0 || c.month <= 0 || c.day <= 0 || !isClockT(c.clock) {
		return nil
	}
	e := c.shift(int(h.untilDays))
	return &extract.Range{Start: ymd(c.year, c.month, c.day) + c.clock, End: ymd(e.year, e.month, e.day) + h.until.String()}
}

// startable filters positions where no date can begin: digits glued to a
// preceding word or number ("A320", "3.5", "$1", "28,500").
func (s *scanner) startable(i int) bool {
	t := &s.toks[i]
	if t.kind == kPunct {
		return t.low == "'" || t.low == "-"
	}
	if t.kind == kNum && i > 0 && (s.w(i-1) == "$" || s.w(i-1) == "€" || s.w(i-1) == "£") {
		return false
	}
	if i == 0 || !s.adj(i-1) {
		return true
	}
	p := &s.toks[i-1]
	if t.kind == kNum {
		if p.kind == kWord {
			return false
		}
		switch p.low {
		case "$", "#", "£", "€", "¥":
			return false
		case ".", ",", ":", "/":
			if i >= 2 && s.toks[i-2].kind == kNum && s.adj(i-2) {
				return false
			}
		}
		return true
	}
	if t.kind == kWord && p.kind == kNum {
		return false
	}
	return true
}

// mayStart reports whether an expression can begin at token i: a word
// must be a starter, and any token startable.
func (s *scanner) mayStart(i int) bool {
	if t := &s.toks[i]; t.kind == kWord && t.in&inStarter == 0 {
		return false
	}
	return s.startable(i)
}

// leadAlone reports a function word ("the", "in", "at") or apostrophe
// that the next word cannot continue: it begins an expression only when
// the next word can continue one, most of the time it cannot, and the
// rules need not run (TestStartOnlySkipsMisses checks that they would
// find nothing).
func (s *scanner) leadAlone(i int) bool {
	if !s.in(i, inLead) || i+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[i+1]
	return n.kind == kWord && n.in&(inStarter|inAfterLead) == 0
}

// best is the longest match at token i, which mayStart.
func (s *scanner) best(i int) hit {
	if s.leadAlone(i) {
		return hit{}
	}
	var best hit
	for set := s.rulesAt(i); set != 0; set &= set - 1 {
		if h := allRules[bits.TrailingZeros64(uint64(set))].run(s, i); h.end > best.end {
			best = h
		}
	}
	// most positions tried have no match: withTime and orSo would pass
	// the empty hit along, copied twice
	if !best.ok() || !s.endOK(best.end) {
		return hit{}
	}
	return s.orSo(s.withTime(best))
}

// orSo takes a trailing "or so" into an amount or stretch of time as TIMEX3
// APPROX: "the next year or so", "two weeks or so".
func (s *scanner) orSo(h hit) hit {
	if !h.ok() || !s.is(h.end, "or") || !s.is(h.end+1, "so") || h.timexType != tDuration && !(h.timexType == tDate && (h.literal == "" && h.calendar.granularity != gDay || strings.HasSuffix(h.literal, "_REF"))) {
		return h
	}
	h.end += 2
	if h.modifier == "" {
		h.modifier = "APPROX"
	}
	return h
}

// endOK rejects matches that stop inside a number or word ("1990.5",
// "2018-12-3x").
func (s *scanner) endOK(end int) bool {
	if end >= len(s.toks) || !s.adj(end-1) {
		return true
	}
	last, next := s.toks[end-1], s.toks[end]
	if last.kind == kNum && (next.kind == kNum || next.kind == kWord) {
		return false
	}
	if last.kind == kWord && (next.kind == kWord || next.kind == kNum) {
		return false
	}
	if last.kind == kNum && (next.low == "%" || next.low == ",") && end+1 < len(s.toks) && s.toks[end+1].kind == kNum && s.adj(end) {
		return false
	}
	if last.kind == kNum && next.low == "%" {
		return false
	}
	if last.kind == kNum && next.low == "." && end+1 < len(s.toks) && s.toks[end+1].kind == kNum && s.adj(end) {
		return false
	}
	return true
}

// dayInto sets *r to the one-day range of a value that names a calendar
// day, with or without a time or part of day ("2019-05-09TEV",
// "2018-12-03T10:00": the event still lies within that day), and reports
// whether v names one.
func dayInto(r *extract.Range, v string) bool {
	if len(v) < 10 || (len(v) > 10 && v[10] != 'T') {
		return false
	}
	day := v[:10]
	// The layout takes only digits, signs and dashes; rejecting any other
	// byte ("XXXX-12-31", "2018-W50-3") up front spares time.Parse
	// building an error for it.
	for k := 0; k < len(day); k++ {
		if c := day[k]; !ltext.IsDigit(c) && c != '-' && c != '+' {
			return false
		}
	}
	if _, err := time.Parse("2006-01-02", day); err != nil {
		return false
	}
	r.Start, r.End = day, day
	return true
}

// strArena builds a document's short output strings in one buffer and
// makes them strings with one allocation: put records where a string lies
// and the field it goes to, and finish fills the fields.
type strArena struct {
	b    []byte
	puts []strPut
}

type strPut struct {
	dst  *string
	span [2]int
}

// put sets *dst, when finish runs, to the bytes b[span[0]:span[1]].
func (a *strArena) put(dst *string, span [2]int) {
	a.puts = append(a.puts, strPut{dst, span})
}

// finish makes the buffer one string and fills the fields put named.
func (a *strArena) finish() {
	all := string(a.b)
	for _, p := range a.puts {
		*p.dst = all[p.span[0]:p.span[1]]
	}
	a.reset()
}

// reset empties the arena, letting go of the fields it was to fill.
func (a *strArena) reset() {
	clear(a.puts)
	a.b, a.puts = a.b[:0], a.puts[:0]
}
