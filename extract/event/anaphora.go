package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

// anaphoraWindow is how many sentences back a definite event noun may
// reach for its antecedent.
const anaphoraWindow = 2

// linkAnaphora gives an event named by a definite noun phrase ("The two-day
// talks started ...", "the meeting", "their talks") and having no actors of
// its own the actors of the nearest earlier event of the same type within a
// couple of sentences: wire copy names the parties once and then refers to
// "the talks". The rule id records the inheritance.
func linkAnaphora(text string, evs []extract.Event) {
	for i := range evs {
		e := &evs[i]
		if len(e.Who) > 0 || !strings.Contains(e.Rule, "/noun") || !definiteNoun(text, e.Sentence.Start, e.Trigger.Start) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &evs[j]
			if e.Sentence.I-p.Sentence.I > anaphoraWindow {
				break
			}
			if p.Sentence.I == e.Sentence.I || p.Type != e.Type || len(p.Who) == 0 {
				continue
			}
			e.Who = append([]int(nil), p.Who...)
			e.Participants = append([]extract.Participant(nil), p.Participants...)
			e.Rule += "+antecedent"
			e.Confidence *= 0.9
			break
		}
	}
}

// definiteNoun reports whether the trigger at start is a noun led by a
// definite determiner or possessive with only lower-case modifiers between
// ("The two-day talks", "their first round of meetings" is not: the
// trigger must end the phrase the determiner opens).
func definiteNoun(text string, sentStart, start int) bool {
	if start <= sentStart || start > len(text) {
		return false
	}
	words := strings.Fields(text[max(sentStart, start-40):start])
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.ToLower(strings.Trim(words[k], `"'“‘(`))
		switch w {
		case "the", "this", "these", "those", "their", "its", "that":
			return true
		}
		if r, _ := utf8.DecodeRuneInString(words[k]); unicode.IsUpper(r) || strings.ContainsAny(words[k], ",.;:") {
			return false
		}
	}
	return false
}
