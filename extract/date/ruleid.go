package date

// ruleID names the rule that found a hit; its name (ruleTable) is the
// Mention.Rule emitted. A hit is copied for every rule at every start
// position and the joins test its rule often, so the rule travels as two
// bytes and the code branches on numbers, not on string prefixes.
//
// The low byte is one of the named rules below. The high byte records
// how a wrapping rule or a join changed it: a modifier ("the end of May"
// is "date/mod/end-absolute/month") and up to three suffixes in the order
// they were added ("Jan. 27 last year at 3 p.m." is
// "date/absolute/month-day-of-year-time"). Each suffix is added at most
// once to a hit (ruleDayMonthInYear, withTime or joinDayClock, and
// joinDayOfYear), so three slots hold them all.
type ruleID uint16

// timex is a TIMEX3 type. A byte beside the hit's flags instead of a
// string keeps the hit, copied for every rule tried, smaller.
type timex uint8

const (
	tNone timex = iota
	tDate
	tTime
	tDuration
	tSet
)

var timexNames = [...]string{tDate: "DATE", tTime: "TIME", tDuration: "DURATION", tSet: "SET"}

// String is the TIMEX3 type's name, "" for none.
func (t timex) String() string { return timexNames[t] }

// ruleInfo is a named rule's name and family.
type ruleInfo struct {
	name   string
	family ruleFamily
}

// ruleFamily groups rules the joins treat alike: the family's rules are
// those whose names begin with the family's prefix.
type ruleFamily uint8

const (
	famNone    ruleFamily = iota
	famClock              // "date/time/clock...": clock times
	famRange              // "date/range/...": joined ranges
	famWeekday            // "date/relative/weekday...": weekdays
	famYear               // "date/absolute/year...": written years
)

// familyPrefix is each family's name prefix (TestRuleTable holds the
// table to it).
var familyPrefix = [...]string{famClock: "date/time/clock", famRange: "date/range/", famWeekday: "date/relative/weekday", famYear: "date/absolute/year"}

// ruleModifier is the modifier a rule's hit took ("the start of", "the end
// of", "mid-").
type ruleModifier uint8

const (
	modNone ruleModifier = iota
	modStart
	modEnd
	modMid
)

var modNames = [...]string{modStart: "start", modEnd: "end", modMid: "mid"}

// modifierOf is the rule modifier of a TIMEX3 mod that the position words
// give ("pos" and "pos-of" in words.txt; the lexicon admits no other).
func modifierOf(mod string) ruleModifier {
	switch mod {
	case "START":
		return modStart
	case "END":
		return modEnd
	case "MID":
		return modMid
	}
	return modNone
}

// ruleSuffix is a suffix a hit's rule took.
type ruleSuffix uint8

const (
	sufNone   ruleSuffix = iota
	sufInYear            // "28 June in 2020"
	sufTime              // a day that took a clock time
	sufOfYear            // a day that took its year after it: "Jan. 27 last year"
)

var suffixNames = [...]string{sufInYear: "-in-year", sufTime: "-time", sufOfYear: "-of-year"}

const (
	ruleBaseMask      = 0xff
	ruleModifierShift = 8
	ruleSuffixShift   = 10
	ruleSuffixSlots   = 3
)

// base is the named rule r derives from.
func (r ruleID) base() ruleID { return r & ruleBaseMask }

func (r ruleID) mod() ruleModifier { return ruleModifier(r >> ruleModifierShift & 3) }

func (r ruleID) suffix(k int) ruleSuffix { return ruleSuffix(r >> (ruleSuffixShift + 2*k) & 3) }

// in reports whether r's name begins with family f's prefix: a rule of
// the family, with any suffixes but no modifier (which comes first).
func (r ruleID) in(f ruleFamily) bool {
	return r.mod() == modNone && ruleTable[r.base()].family == f
}

// lastSuffix is the suffix added last, sufNone when there is none.
func (r ruleID) lastSuffix() ruleSuffix {
	last := sufNone
	for k := range ruleSuffixSlots {
		if x := r.suffix(k); x != sufNone {
			last = x
		}
	}
	return last
}

func (r ruleID) withMod(m ruleModifier) ruleID {
	return r&^(3<<ruleModifierShift) | ruleID(m)<<ruleModifierShift
}

// withSuffix adds x after r's suffixes. No hit takes a fourth (see
// ruleID); one would replace the third.
func (r ruleID) withSuffix(x ruleSuffix) ruleID {
	k := 0
	for k < ruleSuffixSlots-1 && r.suffix(k) != sufNone {
		k++
	}
	shift := ruleSuffixShift + 2*k
	return r&^(3<<shift) | ruleID(x)<<shift
}

// name is the Mention.Rule of r. Only a modified or suffixed rule builds
// a string, once per mention emitted.
func (r ruleID) name() string {
	n := ruleTable[r.base()].name
	if r == r.base() {
		return n
	}
	if m := r.mod(); m != modNone {
		n = "date/mod/" + modNames[m] + "-" + n[len("date/"):]
	}
	for k := range ruleSuffixSlots {
		if x := r.suffix(k); x != sufNone {
			n += suffixNames[x]
		}
	}
	return n
}

// The named rules, in the order of their names.
const (
	idAbsoluteBasicIso ruleID = iota
	idAbsoluteCentury
	idAbsoluteCenturyS
	idAbsoluteDayInList
	idAbsoluteDayMonth
	idAbsoluteDayMonthYear
	idAbsoluteDecade
	idAbsoluteDecadeShort
	idAbsoluteDecadeWords
	idAbsoluteFiscalYear
	idAbsoluteIso
	idAbsoluteIsoMonth
	idAbsoluteMonth
	idAbsoluteMonthDay
	idAbsoluteMonthDayYear
	idAbsoluteMonthSlashDay
	idAbsoluteMonthSlashDayYear
	idAbsoluteMonthYear
	idAbsoluteMonthYearNumeric
	idAbsoluteNamedNumeric
	idAbsoluteNamedYear
	idAbsoluteNumeric
	idAbsoluteSeasonYear
	idAbsoluteSpokenYear
	idAbsoluteTheYearN
	idAbsoluteWeekNumber
	idAbsoluteWeekdayMonthDay
	idAbsoluteYear
	idAbsoluteYearApostrophe
	idAbsoluteYearShortEnd
	idDurationAllUnit
	idDurationBareUnits
	idDurationCountUnit
	idDurationDecimal
	idDurationRange
	idDurationRecentUnits
	idDurationSum
	idDurationTheComingUnits
	idDurationTheNMonths
	idDurationThePastUnit
	idDurationThePastUnits
	idDurationTheUnitEnded
	idDurationUnitLong
	idDurationUnitsLater
	idDurationUnitsLong
	idDurationYearEarlierMonths
	idHoliday
	idHolidayLastNext
	idHolidayWeekend
	idHolidayYear
	idQuarter
	idQuarterAdjective
	idRangeDurationFrom
	idRangeFromTo
	idRangeSpan
	idRefALaterDate
	idRefAtPresent
	idRefAtTheTime
	idRefAtThisTime
	idRefAttributive
	idRefComingUnits
	idRefFuture
	idRefOneDay
	idRefTheFuture
	idRefTheMoment
	idRefTheNearFuture
	idRefThePast
	idRefThePresent
	idRefTheTimeBeing
	idRefTheseDays
	idRefWord
	idRelativeAgo
	idRelativeAnaphoric
	idRelativeAnaphoricYearBefore
	idRelativeClockOffset
	idRelativeDayOfMonth
	idRelativeDeictic
	idRelativeEndOfUnit
	idRelativeInNUnits
	idRelativeLatestQuarter
	idRelativeMonthThisYear
	idRelativeNamedYear
	idRelativeNthWeekdayOf
	idRelativeOffsetFromDate
	idRelativePartOfSpan
	idRelativeSeason
	idRelativeTheDayBefore
	idRelativeTheFiscalYear
	idRelativeTheFullYear
	idRelativeTheNextDay
	idRelativeTheNth
	idRelativeTheQuarter
	idRelativeTheUnit
	idRelativeTheUnitsAround
	idRelativeTheWeekend
	idRelativeThisLastNext
	idRelativeUnitsAgo
	idRelativeWeekAfterNext
	idRelativeWeekBeginning
	idRelativeWeekOfDay
	idRelativeWeekday
	idRelativeWeekdayAfterDate
	idRelativeWeekdayDay
	idRelativeWeekdayLastNext
	idRelativeWeekdayNear
	idRelativeWeekdayOfWeek
	idRelativeYearEarlier
	idRelativeYearEarlierQuarter
	idRelativeYearEnd
	idSetAdverb
	idSetEveryMonth
	idSetEveryNUnits
	idSetEveryUnit
	idSetEveryWeekday
	idSetPlural
	idSetTimesAUnit
	idSetWeekdayParts
	idTimeClock
	idTimeClockDay
	idTimeClockDayBefore
	idTimeClockPairDay
	idTimeClockPart
	idTimeClockPlaceDay
	idTimeClockWeekdayOfWeek
	idTimeClockWords
	idTimeClockZoneDay
	idTimePartDay
	idTimePartOfDay
	idTimeSpan

	ruleCount = iota // the number of named rules
)

// ruleTable gives each rule id its name, the Mention.Rule emitted, and
// its family.
var ruleTable = [ruleCount]ruleInfo{
	idAbsoluteBasicIso:            {"date/absolute/basic-iso", famNone},
	idAbsoluteCentury:             {"date/absolute/century", famNone},
	idAbsoluteCenturyS:            {"date/absolute/century-s", famNone},
	idAbsoluteDayInList:           {"date/absolute/day-in-list", famNone},
	idAbsoluteDayMonth:            {"date/absolute/day-month", famNone},
	idAbsoluteDayMonthYear:        {"date/absolute/day-month-year", famNone},
	idAbsoluteDecade:              {"date/absolute/decade", famNone},
	idAbsoluteDecadeShort:         {"date/absolute/decade-short", famNone},
	idAbsoluteDecadeWords:         {"date/absolute/decade-words", famNone},
	idAbsoluteFiscalYear:          {"date/absolute/fiscal-year", famNone},
	idAbsoluteIso:                 {"date/absolute/iso", famNone},
	idAbsoluteIsoMonth:            {"date/absolute/iso-month", famNone},
	idAbsoluteMonth:               {"date/absolute/month", famNone},
	idAbsoluteMonthDay:            {"date/absolute/month-day", famNone},
	idAbsoluteMonthDayYear:        {"date/absolute/month-day-year", famNone},
	idAbsoluteMonthSlashDay:       {"date/absolute/month-slash-day", famNone},
	idAbsoluteMonthSlashDayYear:   {"date/absolute/month-slash-day-year", famNone},
	idAbsoluteMonthYear:           {"date/absolute/month-year", famNone},
	idAbsoluteMonthYearNumeric:    {"date/absolute/month-year-numeric", famNone},
	idAbsoluteNamedNumeric:        {"date/absolute/named-numeric", famNone},
	idAbsoluteNamedYear:           {"date/absolute/named-year", famNone},
	idAbsoluteNumeric:             {"date/absolute/numeric", famNone},
	idAbsoluteSeasonYear:          {"date/absolute/season-year", famNone},
	idAbsoluteSpokenYear:          {"date/absolute/spoken-year", famNone},
	idAbsoluteTheYearN:            {"date/absolute/the-year-n", famNone},
	idAbsoluteWeekNumber:          {"date/absolute/week-number", famNone},
	idAbsoluteWeekdayMonthDay:     {"date/absolute/weekday-month-day", famNone},
	idAbsoluteYear:                {"date/absolute/year", famYear},
	idAbsoluteYearApostrophe:      {"date/absolute/year-apostrophe", famYear},
	idAbsoluteYearShortEnd:        {"date/absolute/year-short-end", famYear},
	idDurationAllUnit:             {"date/duration/all-unit", famNone},
	idDurationBareUnits:           {"date/duration/bare-units", famNone},
	idDurationCountUnit:           {"date/duration/count-unit", famNone},
	idDurationDecimal:             {"date/duration/decimal", famNone},
	idDurationRange:               {"date/duration/range", famNone},
	idDurationRecentUnits:         {"date/duration/recent-units", famNone},
	idDurationSum:                 {"date/duration/sum", famNone},
	idDurationTheComingUnits:      {"date/duration/the-coming-units", famNone},
	idDurationTheNMonths:          {"date/duration/the-n-months", famNone},
	idDurationThePastUnit:         {"date/duration/the-past-unit", famNone},
	idDurationThePastUnits:        {"date/duration/the-past-units", famNone},
	idDurationTheUnitEnded:        {"date/duration/the-unit-ended", famNone},
	idDurationUnitLong:            {"date/duration/unit-long", famNone},
	idDurationUnitsLater:          {"date/duration/units-later", famNone},
	idDurationUnitsLong:           {"date/duration/units-long", famNone},
	idDurationYearEarlierMonths:   {"date/duration/year-earlier-months", famNone},
	idHoliday:                     {"date/holiday", famNone},
	idHolidayLastNext:             {"date/holiday-last-next", famNone},
	idHolidayWeekend:              {"date/holiday-weekend", famNone},
	idHolidayYear:                 {"date/holiday-year", famNone},
	idQuarter:                     {"date/quarter", famNone},
	idQuarterAdjective:            {"date/quarter-adjective", famNone},
	idRangeDurationFrom:           {"date/range/duration-from", famRange},
	idRangeFromTo:                 {"date/range/from-to", famRange},
	idRangeSpan:                   {"date/range/span", famRange},
	idRefALaterDate:               {"date/ref/a-later-date", famNone},
	idRefAtPresent:                {"date/ref/at-present", famNone},
	idRefAtTheTime:                {"date/ref/at-the-time", famNone},
	idRefAtThisTime:               {"date/ref/at-this-time", famNone},
	idRefAttributive:              {"date/ref/attributive", famNone},
	idRefComingUnits:              {"date/ref/coming-units", famNone},
	idRefFuture:                   {"date/ref/future", famNone},
	idRefOneDay:                   {"date/ref/one-day", famNone},
	idRefTheFuture:                {"date/ref/the-future", famNone},
	idRefTheMoment:                {"date/ref/the-moment", famNone},
	idRefTheNearFuture:            {"date/ref/the-near-future", famNone},
	idRefThePast:                  {"date/ref/the-past", famNone},
	idRefThePresent:               {"date/ref/the-present", famNone},
	idRefTheTimeBeing:             {"date/ref/the-time-being", famNone},
	idRefTheseDays:                {"date/ref/these-days", famNone},
	idRefWord:                     {"date/ref/word", famNone},
	idRelativeAgo:                 {"date/relative/ago", famNone},
	idRelativeAnaphoric:           {"date/relative/anaphoric", famNone},
	idRelativeAnaphoricYearBefore: {"date/relative/anaphoric-year-before", famNone},
	idRelativeClockOffset:         {"date/relative/clock-offset", famNone},
	idRelativeDayOfMonth:          {"date/relative/day-of-month", famNone},
	idRelativeDeictic:             {"date/relative/deictic", famNone},
	idRelativeEndOfUnit:           {"date/relative/end-of-unit", famNone},
	idRelativeInNUnits:            {"date/relative/in-n-units", famNone},
	idRelativeLatestQuarter:       {"date/relative/latest-quarter", famNone},
	idRelativeMonthThisYear:       {"date/relative/month-this-year", famNone},
	idRelativeNamedYear:           {"date/relative/named-year", famNone},
	idRelativeNthWeekdayOf:        {"date/relative/nth-weekday-of", famNone},
	idRelativeOffsetFromDate:      {"date/relative/offset-from-date", famNone},
	idRelativePartOfSpan:          {"date/relative/part-of-span", famNone},
	idRelativeSeason:              {"date/relative/season", famNone},
	idRelativeTheDayBefore:        {"date/relative/the-day-before", famNone},
	idRelativeTheFiscalYear:       {"date/relative/the-fiscal-year", famNone},
	idRelativeTheFullYear:         {"date/relative/the-full-year", famNone},
	idRelativeTheNextDay:          {"date/relative/the-next-day", famNone},
	idRelativeTheNth:              {"date/relative/the-nth", famNone},
	idRelativeTheQuarter:          {"date/relative/the-quarter", famNone},
	idRelativeTheUnit:             {"date/relative/the-unit", famNone},
	idRelativeTheUnitsAround:      {"date/relative/the-units-around", famNone},
	idRelativeTheWeekend:          {"date/relative/the-weekend", famNone},
	idRelativeThisLastNext:        {"date/relative/this-last-next", famNone},
	idRelativeUnitsAgo:            {"date/relative/units-ago", famNone},
	idRelativeWeekAfterNext:       {"date/relative/week-after-next", famNone},
	idRelativeWeekBeginning:       {"date/relative/week-beginning", famNone},
	idRelativeWeekOfDay:           {"date/relative/week-of-day", famNone},
	idRelativeWeekday:             {"date/relative/weekday", famWeekday},
	idRelativeWeekdayAfterDate:    {"date/relative/weekday-after-date", famWeekday},
	idRelativeWeekdayDay:          {"date/relative/weekday-day", famWeekday},
	idRelativeWeekdayLastNext:     {"date/relative/weekday-last-next", famWeekday},
	idRelativeWeekdayNear:         {"date/relative/weekday-near", famWeekday},
	idRelativeWeekdayOfWeek:       {"date/relative/weekday-of-week", famWeekday},
	idRelativeYearEarlier:         {"date/relative/year-earlier", famNone},
	idRelativeYearEarlierQuarter:  {"date/relative/year-earlier-quarter", famNone},
	idRelativeYearEnd:             {"date/relative/year-end", famNone},
	idSetAdverb:                   {"date/set/adverb", famNone},
	idSetEveryMonth:               {"date/set/every-month", famNone},
	idSetEveryNUnits:              {"date/set/every-n-units", famNone},
	idSetEveryUnit:                {"date/set/every-unit", famNone},
	idSetEveryWeekday:             {"date/set/every-weekday", famNone},
	idSetPlural:                   {"date/set/plural", famNone},
	idSetTimesAUnit:               {"date/set/times-a-unit", famNone},
	idSetWeekdayParts:             {"date/set/weekday-parts", famNone},
	idTimeClock:                   {"date/time/clock", famClock},
	idTimeClockDay:                {"date/time/clock-day", famClock},
	idTimeClockDayBefore:          {"date/time/clock-day-before", famClock},
	idTimeClockPairDay:            {"date/time/clock-pair-day", famClock},
	idTimeClockPart:               {"date/time/clock-part", famClock},
	idTimeClockPlaceDay:           {"date/time/clock-place-day", famClock},
	idTimeClockWeekdayOfWeek:      {"date/time/clock-weekday-of-week", famClock},
	idTimeClockWords:              {"date/time/clock-words", famClock},
	idTimeClockZoneDay:            {"date/time/clock-zone-day", famClock},
	idTimePartDay:                 {"date/time/part-day", famNone},
	idTimePartOfDay:               {"date/time/part-of-day", famNone},
	idTimeSpan:                    {"date/time/span", famNone},
}
