package export

import (
	"encoding/json"
	"fmt"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
)

var eventMentionColumns = []string{"article", "event", "slot", "mention", "mention_type", "mention_text", "role",
	"span_text", "span_start", "span_end", "extractor_version"}

// eventMentionRecord is one mention an event refers to: the event-mentions
// side table that goes with the flat events table.
type eventMentionRecord struct {
	Record           string        `json:"record"`
	Schema           string        `json:"schema"`
	Article          string        `json:"article"`
	Event            int           `json:"event"`
	Slot             string        `json:"slot"`
	Mention          int           `json:"mention"`
	MentionType      string        `json:"mention_type"`
	MentionText      string        `json:"mention_text"`
	Role             string        `json:"role,omitempty"`
	Span             *extract.Span `json:"span,omitempty"`
	ExtractorVersion int           `json:"extractor_version"`
}

// eventMentions returns the mention references of event i, in the order
// who (with the participant's role, and the pronoun or description that
// stood in the sentence), when, where, amount.
func eventMentions(a *store.Article, ex *store.Extraction, i int) []eventMentionRecord {
	e := &ex.Events[i]
	var out []eventMentionRecord
	add := func(slot string, m int, role string, span *extract.Span) {
		if m < 0 || m >= len(ex.Mentions) {
			return // a reference that does not hold is left out, not invented
		}
		out = append(out, eventMentionRecord{Record: "event-mention", Schema: SchemaID, Article: a.ID, Event: i, Slot: slot,
			Mention: m, MentionType: ex.Mentions[m].Type, MentionText: ex.Mentions[m].Text, Role: role, Span: span,
			ExtractorVersion: ex.Extractor.Version})
	}
	for _, m := range e.Who {
		var role string
		var span *extract.Span
		for _, p := range e.Participants {
			if p.Mention == m {
				if role == "" {
					role, span = p.Role, p.Span
				}
			}
		}
		add("who", m, role, span)
	}
	for _, m := range e.When {
		add("when", m, "", nil)
	}
	for _, m := range e.Where {
		add("where", m, "", nil)
	}
	for _, m := range e.Amounts {
		add("amount", m, "", nil)
	}
	return out
}

// writeEventMentions writes the mention references of one article's
// events.
func (w *Writer) writeEventMentions(rec store.Record) error {
	ex, err := rec.Decode()
	if err != nil {
		return err
	}
	for i := range ex.Events {
		if !w.keep(ex.Events[i].Type) {
			continue
		}
		for _, r := range eventMentions(rec.Article, ex, i) {
			if w.opts.Format == CSV {
				w.n++
				row := []string{r.Article, itoa(r.Event), r.Slot, itoa(r.Mention), r.MentionType, r.MentionText, r.Role, "", "", "", itoa(r.ExtractorVersion)}
				if r.Span != nil {
					row[7], row[8], row[9] = r.Span.Text, itoa(r.Span.Start), itoa(r.Span.End)
				}
				if err := w.cw.Write(inert(row)); err != nil {
					return err
				}
				continue
			}
			b, err := json.Marshal(r)
			if err != nil {
				return fmt.Errorf("export: event mention of %s: %w", r.Article, err)
			}
			if err := w.emitJSON(b); err != nil {
				return err
			}
		}
	}
	return nil
}
