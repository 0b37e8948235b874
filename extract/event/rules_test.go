package event

import (
	"reflect"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// ruleCase is one sentence (or a few) with hand-made mentions and the full
// list of events it must yield.
type ruleCase struct {
	name  string
	text  string
	specs []spec
	want  []want
}

func runRuleCases(t *testing.T, tests []ruleCase) {
	t.Helper()
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

func country(name, cc string) spec { return place(name, "country", cc) }

func TestEventsRoles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "passive with by agent",
			text:  "The envoy was appointed by President Moon Jae-in on Monday.",
			specs: []spec{person("Moon Jae-in", "President").at("Moon Jae-in", 0), date("2018-12-10").at("Monday", 0)},
			want:  []want{{typ: "appoint", trigger: "appointed", who: []string{"Moon Jae-in:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name: "passive subject is the patient",
			text: "Kim Soo-ho was arrested by police in Busan on Tuesday.",
			specs: []spec{person("Kim Soo-ho", "").at("Kim Soo-ho", 0), place("Busan", "city", "KR").at("Busan", 0),
				date("2018-12-11").at("Tuesday", 0)},
			want: []want{{typ: "arrest", trigger: "arrested", cameo: "173", who: []string{"Kim Soo-ho:patient"}, when: []string{"Tuesday"}, resolved: "2018-12-11", where: []string{"Busan"}}},
		},
		{
			name: "talks with counterpart",
			text: "Japan held talks with China in Beijing on Friday.",
			specs: []spec{country("Japan", "JP").at("Japan", 0), country("China", "CN").at("China", 0),
				place("Beijing", "city", "CN").at("Beijing", 0), date("2018-12-14").at("Friday", 0)},
			want: []want{{typ: "negotiate", trigger: "talks", cameo: "046", who: []string{"Japan:agent", "China:counterpart"}, when: []string{"Friday"}, resolved: "2018-12-14", where: []string{"Beijing"}}},
		},
		{
			name:  "speaker after said",
			text:  `"The talks went well," said Kim Min-ho, a ministry spokesman.`,
			specs: []spec{person("Kim Min-ho", "spokesman").at("Kim Min-ho", 0)},
			want:  []want{{typ: "state", trigger: "said", cameo: "010", who: []string{"Kim Min-ho:agent"}}},
		},
		{
			name: "speaker of a trailing clause is not a name inside the report",
			text: "Lee Jae-won was detained after the raid, Seoul police said.",
			specs: []spec{person("Lee Jae-won", "").at("Lee Jae-won", 0), place("Seoul", "city", "KR").at("Seoul", 0),
				org().at("Seoul police", 0)},
			want: []want{
				{typ: "arrest", trigger: "detained", cameo: "173", who: []string{"Lee Jae-won:patient"}},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Seoul police:agent"}},
			},
		},
		{
			name: "coordinated verbs share their subject and a country after the verb is the patient",
			text: "Prime Minister Taro Sato arrived in Nairobi on Monday and pledged to supply Kenya with grain.",
			specs: []spec{person("Taro Sato", "Prime Minister").at("Taro Sato", 0), place("Nairobi", "city", "KE").at("Nairobi", 0),
				date("2018-12-10").at("Monday", 0), country("Kenya", "KE").at("Kenya", 0)},
			want: []want{
				{typ: "visit", trigger: "arrived", cameo: "042", who: []string{"Taro Sato:agent"}, when: []string{"Monday"}, resolved: "2018-12-10", where: []string{"Nairobi"}},
				{typ: "pledge", trigger: "pledged", cameo: "030", who: []string{"Taro Sato:agent"}},
				{typ: "trade", trigger: "supply", who: []string{"Taro Sato:agent", "Kenya:patient"}, flags: "future"},
			},
		},
		{
			name:  "apposition names the actor of a description",
			text:  "The company's chief executive, Maria Lopez, resigned on Monday.",
			specs: []spec{person("Maria Lopez", "chief executive").at("Maria Lopez", 0), date("2018-12-10").at("Monday", 0)},
			want:  []want{{typ: "resign", trigger: "resigned", who: []string{"Maria Lopez:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name:  "relative clause subject",
			text:  "Sato, who visited Seoul last month, apologized to South Korea on Tuesday.",
			specs: []spec{person("Sato", "").at("Sato", 0), place("Seoul", "city", "KR").at("Seoul", 0), date("2018-11").at("last month", 0), country("South Korea", "KR").at("South Korea", 0), date("2018-12-11").at("Tuesday", 0)},
			want: []want{
				{typ: "visit", trigger: "visited", cameo: "042", who: []string{"Sato:agent", "Seoul:patient"}, when: []string{"last month"}, resolved: "2018-11", where: []string{"Seoul"}},
				{typ: "apologize", trigger: "apologized", cameo: "055", who: []string{"Sato:agent", "South Korea:patient"}, when: []string{"Tuesday"}, resolved: "2018-12-11"},
			},
		},
		{
			name: "country object and possessive affiliation",
			text: "China's foreign minister Wang Yi urged Japan to return to the talks.",
			specs: []spec{country("China", "CN").at("China", 0), person("Wang Yi", "foreign minister").at("Wang Yi", 0),
				country("Japan", "JP").at("Japan", 0)},
			want: []want{{typ: "appeal", trigger: "urged", cameo: "020", who: []string{"Wang Yi:agent", "Japan:patient"}}},
		},
		{
			name:  "organisation mention as agent and patient",
			text:  "The Finance Ministry fined Hanbit Bank 2 billion won on Friday.",
			specs: []spec{org().at("Finance Ministry", 0), org().at("Hanbit Bank", 0), money(2e9, "KRW").at("2 billion won", 0), date("2018-12-14").at("Friday", 0)},
			want:  nil, // "fined" is no trigger: the mentions alone make no event
		},
		{
			name:  "organisation sanctions a country",
			text:  "The European Union imposed sanctions on Iran on Monday.",
			specs: []spec{org().at("European Union", 0), country("Iran", "IR").at("Iran", 0), date("2018-12-10").at("Monday", 0)},
			want:  []want{{typ: "sanction", trigger: "sanctions", cameo: "163", who: []string{"European Union:agent", "Iran:patient"}, when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name:  "statement addressee",
			text:  "Kim told Reuters on Friday that the deal was close.",
			specs: []spec{person("Kim", "").at("Kim", 0), org().at("Reuters", 0), date("2018-12-14").at("Friday", 0)},
			want:  []want{{typ: "state", trigger: "told", cameo: "010", who: []string{"Kim:agent", "Reuters:patient"}, when: []string{"Friday"}, resolved: "2018-12-14"}},
		},
		{
			name:  "unnamed speaker makes no statement",
			text:  "Officials said the bridge would reopen.",
			specs: nil,
			want:  nil,
		},
		{
			name: "reported speech gives two events",
			text: "Kim said Tuesday that Japan would sign the accord in March.",
			specs: []spec{person("Kim", "").at("Kim", 0), date("2018-12-11").at("Tuesday", 0),
				country("Japan", "JP").at("Japan", 0), date("2019-03").at("March", 0)},
			want: []want{
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Kim:agent"}, when: []string{"Tuesday"}, resolved: "2018-12-11"},
				{typ: "sign", trigger: "sign", cameo: "057", who: []string{"Japan:agent"}, when: []string{"March"}, resolved: "2019-03", flags: "future"},
			},
		},
		{
			name: "statement date is not the date of its content",
			text: "Moscow will expel 40 British diplomats, the foreign ministry said on Thursday.",
			specs: []spec{place("Moscow", "city", "RU").at("Moscow", 0), qty(40, "British diplomats").at("40 British diplomats", 0),
				org().at("foreign ministry", 0), date("2018-12-13").at("Thursday", 0)},
			want: []want{
				{typ: "expel", trigger: "expel", cameo: "166", who: []string{"Moscow:agent", "40 British diplomats:patient"}, flags: "future"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"foreign ministry:agent"}, when: []string{"Thursday"}, resolved: "2018-12-13"},
			},
		},
	})
}

func TestEventsCoreference(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "he resolves to the person of the previous sentence",
			text: "Foreign Minister Park Jin met Wang Yi in Beijing. He said the talks were useful.",
			specs: []spec{person("Park Jin", "Foreign Minister").at("Park Jin", 0), person("Wang Yi", "").at("Wang Yi", 0),
				place("Beijing", "city", "CN").at("Beijing", 0)},
			want: []want{
				{typ: "meet", trigger: "met", cameo: "040", who: []string{"Park Jin:agent", "Wang Yi:patient"}, where: []string{"Beijing"}},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"He=Park Jin:agent"}},
			},
		},
		{
			name: "she skips a man",
			text: "Ms. Ana Silva met Mr. Tom Reed on Monday. She said they agreed.",
			specs: []spec{person("Ana Silva", "").at("Ana Silva", 0), person("Tom Reed", "").at("Tom Reed", 0),
				date("2018-12-10").at("Monday", 0)},
			want: []want{
				{typ: "meet", trigger: "met", cameo: "040", who: []string{"Ana Silva:agent", "Tom Reed:patient"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"She=Ana Silva:agent"}},
				{typ: "agree", trigger: "agreed", cameo: "050", who: []string{"they=Ana Silva:agent"}},
			},
		},
		{
			name: "a description resolves to the titled person",
			text: "Interior Minister Omar Khan visited Kabul. The minister condemned the bombing.",
			specs: []spec{person("Omar Khan", "Interior Minister").titled("Interior Minister").at("Omar Khan", 0),
				place("Kabul", "city", "AF").at("Kabul", 0)},
			want: []want{
				{typ: "visit", trigger: "visited", cameo: "042", who: []string{"Omar Khan:agent", "Kabul:patient"}, where: []string{"Kabul"}},
				{typ: "criticize", trigger: "condemned", cameo: "111", who: []string{"The minister=Omar Khan:agent"}},
			},
		},
		{
			name:  "the company and it resolve to the organisation",
			text:  "Hanbit Motors cut 500 jobs. The company said it would buy a rival for $2 billion.",
			specs: []spec{org().at("Hanbit Motors", 0), qty(500, "jobs").at("500 jobs", 0), money(2e9, "USD").at("$2 billion", 0)},
			want: []want{
				{typ: "decrease", trigger: "cut", who: []string{"Hanbit Motors:agent"}, amounts: []string{"500 jobs"}},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"The company=Hanbit Motors:agent"}},
				{typ: "trade", trigger: "buy", who: []string{"it=Hanbit Motors:agent"}, amounts: []string{"$2 billion"}, flags: "future"},
			},
		},
		{
			name:  "I in a quote is the quote's speaker",
			text:  `"I signed the decree," Governor Ruiz told reporters.`,
			specs: []spec{person("Ruiz", "Governor").at("Ruiz", 0)},
			want: []want{
				{typ: "sign", trigger: "signed", cameo: "057", who: []string{"I=Ruiz:agent"}, flags: "quoted"},
				{typ: "state", trigger: "told", cameo: "010", who: []string{"Ruiz:agent"}},
			},
		},
	})
}

func TestEventsModality(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "negated event is kept and marked",
			text:  "Japan did not sign the accord.",
			specs: []spec{country("Japan", "JP").at("Japan", 0)},
			want:  []want{{typ: "sign", trigger: "sign", cameo: "057", who: []string{"Japan:agent"}, flags: "negated"}},
		},
		{
			name:  "refused to meet: a rejection, and the meeting negated",
			text:  "Kim refused to meet the envoy.",
			specs: []spec{person("Kim", "").at("Kim", 0)},
			want: []want{
				{typ: "reject", trigger: "refused", cameo: "120", who: []string{"Kim:agent"}},
				{typ: "meet", trigger: "meet", cameo: "040", who: []string{"Kim:agent"}, flags: "negated"},
			},
		},
		{
			name:  "may sue is possible",
			text:  "Kim may sue the newspaper.",
			specs: []spec{person("Kim", "").at("Kim", 0)},
			want:  []want{{typ: "sue", trigger: "sue", cameo: "115", who: []string{"Kim:agent"}, flags: "possible"}},
		},
		{
			name:  "plans to visit is future",
			text:  "Kim plans to visit Tokyo.",
			specs: []spec{person("Kim", "").at("Kim", 0), place("Tokyo", "city", "JP").at("Tokyo", 0)},
			want:  []want{{typ: "visit", trigger: "visit", cameo: "042", who: []string{"Kim:agent", "Tokyo:patient"}, where: []string{"Tokyo"}, flags: "future"}},
		},
		{
			name:  "hopes to sign is hoped",
			text:  "Japan hopes to sign the deal.",
			specs: []spec{country("Japan", "JP").at("Japan", 0)},
			want:  []want{{typ: "sign", trigger: "sign", cameo: "057", who: []string{"Japan:agent"}, flags: "hoped"}},
		},
		{
			name:  "a condition",
			text:  "If Japan signs the deal, the tariffs end.",
			specs: []spec{country("Japan", "JP").at("Japan", 0)},
			want:  []want{{typ: "sign", trigger: "signs", cameo: "057", who: []string{"Japan:agent"}, flags: "conditional"}},
		},
		{
			name:  "a habit",
			text:  "Japan usually pays its dues in June.",
			specs: []spec{country("Japan", "JP").at("Japan", 0), date("2019-06").at("June", 0)},
			want:  []want{{typ: "pay", trigger: "pays", who: []string{"Japan:agent"}, when: []string{"June"}, resolved: "2019-06", flags: "habitual"}},
		},
		{
			name:  "would after a past statement is future",
			text:  "Kim said Japan would expel the envoy.",
			specs: []spec{person("Kim", "").at("Kim", 0), country("Japan", "JP").at("Japan", 0)},
			want: []want{
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Kim:agent"}},
				{typ: "expel", trigger: "expel", cameo: "166", who: []string{"Japan:agent"}, flags: "future"},
			},
		},
		{
			name:  "quoted event",
			text:  `"We attacked the base," Kim said.`,
			specs: []spec{person("Kim", "").at("Kim", 0)},
			want: []want{
				{typ: "attack", trigger: "attacked", cameo: "180", who: []string{"We=Kim:agent"}, flags: "quoted"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Kim:agent"}},
			},
		},
		{
			name:  "no talks",
			text:  "No talks were held on Monday.",
			specs: []spec{date("2018-12-10").at("Monday", 0)},
			want:  []want{{typ: "negotiate", trigger: "talks", cameo: "046", when: []string{"Monday"}, resolved: "2018-12-10", flags: "negated"}},
		},
	})
}

func TestEventsCodes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "a death from illness is no killing",
			text:  "Three people died of cholera in the camp last week.",
			specs: []spec{qty(3, "people").at("Three people", 0), date("2018-W49").at("last week", 0)},
			// A count of people is an unnamed group that can act.
			want: []want{{typ: "die", trigger: "died", who: []string{"Three people:agent"}, when: []string{"last week"}, resolved: "2018-W49"}},
		},
		{
			name:  "a killing has its killer as agent",
			text:  "Rebels killed Mayor Juan Ortiz on Sunday.",
			specs: []spec{person("Juan Ortiz", "Mayor").at("Juan Ortiz", 0), date("2018-12-09").at("Sunday", 0)},
			want:  []want{{typ: "kill", trigger: "killed", cameo: "1823", who: []string{"Juan Ortiz:patient"}, when: []string{"Sunday"}, resolved: "2018-12-09"}},
		},
		{
			name:  "killed in a crash is a death",
			text:  "Two men were killed in a car crash on Sunday.",
			specs: []spec{qty(2, "men").at("Two men", 0), date("2018-12-09").at("Sunday", 0)},
			want:  []want{{typ: "die", trigger: "killed", who: []string{"Two men:patient"}, when: []string{"Sunday"}, resolved: "2018-12-09"}},
		},
		{
			name:  "killed in clashes is a fight",
			text:  "Two soldiers were killed in clashes on Sunday.",
			specs: []spec{qty(2, "soldiers").at("Two soldiers", 0), date("2018-12-09").at("Sunday", 0)},
			want:  []want{{typ: "clash", trigger: "killed", cameo: "190", who: []string{"Two soldiers:patient"}, when: []string{"Sunday"}, resolved: "2018-12-09"}},
		},
		{
			name:  "troops attacking is military force",
			text:  "Government troops attacked the town on Friday.",
			specs: []spec{date("2018-12-14").at("Friday", 0)},
			want:  []want{{typ: "attack", trigger: "attacked", cameo: "190", when: []string{"Friday"}, resolved: "2018-12-14"}},
		},
		{
			name:  "one attack is one event",
			text:  "A gunman shot and killed two guards and wounded a third.",
			specs: []spec{qty(2, "guards").at("two guards", 0)},
			want:  []want{{typ: "kill", trigger: "shot and killed", cameo: "1823", who: []string{"two guards:patient"}}},
		},
		{
			name:  "expelling people is coercion, expelling diplomats reduces relations",
			text:  "Tanzania expelled five Iraqis. Russia expelled the ambassador.",
			specs: []spec{country("Tanzania", "TZ").at("Tanzania", 0), qty(5, "Iraqis").at("five Iraqis", 0), country("Russia", "RU").at("Russia", 0)},
			want: []want{
				{typ: "deport", trigger: "expelled", cameo: "174", who: []string{"Tanzania:agent", "five Iraqis:patient"}},
				{typ: "expel", trigger: "expelled", cameo: "166", who: []string{"Russia:agent"}},
			},
		},
		{
			name:  "released a report is no release",
			text:  "The group released a report. Rebels released two hostages.",
			specs: []spec{qty(2, "hostages").at("two hostages", 0)},
			want:  []want{{typ: "release", trigger: "released", cameo: "0841", who: []string{"two hostages:patient"}}},
		},
		{
			name:  "restrictive relative is no event",
			text:  "The bombing that killed 12 people was condemned.",
			specs: []spec{qty(12, "people").at("12 people", 0)},
			want:  []want{{typ: "criticize", trigger: "condemned", cameo: "111"}},
		},
		{
			name:  "two readings of one form: charged with",
			text:  "The suspect was charged with fraud on Monday.",
			specs: []spec{date("2018-12-10").at("Monday", 0)},
			want:  []want{{typ: "arrest", trigger: "charged", cameo: "173", when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name:  "an evaluation is criticism, a meeting called is a meeting",
			text:  "Kim called the verdict unjust. Lee called a meeting.",
			specs: []spec{person("Kim", "").at("Kim", 0), person("Lee", "").at("Lee", 0)},
			want: []want{
				{typ: "criticize", trigger: "called", cameo: "111", who: []string{"Kim:agent"}},
				{typ: "meet", trigger: "meeting", cameo: "040", who: []string{"Lee:agent"}},
			},
		},
		{
			name:  "trigger inside a name",
			text:  "The Paris Agreement remains in force.",
			specs: []spec{place("Paris", "city", "FR").at("Paris", 0)},
		},
		{
			name: "event noun in a compound",
			text: "The car bombing shocked the city.",
		},
		{
			name:  "statement verb that reports nothing",
			text:  "The index added 0.5 percent.",
			specs: []spec{pct(0.5).at("0.5 percent", 0)},
		},
		{
			name:  "change verb with an amount",
			text:  "Exports fell 5 percent.",
			specs: []spec{pct(5).at("5 percent", 0)},
			want:  []want{{typ: "decrease", trigger: "fell", amounts: []string{"5 percent"}}},
		},
		{
			name: "change verb without an amount",
			text: "A tree fell on the road and the spokesman declined to comment.",
		},
		{
			name:  "participle after a noun is no appointment",
			text:  "Police found a man named Kim Soo-ho.",
			specs: []spec{person("Kim Soo-ho", "").at("Kim Soo-ho", 0)},
		},
		{
			name: "disaster noun and participle clause",
			text: "A strong earthquake struck off the coast of Chile on Sunday, killing at least 12 people.",
			specs: []spec{country("Chile", "CL").at("Chile", 0), date("2018-12-09").at("Sunday", 0),
				qty(12, "people").at("at least 12 people", 0)},
			want: []want{{typ: "disaster", trigger: "earthquake", when: []string{"Sunday"}, resolved: "2018-12-09", where: []string{"Chile"}, amounts: []string{"at least 12 people"}}},
		},
	})
}

func TestEventsSlots(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "the dateline is no place of the sentence",
			text: "TOKYO (AP) — Japan protested the move on Monday.",
			specs: []spec{place("Tokyo", "city", "JP").at("TOKYO", 0), country("Japan", "JP").at("Japan", 0),
				date("2018-12-10").at("Monday", 0)},
			want: []want{{typ: "protest", trigger: "protested", cameo: "141", who: []string{"Japan:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name: "money first with its equivalent",
			text: "Tokyo will pay 5 percent more, or 10 billion yen ($90 million), next year.",
			specs: []spec{place("Tokyo", "city", "JP").at("Tokyo", 0),
				pct(5).at("5 percent", 0),
				money(10e9, "JPY").at("10 billion yen", 0), money(90e6, "USD").at("$90 million", 0).equivalentOf(2),
				date("2019").at("next year", 0)},
			want: []want{{typ: "pay", trigger: "pay", who: []string{"Tokyo:agent"}, when: []string{"next year"}, resolved: "2019", amounts: []string{"10 billion yen", "$90 million", "5 percent"}, flags: "future"}},
		},
		{
			name:  "durations and reference words are no dates of the event",
			text:  "Japan signed the pact for two years now.",
			specs: []spec{country("Japan", "JP").at("Japan", 0), spec{typ: extract.TypeDate, date: &extract.Date{TimexType: "DURATION", Value: "P2Y"}}.at("two years", 0), spec{typ: extract.TypeDate, date: &extract.Date{TimexType: "DATE", Value: "PRESENT_REF"}}.at("now", 0)},
			want:  []want{{typ: "sign", trigger: "signed", cameo: "057", who: []string{"Japan:agent"}}},
		},
		{
			name:  "a date that opens the sentence dates the statement",
			text:  "On Monday, Kim said Japan attacked the port.",
			specs: []spec{date("2018-12-10").at("Monday", 0), person("Kim", "").at("Kim", 0), country("Japan", "JP").at("Japan", 0)},
			want: []want{
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Kim:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "attack", trigger: "attacked", cameo: "180", who: []string{"Japan:agent"}},
			},
		},
		{
			name:  "unresolved date is not resolved",
			text:  "The pact expires on Dec. 31.",
			specs: []spec{date("XXXX-12-31").at("Dec. 31", 0)},
			want:  []want{{typ: "expire", trigger: "expires", when: []string{"Dec. 31"}}},
		},
		{
			name:  "an affiliation is no place",
			text:  "The president of France, Claire Dubois, condemned the attack.",
			specs: []spec{country("France", "FR").at("France", 0), person("Claire Dubois", "president").at("Claire Dubois", 0)},
			want:  []want{{typ: "criticize", trigger: "condemned", cameo: "111", who: []string{"Claire Dubois:agent"}}},
		},
	})
}
