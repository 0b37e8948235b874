package amount

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// brief renders an amount mention compactly for table tests.
func brief(m extract.Mention) string {
	a := m.Amount
	s := fmt.Sprintf("%s=%s %g", m.Text, a.Kind, a.Value)
	if a.Currency != "" {
		s += " " + a.Currency
	}
	if a.Unit != "" {
		s += " [" + a.Unit + "]"
	}
	if a.Approx {
		s += " ~"
	}
	if a.Min != nil {
		s += fmt.Sprintf(" min%g", *a.Min)
	}
	if a.Max != nil {
		s += fmt.Sprintf(" max%g", *a.Max)
	}
	if a.EquivalentOf != nil {
		s += fmt.Sprintf(" eq%d", *a.EquivalentOf)
	}
	return s
}

func extractBrief(text string) string {
	var out []string
	for _, m := range runPipeline(text) {
		out = append(out, brief(m))
	}
	return strings.Join(out, "; ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"won_with_dollar_equivalent", "Seoul paid around 960 billion won ($887.5 million) this year.",
			"960 billion won=money 9.6e+11 KRW ~; $887.5 million=money 8.875e+08 USD eq0"},
		{"kronor_or_dollars", "The strike cost 650 million kronor, or about $68 million.",
			"650 million kronor=money 6.5e+08 SEK; $68 million=money 6.8e+07 USD ~ eq0"},
		{"hyphenated_scale", "It reported a 1.2-billion kronor loss.", "1.2-billion kronor=money 1.2e+09 SEK"},
		{"prefixed_dollars", "It paid US$5 million, HK$3.2 billion, C$16.4 million, A$1 and NT$900.",
			"US$5 million=money 5e+06 USD; HK$3.2 billion=money 3.2e+09 HKD; C$16.4 million=money 1.64e+07 CAD; A$1=money 1 AUD; NT$900=money 900 TWD"},
		{"tokenized_prefix", "the charge was c $ 300 million", "c $ 300 million=money 3e+08 CAD"},
		{"symbols", "It cost €5, £6.50, ¥700 and ₩1,000,000.", "€5=money 5 EUR; £6.50=money 6.5 GBP; ¥700=money 700 JPY; ₩1,000,000=money 1e+06 KRW"},
		{"iso_before_after", "KRW 1.2 trillion and 3.14 USD", "KRW 1.2 trillion=money 1.2e+12 KRW; 3.14 USD=money 3.14 USD"},
		{"abbreviations", "a $5m deal, a €2.5bn bond and a $10k prize", "$5m=money 5e+06 USD; €2.5bn=money 2.5e+09 EUR; $10k=money 10000 USD"},
		{"lakh_crore", "a loan of 35 lakh rupees and Rs 500 crore", "35 lakh rupees=money 3.5e+06 INR; Rs 500 crore=money 5e+09 INR"},
		{"indian_grouping", "12,34,567.89 rupees", "12,34,567.89 rupees=money 1.23456789e+06 INR"},
		{"number_words", "a dollar, ten dollars and half a billion yen", "a dollar=money 1 USD; ten dollars=money 10 USD; half a billion yen=money 5e+08 JPY"},
		{"minor_units", "up 34 cents to 470 pence", "34 cents=money 0.34 USD; 470 pence=money 4.7 GBP"},
		{"dollars_and_cents", "the meal came to twelve dollars and sixty-five cents", "twelve dollars and sixty-five cents=money 12.65 USD"},
		{"range_same_symbol", "between $5 million and $7 million", "$5 million and $7 million=money 5e+06 USD min5e+06 max7e+06"},
		{"range_bare_first", "between 10 and 20 dollars", "10 and 20 dollars=money 10 USD min10 max20"},
		{"range_dash_scale", "a $5-7 million grant", "$5-7 million=money 5e+06 USD min5e+06 max7e+06"},
		{"from_to_is_not_range", "rose from $5 million to $7 million", "$5 million=money 5e+06 USD; $7 million=money 7e+06 USD"},
		{"bounds", "more than $5 and under $9", "$5=money 5 USD min5; $9=money 9 USD max9"},
		{"per_share", "$1.34 a share", "$1.34=money 1.34 USD [per share]"},
		{"per_watt", "panels at $0.23/W", "$0.23=money 0.23 USD [per W]"},
		{"percent_forms", "5 percent, 6%, 7 per cent, 3 percentage points and 25 basis points",
			"5 percent=percent 5; 6%=percent 6; 7 per cent=percent 7; 3 percentage points=percent 3 [percentage points]; 25 basis points=percent 25 [basis points]"},
		{"percent_range", "between 5 and 7 percent", "5 and 7 percent=percent 5 min5 max7"},
		{"quantity_described", "the about 26,000 American soldiers posted there", "26,000 American soldiers=quantity 26000 [soldiers] ~"},
		{"quantity_plain", "348 children were evacuated", "348 children=quantity 348 [children]"},
		{"no_year", "In 1991 troops left.", ""},
		{"no_year_before_noun", "the 2014 agreement and 2019 people", ""},
		{"no_time", "at 10:30 people gathered", ""},
		{"no_ordinal", "the 2nd round and the 3rd people", ""},
		{"no_phone", "call 1111-2222-3333 people", ""},
		{"no_score", "a 66-44 vote", ""},
		{"no_article_symbol", "won a $48.2 million contract", "$48.2 million=money 4.82e+07 USD"},
		{"won_verb", "Lee won 5 million votes", "5 million votes=quantity 5e+06 [votes]"},
		{"lowercase_code_word", "ALL 5 solutions are wrong", ""},
		{"dateline_dollar", "TORONTO (Reuters) - The bank earned $1.2 billion.", "$1.2 billion=money 1.2e+09 CAD"},
		{"named_earlier_dollar", "a 2 billion Singapore dollar plan; each gets $600.", "2 billion Singapore dollar=money 2e+09 SGD; $600=money 600 SGD"},
		{"conversion_keeps_usd", "HONG KONG (AP) — It paid 2 billion Hong Kong dollars ($256 million), then $10 million more.",
			"2 billion Hong Kong dollars=money 2e+09 HKD; $256 million=money 2.56e+08 USD eq0; $10 million=money 1e+07 HKD"},
		{"ambiguous_family", "It paid 3 million dinars.", "3 million dinars=money 3e+06"},
		{"dinar_by_adjective", "It paid 3 million Iraqi dinars.", "3 million Iraqi dinars=money 3e+06 IQD"},
		{"weight_in_pounds", "a load of 400 pounds (181 kilograms)", "400 pounds=quantity 400 [pounds]; 181 kilograms=quantity 181 [kilograms]"},
		{"second_conversion_in_paren", "1 billion yuan ($145 million; 130 million euros)",
			"1 billion yuan=money 1e+09 CNY; $145 million=money 1.45e+08 USD eq0; 130 million euros=money 1.3e+08 EUR eq0"},
		{"model_number_not_count", "It ordered Boeing 737 jets for Windows 10 users.", ""},
		{"wire_dlrs", "about 812,000 marks (dlrs 451,000)", "812,000 marks=money 812000 DEM ~; dlrs 451,000=money 451000 USD eq0"},
		{"tokenized_decimal", "revenue grew 4 . 7 % to $ 2.35 billion .", "4 . 7 %=percent 4.7; $ 2.35 billion=money 2.35e+09 USD"},
		{"basis_point_hyphen", "a 25-basis-point cut", "25-basis-point=percent 25 [basis points]"},
		{"yen_word_is_jpy", "BEIJING (AP) — It paid 5 billion yen.", "5 billion yen=money 5e+09 JPY"},
		{"yen_sign_in_china", "BEIJING (AP) — It paid ¥300.", "¥300=money 300 CNY"},
		{"scale_alone_is_not_number", "a multi-trillion-dollar plan and millions of dollars", ""},
		{"quid_pro_quo", "a quid-pro-quo", ""},
		{"negative_percent", "HOME DEPOT 225.86 -12.99 -5.44% and a 3-5% rise", "-5.44%=percent -5.44; 3-5%=percent 3 min3 max5"},
		{"abbreviation_before_name", "2 bn euros and 5m dollars", "2 bn euros=money 2e+09 EUR; 5m dollars=money 5e+06 USD"},
		{"korean_w", "The budget is W1.2 trillion, up from W3.", "W1.2 trillion=money 1.2e+12 KRW"},
		// A currency name before the number reads as a sum only where the
		// name is not the currency itself.
		{"name_before_dollar", "The bidding opens at dollar 17.5 million.", "dollar 17.5 million=money 1.75e+07 USD"},
		{"name_before_euro", "The fine was euro 5 million.", "euro 5 million=money 5e+06 EUR"},
		{"name_before_yen", "A bowl of noodles costs yen 300 in Osaka.", "yen 300=money 300 JPY"},
		{"name_before_rupees_per_month", "The villagers pay rupees 4,500 a month.", "rupees 4,500=money 4500 INR [per month]"},
		{"name_before_sen", "Would you pay sen 250,000 for the old car?", "sen 250,000=money 2500 MYR"},
		{"name_before_dinars_ambiguous", "The court fined him dinars 50,000.", "dinars 50,000=money 50000"},
		{"name_before_not_after_the", "The dollar 2 percent higher and the yen 110 level held.", "2 percent=percent 2"},
		{"name_before_not_percent", "The dollar rose 0.5 percent against yen 110 percent.", "0.5 percent=percent 0.5; 110 percent=percent 110"},
		{"name_before_not_other_currency", "It traded at dollar 110 yen.", "110 yen=money 110 JPY"},
		{"name_before_not_count", "It has euro 19 members.", "19 members=quantity 19 [members]"},
		{"name_before_not_year", "Spain won Euro 2012 and the euro 2016 final.", ""},
		{"name_before_not_capitalised_bare", "Euro 6 engines and Yen 5 Corp.", ""},
		{"name_before_capitalised_scaled", "Euro 5 million was paid.", "Euro 5 million=money 5e+06 EUR"},
		{"name_before_not_after_place", "Canadian dollar 639.55 and Hong Kong dollar 7.8", ""},
		{"name_before_not_table_row", "Reserves: dollar 639.55 639.38", ""},
		{"name_before_not_duration", "They were paid in dollars 5 days ago and in euros 10 years.", ""},
		{"name_before_not_verb_won", "Lee won 5 million votes", "5 million votes=quantity 5e+06 [votes]"},
		{"name_before_not_marks", "The anniversary marks 10 years.", ""},
		// Chinese colloquial units: kuai (yuan), mao (jiao, 0.1) and fen.
		{"kuai_mao_bare_fen", "The ticket may cost two kuai and three mao five.", "two kuai and three mao five=money 2.35 CNY"},
		{"kuai_bare_mao", "The ticket costs 3 kuai 5.", "3 kuai 5=money 3.5 CNY"},
		{"kuai_alone", "The ticket costs five kuai.", "five kuai=money 5 CNY"},
		{"kuai_named_mao", "A bun costs 2 kuai 5 mao.", "2 kuai 5 mao=money 2.5 CNY"},
		{"yuan_jiao_fen", "It costs one yuan five jiao three fen.", "one yuan five jiao three fen=money 1.53 CNY"},
		{"kuai_bare_too_big", "It costs 3 kuai 15.", "3 kuai=money 3 CNY"},
		{"mao_capitalised_is_name", "After 1949 Mao ruled China.", ""},
		{"pounds_and_pence", "It cost 5 pounds 20 pence.", "5 pounds 20 pence=money 5.2 GBP"},
		{"ringgit_and_sen", "It cost 5 ringgit 50 sen.", "5 ringgit 50 sen=money 5.5 MYR"},
		// Letter abbreviations of currencies.
		{"letter_symbols", "SFr 200 million, Dh 100, RM 12.3 billion, Rp 5 trillion, NIS 1.2 billion and Tk 500 crore",
			"SFr 200 million=money 2e+08 CHF; Dh 100=money 100 AED; RM 12.3 billion=money 1.23e+10 MYR; Rp 5 trillion=money 5e+12 IDR; NIS 1.2 billion=money 1.2e+09 ILS; Tk 500 crore=money 5e+09 BDT"},
		{"letter_symbols_glued", "KSh 12 billion, SR5bn, Bt5 billion and 3 billion TL",
			"KSh 12 billion=money 1.2e+10 KES; SR5bn=money 5e+09 SAR; Bt5 billion=money 5e+09 THB; 3 billion TL=money 3e+09 TRY"},
		{"letter_symbol_dot", "a grant of Rp. 5 million and Tk. 300", "Rp. 5 million=money 5e+06 IDR; Tk. 300=money 300 BDT"},
		{"letter_symbols_case", "call rm 5 times or dh 100", ""},
		{"letter_symbols_glued_only", "The SR 520 bridge and the QR 5 game", ""},
		{"letter_symbol_small_name", "Members of the TL 5 team left 5 RM 3 units.", ""},
		{"ringgit_equivalent", "It sold for Rs 50 (RM4.50).", "Rs 50=money 50 INR; RM4.50=money 4.5 MYR eq0"},
		{"cfa_francs", "It sold for 10 million CFA francs.", "10 million CFA francs=money 1e+07 XOF"},
		{"and_a_half_scale", "two and a half billion dollars and one-and-a-half million euros",
			"two and a half billion dollars=money 2.5e+09 USD; one-and-a-half million euros=money 1.5e+06 EUR"},
		{"million_plus", "He donated $1 million-plus.", "$1 million-plus=money 1e+06 USD min1e+06"},
		{"sen_dateline", "JAKARTA (Reuters) - Shares fell 5 sen.", "5 sen=money 0.05 IDR"},
		{"sen_follows_earlier_rupiah", "It cost Rp 3,000, up 5 sen.", "Rp 3,000=money 3000 IDR; 5 sen=money 0.05 IDR"},
		// Pounds that weigh are not money.
		{"weighs_pounds_range", "He weighs 150 to 175 pounds.", "150 to 175 pounds=quantity 150 [pounds] min150 max175"},
		{"kg_then_pounds", "It held 3.5 kg (7.7 pounds) of cocaine and 900 pounds (410 kgs) of fertiliser.",
			"3.5 kg=quantity 3.5 [kg]; 7.7 pounds=quantity 7.7 [pounds]; 900 pounds=quantity 900 [pounds]"},
		{"pound_adjective", "a 40-pound (18-kg) turkey and 4 pound cartons", ""},
		{"pound_adjective_scaled_is_money", "a 100 million pound deal", "100 million pound=money 1e+08 GBP"},
		{"pence_capitalised_is_name", "the one Pence signed and 20 pence", "20 pence=money 0.2 GBP"},
		{"per_unit_not_time", "a dividend of 3.8 pence, up from 3 pence a year earlier, and $5 a share",
			"3.8 pence=money 0.038 GBP; 3 pence=money 0.03 GBP; $5=money 5 USD [per share]"},
		{"pounds_heavier", "Children were 35 pounds heavier.", "35 pounds=quantity 35 [pounds]"},
		// Ranges and changes with the scale or currency written once.
		{"range_scale_carried_back", "between Rs 5 and Rs 7 crore", "Rs 5 and Rs 7 crore=money 5e+07 INR min5e+07 max7e+07"},
		{"range_small_first_not_scaled", "rose from $500 to $1 million in between $500 and $1 million",
			"$500=money 500 USD; $1 million=money 1e+06 USD; $500 and $1 million=money 500 USD min500 max1e+06"},
		{"from_bare_takes_currency", "Output rose from 2 trillion to 3 trillion won.",
			"2 trillion=money 2e+12 KRW; 3 trillion won=money 3e+12 KRW"},
		{"from_range_bare_takes_currency", "Estimates range from 2 trillion to 3 trillion won.",
			"2 trillion to 3 trillion won=money 2e+12 KRW min2e+12 max3e+12"},
		{"change_bare_takes_currency", "Copper rose by 300 to 41,600 rupees.", "300=money 300 INR; 41,600 rupees=money 41600 INR"},
		{"from_bare_minor_unit", "Fares went from 5 to 10 cents.", "5=money 0.05 USD; 10 cents=money 0.1 USD"},
		{"from_bare_count_is_nothing", "It went from 10 to 20 people.", "20 people=quantity 20 [people]"},
		{"wire_abbreviations", "1.2 trln yen and Rs 500 cr", "1.2 trln yen=money 1.2e+12 JPY; Rs 500 cr=money 5e+09 INR"},
		{"country_after_dollar_sign", "BHP earned $US1.2 billion, $A3 billion and $NZ500 million.",
			"$US1.2 billion=money 1.2e+09 USD; $A3 billion=money 3e+09 AUD; $NZ500 million=money 5e+08 NZD"},
		{"cent_sign", "A cup costs 99¢.", "99¢=money 0.99 USD"},
		{"per_unit_compound", "power at 5 cents a kilowatt-hour", "5 cents=money 0.05 USD [per kilowatt-hour]"},
		{"zloty_diacritic", "The fine was set at 300,000 złoty.", "300,000 złoty=money 300000 PLN"},
		// Mixed numbers in bond coupons and old share prices.
		{"mixed_fraction_percent", "notes paying 5 3/4 percent and 7 3 / 8 %", "5 3/4 percent=percent 5.75; 7 3 / 8 %=percent 7.375"},
		{"mixed_fraction_money", "It was bid at $5 1/2 a share.", "$5 1/2=money 5.5 USD [per share]"},
		{"fraction_not_date", "On 3/4/2020 it paid $5.", "$5=money 5 USD"},
		{"denominator_not_percent", "a 3/4 percent stake", ""},
		// Scales that multiply: Indian "lakh crore".
		{"lakh_crore", "Rs 1.2 lakh crore and one lakh crore rupees and Rs 5 thousand crore",
			"Rs 1.2 lakh crore=money 1.2e+12 INR; one lakh crore rupees=money 1e+12 INR; Rs 5 thousand crore=money 5e+10 INR"},
		{"quarter_of_a_billion", "A quarter of a billion dollars was spent.", "A quarter of a billion dollars=money 2.5e+08 USD"},
		{"few_hundred_has_no_value", "It cost a few hundred dollars, not a hundred dollars.", "a hundred dollars=money 100 USD"},
		// After a word of change, "X to Y" is a change and a level.
		{"change_then_level", "Gold rose $12.30 to $1,950.40 an ounce.", "$12.30=money 12.3 USD; $1,950.40=money 1950.4 USD [per ounce]"},
		{"change_by_then_level", "Copper rose by 300 rupees to 41,600 rupees.", "300 rupees=money 300 INR; 41,600 rupees=money 41600 INR"},
		{"change_across_modifier", "The stock was up about $2 to $45.", "$2=money 2 USD ~; $45=money 45 USD"},
		{"by_range_stays_range", "It could boost the value by 5% to 10%.", "5% to 10%=percent 5 min5 max10"},
		// Ranges (issue 19): the currency after both numbers, "from" with
		// no word of change, a scale written once.
		{"range_between_names_both", "Tickets cost between 15 euros and 30 euros each.",
			"15 euros and 30 euros=money 15 EUR min15 max30"},
		{"range_names_to_rising", "Rooms cost 80 pounds to 120 pounds a night.",
			"80 pounds to 120 pounds=money 80 GBP [per night] min80 max120"},
		{"range_names_falling_is_two", "Fares cut 30 euros to 15 euros.", "30 euros=money 30 EUR; 15 euros=money 15 EUR"},
		{"range_from_bare_first", "Seats sell from 5 to 8 pounds a head.", "5 to 8 pounds=money 5 GBP [per head] min5 max8"},
		{"range_from_symbols", "Fines range from $200 to $500 for a first offence.",
			"$200 to $500=money 200 USD min200 max500"},
		{"range_from_after_change_is_two", "The bank raised its target from $40 to $45 a share.",
			"$40=money 40 USD; $45=money 45 USD [per share]"},
		{"range_from_change_across_percent", "Its dividend rose 10 percent from 50 cents to 55 cents.",
			"10 percent=percent 10; 50 cents=money 0.5 USD; 55 cents=money 0.55 USD"},
		{"range_dash_crore", "The bridge will cost 3-4 crore rupees.", "3-4 crore rupees=money 3e+07 INR min3e+07 max4e+07"},
		{"range_country_name_scaled", "gold worth 5-6 billion Kenyan shillings",
			"5-6 billion Kenyan shillings=money 5e+09 KES min5e+09 max6e+09"},
		{"range_from_time_is_none", "From 5 to 8 p.m. on Monday the road was shut.", ""},
		{"range_from_score_is_none", "They trailed from 2-1 down to win 3-2.", ""},
		{"range_from_degrees_is_none", "Temperatures ranged from 5 to 8 degrees.", ""},
		// Compound amounts: minor units by name, by ISO exponent, glued.
		{"compound_symbol_and_c", "The fare was $12 and 50c.", "$12 and 50c=money 12.5 USD"},
		{"compound_pound_and_p", "The bill came to £5 and 20p.", "£5 and 20p=money 5.2 GBP"},
		{"compound_hryvnia_kopiyka", "A loaf costs 7 hryvnias 50 kopiykas.", "7 hryvnias 50 kopiykas=money 7.5 UAH"},
		{"compound_fils_three_digits", "He paid 3 Kuwaiti dinars 500 fils.", "3 Kuwaiti dinars 500 fils=money 3.5 KWD"},
		{"compound_fils_two_digits", "A tea costs 4 dirhams 50 fils.", "4 dirhams 50 fils=money 4.5 AED"},
		{"compound_zloty_grosz", "Bread costs 2 zlotys 40 groszy.", "2 zlotys 40 groszy=money 2.4 PLN"},
		{"compound_minor_not_whole", "It cost 5 dollars 150 cents.", "5 dollars=money 5 USD; 150 cents=money 1.5 USD"},
		{"c_alone_is_none", "The iPhone 5c and a 20c rise.", ""},
		{"c_other_currency_stays_apart", "It cost £5 and 20c.", "£5=money 5 GBP"},
		// Currency names with their country and in their own language
		// (generated from CLDR).
		{"cfa_after_francs", "a fine of 10,000 francs CFA", "10,000 francs CFA=money 10000 XOF"},
		{"cldr_thai_baht", "The fine was 500 Thai baht.", "500 Thai baht=money 500 THB"},
		{"cldr_peruvian_soles", "It rose to 4.50 Peruvian soles.", "4.50 Peruvian soles=money 4.5 PEN"},
		{"cldr_kuwaiti_dinar", "It costs 3 Kuwaiti dinar.", "3 Kuwaiti dinar=money 3 KWD"},
		{"cldr_ethiopian_birr_title_case", "It paid 40 Ethiopian Birr.", "40 Ethiopian Birr=money 40 ETB"},
		{"cldr_own_language_reais", "It sold for 1.2 million reais.", "1.2 million reais=money 1.2e+06 BRL"},
		{"cldr_own_language_zlotych", "a fine of 300 złotych", "300 złotych=money 300 PLN"},
		{"cldr_bare_unit_lower_only", "Sevilla 3 Cordoba 0 and 200 cordobas", "200 cordobas=money 200 NIO"},
		{"cldr_common_word_not_unit", "The 2 real reasons were cost and time.", ""},
		{"name_in_street_is_none", "He lives at 12 Rand Street.", ""},
		// Symbols written before numbers, glued after one.
		{"glued_after_prefixed_dollar", "Shares closed at 4.75US$ on Friday.", "4.75US$=money 4.75 USD"},
		{"glued_after_rs", "Tea is 50Rs a cup.", "50Rs=money 50 INR [per cup]"},
		{"glued_after_needs_glue", "He scored 50 Rs for us.", ""},
		{"glued_after_not_into_word", "Model 50RsX sold out.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractBrief(tc.in); got != tc.want {
				t.Errorf("Extract(%q)\n got: %s\nwant: %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestRules(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paren_equivalent", "960 billion won ($887.5 million)", "amount/money/paren-equivalent/conversion-usd"},
		{"dollar_default", "It paid $5.", "amount/money/symbol/dollar-default"},
		{"dateline", "SYDNEY (AP) — It paid $5.", "amount/money/symbol/context-dateline"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := runPipeline(tc.in)
			if len(ms) == 0 {
				t.Fatalf("Extract(%q): no mention, want rule %s", tc.in, tc.want)
			}
			if got := ms[len(ms)-1].Rule; got != tc.want {
				t.Errorf("Extract(%q): rule %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestExtractorMetadata(t *testing.T) {
	x := New()
	if x.Name() != "amount" {
		t.Errorf("Name() = %q, want amount", x.Name())
	}
	if got := x.Extract(&extract.Doc{}); got != nil {
		t.Errorf("Extract(empty) = %v, want nil", got)
	}
}

// TestConcurrent runs one Extractor from several goroutines; with -race it
// also checks that the pooled scratch memory is not shared.
func TestConcurrent(t *testing.T) {
	texts := []string{
		"Seoul paid around 960 billion won ($887.5 million) this year.",
		"SYDNEY (AP) — It paid A$350 million (US$230 million) and $5 million more.",
		"About 28,500 American troops, 5 percent, and between 10 and 20 dollars.",
	}
	x := New()
	want := make([][]extract.Mention, len(texts))
	for i, s := range texts {
		want[i] = x.Extract(&extract.Doc{Text: s, Dateline: extract.FindDateline(s)})
	}
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				i := k % len(texts)
				got := x.Extract(&extract.Doc{Text: texts[i], Dateline: extract.FindDateline(texts[i])})
				if !reflect.DeepEqual(got, want[i]) {
					done <- fmt.Sprintf("Extract(%q) concurrently = %v, want %v", texts[i], got, want[i])
					return
				}
			}
			done <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func TestDatesExcludeCounts(t *testing.T) {
	// A stand-in for the date extractor's output: whatever it marked as a
	// date ("12" here) is not a count, however the text reads.
	text := "the 12 people gathered; 40 people left."
	d := &extract.Doc{Text: text, Mentions: []extract.Mention{
		{Type: extract.TypeDate, Start: 4, End: 6, Text: text[4:6]},
	}}
	var got []string
	for _, m := range New().Extract(d) {
		got = append(got, m.Text)
	}
	if want := "40 people"; strings.Join(got, "; ") != want {
		t.Errorf("Extract(%q) with a date on %q = %q, want %q", text, text[4:6], got, want)
	}
}

// TestRangeToZeroIsFinite is the fuzzing regression "1to0Billion
// $A0000": a range whose second number is zero carried its scale over as
// 0/0, a NaN value that no JSON can hold (the article could not be stored).
func TestRangeToZeroIsFinite(t *testing.T) {
	for _, text := range []string{"1to0Billion $A0000", "1 to 0 billion dollars", "5 to 0 million won", "1-0 billion dollars", "from 3 to 0 trillion won"} {
		d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
		for _, m := range New().Extract(d) {
			a := m.Amount
			bad := a.Value != a.Value || a.Min != nil && *a.Min != *a.Min || a.Max != nil && *a.Max != *a.Max
			if bad {
				t.Errorf("%q: %s has a NaN", text, brief(m))
			}
		}
	}
}

// TestRuleIDCache: the rule ids cached by what they are made of are the
// ids built for each candidate, whatever the order the candidates come in;
// and the bounds and equivalents the payloads point to are the
// candidates' own.
func TestRuleIDCache(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 7))
	hows := []string{howSymbol, howPrefixed, howCode, howName, howCountry, howKoreanW, howBefore}
	rules := []string{"", "amount/percent/sign", "amount/quantity/count-noun"}
	ress := []string{"", "conversion-usd", "context-earlier", "dollar-default", "peso-ambiguous"}
	kinds := []string{"money", "percent", "quantity"}
	ids, units := map[ruleKey]string{}, map[string]string{}
	perUnits := []string{"share", "barrel", "kilowatt-hour", "ton", "year"}
	for i := 0; i < 5000; i++ {
		c := cand{s: 0, e: 1, kind: kinds[r.IntN(3)], rule: rules[r.IntN(len(rules))], res: ress[r.IntN(len(ress))],
			ranged: r.IntN(2) == 0, minor: r.IntN(2) == 0, equiv: r.IntN(3) - 1}
		c.cur.how = hows[r.IntN(len(hows))]
		if r.IntN(2) == 0 {
			c.perUnit = perUnits[r.IntN(len(perUnits))]
		}
		if r.IntN(2) == 0 {
			c.min = bound{r.Float64(), true}
		}
		if r.IntN(2) == 0 {
			c.max = bound{r.Float64(), true}
		}
		c2 := c
		c2.equiv = -1
		want := c.ruleID()
		p := &parser{text: "5 6", toks: []token{{s: 0, e: 1, kind: tkNum}, {s: 2, e: 3, kind: tkNum}}}
		c2.s, c2.e = 1, 2
		ms := p.mentions([]cand{c, c2}, ids, units)
		if got := ms[0].Rule; got != want {
			t.Fatalf("candidate %+v: rule %q, want %q", c, got, want)
		}
		for k, c := range []cand{c, c2} {
			if got := ms[k].Amount.Unit; c.perUnit != "" && got != "per "+c.perUnit {
				t.Fatalf("candidate %d %+v: unit %q", k, c, got)
			}
		}
		for k, c := range []cand{c, c2} {
			a := ms[k].Amount
			if (a.Min != nil) != c.min.set || a.Min != nil && *a.Min != c.min.v ||
				(a.Max != nil) != c.max.set || a.Max != nil && *a.Max != c.max.v ||
				(a.EquivalentOf != nil) != (c.equiv >= 0) || a.EquivalentOf != nil && *a.EquivalentOf != c.equiv {
				t.Fatalf("candidate %d %+v: payload %+v", k, c, a)
			}
		}
	}
	if len(ids) == 0 || len(ids) > maxRuleIDs {
		t.Errorf("the cache holds %d ids", len(ids))
	}
}
