package date

import (
	"sync"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// Extractor finds date mentions. The zero value is not usable; call New.
// It is safe for concurrent use.
type Extractor struct {
	once sync.Once
	lx   *lexicon
	err  error
	// scratch keeps the buffers of a scan between documents: the tokens
	// alone are some 13 bytes per byte of text, and no mention keeps them.
	scratch sync.Pool // *scratch
}

// scratch is a scan's buffers.
type scratch struct {
	toks  []token
	found []found // the rules' matches
	lists []found // dayLists' output
	// scan is the document's scanner, kept here so that it is not
	// allocated per document
	scan scanner
	strs strArena // the mentions' values and ranges
}

// reset empties the buffers, letting go of the document they held.
func (sc *scratch) reset() {
	clear(sc.toks)
	clear(sc.found)
	clear(sc.lists)
	sc.scan = scanner{}
	sc.strs.reset()
	sc.toks, sc.found, sc.lists = sc.toks[:0], sc.found[:0], sc.lists[:0]
}

// New returns a date extractor. The word lists load on first use.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "date" }

func (e *Extractor) lexicon() (*lexicon, error) {
	e.once.Do(func() { e.lx, e.err = loadLexicon() })
	return e.lx, e.err
}

// Extract implements extract.Extractor. d.Published anchors relative
// expressions; when it is zero, the date of d.Dateline anchors them if it
// has a year ("WASHINGTON, Jan. 5, 2019 (AP) --"), and such mentions carry
// the rule suffix "/dateline-anchor". Without either, values keep unknown
// parts as X ("XXXX-12-31") and Anchored is false.
func (e *Extractor) Extract(d *extract.Doc) []extract.Mention {
	lx, err := e.lexicon()
	if err != nil || d == nil || d.Text == "" {
		return nil
	}
	sc, _ := e.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	s := newScanner(lx, d, sc)
	defer func() {
		sc.reset()
		if text.KeepScratch(len(d.Text)) {
			e.scratch.Put(sc)
		}
	}()
	p, fromDateline := d.Published, false
	if p.IsZero() && d.Dateline != nil {
		p, fromDateline = datelineAnchor(d.Dateline), true
	}
	if !p.IsZero() {
		s.dct = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
		s.now = time.Date(p.Year(), p.Month(), p.Day(), p.Hour(), p.Minute(), 0, 0, time.UTC)
		s.known = true
		if !fromDateline && d.Dateline != nil {
			// "SEOUL, Dec. 13 (Yonhap) --" published at 23:00 UTC on Dec.
			// 12: the story's "Thursday" is counted from the local day
			if day, ok := datelineDay(d.Dateline, s.dct); ok {
				s.dct = day
			}
		}
	}
	s.lower = s.computeLower()
	ms := s.extract()
	if fromDateline && s.known {
		for k := range ms {
			if ms[k].Date.Anchored {
				ms[k].Rule += ruleDatelineAnchor
			}
		}
	}
	return ms
}

// datelineDay reads the dateline's month and day ("Dec. 13") as the local
// day of a story published on dct, the UTC day: it is taken only when it
// lies one day from dct, as time zones put it; a dateline further off is
// the day of writing, not of publication, and is not used.
func datelineDay(d *text.Dateline, dct time.Time) (time.Time, bool) {
	if d.Month == 0 || d.HasYear && !plausibleYear(d.Year) {
		return time.Time{}, false
	}
	for _, dy := range []int{0, -1, 1} {
		y := dct.Year() + dy
		if d.HasYear && d.Year != y {
			continue
		}
		t := time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if diff := t.Sub(dct); diff == 24*time.Hour || diff == -24*time.Hour {
			return t, true
		}
	}
	return time.Time{}, false
}

// ruleDatelineAnchor is appended to the rule id of a mention resolved
// against the dateline's date because the document had no publication time.
const ruleDatelineAnchor = "/dateline-anchor"

// datelineAnchor reads the date of a dateline ("Jan. 5, 2019", "5 January
// 2019") as an anchor. A date without a year ("Dec. 12") gives the zero
// time: the year is not guessed.
func datelineAnchor(d *text.Dateline) time.Time {
	if d.Month == 0 || !d.HasYear || !plausibleYear(d.Year) {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// plausibleYear is the range of four-digit years the rules read (year).
func plausibleYear(y int) bool { return y >= 1000 && y <= 2199 }

// coreRules are the expressions; the modifier rules wrap them. Where a
// rule can only begin at certain words, a table's words or a number, at
// says so (start.go).
var coreRules = []startRule{
	{run: ruleAnaphoric, at: at("earlier", "later", "that", "the"), afterThe: at("same", "following", "next", "previous")},
	{run: ruleMonthDay, at: start{in: inMonth}},
	{run: ruleDayMonth, at: dayStart, afterThe: dayAfterThe, afterNum: dayAfterNum},
	{run: ruleNumeric, at: start{num: true}, afterNum: at("-", "/", ".")},
	{run: ruleYear, at: start{words: []string{"'"}, num: true}},
	{run: ruleShortEndYear, at: start{num: true}},
	{run: ruleDecade, at: start{words: []string{"the", "'", "twenty", "thirty"}, in: inOrdinal | inDecade, num: true},
		afterThe: start{words: []string{"'", "twenty", "thirty"}, in: inOrdinal | inDecade, num: true}, afterNum: at("s", "st", "nd", "rd", "th")},
	{run: ruleHoliday, at: start{words: []string{"last", "next", "previous", "following", "this"}, in: inHolidayFirst}},
	{run: ruleWeekday, at: start{words: []string{"last", "past", "previous", "next", "coming", "following", "this", "the"}, in: inWeekday},
		afterThe: at("previous", "following", "next", "last", "past")},
	{run: ruleDeictic, at: at("earlier", "later", "today", "yesterday", "tomorrow", "tonight", "tonite", "the", "this", "last"), afterThe: at("day")},
	{run: ruleThisLastNext, at: at("the", "earlier", "later", "this", "current", "same", "present",
		"last", "past", "previous", "prior", "next", "coming", "following", "upcoming"),
		afterThe: at("present", "this", "current", "same", "the", "last", "past", "previous", "prior", "next", "coming", "following", "upcoming")},
	{run: ruleAgo, at: countStart(), afterNum: unitAfterNum},
	{run: ruleDuration, at: start{words: countWords("the"), in: inNumber | inDurationLead, num: true},
		afterThe: start{words: countWords(), in: inNumber | inDurationLead, num: true}, afterNum: unitAfterNum},
	{run: ruleRangeDuration, at: countStart(), afterNum: at("to", "or", "-")},
	{run: ruleBareUnits, at: start{in: inUnit}},
	// ruleQuarter's phases read, after an optional "the", a year (periodByLetter),
	// "q" or "h", "fy" or "fiscal", "year" (yearEarlierPeriod) or an
	// ordinal (ordinalPeriod; scanner.ordinal), "last" or "final"
	{run: ruleQuarter, at: start{words: []string{"the", "'", "q", "h", "fy", "fiscal", "year", "twenty", "thirty", "last", "final"}, in: inOrdinal, num: true}},
	{run: ruleTime, at: start{words: []string{"noon", "midday", "midnight"}, in: inNumber, num: true}},
	{run: ruleSet, at: start{words: []string{"everyday", "every", "each", "per", "a", "an"},
		in: inSetAdverb | inWeekday | inSetPlural | inSetPrefixedFirst}},
	{run: ruleRef, at: start{words: []string{"soon", "present", "this", "right", "just", "these", "the", "recent",
		"coming", "upcoming", "current", "future", "a"}, in: inRef},
		afterThe: at("future", "past", "present", "near", "moment", "time", "minute")},
	{run: ruleTheUnit, at: at("the"), afterThe: start{words: []string{"full", "whole", "entire"}, in: inUnitGran}},
	{run: ruleSeason, at: start{words: []string{"the"}, in: inSeason}, afterThe: start{in: inSeason}},
	{run: ruleWeekend, at: at("the"), afterThe: at("weekend")},
	{run: ruleSpokenYear, at: at("the", "year", "nineteen", "eighteen", "twenty", "two"), afterThe: at("year")},
	{run: ruleYearEnd, at: at("year")},
	{run: ruleNamedNumeric, at: start{in: inMonth, num: true}, afterNum: at("-", "/", ".")},
	{run: ruleClockWords, at: countStart("half", "quarter"), afterNum: at("minutes", "min", "mins", "past", "after", "to")},
	{run: rulePartOfDay, at: start{words: []string{"the"}, in: inDayPart}, afterThe: start{in: inDayPart}},
	{run: ruleHourInPart, at: countStart(), afterNum: at("o", "oclock", "in", "at")},
	{run: ruleDayMonthInYear, at: start{words: dayStart.words, in: dayStart.in | inMonth, num: true}, afterThe: dayAfterThe, afterNum: dayAfterNum},
	{run: ruleTimeSpan, at: start{num: true}, afterNum: at(":", "-", "–", "to", "till", "until", "and")},
	{run: ruleEndOf, at: at("eod", "eoy", "the", "end", "beginning", "start", "middle"), afterThe: at("end", "beginning", "start", "middle")},
	{run: ruleNextDay, at: at("the"), afterThe: at("next", "following", "previous", "day", "week")},
	{run: ruleDecimalDuration, at: countStart("half"), afterNum: at(".", "1", "and")},
	{run: ruleUnitAndHalf, at: countStart(), afterNum: start{in: inUnit}},
	{run: ruleCompactDate, at: start{in: inMonth, num: true}},
	{run: ruleWeekNumber, at: at("week")},
	{run: ruleTheNth, at: at("the"), afterThe: start{num: true}},
	{run: ruleNamedYear, at: at("this", "the", "current", "calendar", "school", "fiscal", "financial"), afterThe: at("calendar", "school", "fiscal", "financial")},
	{run: ruleAllUnit, at: at("all")},
}

var allRules = append(append([]startRule{}, coreRules...),
	startRule{run: ruleApprox, at: start{words: []string{"no"}, in: inApprox | inApprox2First}},
	startRule{run: ruleMod, at: start{words: []string{"the"}, in: inPos | inPosOf}, afterThe: start{in: inPos | inPosOf}},
	startRule{run: ruleNthWeekdayOf, at: at("the"), afterThe: start{words: []string{"last", "final", "twenty", "thirty"}, in: inOrdinal, num: true}})
