package event

import (
	"reflect"
	"testing"
)

func TestEventsRules(t *testing.T) {
	country := func(name, cc string) spec { return place(name, "country", cc) }
	tests := []struct {
		name  string
		text  string
		specs []spec
		want  []want
	}{
		{
			name:  "passive with by agent",
			text:  "The envoy was appointed by President Moon Jae-in on Monday.",
			specs: []spec{person("Moon Jae-in", "President").at("Moon Jae-in", 0), date("2018-12-10").at("Monday", 0)},
			want:  []want{{typ: "appoint", trigger: "appointed", who: []string{"Moon Jae-in:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name: "talks with counterpart",
			text: "Japan held talks with China in Beijing on Friday.",
			specs: []spec{country("Japan", "JP").at("Japan", 0), country("China", "CN").at("China", 0),
				place("Beijing", "city", "CN").at("Beijing", 0), date("2018-12-14").at("Friday", 0)},
			want: []want{{typ: "negotiate", trigger: "talks", cameo: "04", who: []string{"Japan:agent", "China:counterpart"}, when: []string{"Friday"}, resolved: "2018-12-14", where: []string{"Beijing"}}},
		},
		{
			name:  "speaker after said",
			text:  `"The talks went well," said Kim Min-ho, a ministry spokesman.`,
			specs: []spec{person("Kim Min-ho", "spokesman").at("Kim Min-ho", 0)},
			want:  []want{{typ: "state", trigger: "said", cameo: "01", who: []string{"Kim Min-ho:agent"}}},
		},
		{
			name: "reported speech gives two events",
			text: "Kim said Tuesday that Japan would sign the accord in March.",
			specs: []spec{person("Kim", "").at("Kim", 0), date("2018-12-11").at("Tuesday", 0),
				country("Japan", "JP").at("Japan", 0), date("2019-03").at("March", 0)},
			want: []want{
				{typ: "state", trigger: "said", cameo: "01", who: []string{"Kim:agent"}, when: []string{"Tuesday"}, resolved: "2018-12-11"},
				{typ: "agree", trigger: "sign", cameo: "05", who: []string{"Japan:agent"}, when: []string{"March"}, resolved: "2019-03"},
			},
		},
		{
			name: "dateline place when the sentence has none",
			text: "TOKYO (AP) — Japan protested the move on Monday.",
			specs: []spec{place("Tokyo", "city", "JP").at("TOKYO", 0), country("Japan", "JP").at("Japan", 0),
				date("2018-12-10").at("Monday", 0)},
			want: []want{{typ: "protest", trigger: "protested", cameo: "14", who: []string{"Japan:agent"}, when: []string{"Monday"}, resolved: "2018-12-10", where: []string{"TOKYO"}}},
		},
		{
			name: "ordinary sentence",
			text: "The weather was mild and the streets were quiet.",
		},
		{
			name: "event noun without light verb",
			text: "The meeting was short.",
		},
		{
			name:  "statement verb that reports nothing",
			text:  "The index added 0.5 percent.",
			specs: []spec{pct(0.5).at("0.5 percent", 0)},
		},
		{
			name: "trigger inside a name",
			text: "The Paris Agreement remains in force.",
		},
		{
			name:  "at most two events besides a statement",
			text:  "Japan met, talked, signed, paid, visited and protested.",
			specs: []spec{country("Japan", "JP").at("Japan", 0)},
			want: []want{
				{typ: "meet", trigger: "met", cameo: "04", who: []string{"Japan:agent"}},
				{typ: "pay", trigger: "paid", who: []string{"Japan:agent"}},
			},
		},
		{
			name: "money first with its equivalent",
			text: "Tokyo will pay 5 percent more, or 10 billion yen ($90 million), next year.",
			specs: []spec{place("Tokyo", "city", "JP").at("Tokyo", 0),
				pct(5).at("5 percent", 0),
				money(10e9, "JPY").at("10 billion yen", 0), money(90e6, "USD").at("$90 million", 0).equivalentOf(2),
				date("2019").at("next year", 0)},
			want: []want{{typ: "pay", trigger: "pay", who: []string{"Tokyo:agent"}, when: []string{"next year"}, resolved: "2019", amounts: []string{"10 billion yen", "$90 million", "5 percent"}}},
		},
		{
			name: "disaster noun and participle clause",
			text: "A strong earthquake struck off the coast of Chile on Sunday, killing at least 12 people.",
			specs: []spec{country("Chile", "CL").at("Chile", 0), date("2018-12-09").at("Sunday", 0),
				qty(12, "people").at("at least 12 people", 0)},
			want: []want{
				{typ: "disaster", trigger: "earthquake", when: []string{"Sunday"}, resolved: "2018-12-09", where: []string{"Chile"}},
				{typ: "kill", trigger: "killing", amounts: []string{"at least 12 people"}},
			},
		},
		{
			name:  "relative clause subject",
			text:  "The team is led by Park, a diplomat who was named to the post in May.",
			specs: []spec{person("Park", "diplomat").at("Park", 0), date("2018-05").at("May", 0)},
			want:  []want{{typ: "appoint", trigger: "named", who: []string{"Park:patient"}, when: []string{"May"}, resolved: "2018-05"}},
		},
		{
			name: "country object and possessive affiliation",
			text: "China's foreign minister Wang Yi urged Japan to return to the talks.",
			specs: []spec{country("China", "CN").at("China", 0), person("Wang Yi", "foreign minister").at("Wang Yi", 0),
				country("Japan", "JP").at("Japan", 0)},
			want: []want{{typ: "demand", trigger: "urged", cameo: "02", who: []string{"Wang Yi:agent", "Japan:patient"}}},
		},
		{
			name: "change verb without an amount",
			text: "A tree fell on the road and the spokesman declined to comment.",
		},
		{
			name:  "change verb with an amount",
			text:  "Exports fell 5 percent.",
			specs: []spec{pct(5).at("5 percent", 0)},
			want:  []want{{typ: "decrease", trigger: "fell", amounts: []string{"5 percent"}}},
		},
		{
			name:  "participle after a noun is no appointment",
			text:  "Police found a man named Kim Soo-ho.",
			specs: []spec{person("Kim Soo-ho", "").at("Kim Soo-ho", 0)},
		},
		{
			name: "spending without money",
			text: "He loves spending time with his family.",
		},
		{
			name:  "noun after determiner and adjective",
			text:  "Officials reported a sharp increase of 20 percent.",
			specs: []spec{pct(20).at("20 percent", 0)},
		},
		{
			name:  "verb form as object of a past verb",
			text:  "Lawmakers cut 1.2 trillion won but added funds for welfare.",
			specs: []spec{money(1.2e12, "KRW").at("1.2 trillion won", 0)},
			want:  []want{{typ: "decrease", trigger: "cut", amounts: []string{"1.2 trillion won"}}},
		},
		{
			name:  "trigger word inside a title",
			text:  "On Monday, deputy finance minister Hong Sung-ho urged ministries to act.",
			specs: []spec{person("Hong Sung-ho", "deputy finance minister").titled("deputy finance minister").at("Hong Sung-ho", 0)},
			want:  []want{{typ: "demand", trigger: "urged", cameo: "02", who: []string{"Hong Sung-ho:agent"}}},
		},
		{
			name:  "negated event",
			text:  "Japan did not sign the accord.",
			specs: []spec{place("Japan", "country", "JP").at("Japan", 0)},
			want:  []want{{typ: "agree", trigger: "sign", cameo: "05", who: []string{"Japan:agent"}, rule: "event/agree/verb/negated"}},
		},
		{
			name: "date of a statement after a phrase",
			text: "Two soldiers were killed in Kabul, the military said in a statement on Wednesday.",
			specs: []spec{qty(2, "soldiers").at("Two soldiers", 0), place("Kabul", "city", "AF").at("Kabul", 0),
				date("2018-12-12").at("Wednesday", 0)},
			want: []want{
				{typ: "kill", trigger: "killed", where: []string{"Kabul"}, amounts: []string{"Two soldiers"}},
				{typ: "state", trigger: "said", cameo: "01", when: []string{"Wednesday"}, resolved: "2018-12-12"},
			},
		},
		{
			name:  "relative clause antecedent not across a verb",
			text:  "Kim praised the deal, which was signed in 2014.",
			specs: []spec{person("Kim", "").at("Kim", 0), date("2014").at("2014", 0)},
			want:  []want{{typ: "agree", trigger: "signed", cameo: "05", when: []string{"2014"}, resolved: "2014"}},
		},
		{
			name:  "verb after a date",
			text:  "The assembly on Tuesday approved the budget, 18 years after the 2001 attacks.",
			specs: []spec{date("2018-12-11").at("Tuesday", 0), date("P18Y").at("18 years", 0), date("2001").at("2001", 0)},
			want:  []want{{typ: "approve", trigger: "approved", when: []string{"Tuesday", "18 years", "2001"}, resolved: "2018-12-11"}},
		},
		{
			name:  "unresolved date is not resolved",
			text:  "The pact expires on Dec. 31.",
			specs: []spec{date("XXXX-12-31").at("Dec. 31", 0)},
			want:  []want{{typ: "expire", trigger: "expires", when: []string{"Dec. 31"}}},
		},
	}
	b := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := buildDoc(t, tc.text, "2018-12-12T10:00:00+09:00", tc.specs...)
			var got []want
			for _, e := range b.Events(d) {
				got = append(got, describe(d, e))
			}
			for i := range got {
				if i < len(tc.want) && tc.want[i].rule == "" {
					got[i].rule = "" // the case does not check the rule
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Events(%q):\n got  %v\n want %v", tc.text, got, tc.want)
			}
		})
	}
}
