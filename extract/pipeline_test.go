package extract

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract/text"
)

// fixed is an extractor that returns canned mentions found by text.
type fixed struct {
	name  string
	spans []fixedSpan
}

type fixedSpan struct {
	text  string
	build func(m *Mention)
}

func (f fixed) Name() string { return f.name }

func (f fixed) Extract(d *Doc) []Mention {
	var out []Mention
	for _, s := range f.spans {
		i := strings.Index(d.Text, s.text)
		if i < 0 {
			continue
		}
		m := Mention{Start: i, End: i + len(s.text), Text: s.text}
		s.build(&m)
		out = append(out, m)
	}
	return out
}

func money(v float64, cur string, equiv int) func(*Mention) {
	return func(m *Mention) {
		m.Type = TypeAmount
		m.Amount = &Amount{Kind: KindMoney, Value: v, Currency: cur}
		if equiv >= 0 {
			m.Amount.EquivalentOf = &equiv
		}
	}
}

func loc(name string) func(*Mention) {
	return func(m *Mention) { m.Type, m.Location = TypeLocation, &Location{Name: name, Kind: "country"} }
}

func TestPipelineRenumbersEquivalents(t *testing.T) {
	text := "In Seoul, the ministry paid 960 billion won ($887.5 million) to Jordan Smith in Jordan."
	// The amount extractor returns the dollar mention first and points at
	// its own index 1; after merging with places the index must follow.
	amounts := fixed{"amount", []fixedSpan{
		{"$887.5 million", money(887.5e6, "USD", 1)},
		{"960 billion won", money(960e9, "KRW", -1)},
	}}
	places := fixed{"location", []fixedSpan{{"Seoul", loc("Seoul")}, {"Jordan", loc("Jordan")}}}
	people := fixed{"official", []fixedSpan{{"Jordan Smith", func(m *Mention) {
		m.Type, m.Person = TypePerson, &Person{Name: "Jordan Smith", Entity: 1}
	}}}}
	res := NewPipeline(nil, amounts, places, people).Run(text, time.Time{})
	var got []string
	for _, m := range res.Mentions {
		got = append(got, m.Text)
		if text[m.Start:m.End] != m.Text {
			t.Errorf("span %d:%d does not hold %q", m.Start, m.End, m.Text)
		}
	}
	if want := "Seoul|960 billion won|$887.5 million|Jordan Smith"; strings.Join(got, "|") != want {
		t.Fatalf("mentions = %q, want %q (sorted, the place inside the name dropped)", strings.Join(got, "|"), want)
	}
	usd := res.Mentions[2]
	if usd.Amount.EquivalentOf == nil || *usd.Amount.EquivalentOf != 1 {
		t.Errorf("dollar mention equivalent_of = %v, want 1 (the won mention in the merged list)", usd.Amount.EquivalentOf)
	}
}

func TestPipelineDropsBadSpansAndFillsOffsets(t *testing.T) {
	text := "서울 said on Monday. Then it left."
	bad := fixed{"date", []fixedSpan{{"Monday", func(m *Mention) {
		m.Type, m.Date = TypeDate, &Date{TimexType: "DATE", Value: "XXXX-WXX-1"}
	}}, {"Then", func(m *Mention) { m.Type, m.Date, m.End = TypeDate, &Date{}, len(text)+5 }}}}
	res := NewPipeline(nil, bad).Run(text, time.Time{})
	if len(res.Mentions) != 1 {
		t.Fatalf("mentions = %+v, want the out-of-range one dropped", res.Mentions)
	}
	m := res.Mentions[0]
	if m.CStart != strings.Index(text, "Monday")-4 || m.CEnd != m.CStart+6 || m.Sentence != 0 {
		t.Errorf("Monday: cstart %d cend %d sentence %d; want code-point offsets past two 3-byte runes", m.CStart, m.CEnd, m.Sentence)
	}
	if res.Events == nil {
		t.Errorf("events = nil, want an empty list for JSON")
	}
}

func TestPipelineEquivalentOutOfRange(t *testing.T) {
	text := "It paid 5 billion won ($4 million) and 3 billion won."
	tests := []struct {
		name  string
		spans []fixedSpan
		want  string
	}{
		{"index past the extractor's list, none dropped", []fixedSpan{
			{"$4 million", money(4e6, "USD", 7)}, {"5 billion won", money(5e9, "KRW", -1)},
		}, "5 billion won:-|$4 million:-"},
		{"negative index", []fixedSpan{{"$4 million", money(4e6, "USD", -3)}}, "$4 million:-"},
		{"target dropped", []fixedSpan{
			{"$4 million", money(4e6, "USD", 1)}, {"3 billion won", func(m *Mention) { money(3e9, "KRW", -1)(m); m.End = -1 }},
		}, "$4 million:-"},
		{"target kept after a dropped one", []fixedSpan{
			{"3 billion won", func(m *Mention) { money(3e9, "KRW", -1)(m); m.End = -1 }},
			{"$4 million", money(4e6, "USD", 2)}, {"5 billion won", money(5e9, "KRW", -1)},
		}, "5 billion won:-|$4 million:0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := NewPipeline(nil, fixed{"amount", tc.spans}).Run(text, time.Time{})
			var got []string
			for _, m := range res.Mentions {
				eq := "-"
				if m.Amount.EquivalentOf != nil {
					eq = strconv.Itoa(*m.Amount.EquivalentOf)
				}
				got = append(got, m.Text+":"+eq)
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("mentions = %q, want %q", strings.Join(got, "|"), tc.want)
			}
		})
	}
}

// spans is an extractor that returns mentions at explicit offsets, for
// extractors that report overlapping spans of the same text.
type spans struct {
	name string
	ms   []Mention
}

func (s spans) Name() string { return s.name }

func (s spans) Extract(*Doc) []Mention { return append([]Mention(nil), s.ms...) }

func place(start, end int, conf float64) Mention {
	return Mention{Type: TypeLocation, Start: start, End: end, Confidence: conf, Location: &Location{Name: "x", Kind: "city"}}
}

// TestPipelineRejectsOverlapsOfOneKind: the regression behind
// "EDMONTON AA,VA." (a made-up "Edmonton Aa" over "EDMONTON"); whatever an
// extractor returns, the pipeline keeps one reading per span and kind.
func TestPipelineRejectsOverlapsOfOneKind(t *testing.T) {
	text := "EDMONTON AA,VA. Seoul paid 5 won ($1) on Monday."
	seoul := strings.Index(text, "Seoul")
	won := strings.Index(text, "5 won")
	usd := strings.Index(text, "$1")
	mon := strings.Index(text, "Monday")
	tests := []struct {
		name       string
		extractors []Extractor
		want       []string // type:text of the mentions kept, in order
	}{
		{
			name: "unsorted overlapping places: the more confident wins",
			extractors: []Extractor{spans{"location", []Mention{
				place(0, 11, 0.6), place(0, 8, 0.76), place(12, 15, 0.85)}}},
			want: []string{"location:EDMONTON", "location:VA."},
		},
		{
			name: "equal confidence: the longer wins, then the earlier",
			extractors: []Extractor{spans{"location", []Mention{
				place(seoul, seoul+3, 0.5), place(seoul, seoul+5, 0.5), place(seoul+2, seoul+5, 0.5)}}},
			want: []string{"location:Seoul"},
		},
		{
			name: "a chain of overlaps keeps the spans that do not touch a better one",
			extractors: []Extractor{spans{"location", []Mention{
				place(0, 8, 0.9), place(5, 11, 0.8), place(9, 15, 0.7)}}},
			want: []string{"location:EDMONTON", "location:AA,VA."},
		},
		{
			name: "an earlier extractor's span of the same kind wins",
			extractors: []Extractor{
				spans{"location", []Mention{place(seoul, seoul+5, 0.1)}},
				spans{"more", []Mention{place(seoul, seoul+10, 0.9), place(mon, mon+6, 0.9)}},
			},
			want: []string{"location:Seoul", "location:Monday"},
		},
		{
			name: "different kinds may overlap",
			extractors: []Extractor{
				spans{"location", []Mention{place(mon, mon+6, 0.5)}},
				spans{"date", []Mention{{Type: TypeDate, Start: mon, End: mon + 6, Date: &Date{TimexType: "DATE"}}}},
			},
			want: []string{"date:Monday", "location:Monday"},
		},
		{
			name: "an official and a person are one kind",
			extractors: []Extractor{spans{"official", []Mention{
				{Type: TypeOfficial, Start: seoul, End: seoul + 10, Confidence: 0.9, Person: &Person{Name: "a"}},
				{Type: TypePerson, Start: seoul + 6, End: seoul + 10, Confidence: 0.5, Person: &Person{Name: "b"}}}}},
			want: []string{"official:Seoul paid"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := NewPipeline(nil, tc.extractors...).Run(text, time.Time{})
			var got []string
			for _, m := range res.Mentions {
				got = append(got, m.Type+":"+m.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("mentions = %q, want %q", got, tc.want)
			}
		})
	}

	// A dropped overlap must not leave a restatement pointing at the wrong
	// mention: the won amount loses to a better overlapping one, and the
	// dollars' equivalent_of follows the winner.
	amounts := spans{"amount", []Mention{
		{Type: TypeAmount, Start: won, End: won + 1, Confidence: 0.2, Amount: &Amount{Kind: KindQuantity, Value: 5}},
		{Type: TypeAmount, Start: usd, End: usd + 2, Confidence: 0.9, Amount: &Amount{Kind: KindMoney, Value: 1, Currency: "USD", EquivalentOf: new(2)}},
		{Type: TypeAmount, Start: won, End: won + 5, Confidence: 0.9, Amount: &Amount{Kind: KindMoney, Value: 5, Currency: "KRW"}},
	}}
	res := NewPipeline(nil, amounts).Run(text, time.Time{})
	if len(res.Mentions) != 2 || res.Mentions[0].Text != "5 won" || res.Mentions[1].Text != "$1" {
		t.Fatalf("mentions = %+v, want 5 won and $1", res.Mentions)
	}
	if eq := res.Mentions[1].Amount.EquivalentOf; eq == nil || *eq != 0 {
		t.Errorf("$1 equivalent_of = %v, want 0 (5 won after the overlap was dropped)", eq)
	}
}

// TestPipelineDropsNonFiniteNumbers: a NaN or an infinity from an
// extractor would make the article impossible to encode as JSON, so to
// store or export; the mention is dropped instead.
func TestPipelineDropsNonFiniteNumbers(t *testing.T) {
	text := "Paid 5 won and 7 won in Seoul."
	nan, inf := math.NaN(), math.Inf(1)
	amounts := spans{"amount", []Mention{
		{Type: TypeAmount, Start: 5, End: 10, Confidence: 0.9, Amount: &Amount{Kind: KindMoney, Value: nan, Currency: "KRW"}},
		{Type: TypeAmount, Start: 15, End: 20, Confidence: 0.9, Amount: &Amount{Kind: KindMoney, Value: 7, Currency: "KRW", Max: &inf}},
	}}
	places := spans{"location", []Mention{{Type: TypeLocation, Start: 24, End: 29, Confidence: 0.8,
		Location: &Location{Name: "Seoul", Kind: "city", Lat: &nan}}}}
	res := NewPipeline(nil, amounts, places).Run(text, time.Time{})
	if len(res.Mentions) != 0 {
		t.Errorf("mentions = %+v, want the three with NaN or Inf dropped", res.Mentions)
	}
	if _, err := json.Marshal(res); err != nil {
		t.Errorf("result does not encode: %v", err)
	}
}

// docProbe records what the pipeline gave it.
type docProbe struct{ got *Doc }

func (*docProbe) Name() string { return "probe" }

func (p *docProbe) Extract(d *Doc) []Mention {
	cp := *d
	p.got = &cp
	return nil
}

func TestPipelineFillsTheReading(t *testing.T) {
	text := "SEOUL, Dec. 12 (Yonhap) -- Talks in ÉVIAN ended."
	p := &docProbe{}
	NewPipeline(nil, p).Run(text, time.Time{})
	d := p.got
	if d.Lower != "seoul, dec. 12 (yonhap) -- talks in Évian ended." {
		t.Errorf("Lower = %q", d.Lower)
	}
	if len(d.Tokens) == 0 || d.Text[d.Tokens[0].Start:d.Tokens[0].End] != "SEOUL" {
		t.Errorf("Tokens = %v", d.Tokens)
	}
	if len(d.Sentences) == 0 || d.Dateline == nil || d.Dateline.Place != "SEOUL" {
		t.Errorf("Sentences = %v, Dateline = %v", d.Sentences, d.Dateline)
	}
	alone := &Doc{Text: text}
	if alone.LowerText() != d.Lower {
		t.Errorf("LowerText without Lower = %q; want %q", alone.LowerText(), d.Lower)
	}
}

// TestFillOffsetsSentences: the walk over the sentences gives each mention
// text.SentenceAt's sentence: inside one, between two, before the first,
// after the last, and with no sentence at all.
func TestFillOffsetsSentences(t *testing.T) {
	s := "  One two.  Three four five.\n\nSix.   "
	for _, ss := range [][]Sentence{Sentences(s), nil, Sentences(s)[:1], Sentences(s)[1:]} {
		d := &Doc{Text: s, Sentences: ss}
		for b := 0; b < len(s); b++ {
			for e := b + 1; e <= len(s); e += 3 {
				d.Mentions = append(d.Mentions, Mention{Start: b, End: e})
			}
		}
		fillOffsets(d)
		for _, m := range d.Mentions {
			if want := SentenceAt(ss, m.Start); m.Sentence != want {
				t.Fatalf("sentences %v: mention at %d: sentence %d, want %d", ss, m.Start, m.Sentence, want)
			}
		}
	}
}

// TestRunDropsScratchOfHugeText: the run's scratch, sized by its text,
// goes back to the pool only for a text of news size; a pool would keep a
// huge text's buffers for the rest of the process.
func TestRunDropsScratchOfHugeText(t *testing.T) {
	p := NewPipeline(nil)
	p.Run(strings.Repeat("Talks began on Monday. ", (1<<20)/20), time.Time{})
	if sc := p.scratch.Get(); sc != nil {
		t.Errorf("the scratch of a %d-byte text went back to the pool", (1<<20)/20*23)
	}
	if text.KeepScratch(1<<20+1) || !text.KeepScratch(1<<20) {
		t.Errorf("KeepScratch: the bound is not 1 MiB")
	}
}
