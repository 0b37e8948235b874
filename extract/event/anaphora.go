package event

import "github.com/eventwire/eventwire/extract"

// anaphoraWindow is how many sentences back a definite event noun may
// reach for its antecedent.
const anaphoraWindow = 2

// linkAnaphora gives an event named by a definite noun phrase ("The two-day
// talks started ...", "the meeting", "their talks") and having no actors of
// its own the actors of the nearest earlier event of the same type within a
// couple of sentences: wire copy names the parties once and then refers to
// "the talks". The rule id records the inheritance.
func linkAnaphora(evs []extract.Event, notes []evNote) {
	for i := range evs {
		e := &evs[i]
		if !notes[i].nounDef || len(e.Who) > 0 {
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
