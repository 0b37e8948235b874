package event

import "testing"

// TestEventsActorsRound2: organisations and people found through
// possessors, seats of government, fronted clauses, titles and
// contractions.
func TestEventsActorsRound2(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "a date inside the subject keeps its possessor as the one whose figure moved",
			text:  "Harlow Air Group's fourth-quarter net profit fell 12%.",
			specs: []spec{orgOf("Harlow Air Group", "company", 1).at("Harlow Air Group", 0), date("2018-Q4").at("fourth-quarter", 0), pct(12).at("12%", 0)},
			want:  []want{{typ: "decrease", trigger: "fell", who: []string{"Harlow Air Group:agent"}, when: []string{"fourth-quarter"}, resolved: "2018-Q4", amounts: []string{"12%"}}},
		},
		{
			name:  "a seat of government speaks for it",
			text:  "The Blue House said on Monday that the talks would resume.",
			specs: []spec{place("Blue House", "landmark", "KR").at("Blue House", 0), date("2018-12-10").at("Monday", 0)},
			want: []want{{typ: "state", trigger: "said", cameo: "010", who: []string{"Blue House:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "negotiate", trigger: "talks", cameo: "046", flags: "future"}},
		},
		{
			name: "a fronted -ing clause takes the main clause's subject",
			text: "After visiting Nairobi on Monday, Foreign Minister Taro Sato met Kenyan officials.",
			specs: []spec{place("Nairobi", "city", "KE").at("Nairobi", 0), date("2018-12-10").at("Monday", 0),
				person("Taro Sato", "Foreign Minister").at("Taro Sato", 0), place("Kenya", "country", "KE").at("Kenyan", 0)},
			want: []want{{typ: "visit", trigger: "visiting", cameo: "042", who: []string{"Nairobi:patient", "Taro Sato:agent"}, when: []string{"Monday"}, resolved: "2018-12-10", where: []string{"Nairobi"}},
				{typ: "meet", trigger: "met", cameo: "040", who: []string{"Taro Sato:agent", "Kenyan:patient"}}},
		},
		{
			name:  "a pronoun with its auxiliary in one word",
			text:  "Hanbit Motors said on Monday: \"We've filed a complaint against the regulator.\"",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0), date("2018-12-10").at("Monday", 0)},
			want: []want{{typ: "state", trigger: "said", cameo: "010", who: []string{"Hanbit Motors:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "complain", trigger: "complaint", cameo: "114", who: []string{"We've=Hanbit Motors:agent"}, flags: "quoted"}},
		},
		{
			name: "his lawyer is the person titled lawyer, not the client",
			text: "Park Ji-hoon was detained on Friday. His lawyer said on Saturday that he would appeal. The lawyer, Choi Min-ji, filed the papers.",
			specs: []spec{person("Park Ji-hoon", "").at("Park Ji-hoon", 0), date("2018-12-07").at("Friday", 0), date("2018-12-08").at("Saturday", 0),
				person("Choi Min-ji", "lawyer").at("Choi Min-ji", 0)},
			want: []want{{typ: "arrest", trigger: "detained", cameo: "173", who: []string{"Park Ji-hoon:patient"}, when: []string{"Friday"}, resolved: "2018-12-07"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"His lawyer=Choi Min-ji:agent"}, when: []string{"Saturday"}, resolved: "2018-12-08"},
				{typ: "appeal", trigger: "appeal", cameo: "020", who: []string{"he=Park Ji-hoon:agent"}, flags: "future"}},
		},
		{
			name: "its ambassador is not another country's ambassador named later",
			text: "Norland recalled its ambassador on Monday. The Ruritanian ambassador, Ivan Petrov, met reporters.",
			specs: []spec{country("Norland", "NL").at("Norland", 0), date("2018-12-10").at("Monday", 0),
				place("Ruritania", "country", "RU").at("Ruritanian", 0), person("Ivan Petrov", "ambassador").from("RU").at("Ivan Petrov", 0)},
			want: []want{{typ: "cutties", trigger: "recalled", cameo: "161", who: []string{"Norland:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "meet", trigger: "met", cameo: "040", who: []string{"Ivan Petrov:agent"}}},
		},
		{
			name: "his government is the country of the person, from another mention of him",
			text: "Ruritanian President Ivan Petrov arrived on Monday. Petrov said his government had expelled two diplomats.",
			specs: []spec{place("Ruritania", "country", "RU").at("Ruritanian", 0), person("Ivan Petrov", "President").from("RU").at("Ivan Petrov", 0), date("2018-12-10").at("Monday", 0),
				person("Ivan Petrov", "President").at("Petrov", 1), qty(2, "diplomats").at("two diplomats", 0)},
			want: []want{{typ: "visit", trigger: "arrived", cameo: "042", who: []string{"Ivan Petrov:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Petrov:agent"}},
				{typ: "expel", trigger: "expelled", cameo: "166", who: []string{"his government=Ruritanian:agent", "two diplomats:patient"}}},
		},
	})
}

// TestEventsNotEventsRound2: compounds, nouns in prepositional phrases,
// indirect questions, texts, unnamed sources and tallies are no events
// (or not asserted ones).
func TestEventsNotEventsRound2(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "the first word of a compound names a thing",
			text:  "Kim Dae-ho bought an assault rifle. The court upheld the death sentences. Aid workers left Juba.",
			specs: []spec{person("Kim Dae-ho", "").at("Kim Dae-ho", 0), place("Juba", "city", "SS").at("Juba", 0)},
			want:  []want{{typ: "trade", trigger: "bought", who: []string{"Kim Dae-ho:agent"}}},
		},
		{
			name:  "a past verb keeps its object of that class",
			text:  "The ministry confirmed cases in Busan.",
			specs: []spec{orgOf("Health Ministry", "ministry", 1).at("ministry", 0), place("Busan", "city", "KR").at("Busan", 0)},
			// What a statement reports is not where it was made.
			want: []want{{typ: "state", trigger: "confirmed", cameo: "010", who: []string{"ministry:agent"}}},
		},
		{
			name:  "an event noun in a prepositional phrase leans on no light verb",
			text:  "The ministry gave no details about the talks. The explosion brought the toll for both attacks to 40.",
			specs: []spec{orgOf("Interior Ministry", "ministry", 1).at("ministry", 0), qty(40, "").at("40", 0)},
			want:  []want{{typ: "state", trigger: "gave", cameo: "011", who: []string{"ministry:agent"}}}, // 011: no comment
		},
		{
			name:  "an indirect question names what is sought",
			text:  "The United Nations will investigate who shot down the plane.",
			specs: []spec{orgOf("United Nations", "international", 1).at("United Nations", 0)},
			want:  []want{{typ: "investigate", trigger: "investigate", cameo: "090", who: []string{"United Nations:agent"}, flags: "future"}},
		},
		{
			name: "a text calls for what it holds",
			text: "The plan calls for closer cooperation on energy.",
			want: nil,
		},
		{
			name:  "sources in the plural name no speaker",
			text:  "Reports in Ruritania said the envoy had left. Ruritania's newspapers reported the arrest.",
			specs: []spec{country("Ruritania", "RU").at("Ruritania", 0), country("Ruritania", "RU").at("Ruritania", 1)},
			want:  nil,
		},
		{
			name:  "neither ... nor negates the verb",
			text:  "Neither Japan nor China signed the accord.",
			specs: []spec{country("Japan", "JP").at("Japan", 0), country("China", "CN").at("China", 0)},
			want:  []want{{typ: "sign", trigger: "signed", cameo: "057", who: []string{"Japan:agent", "China:agent"}, flags: "negated"}},
		},
		{
			name:  "arrests spread over many places are a tally",
			text:  "Kim Dae-ho has been arrested in several provinces since 2010.",
			specs: []spec{person("Kim Dae-ho", "").at("Kim Dae-ho", 0), date("2010").at("2010", 0)},
			want:  []want{{typ: "arrest", trigger: "arrested", cameo: "173", who: []string{"Kim Dae-ho:patient"}, flags: "habitual"}},
		},
		{
			name:  "a reading that asks for its object wins",
			text:  "Petrov raised concerns about the vote.",
			specs: []spec{person("Ivan Petrov", "").at("Petrov", 0)},
			want:  []want{{typ: "criticize", trigger: "raised", cameo: "110", who: []string{"Petrov:agent"}}},
		},
		{
			name:  "views voiced, a commitment restated, a tribute paid",
			text:  "Petrov expressed doubts about the plan. Petrov reaffirmed his commitment to the talks. Petrov paid tribute to the victims.",
			specs: []spec{person("Ivan Petrov", "").at("Petrov", 0), person("Ivan Petrov", "").at("Petrov", 1), person("Ivan Petrov", "").at("Petrov", 2)},
			want: []want{{typ: "state", trigger: "expressed", cameo: "010", who: []string{"Petrov:agent"}},
				{typ: "pledge", trigger: "reaffirmed", cameo: "030", who: []string{"Petrov:agent"}}},
		},
		{
			name:  "a country's name before an -ing noun",
			text:  "Two suspects in the Kenya bombing were handed over.",
			specs: []spec{qty(2, "suspects").at("Two suspects", 0), country("Kenya", "KE").at("Kenya", 0)},
			want:  nil,
		},
	})
}

// TestEventsSubjectsRound2: subjects found across clauses, appositions,
// adverbs inside the verb group, and in the words of a reporter.
func TestEventsSubjectsRound2(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "an -ing clause inside the sentence takes the subject of the verb before",
			text:  "Hanbit Motors will own the plant, after agreeing to buy out its partner.",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0)},
			want: []want{{typ: "agree", trigger: "agreeing", cameo: "050", who: []string{"Hanbit Motors:agent"}},
				{typ: "trade", trigger: "buy out", who: []string{"Hanbit Motors:agent"}, flags: "future"}},
		},
		{
			name: "an infinitive of purpose takes the subject of the verb before",
			text: "Hanbit Motors paid $2 million in cash and 300,000 shares to acquire Lumen Labs.",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0), money(2e6, "USD").at("$2 million", 0),
				qty(300000, "shares").at("300,000 shares", 0), orgOf("Lumen Labs", "company", 2).at("Lumen Labs", 0)},
			want: []want{{typ: "pay", trigger: "paid", who: []string{"Hanbit Motors:agent"}, amounts: []string{"$2 million", "300,000 shares"}},
				{typ: "trade", trigger: "acquire", who: []string{"Hanbit Motors:agent", "Lumen Labs:patient"}, flags: "hoped"}},
		},
		{
			name:  "a company's figures in its own report",
			text:  "Hanbit Motors reported that net income rose 8%.",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0), pct(8).at("8%", 0)},
			want: []want{{typ: "state", trigger: "reported", cameo: "010", who: []string{"Hanbit Motors:agent"}},
				{typ: "increase", trigger: "rose", who: []string{"Hanbit Motors:agent"}, amounts: []string{"8%"}}},
		},
		{
			name: "the two leaders at the end of a coordination",
			text: "Taro Sato met Ivan Petrov on Monday. Trade grew and the two leaders signed a pact.",
			specs: []spec{person("Taro Sato", "Prime Minister").at("Taro Sato", 0), person("Ivan Petrov", "President").at("Ivan Petrov", 0),
				date("2018-12-10").at("Monday", 0)},
			want: []want{{typ: "meet", trigger: "met", cameo: "040", who: []string{"Taro Sato:agent", "Ivan Petrov:patient"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				// The last of them who acted.
				{typ: "sign", trigger: "signed", cameo: "057", who: []string{"the two leaders=Taro Sato:agent"}}},
		},
		{
			name: "appositions headed by a title, with or without an article",
			text: "The envoy to the UN, Ivan Petrov, has reiterated its commitment. Chen Li, local council chief, told reporters the road was closed.",
			specs: []spec{orgOf("United Nations", "international", 1).at("UN", 0), person("Ivan Petrov", "").at("Ivan Petrov", 0),
				person("Chen Li", "").at("Chen Li", 0)},
			want: []want{{typ: "pledge", trigger: "reiterated", cameo: "030", who: []string{"Ivan Petrov:agent"}},
				{typ: "state", trigger: "told", cameo: "010", who: []string{"Chen Li:agent"}}},
		},
		{
			name: "an intensifier and an adverb phrase inside the verb group",
			text: "Lumen Labs, a unit of Hanbit Motors, had itself filed a suit. Japan has so far pledged $6 million.",
			specs: []spec{orgOf("Lumen Labs", "company", 1).at("Lumen Labs", 0), orgOf("Hanbit Motors", "company", 2).at("Hanbit Motors", 0),
				country("Japan", "JP").at("Japan", 0), money(6e6, "USD").at("$6 million", 0)},
			want: []want{{typ: "sue", trigger: "suit", cameo: "115", who: []string{"Lumen Labs:agent"}},
				{typ: "pledge", trigger: "pledged", cameo: "030", who: []string{"Japan:agent"}, amounts: []string{"$6 million"}}},
		},
		{
			name:  "a statement participle after the verb before the comma",
			text:  "Ivan Petrov criticised the plan but made no mention of the vote, saying the talks were over.",
			specs: []spec{person("Ivan Petrov", "").at("Ivan Petrov", 0)},
			want: []want{{typ: "criticize", trigger: "criticised", cameo: "111", who: []string{"Ivan Petrov:agent"}},
				{typ: "state", trigger: "saying", cameo: "010", who: []string{"Ivan Petrov:agent"}}},
		},
		{
			name: "a passive killing takes the organisation or nationality before the noun of its 'in' phrase",
			text: "Two soldiers were killed in a Kordan Front attack on Sunday. Three farmers were wounded in a Ruritanian airstrike.",
			specs: []spec{qty(2, "soldiers").at("Two soldiers", 0), orgOf("Kordan Front", "armed group", 1).at("Kordan Front", 0),
				date("2018-12-09").at("Sunday", 0), qty(3, "farmers").at("Three farmers", 0),
				place("Ruritania", "country", "RU").demonym().at("Ruritanian", 0)},
			want: []want{{typ: "attack", trigger: "killed", cameo: "180", who: []string{"Two soldiers:patient", "Kordan Front:agent"}, when: []string{"Sunday"}, resolved: "2018-12-09"},
				{typ: "airstrike", trigger: "wounded", cameo: "195", who: []string{"Three farmers:patient", "Ruritanian:agent"}}},
		},
		{
			name:  "a place where it happened is no attacker",
			text:  "Two guards were killed in the Nairobi embassy bombing.",
			specs: []spec{qty(2, "guards").at("Two guards", 0), place("Nairobi", "city", "KE").at("Nairobi", 0)},
			want:  []want{{typ: "bomb", trigger: "killed", cameo: "183", who: []string{"Two guards:patient"}, where: []string{"Nairobi"}}},
		},
		{
			name:  "the government is the country named last as an adjective",
			text:  "The Ruritanian government expelled two diplomats. The government said the move was lawful.",
			specs: []spec{place("Ruritania", "country", "RU").demonym().at("Ruritanian", 0), qty(2, "diplomats").at("two diplomats", 0)},
			want: []want{{typ: "expel", trigger: "expelled", cameo: "166", who: []string{"Ruritanian:agent", "two diplomats:patient"}},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"The government=Ruritanian:agent"}}},
		},
		{
			name: "police in another city are not the dateline city's force",
			text: "BUSAN, South Korea (Yonhap) -- A man was killed in Daegu, police said. Busan police arrested a suspect.",
			specs: []spec{place("Busan", "city", "KR").at("BUSAN", 0), country("South Korea", "KR").at("South Korea", 0),
				place("Daegu", "city", "KR").at("Daegu", 0), orgOf("Busan police", "police", 1).at("Busan police", 0)},
			// The story names a force, so the statement stands, without
			// an agent.
			want: []want{{typ: "kill", trigger: "killed", cameo: "1823", where: []string{"Daegu"}},
				{typ: "state", trigger: "said", cameo: "010"},
				{typ: "arrest", trigger: "arrested", cameo: "173", who: []string{"Busan police:agent"}}},
		},
		{
			name: "police are the story's police force, named later",
			text: "BUSAN, South Korea (Yonhap) -- Police confirmed on Friday that the body was found. Busan Police Chief Kim Tae-ho said the case was closed.",
			specs: []spec{place("Busan", "city", "KR").at("BUSAN", 0), country("South Korea", "KR").at("South Korea", 0),
				date("2018-12-07").at("Friday", 0), orgOf("Busan Police", "police", 1).at("Busan Police", 0),
				person("Kim Tae-ho", "Police Chief").at("Kim Tae-ho", 0)},
			want: []want{{typ: "state", trigger: "confirmed", cameo: "010", who: []string{"Police=Busan Police:agent"}, when: []string{"Friday"}, resolved: "2018-12-07"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Kim Tae-ho:agent"}}},
		},
	})
}

// TestEventsReadingsRound2: which reading a word gets, and when a clause
// says which thing is meant rather than what happened.
func TestEventsReadingsRound2(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "a noun after a verb of the lexicon is its object",
			text:  "Lee Min-ho was resisting arrest when officers arrived.",
			specs: []spec{person("Lee Min-ho", "").at("Lee Min-ho", 0)},
			want: []want{{typ: "reject", trigger: "resisting", cameo: "120", who: []string{"Lee Min-ho:agent"}},
				{typ: "visit", trigger: "arrived", cameo: "042"}},
		},
		{
			name:  "fighting a decision is resisting it, not fighting",
			text:  "Hanbit Motors said it would fight the decision in court.",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0)},
			want: []want{{typ: "state", trigger: "said", cameo: "010", who: []string{"Hanbit Motors:agent"}},
				{typ: "reject", trigger: "fight", cameo: "120", who: []string{"it=Hanbit Motors:agent"}, flags: "future"}},
		},
		{
			name:  "strikes that are ordered are military",
			text:  "President Ivan Petrov ordered the strikes on Monday. Unions staged strikes on Tuesday.",
			specs: []spec{person("Ivan Petrov", "President").at("Ivan Petrov", 0), date("2018-12-10").at("Monday", 0), date("2018-12-11").at("Tuesday", 0)},
			want: []want{{typ: "airstrike", trigger: "strikes", cameo: "190", who: []string{"Ivan Petrov:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "strike", trigger: "strikes", cameo: "143", when: []string{"Tuesday"}, resolved: "2018-12-11"}},
		},
		{
			name:  "riot police do not riot",
			text:  "Riot police fired tear gas in Lima.",
			specs: []spec{place("Lima", "city", "PE").at("Lima", 0)},
			want:  nil,
		},
		{
			name:  "a restrictive relative after a date or without a comma is no event",
			text:  "Ruritania condemned the bombings last year that killed 20 people. Rains that caused flooding ended.",
			specs: []spec{country("Ruritania", "RU").at("Ruritania", 0), date("2017").at("last year", 0), qty(20, "people").at("20 people", 0)},
			// The relative clause keeps its date.
			want: []want{{typ: "criticize", trigger: "condemned", cameo: "111", who: []string{"Ruritania:agent"}}},
		},
		{
			name: "relatives without that",
			text: "It was an incident Hanbit Motors blamed on a driver. Kim Dae-ho was arrested on Monday, the same day he bought a gun.",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0), person("Kim Dae-ho", "").at("Kim Dae-ho", 0),
				date("2018-12-10").at("Monday", 0), date("2018-12-10").at("the same day", 0)},
			want: []want{{typ: "arrest", trigger: "arrested", cameo: "173", who: []string{"Kim Dae-ho:patient"}, when: []string{"Monday"}, resolved: "2018-12-10"}},
		},
		{
			name: "generic critics and texts",
			text: "Critics called the plan reckless. Investors applauded the news.",
			want: nil,
		},
		{
			name:  "claims and describing read as nouns",
			text:  "Petrov poured scorn on US intelligence claims that Ruritania was hacked.",
			specs: []spec{person("Ivan Petrov", "").at("Petrov", 0), country("United States", "US").at("US", 0), country("Ruritania", "RU").at("Ruritania", 0)},
			want:  nil,
		},
		{
			name:  "a relative of a named person is no named speaker",
			text:  "Kim Dae-ho's stepmother said on Monday that he was innocent.",
			specs: []spec{person("Kim Dae-ho", "").at("Kim Dae-ho", 0), date("2018-12-10").at("Monday", 0)},
			want:  nil,
		},
		{
			name:  "instead of negates",
			text:  "The results should be respected instead of being challenged, Petrov said.",
			specs: []spec{person("Ivan Petrov", "").at("Petrov", 0)},
			want: []want{{typ: "sue", trigger: "challenged", cameo: "115", flags: "negated"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Petrov:agent"}}},
		},
		{
			name:  "a bare present in a relative is a habit, not with a date",
			text:  "Hanbit Motors, which buys steel from Japan, said on Monday the rights, which expire Dec. 21, were sold.",
			specs: []spec{orgOf("Hanbit Motors", "company", 1).at("Hanbit Motors", 0), country("Japan", "JP").at("Japan", 0), date("2018-12-10").at("Monday", 0), date("2018-12-21").at("Dec. 21", 0)},
			want: []want{{typ: "trade", trigger: "buys", who: []string{"Hanbit Motors:agent"}, where: []string{"Japan"}, flags: "habitual"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Hanbit Motors:agent"}, when: []string{"Monday"}, resolved: "2018-12-10"},
				{typ: "expire", trigger: "expire", when: []string{"Dec. 21"}, resolved: "2018-12-21"},
				{typ: "trade", trigger: "sold"}},
		},
	})
}
