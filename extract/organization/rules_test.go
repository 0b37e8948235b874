package organization

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// want is one organisation mention a case expects: its text, kind and the
// rule (a prefix of the mention's rule id).
type want struct {
	text, kind, rule string
}

// ruleCases has named cases for every rule: the mentions each sentence
// must give and the spans that must not be organisations.
var ruleCases = []struct {
	name string
	text string
	want []want
	not  []string
}{
	{
		name: "designator_suffix",
		text: "Shares of Cortland Widget Inc. rose after the results, and Valmora SpA fell.",
		want: []want{{"Cortland Widget Inc.", "company", "organization/suffix/designator"}, {"Valmora SpA", "company", "organization/suffix/designator"}},
		not:  []string{"Shares of Cortland Widget Inc."},
	},
	{
		name: "designator_prefix",
		text: "The deal was signed by PT Sinar Harapan Makmur on Monday.",
		want: []want{{"PT Sinar Harapan Makmur", "company", "organization/suffix/designator"}},
	},
	{
		name: "designator_company_of_place",
		text: "Output fell at Orchid Fields of South Africa Ltd, the miner said.",
		want: []want{{"Orchid Fields of South Africa Ltd", "company", "organization/suffix/designator"}},
	},
	{
		name: "designator_not_across_person",
		text: "said analyst Tom Brandt of Harrow Barney Inc., who follows the sector.",
		want: []want{{"Harrow Barney Inc.", "company", "organization/suffix/designator"}},
		not:  []string{"Tom Brandt of Harrow Barney Inc."},
	},
	{
		name: "head_end",
		text: "The Federal Widget Safety Administration grounded the jets, and the Tulsa Police Department made two arrests.",
		want: []want{{"Federal Widget Safety Administration", "agency", "organization/head/end"}, {"Tulsa Police Department", "police", "organization/head/end"}},
	},
	{
		name: "head_of",
		text: "The Ministry of Defence and the National Bank of Poland issued statements.",
		want: []want{{"Ministry of Defence", "ministry", "organization/head/of"}, {"National Bank of Poland", "bank", "organization/head/of"}},
	},
	{
		name: "head_of_stops_at_title",
		text: "Bank of Estonia Governor Eddie George spoke on Tuesday.",
		want: []want{{"Bank of Estonia", "bank", "organization/head/of"}},
		not:  []string{"Bank of Estonia Governor Eddie George", "Eddie George"},
	},
	{
		name: "head_demonym_outside_ministry",
		text: "A German Foreign Ministry spokesman declined to comment.",
		want: []want{{"Foreign Ministry", "ministry", "organization/head/end"}},
		not:  []string{"German Foreign Ministry"},
	},
	{
		name: "head_place_is_no_org",
		text: "Settlers moved into the West Bank while the Russian Federation objected.",
		not:  []string{"West Bank", "Russian Federation"},
	},
	{
		name: "list_international",
		text: "NATO and the European Union said the International Monetary Fund and the UN would help.",
		want: []want{{"NATO", "international", "organization/list"}, {"European Union", "international", "organization/list"}, {"International Monetary Fund", "international", "organization/list"}, {"UN", "international", "organization/list"}},
	},
	{
		name: "list_thing_after_name",
		text: "The Dow Jones industrial average fell while the Nasdaq composite index rose.",
		not:  []string{"Dow Jones", "Nasdaq"},
	},
	{
		name: "list_landmark_stays_place",
		text: "The White House said the talks would resume.",
		not:  []string{"White House"},
	},
	{
		name: "acronym_definition",
		text: "The Kurdistan Democratic Party ( KDP ) said on Friday that KDP fighters held the town.",
		want: []want{{"Kurdistan Democratic Party", "party", ""}, {"KDP", "party", "organization/acronym/"}},
	},
	{
		name: "acronym_definition_no_head",
		text: "The Rally for Return and Renewal (RRR) urged refugees to go home. The RRR also called for talks.",
		want: []want{{"Rally for Return and Renewal", "other", "organization/acronym/definition"}, {"RRR", "other", "organization/acronym/"}},
	},
	{
		name: "acronym_long_form_after",
		text: "Leaders of PAN ( National Action Party ) met on Sunday.",
		want: []want{{"PAN", "party", "organization/acronym/definition"}, {"National Action Party", "party", ""}},
	},
	{
		name: "acronym_not_index",
		text: "The Consumer Price Index (CPI) rose 0.3 percent.",
		not:  []string{"Consumer Price Index", "CPI"},
	},
	{
		name: "sports_score_line",
		text: "Results of soccer matches on Saturday:\nPorthaven 3 Lindell 2\nKestrel 1 Marsby 0\n",
		want: []want{{"Porthaven", "sports", "organization/sports/score"}, {"Lindell", "sports", "organization/sports/score"}},
	},
	{
		name: "sports_table_row",
		text: "Standings after Saturday's matches:\nLeicester 4 3 1 0 7 4 10\nNorwich 4 3 0 1 5 3 9\n",
		want: []want{{"Leicester", "sports", "organization/sports/table"}, {"Norwich", "sports", "organization/sports/table"}},
	},
	{
		name: "sports_national_side_stays_place",
		text: "World Cup qualifiers:\nRomania 3 Lithuania 0\nEngland 2 Moldova 0\n",
		not:  []string{"Romania", "Lithuania", "England", "Moldova"},
	},
	{
		name: "sports_fixture",
		text: "Postponed: Reading v Walsall, Manchester City v Burnley.",
		want: []want{{"Reading", "sports", "organization/sports/fixture"}, {"Walsall", "sports", "organization/sports/fixture"}},
	},
	{
		name: "sports_context_and_spread",
		text: "CRICKET - COUNTY ROUND-UP\nLONDON 1996-08-30\nSurrey beat Kent by an innings as their bowlers took six wickets. The Surrey captain praised the batting. Kent coach John Wright said the innings was poor. Rain fell in Surrey on Sunday.",
		want: []want{{"Surrey", "sports", "organization/sports/context"}, {"Kent", "sports", "organization/sports/context"}},
		not:  []string{"LONDON"},
	},
	{
		name: "sports_club_names",
		text: "The Texas Rangers beat the Orioles 5-3 as the pitcher homered twice in the ninth inning. Real Madrid drew with the goalkeeper saving a penalty.",
		want: []want{{"Texas Rangers", "sports", "organization/sports/club"}, {"Orioles", "sports", "organization/sports/club"}, {"Real Madrid", "sports", "organization/sports/club"}},
	},
	{
		name: "context_after",
		text: "Orlanda shares fell 4 percent after an Orlanda spokesman denied the report.",
		want: []want{{"Orlanda", "company", "organization/context/after"}},
	},
	{
		name: "context_possessive",
		text: "Analysts said Quillex's chief executive would step down next year.",
		want: []want{{"Quillex", "company", "organization/context/possessive"}},
	},
	{
		name: "context_before",
		text: "The fund bought a stake in Brevino and sold its shares of Tarkwell last week.",
		want: []want{{"Brevino", "company", "organization/context/before"}, {"Tarkwell", "company", "organization/context/before"}},
	},
	{
		name: "context_apposition",
		text: "Veritas Watch, a rights group based in Geneva, said the trial was unfair.",
		want: []want{{"Veritas Watch", "company", "organization/context/apposition"}},
	},
	{
		name: "context_noun_before",
		text: "Talks with the carmaker Vendral stalled, and the insurer Coldharbour pulled out.",
		want: []want{{"Vendral", "company", "organization/context/noun-before"}, {"Coldharbour", "company", "organization/context/noun-before"}},
	},
	{
		name: "context_media",
		text: "The Ostrava Vesti newspaper said the minister would resign.",
		want: []want{{"Ostrava Vesti", "media", "organization/context/media"}},
	},
	{
		name: "context_person_is_no_org",
		text: "Clinton spokesman Mike McCurry said the president was pleased. John Smith's chief concern was cost.",
		not:  []string{"Clinton", "John Smith"},
	},
	{
		name: "context_country_is_no_org",
		text: "U.S. officials said Japan's chief negotiator would arrive on Monday.",
		not:  []string{"U.S.", "Japan"},
	},
	{
		name: "coref_short_form",
		text: "Harlow Air Group Inc. cut its forecast. Harlow Air said demand was weak.",
		want: []want{{"Harlow Air Group Inc.", "company", "organization/suffix/designator"}, {"Harlow Air", "company", "organization/coref/name"}},
	},
	{
		name: "coref_short_form_small_town",
		text: "Kiruna Holdings Inc. agreed to buy the unit. Kiruna said the deal would close in May.",
		want: []want{{"Kiruna", "company", "organization/coref/name"}},
	},
	{
		name: "coref_short_form_not_big_place",
		text: "Chicago Widget Co. raised prices. Chicago has a population of millions.",
		not:  []string{"Chicago"},
	},
	{
		name: "coref_headline_capitals",
		text: "PIRELLI CABLES LOOK TO CHINA\nMILAN 1996-08-30\nPirelli SpA said on Friday it would build a plant.",
		want: []want{{"PIRELLI", "company", "organization/coref/name"}, {"Pirelli SpA", "company", "organization/suffix/designator"}},
	},
	{
		name: "acronym_bare",
		text: "The NLD said its leaders would meet, and the KPQ called a strike.",
		want: []want{{"NLD", "other", "organization/acronym/bare"}, {"KPQ", "other", "organization/acronym/bare"}},
	},
	{
		name: "acronym_bare_not_place_unit_or_word",
		text: "Prices in the UK rose as GDP grew, the CEO said at 0900 GMT. NOTE: figures are provisional.",
		not:  []string{"UK", "GDP", "CEO", "GMT", "NOTE"},
	},
	{
		name: "nominal_anaphor",
		text: "The Federal Aviation Administration ordered inspections on Wednesday. The agency said checks would take two weeks.",
		want: []want{{"agency", "agency", "organization/coref/nominal"}},
	},
	{
		name: "nominal_actor",
		text: "Denver police arrested two men, and the aviation regulator said it would investigate.",
		want: []want{{"Denver police", "police", "organization/nominal/actor"}, {"aviation regulator", "agency", "organization/nominal/actor"}},
	},
	{
		name: "nominal_before_role",
		text: "Harlow Air Group Inc. will raise fares, said Dana Cole, a company spokeswoman.",
		want: []want{{"company", "company", "organization/coref/nominal"}},
	},
	{
		name: "of_name_ends_before_and_a_person",
		text: "Li Ming at the Institute of Applied Physics and Zhang Wei at the Institute of Optics won awards.",
		want: []want{{"Institute of Applied Physics", "other", "organization/head/of"}, {"Institute of Optics", "other", "organization/head/of"}},
		not:  []string{"Institute of Applied Physics and Zhang Wei"},
	},
	{
		name: "end_head_stops_at_and_after_a_titled_person",
		text: "He met Regional Deputy Ivan Petrenko and Baltic Sea Fleet Commander Oleg Marin.",
		want: []want{{"Baltic Sea Fleet", "military", "organization/head/end"}},
		not:  []string{"Ivan Petrenko and Baltic Sea Fleet"},
	},
	{
		name: "capitalised_the_opens_a_name_of_its_own",
		text: "Lena Ortiz covers the Capitol for The Associated Press.",
		want: []want{{"Associated Press", "media", "organization/list"}},
		not:  []string{"Capitol for The Associated Press"},
	},
	{
		name: "sports_innings_line",
		text: "Results of county cricket matches on Friday :\nAt Hove : Brackenshire 363 and 144 ( R. Ames 111 ) , Dunmoreshire 218 and 53-0 .\nBrackenshire 22 points , Dunmoreshire 4 .\nBowling : Hatton 8-0-39-3 , Pryce 6-0-30-1 .",
		want: []want{{"Brackenshire", "sports", "organization/sports/"}, {"Dunmoreshire", "sports", "organization/sports/"}},
		not:  []string{"Hatton", "Pryce", "Hove", "Bowling"},
	},
	{
		name: "sports_score_names_with_of_and_possessive",
		text: "Division two\nDunmore 3 Queen of the Glen 1\nHeriton 's F.P. 2 Kelso Vale 0\nPreston Bulls 20 Lanark 14",
		want: []want{{"Queen of the Glen", "sports", "organization/sports/score"}, {"Heriton 's F.P.", "sports", "organization/sports/score"},
			{"Preston Bulls", "sports", "organization/sports/score"}},
	},
	{
		name: "sports_fixtures_name_unknown_sides",
		text: "Tour itinerary :\nMay 17 v Brackenshire\nMay 18 v Dunmoreshire\nMay 20 v Kelso",
		want: []want{{"Brackenshire", "sports", "organization/sports/fixture"}, {"Dunmoreshire", "sports", "organization/sports/fixture"}},
	},
	{
		name: "sports_role_after_adjective_and_who_clause",
		text: "The bowler took five wickets and the captain scored a century in the innings.\nCornwall 's Australian captain Dean Marsh is conceding nothing, and Devon, who thrashed Dorset by an innings, stay level.",
		want: []want{{"Cornwall", "sports", "organization/sports/context"}, {"Devon", "sports", "organization/sports/context"}},
	},
	{
		name: "town_and_plural_outside_sports",
		text: "He spent his whole career with the Denver Falcons and retired on Monday. The Falcons said he would coach. A film about Michael Collins opened.",
		want: []want{{"Denver Falcons", "other", "organization/sports/club"}, {"Falcons", "other", "organization/coref/name"}},
		not:  []string{"Michael Collins"},
	},
	{
		name: "outlet_named_for_a_place",
		text: "The writer died at 79, the official newspaper Havana reported on Saturday.",
		want: []want{{"Havana", "media", "organization/context/noun-before"}},
	},
	{
		name: "figures_table_is_no_league_table",
		text: "Credit aggregates ( billions of euros )\nM1 41.17 40.96 38.20\nM3 512.44 509.81 497.35\nLoans 8.75 9.10 8.42",
		not:  []string{"M1", "M3", "Loans"},
	},
	{
		name: "sports_player_with_plural_surname_or_particle",
		text: "The pitcher struck out ten in the ninth inning of the baseball game, and the goal came late.\nIn Denver, Kevin Sanders allowed one hit, and in the rugby Van der Westhuizen scored a try.",
		not:  []string{"Kevin Sanders", "Van"},
	},
	{
		name: "race_results_entrant_team",
		text: "Qualifying times :\n1. Aldo Verri ( Italy ) , Marlow Honda , 53.980\n2. Jan Kees ( Netherlands ) Velocita 5 seconds behind\n66 Sam Otto , Rob Hale ( Canada ) , Ned Cole , Ian Pike",
		want: []want{{"Marlow Honda", "sports", "organization/sports/entrant"}, {"Velocita", "sports", "organization/sports/entrant"}},
		not:  []string{"Ned Cole"},
	},
	{
		name: "no_outlet_from_a_demonym_and_saints_are_no_persons",
		text: "Police held twelve marchers, South Korean news agency Hanbit said. A fire damaged the Saint Mark and Saint Luke Orthodox Church on Sunday.",
		want: []want{{"Saint Mark and Saint Luke Orthodox Church", "other", "organization/head/end"}},
		not:  []string{"South Korean", "Saint Luke Orthodox Church"},
	},
	{
		name: "list_common_word_alone",
		text: "Commerce said the agreement stands; the Congress must still vote.",
		want: []want{{"Congress", "legislature", "organization/list"}},
		not:  []string{"Commerce"},
	},
	{
		name: "list_company_that_is_a_town_or_name",
		text: "He moved to Ghent and met Morgan at the station.",
		not:  []string{"Ghent", "Morgan"},
	},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			ms := run(t, tc.text)
			for _, w := range tc.want {
				m := find(ms, w.text)
				if m == nil {
					t.Errorf("%q: no organisation %q; got %v", tc.text, w.text, texts(ms))
					continue
				}
				if m.Organization.Kind != w.kind {
					t.Errorf("%q: kind %q, want %q", w.text, m.Organization.Kind, w.kind)
				}
				if !strings.HasPrefix(m.Rule, w.rule) {
					t.Errorf("%q: rule %q, want %q...", w.text, m.Rule, w.rule)
				}
			}
			for _, n := range tc.not {
				if m := find(ms, n); m != nil {
					t.Errorf("%q: %q is an organisation (rule %s), want none", tc.text, n, m.Rule)
				}
			}
		})
	}
}

func texts(ms []extract.Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text + " (" + m.Rule + ")"
	}
	return out
}

// TestShortFormAfterOpeningWord: a name found once is found again after a
// capitalised opening word ("The Falcons"), not after an honorific ("Mr
// Korvell" is a person).
func TestShortFormAfterOpeningWord(t *testing.T) {
	text := "Shares of Korvell fell on Monday. Mr Korvell said he would stay. But Korvell shares rose later."
	ms := run(t, text)
	at := func(k int) bool {
		for _, m := range ms {
			if m.Start == k && m.Text == "Korvell" {
				return true
			}
		}
		return false
	}
	if k := strings.Index(text, "Mr Korvell") + 3; at(k) {
		t.Errorf("%q: the Korvell after Mr is an organisation; got %v", text, texts(ms))
	}
	if k := strings.Index(text, "But Korvell") + 4; !at(k) {
		t.Errorf("%q: the Korvell after But is no organisation; got %v", text, texts(ms))
	}
}
