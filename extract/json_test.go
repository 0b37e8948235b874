package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// randJSON draws values whose JSON is hard to get right: strings with
// every kind of escape, numbers at the edges of the %f and %e forms,
// pointers and slices nil, empty or set.
type randJSON struct{ r *rand.Rand }

// pieces are the bits random strings are made of.
var pieces = []string{
	"a", "Z", " ", "0", "$", "€", "é", "日本", "😀", // plain ASCII and UTF-8
	`"`, `\`, "/", "<", ">", "&", "<script>", "&amp;", // quoted, and HTML characters
	"\n", "\r", "\t", "\b", "\f", "\x00", "\x01", "\x1f", "\x7f", // control bytes
	"\u2028", "\u2029", "\u2027", "\u202a", // the JS line separators and their neighbours
	"\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", // not UTF-8
	"\ufffd", "\ufeff",
}

func (g randJSON) str() string {
	if g.r.IntN(4) == 0 {
		return ""
	}
	var sb strings.Builder
	for n := g.r.IntN(8); n >= 0; n-- {
		sb.WriteString(pieces[g.r.IntN(len(pieces))])
	}
	return sb.String()
}

func (g randJSON) strPtr() *string {
	if g.r.IntN(3) == 0 {
		return nil
	}
	s := g.str()
	return &s
}

var edgeFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-6, 9.99999e-7, 1e-7, 1.5e-9, 1e20, 1e21, 9.99e20,
	-1e21, 123456789.125, 1.0 / 3, 2.5e-300, 1.7976931348623157e308, 5e-324, 0.1, 0.95, 1e100}

func (g randJSON) float() float64 {
	switch g.r.IntN(3) {
	case 0:
		return edgeFloats[g.r.IntN(len(edgeFloats))]
	case 1:
		return g.r.Float64()
	}
	return (g.r.Float64() - 0.5) * math.Pow(10, float64(g.r.IntN(60)-30))
}

func (g randJSON) floatPtr() *float64 {
	if g.r.IntN(2) == 0 {
		return nil
	}
	f := g.float()
	return &f
}

func (g randJSON) int() int {
	switch g.r.IntN(4) {
	case 0:
		return 0
	case 1:
		return -g.r.IntN(1000)
	case 2:
		return int(g.r.Int64())
	}
	return g.r.IntN(100000)
}

func (g randJSON) intPtr() *int {
	if g.r.IntN(2) == 0 {
		return nil
	}
	n := g.int()
	return &n
}

func (g randJSON) bool() bool { return g.r.IntN(2) == 0 }

func (g randJSON) ints() []int {
	switch g.r.IntN(3) {
	case 0:
		return nil
	case 1:
		return []int{}
	}
	ns := make([]int, 1+g.r.IntN(4))
	for i := range ns {
		ns[i] = g.int()
	}
	return ns
}

func (g randJSON) rng() *Range {
	if g.r.IntN(2) == 0 {
		return nil
	}
	return &Range{Start: g.str(), End: g.str()}
}

func (g randJSON) span() Span {
	return Span{Text: g.str(), Start: g.int(), End: g.int(), CStart: g.int(), CEnd: g.int()}
}

func (g randJSON) mention() Mention {
	m := Mention{Type: g.str(), Text: g.str(), Start: g.int(), End: g.int(), CStart: g.int(), CEnd: g.int(),
		Sentence: g.int(), Confidence: g.float(), Rule: g.str()}
	// Often one payload, sometimes none or several (MarshalJSON's order of
	// precedence then decides).
	for n := g.r.IntN(3); n > 0; n-- {
		switch g.r.IntN(5) {
		case 0:
			m.Date = &Date{TimexType: g.str(), Value: g.str(), Mod: g.str(), Range: g.rng(), Anchored: g.bool()}
		case 1:
			m.Amount = &Amount{Kind: g.str(), Value: g.float(), Currency: g.str(), Unit: g.str(), Approx: g.bool(),
				Min: g.floatPtr(), Max: g.floatPtr(), EquivalentOf: g.intPtr()}
		case 2:
			l := &Location{Name: g.str(), Kind: g.str(), Country: g.str(), Admin1: g.str(), Lat: g.floatPtr(), Lon: g.floatPtr(),
				Demonym: g.bool(), Dateline: g.bool(), Embedded: g.bool()}
			if g.bool() {
				l.GeonameID = g.int()
			}
			m.Location = l
		case 3:
			p := &Person{Name: g.str(), Entity: g.int(), Title: g.str(), Affiliation: g.str(), Country: g.str(),
				AffiliationMention: g.intPtr()}
			if g.bool() {
				p.TitleSpan = &[2]int{g.int(), g.int()}
			}
			m.Person = p
		case 4:
			m.Organization = &Organization{Name: g.str(), Kind: g.str(), Country: g.str(), Acronym: g.str(), Entity: g.int()}
		}
	}
	return m
}

func (g randJSON) event() Event {
	e := Event{Type: g.str(), Cameo: g.strPtr(), CameoRoot: g.strPtr(), QuadClass: g.int(), Trigger: g.span(),
		Sentence: SentenceRef{I: g.int(), Start: g.int(), End: g.int()},
		Who:      g.ints(), When: g.ints(), Where: g.ints(), Amounts: g.ints(),
		Negated: g.bool(), Modality: g.str(), Quoted: g.bool(), Confidence: g.float(), Rule: g.str()}
	if n := g.r.IntN(4); n > 0 {
		e.Participants = make([]Participant, n-1)
		for i := range e.Participants {
			e.Participants[i] = Participant{Mention: g.int(), Role: g.str()}
			if g.bool() {
				s := g.span()
				e.Participants[i].Span = &s
			}
		}
	}
	if g.bool() {
		e.WhenResolved = &Resolved{Value: g.str(), Range: g.rng()}
	}
	if g.bool() {
		e.Actor1 = &Actor{Name: g.str(), Kind: g.str(), Country: g.str(), Mention: g.int()}
	}
	if g.bool() {
		e.Actor2 = &Actor{Name: g.str(), Kind: g.str(), Country: g.str(), Mention: g.int()}
	}
	if g.bool() {
		e.ActionGeo = &Geo{Name: g.str(), Country: g.str(), Lat: g.floatPtr(), Lon: g.floatPtr(), Mention: g.int(), Source: g.str()}
	}
	return e
}

// TestAppendJSONRandom compares the hand-written JSON with encoding/json's
// over random values: a field dropped, renamed, reordered, or a string
// escaped otherwise fails it.
func TestAppendJSONRandom(t *testing.T) {
	g := randJSON{rand.New(rand.NewPCG(18, 6))}
	prefix := []byte("prefix:")
	for i := 0; i < 20000; i++ {
		m := g.mention()
		want, err := m.marshalReflect()
		if err != nil {
			t.Fatalf("reflective form of %#v: %v", m, err)
		}
		got, err := m.AppendJSON(append([]byte(nil), prefix...))
		if err != nil || !bytes.Equal(got, append(append([]byte(nil), prefix...), want...)) {
			t.Fatalf("mention %d:\n got %s (%v)\nwant %s%s", i, got, err, prefix, want)
		}
		if mj, err := json.Marshal(m); err != nil || !bytes.Equal(mj, want) {
			t.Fatalf("json.Marshal(mention %d):\n got %s (%v)\nwant %s", i, mj, err, want)
		}

		e := g.event()
		want, err = json.Marshal(PlainEvent(e))
		if err != nil {
			t.Fatalf("reflective form of %#v: %v", e, err)
		}
		if got, err = e.AppendJSON(nil); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("event %d:\n got %s (%v)\nwant %s", i, got, err, want)
		}
	}
}

// TestAppendJSONEdges names the cases the random test might meet rarely.
func TestAppendJSONEdges(t *testing.T) {
	zero, half := 0.0, 0.5
	tests := []struct {
		name string
		m    Mention
	}{
		{"empty", Mention{}},
		{"html and separators", Mention{Type: "amount", Text: "<b>&\u2028\u2029</b>", Rule: "a&b",
			Amount: &Amount{Kind: "money", Value: 1e21, Min: &zero, Max: &half}}},
		{"invalid utf-8", Mention{Type: "date", Text: "\xff\xfe ok \xe2\x80", Date: &Date{Value: "\xc3(", Range: &Range{}}}},
		{"tiny numbers", Mention{Confidence: 1e-7, Location: &Location{Lat: &zero, Lon: &half, GeonameID: -1}}},
		{"several payloads", Mention{Person: &Person{Name: "x"}, Organization: &Organization{Name: "y"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := tc.m.marshalReflect()
			if err != nil {
				t.Fatal(err)
			}
			got, err := tc.m.AppendJSON(nil)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("got %s (%v)\nwant %s", got, err, want)
			}
		})
	}
}

// TestAppendJSONUnsupported: NaN and infinities are refused as
// encoding/json refuses them, and MarshalJSON gives its very error.
func TestAppendJSONUnsupported(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		m := Mention{Type: "amount", Amount: &Amount{Value: 1, Max: &f}}
		if b, err := m.AppendJSON([]byte("x")); err == nil || string(b) != "x" {
			t.Errorf("AppendJSON(%v) = %q, %v; want x and an error", f, b, err)
		}
		_, want := json.Marshal(amountJSON{mentionHead{Type: "amount"}, m.Amount})
		_, got := json.Marshal(m)
		if want == nil || got == nil || !strings.Contains(got.Error(), want.Error()) {
			t.Errorf("json.Marshal(%v): error %v, want one that holds %v", f, got, want)
		}
		e := Event{Confidence: f}
		if b, err := e.AppendJSON(nil); err == nil || b != nil {
			t.Errorf("Event.AppendJSON(%v) = %q, %v; want nothing and an error", f, b, err)
		}
	}
}

// TestFloatHundredths: the table of confidences gives encoding/json's form
// for every hundredth, its neighbours and other numbers near them.
func TestFloatHundredths(t *testing.T) {
	var fs []float64
	for k := -100; k <= 20000; k++ {
		f := float64(k) / 100
		fs = append(fs, f, math.Nextafter(f, 2), math.Nextafter(f, -2), float64(k)*0.01, f+1e-9, f/3)
	}
	fs = append(fs, math.Copysign(0, -1), 5e-324, 1e-7)
	for _, f := range fs {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		var w jsonWriter
		w.float(f)
		if string(w.b) != string(want) {
			t.Fatalf("float(%v) = %s, want %s", f, w.b, want)
		}
	}
}
