package amount

import (
	"fmt"
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
		{"dollars_and_cents", "it cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents=money 13.45 USD"},
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
		{"quantity_described", "the about 28,500 American troops stationed here", "28,500 American troops=quantity 28500 [troops] ~"},
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
		{"weight_in_pounds", "a gift of 500 pounds (225 kilograms)", "500 pounds=quantity 500 [pounds]; 225 kilograms=quantity 225 [kilograms]"},
		{"second_conversion_in_paren", "1 billion yuan ($145 million; 130 million euros)",
			"1 billion yuan=money 1e+09 CNY; $145 million=money 1.45e+08 USD eq0; 130 million euros=money 1.3e+08 EUR eq0"},
		{"model_number_not_count", "It ordered Boeing 737 jets for Windows 10 users.", ""},
		{"wire_dlrs", "about 549,000 marks (dlrs 305,000)", "549,000 marks=money 549000 DEM ~; dlrs 305,000=money 305000 USD eq0"},
		{"tokenized_decimal", "sales rose 6 . 2 % to $ 1.45 billion .", "6 . 2 %=percent 6.2; $ 1.45 billion=money 1.45e+09 USD"},
		{"basis_point_hyphen", "a 25-basis-point cut", "25-basis-point=percent 25 [basis points]"},
		{"yen_word_is_jpy", "BEIJING (AP) — It paid 5 billion yen.", "5 billion yen=money 5e+09 JPY"},
		{"yen_sign_in_china", "BEIJING (AP) — It paid ¥300.", "¥300=money 300 CNY"},
		{"scale_alone_is_not_number", "a multi-trillion-dollar plan and millions of dollars", ""},
		{"quid_pro_quo", "a quid-pro-quo", ""},
		{"negative_percent", "HOME DEPOT 225.86 -12.99 -5.44% and a 3-5% rise", "-5.44%=percent -5.44; 3-5%=percent 3 min3 max5"},
		{"abbreviation_before_name", "2 bn euros and 5m dollars", "2 bn euros=money 2e+09 EUR; 5m dollars=money 5e+06 USD"},
		{"korean_w", "The budget is W1.2 trillion, up from W3.", "W1.2 trillion=money 1.2e+12 KRW"},
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
