// Package date finds temporal expressions in English news text and
// normalizes them to TIMEX3 values, resolving relative ones against the
// publication time.
//
// It recognises absolute dates ("Dec. 31", "31 December 2018",
// "2018-12-31", "12/31/2018", "March 2013", "Dec/2018", "1991", "fiscal
// 2019", "the 1990s" and "the late sixties" (199, 196 with mod END),
// "the second quarter of 2018", "2017-Q1", "H1 2019"), anchored relative expressions
// ("Wednesday", "last month", "two weeks ago", "a year earlier", "earlier
// this month", "mid-November", "late 2018"), durations ("three years", "the
// two-day talks", "the past two months"), clock times ("10 a.m. local
// time", "Dec. 31, 2018, at 10 a.m."), sets ("every year", "weekly") and
// the vague references PRESENT_REF, PAST_REF and FUTURE_REF ("now",
// "recently", "the future").
//
// # How it works
//
// The document's shared tokens (extract/text) are split again into date's
// (letter runs, digit runs, single punctuation marks) with byte offsets. At each token that can begin an
// expression, every rule is tried and the longest match wins; a second pass
// joins neighbouring matches that form one expression (a day and a clock
// time, "from 2014 to 2018", "2014 through May 2018", "two days before
// Christmas", "3 hours 30 minutes", "the last week of July", "Tuesday next
// week", "Thursday before 5 p.m.", "for three hours from 10 a.m."), and a
// bare day number sharing a month with its neighbour becomes a date of its
// own ("April 24 and 25"). Spans follow the TimeML (TimeML 1.2.1,
// TempEval-3) conventions: a leading "the", positions ("early", "mid-")
// and quantifiers ("nearly", "almost", "more than", "up to", "around"
// before a date, a trailing "or so") are inside the span, with the TIMEX3
// mod they give; prepositions ("in", "on", "at", "within", "since") are
// not, nor is the "later" of "three days later". A year range written
// with a hyphen is two expressions, as TimeML tags each year
// ("2009-2010"; "1957-58" is 1957 and 1958); a range said in words ("from
// 2014 to 2018", "between May and June") stays one mention with a range,
// as DESIGN.md asks, where TimeML would tag its two ends.
//
// A part of the day joins the day it names. "this morning", "tomorrow
// night" and "later this afternoon" carry it in the value (2018-12-12TMO);
// a weekday carries it only with "afternoon" and "evening"
// ("Monday evening" is 2018-12-10TEV, "Friday night" 2018-12-07), because
// TimeBank and AQUAINT annotators wrote a weekday's morning or night as the
// day alone more often than not.
//
// Clock times keep written seconds (T19:56:30). A fraction of a year,
// day, hour or minute written as "2 1/2" or "and a half" is written in the
// next smaller unit (P2Y6M, PT1M30S), as TimeBank does; a decimal number
// keeps its decimal (P3.5Y) except half hours (PT2H30M). A set with a
// clock time carries it ("each Monday at 4pm" is XXXX-WXX-1T16:00).
//
// Values are resolved against Doc.Published; when it is zero, against
// the date of Doc.Dateline if that date has a year ("BRUSSELS, March 8,
// 2019 (AP) --"), and the rule id of each mention so resolved ends in
// "/dateline-anchor". A dateline date without a year anchors nothing. When
// the publication time is known and the dateline's day lies one day from
// its UTC day ("SEOUL, Dec. 13 (Yonhap)" published at 23:00 UTC on Dec.
// 12), the dateline's day is the anchor: it is the story's local day.
//
// A weekday or a month without a year takes its direction from tense cues
// in the clause ("said Wednesday" is the last one, "will meet Wednesday"
// the next one; a present "is" before any other cue leaves it open);
// without a cue a weekday is the last one and a month date falls between
// nine months before and three months after the anchor. Without an
// anchor, values keep unknown parts as X ("XXXX-12-31", "XXXX-WXX-3") and
// Anchored is false. Ranges are inclusive ISO dates. A range written
// once gives both ends its year ("from May to October 2020", "Nov.
// 18-Dec. 19, 2015", "Aug. 3-7"). A span of clock times on a known day
// carries its times: its range runs in ISO date-times from the start clock
// to the end clock ("1-3 pm Monday" is 2018-12-17T13:00..2018-12-17T15:00,
// "from 8 p.m. Sunday to 8 a.m. Wednesday" spans the days between, "from
// 2 p.m. for three hours" ends at 17:00), an extension of DESIGN.md's
// date-only range; its value is the start. A duration counted from the
// publication time also carries the stretch it covers: "the past two
// months" ends on the publication day, "the next three days" starts the
// day after; such a duration is Anchored, its value stays P2M.
//
// Word lists (month and weekday names, number words, units and their
// granularities, holidays, tense cues, the words that can begin an
// expression, the context words that guard the rules) are data files
// under data/, embedded and loaded once per Extractor.
//
// # Caveats
//
// It does not track a story's own timeline: "the next day" and "that
// year" are resolved against the publication time, not against a date
// mentioned earlier. It does not read other languages, and it does not
// decide which of two readings an annotator would choose where TimeML
// corpora disagree with themselves (e.g. "last week" as a week number or as
// a vague week).
package date
