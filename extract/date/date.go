package date

import (
	"sync"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// Extractor finds date mentions. The zero value is not usable; call New.
// It is safe for concurrent use.
type Extractor struct {
	once sync.Once
	lx   *lexicon
	err  error
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
	s := &scanner{lx: lx, text: d.Text, toks: tokenize(d.Text)}
	p, fromDateline := d.Published, false
	if p.IsZero() && d.Dateline != nil {
		p, fromDateline = datelineAnchor(lx, d.Dateline.Date), true
	}
	if !p.IsZero() {
		s.dct = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
		s.now = time.Date(p.Year(), p.Month(), p.Day(), p.Hour(), p.Minute(), 0, 0, time.UTC)
		s.known = true
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

// ruleDatelineAnchor is appended to the rule id of a mention resolved
// against the dateline's date because the document had no publication time.
const ruleDatelineAnchor = "/dateline-anchor"

// datelineAnchor reads the date of a dateline ("Jan. 5, 2019", "5 January
// 2019") as an anchor. A date without a year ("Dec. 12") gives the zero
// time: the year is not guessed.
func datelineAnchor(lx *lexicon, date string) time.Time {
	if date == "" {
		return time.Time{}
	}
	s := &scanner{lx: lx, text: date, toks: tokenize(date)}
	for _, r := range []rule{ruleMonthDay, ruleDayMonth} {
		h := r(s, 0)
		if h.ok() && h.end == len(s.toks) && h.c.g == gDay && h.c.y > 0 && h.c.m > 0 && h.c.d > 0 && h.val == "" {
			return time.Date(h.c.y, time.Month(h.c.m), h.c.d, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// coreRules are the expressions; the modifier rules wrap them.
var coreRules = []rule{
	ruleAnaphoric, ruleMonthDay, ruleDayMonth, ruleNumeric, ruleYear, ruleDecade, ruleHoliday,
	ruleWeekday, ruleDeictic, ruleThisLastNext, ruleAgo, ruleDuration, ruleRangeDuration,
	ruleBareUnits, ruleQuarter, ruleTime, ruleSet, ruleRef, ruleTheUnit, ruleSeason,
	ruleWeekend, ruleSpokenYear, ruleYearEnd, ruleNamedNumeric, ruleClockWords, rulePartOfDay, ruleHourInPart,
	ruleDayMonthInYear, ruleTimeSpan, ruleEndOf, ruleNextDay,
	ruleDecimalDuration, ruleUnitAndHalf, ruleCompactDate, ruleWeekNumber, ruleTheNth, ruleNamedYear, ruleAllUnit,
}

var allRules = append(append([]rule{}, coreRules...), ruleApprox, ruleMod)
