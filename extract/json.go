package extract

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// The JSON forms of Mention and Event written by hand, in append style.
//
// Why: `extract --jsonl` and export write thousands of mentions a second,
// and encoding/json spends most of that time in reflection and, for
// Mention, in marshalling twice (MarshalJSON's own json.Marshal, then the
// compaction of its result). The bytes are exactly encoding/json's: the
// same field order, omitempty rules, number forms and string escapes
// (HTML characters, U+2028 and U+2029, control bytes, invalid UTF-8 as
// \ufffd). json_test.go compares both over random and real values; the
// reflective forms below stay as its oracle and as the fallback for the
// values encoding/json refuses (NaN and infinities), so that even the
// error is the same.

// errUnsupported marks a value encoding/json cannot write; the callers
// fall back to the reflective form, which reports it in its own words.
var errUnsupported = errors.New("json: unsupported value")

// jsonWriter appends one value's JSON to b.
type jsonWriter struct {
	b   []byte
	bad bool // a float was NaN or infinite
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// hundredths[k] is the JSON form of float64(k)/100, k from 1 to 100: most
// confidences are such a number, and a copy is cheaper than the shortest
// formatting.
var hundredths = func() (t [101]string) {
	for k := 1; k <= 100; k++ {
		t[k] = strconv.FormatFloat(float64(k)/100, 'f', -1, 64)
	}
	return t
}()

// float writes f as encoding/json does: like ES6's number to string, %f
// between 1e-6 and 1e21, else %e with no zero padding in the exponent.
func (w *jsonWriter) float(f float64) {
	if f > 0 && f <= 1 {
		// The same float as a table entry has the same form.
		if k := int(f*100 + 0.5); float64(k)/100 == f {
			w.b = append(w.b, hundredths[k]...)
			return
		}
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.bad = true
		w.b = append(w.b, '0')
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

const hexDigits = "0123456789abcdef"

// jsonPlain marks the bytes str copies as they are: ASCII but for control
// bytes, the quote, the backslash and the HTML characters.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// str writes s quoted as encoding/json does with HTML escaping on (its
// default): <, > and & as \u003c..., control bytes as \n, \t, ... or
// \u00XX, U+2028 and U+2029 escaped, and each byte that is not UTF-8 as
// \ufffd.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

func (w *jsonWriter) strPtr(s *string) {
	if s == nil {
		w.raw("null")
		return
	}
	w.str(*s)
}

func (w *jsonWriter) ints(ns []int) {
	if ns == nil {
		w.raw("null")
		return
	}
	w.b = append(w.b, '[')
	for i, n := range ns {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.int(n)
	}
	w.b = append(w.b, ']')
}

// strField writes key (`,"name":`) and s, or nothing when omitEmpty and s
// is "".
func (w *jsonWriter) strField(key string, s string, omitEmpty bool) {
	if omitEmpty && s == "" {
		return
	}
	w.raw(key)
	w.str(s)
}

func (w *jsonWriter) done(dst []byte) ([]byte, error) {
	if w.bad {
		return dst, errUnsupported
	}
	return w.b, nil
}

// AppendJSON appends the flat JSON form of m (the bytes MarshalJSON gives)
// to dst. For a value encoding/json refuses (a NaN or infinite number) it
// returns dst unchanged and an error; MarshalJSON then gives encoding/json's
// own error.
func (m *Mention) AppendJSON(dst []byte) ([]byte, error) {
	w := jsonWriter{b: dst}
	w.raw(`{"type":`)
	w.str(m.Type)
	w.raw(`,"text":`)
	w.str(m.Text)
	w.raw(`,"start":`)
	w.int(m.Start)
	w.raw(`,"end":`)
	w.int(m.End)
	w.raw(`,"cstart":`)
	w.int(m.CStart)
	w.raw(`,"cend":`)
	w.int(m.CEnd)
	w.raw(`,"sentence":`)
	w.int(m.Sentence)
	w.raw(`,"confidence":`)
	w.float(m.Confidence)
	w.raw(`,"rule":`)
	w.str(m.Rule)
	// The payloads in MarshalJSON's order of precedence.
	switch {
	case m.Date != nil:
		w.date(m.Date)
	case m.Amount != nil:
		w.amount(m.Amount)
	case m.Location != nil:
		w.location(m.Location)
	case m.Person != nil:
		w.person(m.Person)
	case m.Organization != nil:
		w.organization(m.Organization)
	}
	w.b = append(w.b, '}')
	return w.done(dst)
}

func (w *jsonWriter) date(d *Date) {
	w.raw(`,"timex_type":`)
	w.str(d.TimexType)
	w.raw(`,"value":`)
	w.str(d.Value)
	w.strField(`,"mod":`, d.Mod, true)
	if d.Range != nil {
		w.raw(`,"range":`)
		w.rng(d.Range)
	}
	w.raw(`,"anchored":`)
	w.bool(d.Anchored)
}

func (w *jsonWriter) rng(r *Range) {
	w.raw(`{"start":`)
	w.str(r.Start)
	w.raw(`,"end":`)
	w.str(r.End)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) amount(a *Amount) {
	w.raw(`,"kind":`)
	w.str(a.Kind)
	w.raw(`,"value":`)
	w.float(a.Value)
	w.strField(`,"currency":`, a.Currency, true)
	w.strField(`,"unit":`, a.Unit, true)
	if a.Approx {
		w.raw(`,"approx":true`)
	}
	if a.Min != nil {
		w.raw(`,"min":`)
		w.float(*a.Min)
	}
	if a.Max != nil {
		w.raw(`,"max":`)
		w.float(*a.Max)
	}
	if a.EquivalentOf != nil {
		w.raw(`,"equivalent_of":`)
		w.int(*a.EquivalentOf)
	}
}

func (w *jsonWriter) location(l *Location) {
	w.raw(`,"name":`)
	w.str(l.Name)
	w.raw(`,"kind":`)
	w.str(l.Kind)
	w.strField(`,"country":`, l.Country, true)
	w.strField(`,"admin1":`, l.Admin1, true)
	if l.GeonameID != 0 {
		w.raw(`,"geonameid":`)
		w.int(l.GeonameID)
	}
	if l.Lat != nil {
		w.raw(`,"lat":`)
		w.float(*l.Lat)
	}
	if l.Lon != nil {
		w.raw(`,"lon":`)
		w.float(*l.Lon)
	}
	if l.Demonym {
		w.raw(`,"demonym":true`)
	}
	if l.Dateline {
		w.raw(`,"dateline":true`)
	}
	if l.Embedded {
		w.raw(`,"embedded":true`)
	}
}

func (w *jsonWriter) person(p *Person) {
	w.raw(`,"name":`)
	w.str(p.Name)
	w.raw(`,"entity":`)
	w.int(p.Entity)
	w.strField(`,"title":`, p.Title, true)
	if p.TitleSpan != nil {
		w.raw(`,"title_span":[`)
		w.int(p.TitleSpan[0])
		w.b = append(w.b, ',')
		w.int(p.TitleSpan[1])
		w.b = append(w.b, ']')
	}
	w.strField(`,"affiliation":`, p.Affiliation, true)
	w.strField(`,"country":`, p.Country, true)
	if p.AffiliationMention != nil {
		w.raw(`,"affiliation_mention":`)
		w.int(*p.AffiliationMention)
	}
}

func (w *jsonWriter) organization(o *Organization) {
	w.raw(`,"name":`)
	w.str(o.Name)
	w.raw(`,"kind":`)
	w.str(o.Kind)
	w.strField(`,"country":`, o.Country, true)
	w.strField(`,"acronym":`, o.Acronym, true)
	w.raw(`,"entity":`)
	w.int(o.Entity)
}

// AppendJSON appends the JSON form of e (the bytes json.Marshal gives) to
// dst. For a value encoding/json refuses (a NaN or infinite number) it
// returns dst unchanged and an error.
func (e *Event) AppendJSON(dst []byte) ([]byte, error) {
	w := jsonWriter{b: dst}
	w.raw(`{"type":`)
	w.str(e.Type)
	w.raw(`,"cameo":`)
	w.strPtr(e.Cameo)
	w.raw(`,"cameo_root":`)
	w.strPtr(e.CameoRoot)
	w.raw(`,"quad_class":`)
	w.int(e.QuadClass)
	w.raw(`,"trigger":`)
	w.span(&e.Trigger)
	w.raw(`,"sentence":{"i":`)
	w.int(e.Sentence.I)
	w.raw(`,"start":`)
	w.int(e.Sentence.Start)
	w.raw(`,"end":`)
	w.int(e.Sentence.End)
	w.raw(`},"who":`)
	w.ints(e.Who)
	w.raw(`,"when":`)
	w.ints(e.When)
	w.raw(`,"where":`)
	w.ints(e.Where)
	w.raw(`,"amounts":`)
	w.ints(e.Amounts)
	w.raw(`,"participants":`)
	w.participants(e.Participants)
	if r := e.WhenResolved; r != nil {
		w.raw(`,"when_resolved":{"value":`)
		w.str(r.Value)
		if r.Range != nil {
			w.raw(`,"range":`)
			w.rng(r.Range)
		}
		w.b = append(w.b, '}')
	}
	w.raw(`,"negated":`)
	w.bool(e.Negated)
	w.strField(`,"modality":`, e.Modality, true)
	w.raw(`,"quoted":`)
	w.bool(e.Quoted)
	w.raw(`,"actor1":`)
	w.actor(e.Actor1)
	w.raw(`,"actor2":`)
	w.actor(e.Actor2)
	w.raw(`,"action_geo":`)
	w.geo(e.ActionGeo)
	w.raw(`,"confidence":`)
	w.float(e.Confidence)
	w.raw(`,"rule":`)
	w.str(e.Rule)
	w.b = append(w.b, '}')
	return w.done(dst)
}

func (w *jsonWriter) span(s *Span) {
	w.raw(`{"text":`)
	w.str(s.Text)
	w.raw(`,"start":`)
	w.int(s.Start)
	w.raw(`,"end":`)
	w.int(s.End)
	w.raw(`,"cstart":`)
	w.int(s.CStart)
	w.raw(`,"cend":`)
	w.int(s.CEnd)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) participants(ps []Participant) {
	if ps == nil {
		w.raw("null")
		return
	}
	w.b = append(w.b, '[')
	for i := range ps {
		p := &ps[i]
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.raw(`{"mention":`)
		w.int(p.Mention)
		w.raw(`,"role":`)
		w.str(p.Role)
		if p.Span != nil {
			w.raw(`,"span":`)
			w.span(p.Span)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) actor(a *Actor) {
	if a == nil {
		w.raw("null")
		return
	}
	w.raw(`{"name":`)
	w.str(a.Name)
	w.raw(`,"kind":`)
	w.str(a.Kind)
	w.strField(`,"country":`, a.Country, true)
	w.raw(`,"mention":`)
	w.int(a.Mention)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) geo(g *Geo) {
	if g == nil {
		w.raw("null")
		return
	}
	w.raw(`{"name":`)
	w.str(g.Name)
	w.strField(`,"country":`, g.Country, true)
	if g.Lat != nil {
		w.raw(`,"lat":`)
		w.float(*g.Lat)
	}
	if g.Lon != nil {
		w.raw(`,"lon":`)
		w.float(*g.Lon)
	}
	w.raw(`,"mention":`)
	w.int(g.Mention)
	w.raw(`,"source":`)
	w.str(g.Source)
	w.b = append(w.b, '}')
}

// marshalReflect is the reflective form of a mention: the oracle of the
// tests, and what MarshalJSON falls back on for values AppendJSON refuses.
func (m Mention) marshalReflect() ([]byte, error) {
	h := mentionHead{m.Type, m.Text, m.Start, m.End, m.CStart, m.CEnd, m.Sentence, m.Confidence, m.Rule}
	switch {
	case m.Date != nil:
		return json.Marshal(dateJSON{h, m.Date})
	case m.Amount != nil:
		return json.Marshal(amountJSON{h, m.Amount})
	case m.Location != nil:
		return json.Marshal(locationJSON{h, m.Location})
	case m.Person != nil:
		return json.Marshal(personJSON{h, m.Person})
	case m.Organization != nil:
		return json.Marshal(organizationJSON{h, m.Organization})
	}
	return json.Marshal(h)
}
