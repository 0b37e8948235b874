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
// expressions; when it is zero, values keep unknown parts as X
// ("XXXX-12-31") and Anchored is false.
func (e *Extractor) Extract(d *extract.Doc) []extract.Mention {
	lx, err := e.lexicon()
	if err != nil || d == nil || d.Text == "" {
		return nil
	}
	s := &scanner{lx: lx, text: d.Text, toks: tokenize(d.Text)}
	if !d.Published.IsZero() {
		p := d.Published
		s.dct = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
		s.now = time.Date(p.Year(), p.Month(), p.Day(), p.Hour(), p.Minute(), 0, 0, time.UTC)
		s.known = true
	}
	s.lower = s.computeLower()
	return s.extract()
}

// coreRules are the expressions; the modifier rules wrap them.
var coreRules = []rule{
	ruleAnaphoric, ruleMonthDay, ruleDayMonth, ruleNumeric, ruleYear, ruleDecade, ruleHoliday,
	ruleWeekday, ruleDeictic, ruleThisLastNext, ruleAgo, ruleDuration, ruleRangeDuration,
	ruleBareUnits, ruleQuarter, ruleTime, ruleSet, ruleRef, ruleTheUnit, ruleSeason,
	ruleWeekend, ruleSpokenYear, ruleYearEnd, ruleNamedNumeric, ruleClockWords, rulePartOfDay, ruleHourInPart,
	ruleDayMonthInYear, ruleTimeSpan, ruleEndOf, ruleNextDay,
	ruleDecimalDuration, ruleCompactDate, ruleWeekNumber, ruleTheNth, ruleNamedYear, ruleAllUnit,
}

var allRules = append(append([]rule{}, coreRules...), ruleApprox, ruleMod)
