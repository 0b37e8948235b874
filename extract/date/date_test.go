package date

import (
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// wed is the publication time used by the table tests: Wednesday, 12
// December 2018, 09:00 UTC.
var wed = time.Date(2018, 12, 12, 9, 0, 0, 0, time.UTC)

func run(text string, pub time.Time) []extract.Mention {
	return New().Extract(&extract.Doc{Text: text, Published: pub})
}

func TestExtractValues(t *testing.T) {
	tests := []struct {
		name, text, span, typ, value, mod string
	}{
		{"until_weekday_past_perfect", "Until Monday, police had not named a suspect.", "Monday", "DATE", "2018-12-10", ""},
		{"until_weekday_future", "The offer stays open until Monday.", "Monday", "DATE", "2018-12-17", ""},
		{"spoken_year_no_cue", "Valmora, nineteen ninety-six: a storm floods the old port.", "nineteen ninety-six", "DATE", "1996", ""},
		{"spoken_year_attributive", "It recalled a nineteen ninety-seven fire at a mill.", "nineteen ninety-seven", "DATE", "1997", ""},
		{"daily_before_weekday", "Talks are held daily Monday through Friday.", "daily", "SET", "P1D", ""},
		{"clock_span_takes_day", "Polls are open 7 a.m. to 8 p.m. Thursday.", "7 a.m. to 8 p.m. Thursday", "TIME", "2018-12-13T07:00", ""},
		{"clock_zone_then_weekday", "The fire started at about 11:20 a.m. (0820 GMT) Monday.", "11:20 a.m.", "TIME", "2018-12-10T11:20", ""},
		{"clock_zone_on_weekday", "The vote closes at 8 p.m. (0100 GMT) on Thursday.", "8 p.m.", "TIME", "2018-12-13T20:00", ""},
		{"next_to_is_no_future", "A fire swept through a warehouse next to the city hall in Valmora Friday morning.", "Friday morning", "DATE", "2018-12-07", ""},
		{"tense_window_counts_words", "The offer expires at 5 p.m. New York time on Friday.", "Friday", "DATE", "2018-12-14", ""},
		{"place_clock_takes_day", "The offer expires at 5 p.m. New York time on Friday.", "5 p.m.", "TIME", "2018-12-14T17:00", ""},
		{"deadline_before_part", "The deal must be ratified by the end of March.", "the end of March", "DATE", "2019-03", "END"},
		{"possessive_weekday_past", "Lawyers said they would seek to overturn Monday's ruling.", "Monday", "DATE", "2018-12-10", ""},
		{"possessive_weekday_ahead", "Ahead of Sunday's vote, police were deployed.", "Sunday", "DATE", "2018-12-16", ""},
		{"possessive_weekday_will", "He will speak at Sunday's rally.", "Sunday", "DATE", "2018-12-16", ""},
		{"possessive_weekday_before_is_order", "Its share before Friday's purchases was 7 percent.", "Friday", "DATE", "2018-12-07", ""},
		{"holiday_weekend_monday", "Traffic was heavy over Labor Day weekend.", "Labor Day weekend", "DATE", "2018-W35-WE", ""},
		{"holiday_weekend_thursday_year", "Sales rose over Thanksgiving weekend 2016.", "Thanksgiving weekend 2016", "DATE", "2016-W47-WE", ""},
		{"weekend_of_holiday", "Crowds gathered on the weekend of Halloween.", "the weekend of Halloween", "DATE", "2018-W43-WE", ""},
		{"the_week_number", "Sales peaked in the week 31.", "week 31", "DATE", "2018-W31", ""},
		{"spoken_year_two_thousand_tens", "The plan runs to two thousand and twenty-five, he said.", "two thousand and twenty-five", "DATE", "2025", ""},
		{"past_verb_after_subject", "The minister resigned on Feb. 20.", "Feb. 20", "DATE", "2018-02-20", ""},
		{"irregular_past_verb", "The leader died on March 11.", "March 11", "DATE", "2018-03-11", ""},
		{"past_verb_before_future_clause", "The Fed raised rates in September and will meet again next week.", "September", "DATE", "2018-09", ""},
		{"name_may_is_no_modal", "Theresa May said on Tuesday she would stay on.", "Tuesday", "DATE", "2018-12-11", ""},
		{"wont_is_future", "The panel won't vote on Monday.", "Monday", "DATE", "2018-12-17", ""},
		{"plans_as_verb", "The union, which struck in October, plans another walkout in January.", "January", "DATE", "2019-01", ""},
		{"gmt_four_digit_clock", "The session ended at 1630 GMT.", "1630 GMT", "TIME", "2018-12-12T16:30", ""},
		{"gmt_clock_not_year", "The match kicks off at 8 p.m. local (1900 GMT).", "1900 GMT", "TIME", "2018-12-12T19:00", ""},
		{"zone_pair_gmt_day_gives_local_day", "Polls close at 8 p.m. (0100 GMT Thursday).", "8 p.m.", "TIME", "2018-12-12T20:00", ""},
		{"zone_pair_weekday_next_to_local_day", "Polls close at 7 p.m. Thursday (0000 GMT Friday).", "0000 GMT Friday", "TIME", "2018-12-14T00:00", ""},
		{"zone_pair_day_after_parentheses", "Markets will open at 9:30 a.m. (1430 GMT) on Friday.", "1430 GMT", "TIME", "2018-12-14T14:30", ""},
		{"schedule_present_opens", "The summit opens on Thursday in Vienna.", "Thursday", "DATE", "2018-12-13", ""},
		{"schedule_present_takes_effect", "The measure takes effect Monday.", "Monday", "DATE", "2018-12-17", ""},
		{"schedule_present_begins_clock", "The meeting begins at 9 a.m. Friday.", "9 a.m. Friday", "TIME", "2018-12-14T09:00", ""},
		{"business_half_with_goal", "She predicts a stronger second half, though the firm will miss its profit goal.", "second half", "DATE", "2018-H2", ""},
		{"month_pair_may", "Between March and May, exports slumped.", "Between March and May", "DATE", "2018-03", ""},
		{"holiday_black_friday", "Shoppers flocked to stores on Black Friday.", "Black Friday", "DATE", "2018-11-23", ""},
		{"holiday_palm_sunday", "Christians celebrated Palm Sunday.", "Palm Sunday", "DATE", "2018-03-25", ""},
		{"holiday_election_day", "Voters went to the polls on Election Day.", "Election Day", "DATE", "2018-11-06", ""},
		{"modal_may_future", "The company may cut jobs on Monday.", "Monday", "DATE", "2018-12-17", ""},
		{"modal_may_have_past", "They may have met on Monday.", "Monday", "DATE", "2018-12-10", ""},
		{"preparing_to_future", "The panel is preparing to vote on Monday.", "Monday", "DATE", "2018-12-17", ""},
		{"weekday_list_in_order", "The central bank is to meet Tuesday and Wednesday.", "Wednesday", "DATE", "2018-12-19", ""},
		{"end_hyphen_year", "Rates will stay low until end-2019.", "end-2019", "DATE", "2019", "END"},
		{"apostrophe_year", "Oil peaked in '08 and slumped in '09.", "'08", "DATE", "2008", ""},
		{"half_a_century", "The group has existed for half a century.", "half a century", "DURATION", "P50Y", ""},
		{"until_at_least_year", "The ban will last until at least 2021.", "2021", "DATE", "2021", ""},
		{"fiscal_two_digits", "The company cut its FY19 guidance.", "FY19", "DATE", "2019", ""},
		{"about_duration_approx", "The talks lasted about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"},
		{"almost_ago_in_span", "The ceasefire ended almost four years ago.", "almost four years ago", "DATE", "2014", "LESS_THAN"},
		{"almost_duration_in_span", "The siege lasted almost a hundred years.", "almost a hundred years", "DURATION", "P100Y", "LESS_THAN"},
		{"up_to_duration", "Reservists can be called up for up to 180 days.", "up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS"},
		{"around_date_approx", "The sale should be completed around Jan. 15.", "around Jan. 15", "DATE", "2019-01-15", "APPROX"},
		{"around_possessive_is_preposition", "Lawyers sought a way around Monday's ruling.", "Monday", "DATE", "2018-12-10", ""},
		{"or_so_joins_stretch", "Prices should stay high over the next year or so.", "the next year or so", "DATE", "2019", "APPROX"},
		{"or_so_joins_duration", "The repairs took two weeks or so.", "two weeks or so", "DURATION", "P2W", "APPROX"},
		{"in_outside_count_span", "The bonds will be redeemed in five years.", "five years", "DATE", "2023", ""},
		{"year_pair_short_end_start", "The 1957-58 recession hit exports.", "1957", "DATE", "1957", ""},
		{"year_pair_short_end", "The 1957-58 recession hit exports.", "58", "DATE", "1958", ""},
		{"year_pair_season_end", "The 2018-19 season ended in May.", "19", "DATE", "2019", ""},
		{"year_pair_short_end_century", "The crisis of 1999-00 hurt banks.", "00", "DATE", "2000", ""},
		{"year_pair_full_start", "The 2009-2010 budget was cut.", "2009", "DATE", "2009", ""},
		{"year_pair_full_end", "The 2009-2010 budget was cut.", "2010", "DATE", "2010", ""},
		{"unit_long_adjective", "It was their third day-long meeting.", "day-long", "DURATION", "P1D", ""},
		{"count_unit_long_adjective", "Leaders met at a two-day-long summit.", "two-day-long", "DURATION", "P2D", ""},
		{"mid_part_hyphen", "By mid-afternoon, the troops had left.", "mid-afternoon", "TIME", "2018-12-12TAF", "MID"},
		{"part_before_day", "Shares fell at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2018-12-11TAF", "MID"},
		{"part_before_weekday_evening", "The storm hit late afternoon Friday.", "late afternoon Friday", "TIME", "2018-12-07TAF", "END"},
		{"this_past_weekend", "This past weekend, fans rallied in the square.", "This past weekend", "DATE", "2018-W49-WE", ""},
		{"at_outside_this_time", "The court declined to rule at this time.", "this time", "DATE", "PRESENT_REF", ""},
		{"at_outside_present", "At present the plan is on hold.", "present", "DATE", "PRESENT_REF", ""},
		{"set_days_at_clock", "The ferry leaves every day at 7:15 p.m.", "every day at 7:15 p.m.", "SET", "T19:15", ""},
		{"set_evenings_at_clock", "The ferry leaves every evening at 7:15 p.m.", "every evening at 7:15 p.m.", "SET", "T19:15", ""},
		{"set_plural_weekday_no_cue", "The council meets Tuesdays at 9 a.m.", "Tuesdays at 9 a.m.", "SET", "XXXX-WXX-2T09:00", ""},
		{"ordinal_day_of_relative_month", "The vote is set for the 15th of next month.", "the 15th of next month", "DATE", "2019-01-15", ""},
		{"ordinal_words_day_of_month", "The deadline is the twenty-third day of September.", "the twenty-third day of September", "DATE", "2018-09-23", ""},
		{"thousand_years", "The order guarded its recipes for more than two thousand years.", "more than two thousand years", "DURATION", "P2000Y", "MORE_THAN"},
		{"about_clock_left_out", "The blast struck at about 4 a.m. on Monday.", "4 a.m. on Monday", "TIME", "2018-12-10T04:00", ""},
		{"nth_weekday_of_month", "The final will be played on the last Sunday of January.", "the last Sunday of January", "DATE", "2019-01-27", ""},
		{"nth_weekday_of_month_year", "Elections are held on the first Tuesday of November 2020.", "the first Tuesday of November 2020", "DATE", "2020-11-03", ""},
		{"a_week_from_weekday", "The talks will conclude a week from Friday.", "a week from Friday", "DATE", "2018-12-21", ""},
		{"year_earlier_same_month", "Shipments in November fell 5 percent from a year earlier.", "a year earlier", "DATE", "2017-11", ""},
		{"year_earlier_same_quarter", "Sales in the fourth quarter will be weaker than a year earlier.", "a year earlier", "DATE", "2017-Q4", ""},
		{"following_weekday_after_date", "The ship docked on Dec. 3 and sailed the following Monday.", "the following Monday", "DATE", "2018-12-10", ""},
		{"last_winter_in_december", "Prices rose last winter.", "last winter", "DATE", "2018-WI", ""},
		{"fixture_hosts_team", "Liverpool hosts Wolverhampton on Friday.", "Friday", "DATE", "2018-12-14", ""},
		{"fronted_weekday_modal_after", "On Friday, commuters should expect delays.", "Friday", "DATE", "2018-12-14", ""},
		{"future_in_past_either_side", "The tax hike, which was due to take effect on Jan. 1, was suspended.", "Jan. 1", "DATE", "2019-01-01", ""},
		{"until_after_past_aux", "The findings were not released until late April.", "late April", "DATE", "2018-04", "END"},
		{"agreed_to_noun_no_future", "Leaders agreed to a truce on Dec. 1 and will meet again.", "Dec. 1", "DATE", "2018-12-01", ""},
		{"future_quarter_next_year", "The company will report results in the first quarter.", "the first quarter", "DATE", "2019-Q1", ""},
		{"future_half_next_year", "Growth is expected to slow in the first half.", "the first half", "DATE", "2019-H1", ""},
		{"quarter_just_ended_reported", "It expects to report third-quarter results.", "third-quarter", "DATE", "2018-Q3", ""},
		{"hyphenated_expected_no_cue", "The agency reported a higher-than-expected surplus in the second quarter.", "the second quarter", "DATE", "2018-Q2", ""},
		{"evening_clock_is_pm", "They meet Thursday evening at 7:30.", "Thursday evening at 7:30", "TIME", "2018-12-13T19:30", ""},
		{"late_century_s", "It happened in the late 1800s.", "the late 1800s", "DATE", "18", "END"},
		{"as_early_as_month", "A decision could come as early as March.", "March", "DATE", "2019-03", ""},
		{"day_list_single_digit", "Talks were held on Nov. 5 and 6 in Beijing.", "6", "DATE", "2018-11-06", ""},
		{"day_list_commas", "Hearings are set for Dec. 17, 19 and 21.", "21", "DATE", "2018-12-21", ""},
		{"first_in_months_is_duration", "The talks will be the first such meeting in 18 months.", "18 months", "DURATION", "P18M", ""},
		{"clock_pair_shares_day", "Polls open at 7 a.m. and close at 8 p.m. Thursday.", "7 a.m.", "TIME", "2018-12-13T07:00", ""},
		{"same_month_last_year", "Sales in November rose 0.6 percent from the same month last year.", "the same month last year", "DATE", "2017-11", ""},
		{"data_for_month_not_future", "Official data for November will be published on Dec. 18.", "November", "DATE", "2018-11", ""},
		{"trial_set_for_date", "The judge set the trial for June 3.", "June 3", "DATE", "2019-06-03", ""},
		{"clock_weekday_next_week", "Lawmakers have until midnight Friday next week to act.", "midnight Friday next week", "TIME", "2018-12-21T24:00", ""},
		{"schedule_then_attribution", "Talks resume in January, diplomats said.", "January", "DATE", "2019-01", ""},
		{"participle_planned_for", "The meeting planned for Thursday will be held in Brussels.", "Thursday", "DATE", "2018-12-13", ""},
		{"hyphen_quarter_future", "First-quarter GDP data will be released on April 26.", "First-quarter", "DATE", "2019-Q1", ""},
		{"said_goes_on_is_verb", "Assad, speaking in interviews on Monday, said the truce would hold.", "Monday", "DATE", "2018-12-10", ""},
		{"possessive_weekday_will_after", "Thursday's vote will decide the fate of the bill.", "Thursday", "DATE", "2018-12-13", ""},
		{"possessive_weekday_await", "Markets await Friday's jobs report.", "Friday", "DATE", "2018-12-14", ""},
		{"possessive_will_elsewhere", "He left Saturday's meeting believing he will be the pick.", "Saturday", "DATE", "2018-12-08", ""},
		{"between_now_and_weekday", "The offer is valid between now and Friday.", "between now and Friday", "DATE", "PRESENT_REF", ""},
		{"decade_2000s", "The 2000s were a lost decade.", "The 2000s", "DATE", "200", ""},
		{"clock_pair_over_midnight", "The fire started at 11:45 p.m. and was put out at 2:30 a.m. Thursday.", "11:45 p.m.", "TIME", "2018-12-05T23:45", ""},
		{"clock_before_weekday_night", "The game starts at 7:30 Saturday night.", "7:30 Saturday night", "TIME", "2018-12-15T19:30", ""},
		{"clock_on_weekday_evening", "He was born at 7:30 on Thursday evening.", "7:30 on Thursday evening", "TIME", "2018-12-06T19:30", ""},
		{"day_list_serial_comma", "The hearings are on Jan. 7, 9, and 11.", "11", "DATE", "2019-01-11", ""},
		{"day_list_attributive", "The Jan. 8 and 9 meetings were called off.", "9", "DATE", "2018-01-09", ""},
		{"past_perfect_scheduled", "The vote had originally been scheduled for Dec. 3.", "Dec. 3", "DATE", "2018-12-03", ""},
		{"passive_forecast_for", "Heavy rain was forecast for Thursday.", "Thursday", "DATE", "2018-12-13", ""},
		{"ahead_of_date", "Crowds gathered ahead of the abdication on April 30.", "April 30", "DATE", "2019-04-30", ""},
		{"runs_through_weekday", "The show, which runs through Friday, opened.", "Friday", "DATE", "2018-12-14", ""},
		{"possessive_deadline", "Firms are racing to meet Friday's deadline.", "Friday", "DATE", "2018-12-14", ""},
		{"present_as_verb", "He will present year-end crime figures.", "year-end", "DATE", "2018", "END"},
		{"gmt_clock_range", "The vote will be held between 1800 and 2000 GMT.", "between 1800 and 2000 GMT", "TIME", "2018-12-12T18:00", ""},
		{"month_earlier_after_month", "Sales rose 3.2 percent in November, down from a month earlier.", "a month earlier", "DATE", "2018-10", ""},
		{"year_earlier_after_written_year", "Coverage rose to 90 percent in 2016 from 88 percent a year earlier.", "a year earlier", "DATE", "2015", ""},
		{"month_day_last_year", "The show ended on Jan. 27 last year.", "Jan. 27 last year", "DATE", "2017-01-27", ""},
		{"clock_takes_earlier_day", "Police said the Monday night shooting happened at about 10:40 p.m. near a bar.", "10:40 p.m.", "TIME", "2018-12-10T22:40", ""},
		{"participle_joined_to_future", "Markets will be open on Monday and closed on Thursday.", "Thursday", "DATE", "2018-12-13", ""},
		{"weekday_past_said", "Officials said Wednesday that talks stalled.", "Wednesday", "DATE", "2018-12-12", ""},
		{"weekday_past_reported", "The two sides met Monday in Seoul.", "Monday", "DATE", "2018-12-10", ""},
		{"weekday_past_said_after_name", "The ambassador to Venezuela said on Monday that Iraq would retaliate.", "Monday", "DATE", "2018-12-10", ""},
		{"month_day_present_clause", "The company said it is calling the notes on Feb. 7.", "Feb. 7", "DATE", "2019-02-07", ""},
		{"month_after_adjective", "The bonus would be handed out on a still undecided date in January.", "January", "DATE", "2019-01", ""},
		{"month_by_deadline", "Repairs on the bridge end by June.", "June", "DATE", "2019-06", ""},
		{"past_weekday_nearest", "Where were you on past Tuesday?", "past Tuesday", "DATE", "2018-12-11", ""},
		{"digit_hour_span_not_minutes", "The office is shut from 5 to 6pm.", "from 5 to 6pm", "TIME", "2018-12-12T17:00", ""},
		{"clock_words_pm_sentence_end", "The train left at ten to five pm.", "ten to five pm", "TIME", "2018-12-12T16:50", ""},
		{"month_glued_year", "Sales for Dec/2018 were flat.", "Dec/2018", "DATE", "2018-12", ""},
		{"month_comma_year_abbrev", "Sales for Dec, 2017 were flat.", "Dec, 2017", "DATE", "2017-12", ""},
		{"year_dash_quarter", "Sales fell in 2017-Q1.", "2017-Q1", "DATE", "2017-Q1", ""},
		{"half_year", "Profit rose in H1 2019.", "H1 2019", "DATE", "2019-H1", ""},
		{"year_space_half", "Sales in 2019 H2 will be weak.", "2019 H2", "DATE", "2019-H2", ""},
		{"iso_seconds", "The log shows 2018-04-11T14:05:09 as the start.", "2018-04-11T14:05:09", "TIME", "2018-04-11T14:05:09", ""},
		{"weekday_at_dotted_clock", "The talks resume Monday at 2.30, officials said.", "Monday at 2.30", "TIME", "2018-12-17T14:30", ""},
		{"weekday_at_decimal_amount", "Shares closed Monday at 2.30 million.", "Monday", "DATE", "2018-12-10", ""},
		{"fraction_years", "They lived in tents for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"fraction_hours", "The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", ""},
		{"decimal_days_kept", "The strike lasted 1.5 days.", "1.5 days", "DURATION", "P1.5D", ""},
		{"decimal_hours_minutes", "The strike lasted 2.5 hours.", "2.5 hours", "DURATION", "PT2H30M", ""},
		{"words_half_day", "The strike lasted a day and a half.", "a day and a half", "DURATION", "P1DT12H", ""},
		{"decimal_weeks_stay", "The strike lasted 2.5 weeks.", "2.5 weeks", "DURATION", "P2.5W", ""},
		{"unit_and_a_half", "A minute and a half later, the crew radioed.", "A minute and a half", "DURATION", "PT1M30S", ""},
		{"half_an_hour", "They waited half an hour.", "half an hour", "DURATION", "PT30M", ""},
		{"feb_29_leap_year", "The levy was first paid on Feb. 29.", "Feb. 29", "DATE", "2016-02-29", ""},
		{"set_weekday_at_clock", "The market opens each Monday at 4pm.", "each Monday at 4pm", "SET", "XXXX-WXX-1T16:00", ""},
		{"set_weekday_parts", "Two flights leave Bombay on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", ""},
		{"weekday_then_noun_not_set", "Troops left Tuesday morning.", "Tuesday morning", "DATE", "2018-12-11", ""},
		{"one_day_future", "Cricket will one day be the most popular sport there.", "one day", "DATE", "FUTURE_REF", ""},
		{"one_day_length", "The strike lasted one day.", "one day", "DURATION", "P1D", ""},
		{"few_days_later_duration", "A few days later, the company announced losses.", "A few days", "DURATION", "PXD", ""},
		{"at_the_time_past", "He said at the time he was ready to quit.", "the time", "DATE", "PAST_REF", ""},
		{"this_past_season", "Costs were high this past spring.", "this past spring", "DATE", "2018-SP", ""},
		{"last_verb_not_lead", "The talks will last three hours.", "three hours", "DURATION", "PT3H", ""},
		{"clock_hour_words_pm", "The ceremony starts at six p.m. on the square.", "six p.m.", "TIME", "2018-12-12T18:00", ""},
		{"clock_hour_words_oclock", "The bells rang at seven o'clock.", "seven o'clock", "TIME", "2018-12-12T07:00", ""},
		{"day_at_clock_words", "He returns Friday at six pm, aides said.", "Friday at six pm", "TIME", "2018-12-07T18:00", ""},
		{"now_to_clock_range", "Polls stay open between now and eight o'clock.", "between now and eight o'clock", "DATE", "PRESENT_REF", ""},
		{"weekday_day_then_clock_words", "He flies home on Monday the 17th six pm.", "Monday the 17th six pm", "TIME", "2018-12-17T18:00", ""},
		{"the_next_hour", "Rescuers expect news within the next hour.", "the next hour", "DURATION", "PT1H", ""},
		{"ago_or_so", "He chose the date a week or so ago.", "a week or so ago", "DATE", "2018-12-05", "APPROX"},
		{"weekday_future_will", "The two sides will meet Friday in Seoul.", "Friday", "DATE", "2018-12-14", ""},
		{"weekday_started_talks", "They started their second round of talks Tuesday.", "Tuesday", "DATE", "2018-12-11", ""},
		{"last_month", "Their first round of meetings held last month ended.", "last month", "DATE", "2018-11", ""},
		{"next_year", "They hope to sign next year.", "next year", "DATE", "2019", ""},
		{"this_year", "Seoul pays 960 billion won this year.", "this year", "DATE", "2018", ""},
		{"since_year", "It has been in force since 1991.", "1991", "DATE", "1991", ""},
		{"expire_dec_31", "The deal is set to expire on Dec. 31.", "Dec. 31", "DATE", "2018-12-31", ""},
		{"mid_november", "He was appointed in mid-November.", "mid-November", "DATE", "2018-11", "MID"},
		{"signed_in_year", "The deal was signed in 2014.", "2014", "DATE", "2014", ""},
		{"full_date", "It was signed on December 31, 2017.", "December 31, 2017", "DATE", "2017-12-31", ""},
		{"day_month_year", "It was signed on 31 December 2017.", "31 December 2017", "DATE", "2017-12-31", ""},
		{"iso_date", "The file is dated 2018-04-11.", "2018-04-11", "DATE", "2018-04-11", ""},
		{"slash_date", "The file is dated 12/31/2018.", "12/31/2018", "DATE", "2018-12-31", ""},
		{"month_year", "Talks began in March 2013.", "March 2013", "DATE", "2013-03", ""},
		{"fiscal_year", "Sales rose in fiscal 2019.", "fiscal 2019", "DATE", "2019", ""},
		{"decade", "Prices fell in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"decade_words_late", "Prices rose in the late sixties.", "the late sixties", "DATE", "196", "END"},
		{"decade_words_mid_hyphen", "It was built in the mid-seventies.", "the mid-seventies", "DATE", "197", "MID"},
		{"decade_words_early", "They met in the early nineties.", "the early nineties", "DATE", "199", "START"},
		{"quarter_of_year", "Profit fell in the second quarter of 2018.", "the second quarter of 2018", "DATE", "2018-Q2", ""},
		{"today", "The talks end today.", "today", "DATE", "2018-12-12", ""},
		{"yesterday", "The talks ended yesterday.", "yesterday", "DATE", "2018-12-11", ""},
		{"earlier_this_month", "He said so earlier this month.", "earlier this month", "DATE", "2018-12", ""},
		{"weeks_ago", "It happened two weeks ago.", "two weeks ago", "DATE", "2018-11-28", ""},
		{"late_year", "It should be done by late 2019.", "late 2019", "DATE", "2019", "END"},
		{"past_decade", "Costs rose over the past decade.", "the past decade", "DURATION", "P10Y", ""},
		{"duration_years", "The deal lasts three years.", "three years", "DURATION", "P3Y", ""},
		{"duration_adjective", "The two-day talks ended.", "two-day", "DURATION", "P2D", ""},
		{"time_local", "The vote is at 10 a.m. local time.", "10 a.m. local time", "TIME", "2018-12-12T10:00", ""},
		{"date_at_time", "It was signed Dec. 31, 2017, at 10 a.m. in Seoul.", "Dec. 31, 2017, at 10 a.m.", "TIME", "2017-12-31T10:00", ""},
		{"set_every_year", "The drills are held every year.", "every year", "SET", "P1Y", ""},
		{"set_weekly", "The panel meets weekly.", "weekly", "SET", "P1W", ""},
		{"present_ref", "The talks are now in their final stage.", "now", "DATE", "PRESENT_REF", ""},
		{"past_ref", "He recently visited Seoul.", "recently", "DATE", "PAST_REF", ""},
		{"future_ref", "Nobody knows what the future holds.", "the future", "DATE", "FUTURE_REF", ""},
		{"approx_duration", "They talked for nearly four hours.", "nearly four hours", "DURATION", "PT4H", "EQUAL_OR_LESS"},
		{"holiday", "Markets close on Christmas Day.", "Christmas Day", "DATE", "2018-12-25", ""},
		{"spoken_year", "He was convicted in nineteen ninety-one.", "nineteen ninety-one", "DATE", "1991", ""},
		{"year_possessive_quarter", "Sales for this year's third quarter rose.", "this year's third quarter", "DATE", "2018-Q3", ""},
		{"last_half_of_year", "Profit fell in the last half of 2017.", "the last half of 2017", "DATE", "2017-H2", ""},
		{"season_spoken_year", "Prices peaked in the winter of nineteen eighty-two.", "the winter of nineteen eighty-two", "DATE", "1982-WI", ""},
		{"this_coming_weekday", "They meet this coming Sunday.", "this coming Sunday", "DATE", "2018-12-16", ""},
		{"earlier_in_the_day", "The talks started earlier in the day.", "earlier in the day", "DATE", "2018-12-12", ""},
		{"range_from_to", "It covered the years from 2014 to 2018.", "from 2014 to 2018", "DATE", "2014", ""},
		{"offset_from_holiday", "They meet two days before Christmas.", "two days before Christmas", "DATE", "2018-12-23", ""},
		{"duration_sum", "The session lasted 3 hours 30 minutes.", "3 hours 30 minutes", "DURATION", "PT3H30M", ""},
		{"weekday_of_next_week", "They meet on Tuesday of next week.", "Tuesday of next week", "DATE", "2018-12-18", ""},
		{"day_then_clock", "Talks resumed Dec. 3 at noon.", "Dec. 3 at noon", "TIME", "2018-12-03T12:00", ""},
		{"last_weekday_is_last_week", "They met last Thursday.", "last Thursday", "DATE", "2018-12-06", ""},
		{"quarter_adjective", "It reported third-quarter results.", "third-quarter", "DATE", "2018-Q3", ""},
		{"year_earlier_in_quarter_report", "Third-quarter profit fell from a year earlier.", "a year earlier", "DATE", "2017-Q3", ""},
		{"weekday_evening_part", "The truce took effect Monday evening.", "Monday evening", "DATE", "2018-12-10TEV", ""},
		{"weekday_afternoon_part", "Rescuers reached the village Tuesday afternoon.", "Tuesday afternoon", "DATE", "2018-12-11TAF", ""},
		{"weekday_night_day_only", "Rebels shelled the town Sunday night.", "Sunday night", "DATE", "2018-12-09", ""},
		{"weekday_morning_day_only", "The minister resigned Monday morning.", "Monday morning", "DATE", "2018-12-10", ""},
		{"tomorrow_night_part", "The vote is due tomorrow night.", "tomorrow night", "DATE", "2018-12-13TNI", ""},
		{"yesterday_morning_part", "The ferry sank yesterday morning.", "yesterday morning", "DATE", "2018-12-11TMO", ""},
		{"weekday_evening_then_clock", "Polls closed Monday evening at 8 p.m.", "Monday evening at 8 p.m.", "TIME", "2018-12-10T20:00", ""},
		{"clock_words_to", "The train left at ten to five in the morning.", "ten to five in the morning", "TIME", "2018-12-12T04:50", ""},
		{"last_week_of_month", "Talks will resume in the last week of January.", "the last week of January", "DATE", "2019-01", "END"},
		{"first_month_of_year", "Sales slumped in the first month of 2017.", "the first month of 2017", "DATE", "2017", "START"},
		{"offset_more_than_before", "The order was placed more than two weeks before Christmas.", "more than two weeks before Christmas", "DATE", "2018-12-11", "BEFORE"},
		{"offset_less_than_after", "It will close less than three days after tomorrow.", "less than three days after tomorrow", "DATE", "2018-12-16", "BEFORE"},
		{"day_before_clock", "Bids are due Thursday before 5 p.m.", "Thursday before 5 p.m.", "TIME", "2018-12-13T17:00", "BEFORE"},
		{"day_by_clock", "Troops must leave tomorrow by 9 a.m.", "tomorrow by 9 a.m.", "TIME", "2018-12-13T09:00", "ON_OR_BEFORE"},
		{"duration_from_clock", "The strike will last for three hours from 10 a.m.", "three hours from 10 a.m.", "TIME", "2018-12-12T10:00", ""},
		{"clock_for_duration", "Roads close from 2 p.m. for two hours.", "2 p.m. for two hours", "TIME", "2018-12-12T14:00", ""},
		{"week_beginning", "Talks are set for the week beginning January 7.", "the week beginning January 7", "DATE", "2019-01-07", ""},
		{"past_fortnight", "Prices have doubled over the past fortnight.", "the past fortnight", "DURATION", "P2W", ""},
		{"weekday_next_week", "Talks resume Tuesday next week.", "Tuesday next week", "DATE", "2018-12-18", ""},
		{"weekday_part_next_week", "Talks resume Tuesday evening next week.", "Tuesday evening next week", "DATE", "2018-12-18TEV", ""},
		{"weekday_weeks_after_date", "The new line opens Sunday three weeks after Christmas.", "Sunday three weeks after Christmas", "DATE", "2019-01-20", ""},
		{"clock_for_duration_sum", "Roads close from 10 a.m. for 3 hours 30 minutes.", "10 a.m. for 3 hours 30 minutes", "TIME", "2018-12-12T10:00", ""},
		{"day_first_slash", "The vote will be held on 22/04.", "22/04", "DATE", "2019-04-22", ""},
		{"scheduled_for_month", "Officials said the vote was scheduled for March.", "March", "DATE", "2019-03", ""},
		{"to_be_done_by", "The sale is expected to be completed by Feb. 15, officials said.", "Feb. 15", "DATE", "2019-02-15", ""},
		{"business_days", "The bank must respond within five business days.", "five business days", "DURATION", "P5D", ""},
		{"count_weekends", "The festival runs over three weekends.", "three weekends", "DURATION", "P3WE", ""},
		{"week_of_day", "The hearing was set for the week of March 4, 2019.", "the week of March 4, 2019", "DATE", "2019-W10", ""},
		{"later_this_afternoon", "Talks resume later this afternoon.", "later this afternoon", "TIME", "2018-12-12TAF", ""},
		{"hour_in_the_morning", "The convoy left at 4 in the morning.", "4 in the morning", "TIME", "2018-12-12T04:00", ""},
		{"hour_in_the_evening", "Polls closed at seven in the evening.", "seven in the evening", "TIME", "2018-12-12T19:00", ""},
		{"hour_at_night", "The curfew starts at 10 at night.", "10 at night", "TIME", "2018-12-12T22:00", ""},
		{"day_in_the_evening", "The vote is tomorrow in the evening.", "tomorrow in the evening", "DATE", "2018-12-13TEV", ""},
		{"weekday_in_the_morning", "They met Monday in the morning.", "Monday in the morning", "DATE", "2018-12-10", ""},
		{"the_weeks_before", "His car was seen in the weeks before the shooting.", "weeks", "DATE", "PAST_REF", ""},
		{"day_list_after", "The summit will be held on April 24 and 25.", "25", "DATE", "2019-04-25", ""},
		{"calendar_year_named", "Exports fell in the calendar year 2008.", "the calendar year 2008", "DATE", "2008", ""},
		{"weekday_mod_part_clock", "The march starts Sunday early morning at 8:00.", "Sunday early morning at 8:00", "TIME", "2018-12-16T08:00", "START"},
		{"weekday_mod_part", "Rebels attacked Sunday late evening.", "Sunday late evening", "TIME", "2018-12-09TEV", "END"},
		{"day_list_before", "Strikes are planned for 18 and 19 June 2019.", "18", "DATE", "2019-06-18", ""},
		{"abbrev_weekday_at_clock", "The rally will be on Sat at 5 p.m.", "Sat at 5 p.m.", "TIME", "2018-12-15T17:00", ""},
		{"abbrev_weekday_pair", "Polls open Mon or Tue, officials said.", "Tue", "DATE", "2018-12-11", ""},
		{"trading_days_after_date", "Six trading days after Oct. 3, prices recovered.", "Six trading days", "DURATION", "P6D", ""},
		{"weekday_weeks_from_now", "The envoy returns Monday two weeks from now.", "Monday two weeks from now", "DATE", "2018-12-24", ""},
		{"clock_pm_sentence_end", "The polls closed at 6.45pm.", "6.45pm", "TIME", "2018-12-12T18:45", ""},
		{"clock_seconds", "The quake struck at 7:56:30 pm local time.", "7:56:30 pm local time", "TIME", "2018-12-12T19:56:30", ""},
		{"set_bi_weekly", "The panel meets bi-weekly.", "bi-weekly", "SET", "P2W", ""},
		{"set_semi_annual", "It pays a semi-annual dividend.", "semi-annual", "SET", "P6M", ""},
		{"counted_on_weekday", "The ship will dock in three days on Saturday.", "three days on Saturday", "DATE", "2018-12-15", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := run(tc.text, wed)
			var got *extract.Mention
			for i := range ms {
				if ms[i].Text == tc.span {
					got = &ms[i]
				}
			}
			if got == nil {
				t.Fatalf("Extract(%q): no mention %q; got %v", tc.text, tc.span, texts(ms))
			}
			d := got.Date
			if d.TimexType != tc.typ || d.Value != tc.value || d.Mod != tc.mod {
				t.Errorf("Extract(%q) %q = %s %s mod %q, want %s %s mod %q", tc.text, tc.span, d.TimexType, d.Value, d.Mod, tc.typ, tc.value, tc.mod)
			}
		})
	}
}

func texts(ms []extract.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+"="+m.Date.Value)
	}
	return out
}

func TestNoFalseDates(t *testing.T) {
	tests := []struct{ name, text string }{
		{"troops", "The US keeps 28,500 troops in the country."},
		{"money", "The deal is worth $1.5 billion."},
		{"article", "Members invoked Article 5 of the treaty."},
		{"route", "Traffic on Route 66 was heavy."},
		{"score", "The 2-1 win put them top of the table."},
		{"decimal", "Output grew 3.5 percent and 2.46 billion guilders."},
		{"count_year_like", "Some 2000 protesters gathered."},
		{"modal_may", "Officials said the talks may resume."},
		{"name_jan", "Foreign Minister Jan Kavan spoke."},
		{"aircraft", "The Boeing 747 landed."},
		{"phone", "Call +86 138-2010-2015 for details."},
		{"rate_a_year", "It saves $500 million a year."},
		{"dividend", "The company raised its quarterly dividend."},
		{"high_noon", "It was like a scene from High Noon."},
		{"count_range_people", "Two to four people share each tent."},
		{"count_range_percent", "Prices rose five to ten percent."},
		{"ratio_slash", "The court ruled 22/04 in favour."},
		{"sat_verb", "He sat at 5 desks before lunch."},
		{"sun_paper", "The Sun and the Mirror reported it."},
		{"units_of_years_before", "Most of the years before independence were hard."},
		{"count_range_months_word", "Between 3 to 7 people applied."},
		{"dash_scores", "The team won 3-7 in extra time."},
		{"party_daily", "The Communist Party daily Granma said so."},
		{"weekly_name", "The news weekly Der Spiegel reported it."},
		{"daily_in_name", "The official told China Daily, a state paper, that nobody was hurt."},
		{"daily_newspaper", "A daily newspaper ran the story."},
		{"sports_quarter", "The Warriors led by 10 points in the third quarter."},
		{"sports_half", "The striker scored twice in the second half."},
		{"count_people", "Around 2000 people attended the rally."},
		{"paper_title_weekday", "The Sunday Times reported the deal."},
		{"quarter_point", "The Fed raised rates by a quarter-point."},
		{"by_a_quarter", "Output fell by a quarter."},
		{"race_time", "Eliud Kipchoge won in 2:03:59."},
		{"address_block", "Police were called to the 1800 block of Main Street."},
		{"house_number", "He lived at 2010 Elm Street."},
		{"ages_range", "The children, aged 5 to 12, were evacuated."},
		{"spoken_count_two_thousand", "Two thousand people marched in the capital."},
		{"named_black_monday", "Black Monday wiped out a fifth of the market."},
		{"named_good_friday_agreement", "Good Friday Agreement talks resumed."},
		{"game_score_quarter", "The Patriots led 14-3 at the end of the first quarter."},
		{"race_time_hours_minutes", "She won the marathon in 2:21."},
		{"metres_final", "The 1500 metres final was delayed."},
		{"on_the_month", "Orders dropped 1.0 percent on the month."},
		{"may_person_possessive", "A confidence vote on May's leadership is due."},
		{"spoken_count", "Nineteen people and twenty cars were counted."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ms := run(tc.text, wed); len(ms) != 0 {
				t.Errorf("Extract(%q) = %v, want no dates", tc.text, texts(ms))
			}
		})
	}
}

func TestUnanchored(t *testing.T) {
	tests := []struct{ name, text, span, value string }{
		{"month_day", "The deal expires on Dec. 31.", "Dec. 31", "XXXX-12-31"},
		{"weekday", "Talks resumed Wednesday.", "Wednesday", "XXXX-WXX-3"},
		{"absolute_year", "It was signed in 2014.", "2014", "2014"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := run(tc.text, time.Time{})
			for _, m := range ms {
				if m.Text == tc.span {
					if m.Date.Value != tc.value || m.Date.Anchored {
						t.Errorf("Extract(%q) %q = %s anchored %v, want %s unanchored", tc.text, tc.span, m.Date.Value, m.Date.Anchored, tc.value)
					}
					return
				}
			}
			t.Errorf("Extract(%q): no mention %q in %v", tc.text, tc.span, texts(ms))
		})
	}
}

func TestRanges(t *testing.T) {
	tests := []struct{ name, text, span, start, end string }{
		{"month", "It was signed in March 2013.", "March 2013", "2013-03-01", "2013-03-31"},
		{"quarter", "Profit fell in the second quarter of 2018.", "the second quarter of 2018", "2018-04-01", "2018-06-30"},
		{"year", "It was signed in 2014.", "2014", "2014-01-01", "2014-12-31"},
		{"week", "They met last week.", "last week", "2018-12-03", "2018-12-09"},
		{"day", "They met on Dec. 3.", "Dec. 3", "2018-12-03", "2018-12-03"},
		{"last_week_of_month", "They left in the last week of July 2018.", "the last week of July 2018", "2018-07-25", "2018-07-31"},
		{"first_month_of_year", "Sales slumped in the first month of 2017.", "the first month of 2017", "2017-01-01", "2017-01-31"},
		{"mixed_range", "The figures cover 2014 through May 2018.", "2014 through May 2018", "2014-01-01", "2018-05-31"},
		{"week_beginning", "Talks are set for the week beginning January 7, 2019.", "the week beginning January 7, 2019", "2019-01-07", "2019-01-13"},
		{"mixed_range_days", "The fair runs Nov. 18, 2014-Dec. 19, 2015.", "Nov. 18, 2014-Dec. 19, 2015", "2014-11-18", "2015-12-19"},
		{"range_to_numeric", "He is away January 12, 2016 - 01/22/2016.", "January 12, 2016 - 01/22/2016", "2016-01-12", "2016-01-22"},
		{"clock_span_day_after", "Polls are open 7 a.m. to 8 p.m. Thursday.", "7 a.m. to 8 p.m. Thursday", "2018-12-13T07:00", "2018-12-13T20:00"},
		{"clock_span_day_before", "Talks will resume Monday 1 p.m. to 3 p.m.", "Monday 1 p.m. to 3 p.m.", "2018-12-17T13:00", "2018-12-17T15:00"},
		{"clock_span_today", "The office is open from 9 a.m. to 5 p.m.", "from 9 a.m. to 5 p.m.", "2018-12-12T09:00", "2018-12-12T17:00"},
		{"past_units_from_now", "Prices have doubled over the past two months.", "the past two months", "2018-10-13", "2018-12-12"},
		{"next_units_from_now", "Talks will go on over the next three days.", "the next three days", "2018-12-13", "2018-12-15"},
		{"past_decade_from_now", "Over the past decade, the city has grown.", "the past decade", "2008-12-13", "2018-12-12"},
		{"range_to_end_of_year", "Prices rose from 2007 to the end of 2008.", "from 2007 to the end of 2008", "2007-01-01", "2008-12-31"},
		{"day_range_before_among", "The survey was conducted Dec. 1-5 among 1,000 adults.", "Dec. 1-5", "2018-12-01", "2018-12-05"},
		{"years_from_year", "The agreement runs for five years from 2019.", "five years from 2019", "2019-01-01", "2023-12-31"},
		{"clock_range_weekday_end_after_start", "The strike is set to run from 8 p.m. on Sunday until 8 a.m. on Wednesday.", "from 8 p.m. on Sunday until 8 a.m. on Wednesday", "2018-12-16T20:00", "2018-12-19T08:00"},
		{"attributive_day_range", "The Dec. 10-11 summit was postponed.", "Dec. 10-11", "2018-12-10", "2018-12-11"},
		{"shared_year_months", "The show ran from May to October 2016.", "from May to October 2016", "2016-05-01", "2016-10-31"},
		{"shared_year_days", "The survey ran Nov. 18-Dec. 19, 2015.", "Nov. 18-Dec. 19, 2015", "2015-11-18", "2015-12-19"},
		{"shared_year_in", "Prices rose from April to June in 2017.", "from April to June in 2017", "2017-04-01", "2017-06-30"},
		{"shared_year_across_new_year", "The drought lasted Nov-Feb 2017.", "Nov-Feb 2017", "2016-11-01", "2017-02-28"},
		{"start_year_carries", "He served from May 2016 to September.", "from May 2016 to September", "2016-05-01", "2016-09-30"},
		{"guessed_end_follows_start", "The talks ran from Dec. 20 to Jan. 5.", "from Dec. 20 to Jan. 5", "2018-12-20", "2019-01-05"},
		{"guessed_months_forward", "The exhibit runs from October to February.", "from October to February", "2018-10-01", "2019-02-28"},
		{"weekday_end_after_start", "The office is shut from next Monday to Friday.", "from next Monday to Friday", "2018-12-17", "2018-12-21"},
		{"since_date_until_now", "Prices rose between Oct. 22 and now.", "between Oct. 22 and now", "2018-10-22", "2018-12-12"},
		{"now_until_date", "Talks go on between now and Jan. 15.", "between now and Jan. 15", "2018-12-12", "2019-01-15"},
		{"day_number_range", "The festival ran Aug. 3-7.", "Aug. 3-7", "2018-08-03", "2018-08-07"},
		{"day_number_range_year", "The festival ran from Aug. 3 to 7, 2016.", "from Aug. 3 to 7, 2016", "2016-08-03", "2016-08-07"},
		{"day_number_range_between", "Voting is set between Jan. 24 and 25.", "between Jan. 24 and 25", "2019-01-24", "2019-01-25"},
		{"day_first_range", "Delegates met 3-7 August 2016 in Bonn.", "3-7 August 2016", "2016-08-03", "2016-08-07"},
		{"day_first_range_from", "The fair is open from 3 to 7 January.", "from 3 to 7 January", "2019-01-03", "2019-01-07"},
		{"clock_span_hyphen_weekday", "The clinic will open 1-3 pm Monday for flu shots.", "1-3 pm Monday", "2018-12-17T13:00", "2018-12-17T15:00"},
		{"clock_span_across_midnight", "Trains will not run from 10 p.m. Friday to 2 a.m.", "from 10 p.m. Friday to 2 a.m.", "2018-12-14T22:00", "2018-12-15T02:00"},
		{"clock_span_same_weekday_next_week", "The curfew runs from 8 p.m. Wednesday until 7 a.m. Wednesday.", "from 8 p.m. Wednesday until 7 a.m. Wednesday", "2018-12-12T20:00", "2018-12-19T07:00"},
		{"clock_from_for_hours", "The bridge will close from 2 p.m. for three hours.", "2 p.m. for three hours", "2018-12-12T14:00", "2018-12-12T17:00"},
		{"clock_for_hours_from", "Power will be cut for two hours from 11 p.m.", "two hours from 11 p.m.", "2018-12-12T23:00", "2018-12-13T01:00"},
		{"clock_span_between_and_part", "Officials met between 10 and 11:30 this morning.", "between 10 and 11:30 this morning", "2018-12-12T10:00", "2018-12-12T11:30"},
		{"clock_span_between_pm_day", "The road will close between 2 and 4:30 p.m. Friday.", "between 2 and 4:30 p.m. Friday", "2018-12-14T14:00", "2018-12-14T16:30"},
		{"clock_span_24_hour", "The vote runs Thursday 19:00 - 21:00 GMT.", "Thursday 19:00 - 21:00 GMT", "2018-12-13T19:00", "2018-12-13T21:00"},
		{"clock_span_evening_moves_end", "The concert runs this evening from 7 to 9:30.", "this evening from 7 to 9:30", "2018-12-12T19:00", "2018-12-12T21:30"},
		{"clock_span_tonight", "Fireworks are set for tonight from 9 to 10:30.", "tonight from 9 to 10:30", "2018-12-12T21:00", "2018-12-12T22:30"},
		{"clock_span_end_day_first", "The line is shut from 2 p.m. until tomorrow 6 a.m.", "from 2 p.m. until tomorrow 6 a.m.", "2018-12-12T14:00", "2018-12-13T06:00"},
		{"clock_within_minutes", "Officials said results will be posted within 5 minutes.", "5 minutes", "2018-12-12T09:00", "2018-12-12T09:05"},
		{"slash_day_pair_year_after", "The sale runs 5/1-5/7, 2020, the company said.", "5/1-5/7, 2020", "2020-05-01", "2020-05-07"},
		{"slash_day_pair_year_end", "The promotion runs 10/1-11/2/2017.", "10/1-11/2/2017", "2017-10-01", "2017-11-02"},
		{"within_units_from_now", "The company will repay the loan within 18 months.", "18 months", "2018-12-12", "2020-06-12"},
		{"days_comma_from_today", "The office will be closed for 3 days, from today.", "3 days, from today", "2018-12-12", "2018-12-14"},
		{"days_from_today_after_for", "The road is shut for 3 days from today.", "3 days from today", "2018-12-12", "2018-12-14"},
		{"ordinal_day_range_suffix", "The festival runs April 9th through 17th.", "April 9th through 17th", "2018-04-09", "2018-04-17"},
		{"ordinal_day_first_range", "Voting runs from the 9th to the 17th of April 2019.", "from the 9th to the 17th of April 2019", "2019-04-09", "2019-04-17"},
		{"ordinal_day_first_between", "Talks are set between the 9th and 17th of January.", "between the 9th and 17th of January", "2019-01-09", "2019-01-17"},
		{"holiday_year_weekend", "Traffic records fell over Labor Day 2021 weekend.", "Labor Day 2021 weekend", "2021-09-04", "2021-09-05"},
		{"clock_from_for_hours_minutes", "The road is shut from 9 a.m. for 2 hours 30 minutes.", "9 a.m. for 2 hours 30 minutes", "2018-12-12T09:00", "2018-12-12T11:30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range run(tc.text, wed) {
				if m.Text == tc.span {
					r := m.Date.Range
					if r == nil || r.Start != tc.start || r.End != tc.end {
						t.Errorf("Extract(%q) %q range = %+v, want %s..%s", tc.text, tc.span, r, tc.start, tc.end)
					}
					return
				}
			}
			t.Errorf("Extract(%q): no mention %q", tc.text, tc.span)
		})
	}
}

func TestLexiconLoads(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatalf("loadLexicon: %v", err)
	}
	if lx.months["sept"] != 9 || lx.weekdays["wednesday"] != 3 || lx.units["decades"] != "E" {
		t.Errorf("lexicon tables incomplete: sept=%d wednesday=%d decades=%q", lx.months["sept"], lx.weekdays["wednesday"], lx.units["decades"])
	}
	// every cue set the rules read must exist: a misspelt name would be an
	// empty set and silently disable a guard
	for _, name := range []string{"month-cue", "year-block", "year-cue", "year-follow", "duration-lead",
		"bare-unit-cue", "a-unit-cue", "attributive-block", "set-follow", "lead", "after-lead", "deadline", "verb-last", "modal", "starter"} {
		if len(lx.cues[name]) == 0 {
			t.Errorf("cue set %q is empty or missing in cues.txt", name)
		}
	}
	if lx.unitGran["quarter"] != gQuarter || lx.unitGran["weekend"] != gWeekend || !lx.starters["the"] || !lx.starters["nineties"] {
		t.Errorf("unit-gran or starter tables incomplete: quarter=%d weekend=%d", lx.unitGran["quarter"], lx.unitGran["weekend"])
	}
	if lx.setPrefixed[[2]string{"bi", "weekly"}] != "P2W" || lx.setPrefixed[[2]string{"semi", "weekly"}] != "" {
		t.Errorf("set-prefixed table wrong: bi-weekly=%q semi-weekly=%q", lx.setPrefixed[[2]string{"bi", "weekly"}], lx.setPrefixed[[2]string{"semi", "weekly"}])
	}
	if len(lx.future) == 0 || len(lx.past) == 0 || len(lx.be) == 0 {
		t.Errorf("tense cues missing: future %d past %d be %d", len(lx.future), len(lx.past), len(lx.be))
	}
	if got := lx.holidays["thanksgiving"].on(2018).Format("2006-01-02"); got != "2018-11-22" {
		t.Errorf("thanksgiving 2018 = %s, want 2018-11-22", got)
	}
	if got := easter(2019).Format("2006-01-02"); got != "2019-04-21" {
		t.Errorf("easter 2019 = %s, want 2019-04-21", got)
	}
}

// TestConcurrentUse runs one Extractor from several goroutines; run with
// -race to check that the lazy lexicon and the rules share nothing mutable.
func TestConcurrentUse(t *testing.T) {
	e := New()
	text := "Officials said Wednesday the deal signed in 2014 expires on Dec. 31; talks resume next month."
	want := len(e.Extract(&extract.Doc{Text: text, Published: wed}))
	done := make(chan int)
	for range 4 {
		go func() {
			n := 0
			for range 50 {
				n = len(e.Extract(&extract.Doc{Text: text, Published: wed}))
			}
			done <- n
		}()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Extract(%q) found %d mentions, want %d", text, got, want)
		}
	}
}

func TestDayListKeepsCounts(t *testing.T) {
	tests := []struct{ name, text, notSpan string }{
		{"count_noun", "The ferry sank on May 3 and 4 people died.", "4"},
		{"percent", "Turnout on May 3 and 25 percent of voters stayed home.", "25"},
		{"between_range", "Talks run between 3 and 12 June.", "3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range run(tc.text, wed) {
				if m.Text == tc.notSpan {
					t.Errorf("Extract(%q) = %v, want no mention %q", tc.text, texts(run(tc.text, wed)), tc.notSpan)
				}
			}
		})
	}
}

func TestDayInto(t *testing.T) {
	tests := []struct {
		value string
		want  string // "start..end", or "" for no range
	}{
		{"2019-05-09TEV", "2019-05-09..2019-05-09"},
		{"2018-12-03T10:00", "2018-12-03..2018-12-03"},
		{"2018-12-03", "2018-12-03..2018-12-03"},
		{"2018-12", ""},
		{"XXXX-12-31", ""},
		{"2018-W49", ""},
		{"2018-13-45", ""},
	}
	for _, tc := range tests {
		got := ""
		var r extract.Range
		if dayInto(&r, tc.value) {
			got = r.Start + ".." + r.End
		}
		if got != tc.want {
			t.Errorf("dayInto(%q) = %q, want %q", tc.value, got, tc.want)
		}
	}
}

// TestDatelineAnchor checks the fallback anchor: with no publication time
// the dateline's date anchors relative expressions when it has a year, and
// the rule id says so; a dateline date without a year anchors nothing.
func TestDatelineAnchor(t *testing.T) {
	tests := []struct {
		name, text, span, value, rule string
		anchored                      bool
	}{
		{"month_day_year", "WASHINGTON, Jan. 5, 2019 (AP) -- Officials said Wednesday that talks stalled.",
			"Wednesday", "2019-01-02", "date/relative/weekday/dateline-anchor", true},
		{"day_month_year", "LONDON, 5 March 2019 (Reuters) - The bank will decide next month.",
			"next month", "2019-04", "date/relative/this-last-next/dateline-anchor", true},
		{"no_year_no_guess", "SEOUL, Dec. 12 (Yonhap) -- Officials said Wednesday that talks stalled.",
			"Wednesday", "XXXX-WXX-3", "date/relative/weekday", false},
		{"absolute_keeps_rule", "WASHINGTON, Jan. 5, 2019 (AP) -- The deal was signed in 2014.",
			"2014", "2014", "date/absolute/year", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &extract.Doc{Text: tc.text, Dateline: extract.FindDateline(tc.text)}
			if d.Dateline == nil {
				t.Fatalf("FindDateline(%q) = nil", tc.text)
			}
			for _, m := range New().Extract(d) {
				if m.Text != tc.span {
					continue
				}
				if m.Date.Value != tc.value || m.Rule != tc.rule || m.Date.Anchored != tc.anchored {
					t.Errorf("Extract(%q) %q = %s rule %s anchored %v, want %s rule %s anchored %v",
						tc.text, tc.span, m.Date.Value, m.Rule, m.Date.Anchored, tc.value, tc.rule, tc.anchored)
				}
				return
			}
			t.Errorf("Extract(%q): no mention %q", tc.text, tc.span)
		})
	}
}

// A stretch placed by another event has no range from the publication
// time, and its value stays a duration.
func TestStretchNotFromNow(t *testing.T) {
	for _, text := range []string{
		"He spent the last five years of his life in exile.",
		"In the first two years, sales grew.",
		"The last three days before the vote were calm.",
	} {
		for _, m := range run(text, wed) {
			if m.Date.TimexType == "DURATION" && (m.Date.Range != nil || m.Date.Anchored) {
				t.Errorf("Extract(%q) %q = range %+v anchored %v, want neither", text, m.Text, m.Date.Range, m.Date.Anchored)
			}
		}
	}
}

// Two digits after a year are a short end year only when the pair stands
// alone: "2019-21-7" and "2020/23/Sep" are codes or other date forms.
func TestYearsShortStandsAlone(t *testing.T) {
	for _, text := range []string{"Part 2019-21-7 was recalled.", "It is due on 2020/23/Sep.", "Filed as September-2020-23."} {
		for _, m := range run(text, wed) {
			if m.Rule == "date/absolute/year-short-end" {
				t.Errorf("Extract(%q) read %q as a range of years", text, m.Text)
			}
		}
	}
}

// A dateline one day from the UTC publication day is the story's local
// day; one further off is not used.
func TestDatelineLocalDay(t *testing.T) {
	pub := time.Date(2018, 12, 12, 23, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"SEOUL, Dec. 13 (Yonhap) -- Officials said on Thursday that talks would resume.", "2018-12-13"},
		{"SEOUL, Dec. 12 (Yonhap) -- Officials said on Thursday that talks had stalled.", "2018-12-06"},
		{"SEOUL, Dec. 5 (Yonhap) -- Officials said on Thursday that talks had stalled.", "2018-12-06"},
	}
	for _, tc := range tests {
		d := &extract.Doc{Text: tc.text, Published: pub, Dateline: extract.FindDateline(tc.text)}
		got := ""
		for _, m := range New().Extract(d) {
			if m.Text == "Thursday" {
				got = m.Date.Value
			}
		}
		if got != tc.want {
			t.Errorf("Extract(%q) Thursday = %q, want %s", tc.text, got, tc.want)
		}
	}
}

// A fifth weekday that a month lacks is no date of that month.
func TestNthWeekdayMissing(t *testing.T) {
	for _, m := range run("It falls on the fifth Monday of February 2019.", wed) {
		if m.Rule == "date/relative/nth-weekday-of" {
			t.Errorf("read %q as %s", m.Text, m.Date.Value)
		}
	}
}

// A story that tells of another year keeps that year for a past date that
// the publication year would put ahead; a date the publication year puts
// in the past keeps it.
func TestStoryYear(t *testing.T) {
	pub := time.Date(2018, 7, 20, 9, 0, 0, 0, time.UTC)
	tests := []struct{ text, span, want string }{
		{"On July 16, 1969, Apollo 11 launched from Florida. The mission returned to Earth on July 24.", "July 24", "1969-07-24"},
		{"The pact was signed on July 16, 1969. Officials met again on March 3.", "March 3", "2018-03-03"},
	}
	for _, tc := range tests {
		got := ""
		for _, m := range run(tc.text, pub) {
			if m.Text == tc.span {
				got = m.Date.Value
			}
		}
		if got != tc.want {
			t.Errorf("Extract(%q) %q = %q, want %s", tc.text, tc.span, got, tc.want)
		}
	}
}

// A clock range whose end is a bare weekday ends within a week of its
// start, however far back the start lies (time.Duration cannot span it).
func TestClockRangeFarStart(t *testing.T) {
	for _, m := range run("It ran from 8 p.m. on Jan. 1, 1000 until 8 a.m. on Wednesday.", wed) {
		if m.Date.Range == nil {
			continue
		}
		if m.Date.Range.Start != "1000-01-01T20:00" || m.Date.Range.End < "1000-01-02" || m.Date.Range.End > "1000-01-08T08:00" {
			t.Errorf("%q range = %+v, want an end within the week of 1000-01-01", m.Text, m.Date.Range)
		}
	}
}

// Two month/day pairs joined by a hyphen are a range only when the second
// follows the first within three months; "3/4-1/2" is a pair of fractions.
func TestSlashPairNotFraction(t *testing.T) {
	for _, text := range []string{"The ratio moved from 3/4-1/2 in the model.", "Part 7/9-2/3 was sold."} {
		for _, m := range run(text, wed) {
			if m.Date.Range != nil && m.Date.Range.Start != m.Date.Range.End {
				t.Errorf("Extract(%q) read %q as a range %+v", text, m.Text, m.Date.Range)
			}
		}
	}
}
