package view

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The viewer reads stored extractions on its own terms rather than through
// extract.Mention: a mention type or field the viewer has not heard of
// must still show, with its fields listed as they are stored.

// mention is one stored mention as the pages show it.
type mention struct {
	I          int
	Type       string
	Text       string
	Start, End int
	Sentence   int
	Confidence float64
	Rule       string
	// Fields are the type's own fields in stored order.
	Fields []field
	// Fits says whether Start and End delimit Text in the article text;
	// a mention that does not fit is listed but not highlighted.
	Fits bool
}

// field is one of a mention's own fields, its value as text.
type field struct{ Key, Value string }

// common are the fields every mention has.
var common = map[string]bool{"type": true, "text": true, "start": true, "end": true, "cstart": true, "cend": true,
	"sentence": true, "confidence": true, "rule": true}

// field returns the value of one of the mention's own fields.
func (m *mention) field(key string) (string, bool) {
	for _, f := range m.Fields {
		if f.Key == key {
			return f.Value, true
		}
	}
	return "", false
}

// summary joins the values of the named fields that the mention has.
func (m *mention) summary(keys []string) string {
	var parts []string
	for _, k := range keys {
		if v, ok := m.field(k); ok && v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " · ")
}

// event is one stored event as the pages show it. Fields that DESIGN.md
// plans (negated, modality, quoted) show when present.
type event struct {
	I            int           `json:"-"`
	Type         string        `json:"type"`
	Cameo        *string       `json:"cameo"`
	Trigger      span          `json:"trigger"`
	Sentence     sentenceRef   `json:"sentence"`
	Who          []int         `json:"who"`
	When         []int         `json:"when"`
	Where        []int         `json:"where"`
	Amounts      []int         `json:"amounts"`
	Participants []participant `json:"participants"`
	WhenResolved *struct {
		Value string `json:"value"`
	} `json:"when_resolved"`
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
	Negated    bool    `json:"negated"`
	Modality   string  `json:"modality"`
	Quoted     bool    `json:"quoted"`
	// TriggerFits is like mention.Fits.
	TriggerFits bool `json:"-"`
}

type span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type sentenceRef struct {
	I     int `json:"i"`
	Start int `json:"start"`
	End   int `json:"end"`
}

type participant struct {
	Mention int    `json:"mention"`
	Role    string `json:"role"`
}

// args returns the mention indexes an event refers to, each once, with
// the role it plays (the slot's name when no participant role is given).
func (e *event) args() map[int]string {
	out := map[int]string{}
	for _, p := range e.Participants {
		out[p.Mention] = p.Role
	}
	for _, s := range []struct {
		name string
		idx  []int
	}{{"who", e.Who}, {"when", e.When}, {"where", e.Where}, {"amount", e.Amounts}} {
		for _, i := range s.idx {
			if _, ok := out[i]; !ok {
				out[i] = s.name
			}
		}
	}
	return out
}

// extraction is a stored extraction decoded for display.
type extraction struct {
	Version  int
	Mentions []mention
	Events   []event
}

// decodeExtraction reads a stored extraction (nil: none) and checks every
// span against the article text.
func decodeExtraction(raw []byte, text string) (*extraction, error) {
	out := &extraction{}
	if raw == nil {
		return out, nil
	}
	var x struct {
		Extractor struct {
			Version int `json:"version"`
		} `json:"extractor"`
		Mentions []json.RawMessage `json:"mentions"`
		Events   []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(raw, &x); err != nil {
		return nil, fmt.Errorf("view: decode extraction: %w", err)
	}
	out.Version = x.Extractor.Version
	for i, r := range x.Mentions {
		m, err := decodeMention(r)
		if err != nil {
			return nil, fmt.Errorf("view: mention %d: %w", i, err)
		}
		m.I = i
		m.Fits = fits(text, m.Start, m.End, m.Text)
		out.Mentions = append(out.Mentions, m)
	}
	for i, r := range x.Events {
		var e event
		if err := json.Unmarshal(r, &e); err != nil {
			return nil, fmt.Errorf("view: event %d: %w", i, err)
		}
		e.I = i
		e.TriggerFits = fits(text, e.Trigger.Start, e.Trigger.End, e.Trigger.Text)
		out.Events = append(out.Events, e)
	}
	return out, nil
}

// fits reports whether text[start:end] is want, on rune boundaries.
func fits(text string, start, end int, want string) bool {
	return 0 <= start && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end])) &&
		text[start:end] == want
}

// decodeMention reads one mention object, keeping the fields that are not
// common to all mentions in their stored order.
func decodeMention(raw []byte) (mention, error) {
	var m mention
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return m, fmt.Errorf("not an object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return m, err
		}
		key, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return m, fmt.Errorf("field %q: %w", key, err)
		}
		if !common[key] {
			m.Fields = append(m.Fields, field{key, fieldText(v)})
			continue
		}
		var dst any
		switch key {
		case "type":
			dst = &m.Type
		case "text":
			dst = &m.Text
		case "start":
			dst = &m.Start
		case "end":
			dst = &m.End
		case "sentence":
			dst = &m.Sentence
		case "confidence":
			dst = &m.Confidence
		case "rule":
			dst = &m.Rule
		default:
			continue // cstart, cend: the pages work in bytes
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return m, fmt.Errorf("field %q: %w", key, err)
		}
	}
	return m, nil
}

// fieldText shows a JSON value as text: strings unquoted, everything else
// as compact JSON.
func fieldText(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s
	}
	var b bytes.Buffer
	if json.Compact(&b, v) == nil {
		return b.String()
	}
	return string(v)
}

// formatConfidence shows a confidence with two decimals.
func formatConfidence(c float64) string { return strconv.FormatFloat(c, 'f', 2, 64) }
