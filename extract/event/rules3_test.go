package event

import "testing"

// TestEventsActorsRound3: unnamed actors through the place they act in or
// the weapon they used, passives of phrase triggers, and place phrases
// inside a subject.
func TestEventsActorsRound3(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:  "a phrase trigger after a form of be is passive",
			text:  "Three sailors were placed under arrest in Lagos.",
			specs: []spec{qty(3, "sailors").at("Three sailors", 0), place("Lagos", "city", "NG").at("Lagos", 0)},
			want:  []want{{typ: "arrest", trigger: "placed under arrest", cameo: "173", who: []string{"Three sailors:patient"}, where: []string{"Lagos"}}},
		},
		{
			name: "a place phrase after the subject's head names no attacker",
			text: "A bombing near the Ruritanian consulate in Lagos killed 12 people.",
			specs: []spec{place("Ruritania", "country", "RU").demonym().at("Ruritanian", 0), place("Lagos", "city", "NG").at("Lagos", 0),
				qty(12, "people").at("12 people", 0)},
			want: []want{{typ: "kill", trigger: "killed", cameo: "1823", who: []string{"12 people:patient"}, where: []string{"Lagos"}}},
		},
		{
			name:  "unnamed officials in a country act for it, and it is their place",
			text:  "Officials in Ruritania have appealed for loans from Norland.",
			specs: []spec{country("Ruritania", "RU").at("Ruritania", 0), country("Norland", "NL").at("Norland", 0)},
			want:  []want{{typ: "appeal", trigger: "appealed", cameo: "020", who: []string{"Ruritania:agent"}, where: []string{"Ruritania"}}},
		},
		{
			name:  "a country before a weapon in the attack that killed is the attacker",
			text:  "Ivan Petrov was killed in a Ruritania drone strike.",
			specs: []spec{person("Ivan Petrov", "").at("Ivan Petrov", 0), country("Ruritania", "RU").at("Ruritania", 0)},
			want:  []want{{typ: "airstrike", trigger: "killed", cameo: "195", who: []string{"Ivan Petrov:patient", "Ruritania:agent"}}},
		},
		{
			name:  "a country right before the attack noun is where it happened",
			text:  "Ivan Petrov was killed in a Ruritania bombing.",
			specs: []spec{person("Ivan Petrov", "").at("Ivan Petrov", 0), country("Ruritania", "RU").at("Ruritania", 0)},
			want:  []want{{typ: "bomb", trigger: "killed", cameo: "183", who: []string{"Ivan Petrov:patient"}, where: []string{"Ruritania"}}},
		},
		{
			name: "a quote standing alone is not the words of a speaker who opens a quote of their own next",
			text: "\"We will appeal the ruling,\" said Ivan Petrov in Paris. \"I thanked Norland for its help.\" Maria Lopez, the ambassador, said: \"I share the joy of the families.\"",
			specs: []spec{person("Ivan Petrov", "").at("Ivan Petrov", 0), place("Paris", "city", "FR").at("Paris", 0), country("Norland", "NL").at("Norland", 0),
				person("Maria Lopez", "").at("Maria Lopez", 0)},
			want: []want{{typ: "sue", trigger: "appeal", cameo: "115", who: []string{"We=Ivan Petrov:agent"}, flags: "future quoted"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Ivan Petrov:agent"}, where: []string{"Paris"}},
				{typ: "praise", trigger: "thanked", cameo: "051", who: []string{"Norland:patient", "I=Ivan Petrov:agent"}, flags: "quoted"},
				{typ: "state", trigger: "said", cameo: "010", who: []string{"Maria Lopez:agent"}}},
		},
		{
			name:  "a county before the body it qualifies acts for it and is its place",
			text:  "A Harlow County jury convicted Ivan Petrov on Monday.",
			specs: []spec{place("Harlow County", "admin2", "US").at("Harlow County", 0), person("Ivan Petrov", "").at("Ivan Petrov", 0), date("2018-12-10").at("Monday", 0)},
			want: []want{{typ: "convict", trigger: "convicted", cameo: "116", who: []string{"Harlow County:agent", "Ivan Petrov:patient"},
				when: []string{"Monday"}, resolved: "2018-12-10", where: []string{"Harlow County"}}},
		},
		{
			name:  "a city before its police is where they acted",
			text:  "Harlow police arrested Ivan Petrov.",
			specs: []spec{place("Harlow", "city", "US").at("Harlow", 0), person("Ivan Petrov", "").at("Ivan Petrov", 0)},
			want:  []want{{typ: "arrest", trigger: "arrested", cameo: "173", who: []string{"Harlow:agent", "Ivan Petrov:patient"}, where: []string{"Harlow"}}},
		},
		{
			name:  "a verb after a comma, a conjunction and an auxiliary goes back over a noun's complement clause",
			text:  "Norland rejects claims that Ruritania forged the letters, and has called them \"absurd\".",
			specs: []spec{country("Norland", "NL").at("Norland", 0), country("Ruritania", "RU").at("Ruritania", 0)},
			want: []want{{typ: "reject", trigger: "rejects", cameo: "120", who: []string{"Norland:agent"}},
				{typ: "criticize", trigger: "called", cameo: "111", who: []string{"Norland:agent"}}},
		},
		{
			name:  "a verb after a comma and a conjunction stays in a verb's complement clause",
			text:  "Ivan Petrov said that Norland had expelled two diplomats, and has called for talks.",
			specs: []spec{person("Ivan Petrov", "").at("Ivan Petrov", 0), country("Norland", "NL").at("Norland", 0), qty(2, "diplomats").at("two diplomats", 0)},
			// A guard: the rule steps back only over a noun's complement.
			want: []want{{typ: "state", trigger: "said", cameo: "010", who: []string{"Ivan Petrov:agent"}},
				{typ: "expel", trigger: "expelled", cameo: "166", who: []string{"Norland:agent", "two diplomats:patient"}},
				{typ: "appeal", trigger: "called for", cameo: "020", who: []string{"Norland:agent"}}},
		},
	})
}
