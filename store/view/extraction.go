package view

import (
	"bytes"
	"encoding/json"
	"errors"
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
	err := eachField(raw, func(key string, v []byte) error {
		if !common[key] {
			m.Fields = append(m.Fields, field{key, fieldText(v)})
			return nil
		}
		var err error
		switch key {
		case "type":
			m.Type, err = jsonString(v)
		case "text":
			m.Text, err = jsonString(v)
		case "rule":
			m.Rule, err = jsonString(v)
		case "start":
			m.Start, err = strconv.Atoi(string(v))
		case "end":
			m.End, err = strconv.Atoi(string(v))
		case "sentence":
			m.Sentence, err = strconv.Atoi(string(v))
		case "confidence":
			m.Confidence, err = strconv.ParseFloat(string(v), 64)
		}
		if err != nil {
			return fmt.Errorf("field %q: %w", key, err)
		}
		return nil
	})
	return m, err
}

// jsonString decodes a JSON string, without the decoder when it holds no
// escape.
func jsonString(v []byte) (string, error) {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' && bytes.IndexByte(v, '\\') < 0 && utf8.Valid(v) {
		return string(v[1 : len(v)-1]), nil
	}
	var s string
	err := json.Unmarshal(v, &s)
	return s, err
}

// fieldText shows a JSON value as text: strings unquoted, everything else
// as the JSON it is stored as.
func fieldText(v []byte) string {
	if len(v) > 0 && v[0] == '"' {
		if s, err := jsonString(v); err == nil {
			return s
		}
	}
	return string(v)
}

// eachField calls fn with each key of a JSON object and its value's bytes,
// in order. It reads JSON that encoding/json wrote (the stored
// extractions): it finds where values end but leaves checking them to
// their decoders.
func eachField(raw []byte, fn func(key string, v []byte) error) error {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return errors.New("not an object")
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return nil
	}
	for {
		end, err := valueEnd(raw, i)
		if err != nil || raw[i] != '"' {
			return errors.New("bad key")
		}
		key, err := jsonString(raw[i:end])
		if err != nil {
			return err
		}
		i = skipSpace(raw, end)
		if i >= len(raw) || raw[i] != ':' {
			return errors.New("no colon after key")
		}
		i = skipSpace(raw, i+1)
		end, err = valueEnd(raw, i)
		if err != nil {
			return fmt.Errorf("field %q: %w", key, err)
		}
		if err := fn(key, raw[i:end]); err != nil {
			return err
		}
		i = skipSpace(raw, end)
		if i >= len(raw) {
			return errors.New("unterminated object")
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return nil
		default:
			return fmt.Errorf("unexpected %q after field %q", raw[i], key)
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the index just after the JSON value that starts at i.
func valueEnd(b []byte, i int) (int, error) {
	if i >= len(b) {
		return 0, errors.New("missing value")
	}
	depth := 0
	for j := i; j < len(b); j++ {
		switch c := b[j]; c {
		case '"':
			for j++; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					j++
				}
			}
			if j >= len(b) {
				return 0, errors.New("unterminated string")
			}
			if depth == 0 {
				return j + 1, nil
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 { // the end of the object around a scalar
				if j == i {
					return 0, errors.New("missing value")
				}
				return j, nil
			}
			depth--
			if depth == 0 {
				return j + 1, nil
			}
		case ',', ' ', '\t', '\n', '\r', ':':
			if depth == 0 {
				if j == i {
					return 0, errors.New("missing value")
				}
				return j, nil
			}
		}
	}
	if depth != 0 {
		return 0, errors.New("unterminated value")
	}
	return len(b), nil
}

// formatConfidence shows a confidence with two decimals.
func formatConfidence(c float64) string { return strconv.FormatFloat(c, 'f', 2, 64) }
