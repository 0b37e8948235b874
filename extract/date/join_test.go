package date

import "testing"

// TestJoinRules gives each join rule an expression of two matches that
// only it joins: the whole expression must come out as one mention.
func TestJoinRules(t *testing.T) {
	tests := []struct{ rule, text, span string }{
		{"weekdayInWeek", "They meet Tuesday of next week.", "Tuesday of next week"},
		{"joinYearQuarter", "Sales rose in this year's third quarter.", "this year's third quarter"},
		{"joinDayClock", "They meet Friday between 2 and 4 p.m. here.", "Friday between 2 and 4 p.m."},
		{"joinDayClockBound", "Bids are due Thursday before 5 p.m. in Paris.", "Thursday before 5 p.m."},
		{"joinDayModifiedPart", "They left Sunday early morning.", "Sunday early morning"},
		{"joinPartOfDay", "The blast came mid-afternoon yesterday.", "mid-afternoon yesterday"},
		{"joinDayInPart", "They meet Tuesday in the morning.", "Tuesday in the morning"},
		{"joinSetClock", "The bus leaves each Monday at 4 p.m. sharp.", "each Monday at 4 p.m."},
		{"joinDurationFromDate", "He served 10 years beginning 2009.", "10 years beginning 2009"},
		{"joinClockDay", "The polls close at 7:30 on Thursday evening.", "7:30 on Thursday evening"},
		{"joinCountAgo", "It opened 2 weeks and 2 days ago.", "2 weeks and 2 days ago"},
		{"joinDurationSum", "The flight took 3 hours 30 minutes.", "3 hours 30 minutes"},
		{"joinOffsetFromDate", "They arrived two days before Christmas.", "two days before Christmas"},
		{"partOf", "It rained in the last week of July.", "the last week of July"},
		{"weekdayNear", "They meet Monday two weeks from now.", "Monday two weeks from now"},
		{"joinDurationFromClock", "Roads close for three hours from 10 a.m. on the day.", "three hours from 10 a.m."},
		{"joinMoreDuration", "Roads close from 10 a.m. for 3 hours 30 minutes.", "10 a.m. for 3 hours 30 minutes"},
		{"joinWeekOfDay", "Trading resumes the week of March 6.", "the week of March 6"},
		{"joinWeekBeginning", "Trading resumes the week beginning February 4.", "the week beginning February 4"},
		{"joinDayOfYear", "The fund closed on Jan. 27 last year.", "Jan. 27 last year"},
		{"joinWeekendOf", "Crowds gathered on the weekend of Halloween.", "the weekend of Halloween"},
		{"joinRange", "Prices rose from 2014 to 2018.", "from 2014 to 2018"},
	}
	if len(tests) != len(joinRules) {
		t.Fatalf("%d cases for %d join rules", len(tests), len(joinRules))
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			var got []string
			for _, m := range run(tc.text, wed) {
				got = append(got, m.Text)
			}
			if len(got) != 1 || got[0] != tc.span {
				t.Errorf("%q: mentions %q; want one, %q", tc.text, got, tc.span)
			}
		})
	}
}
