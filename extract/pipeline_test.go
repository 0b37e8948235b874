package extract

import (
	"strconv"
	"strings"
	"testing"
	"time"
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
