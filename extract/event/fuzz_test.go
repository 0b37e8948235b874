package event

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

// fuzzDoc builds a Doc over text with mentions chosen by picks: each group of
// four bytes gives a start, a length, a type and a variant. Spans fall on
// rune boundaries, as the pipeline guarantees.
func fuzzDoc(text string, picks []byte) *extract.Doc {
	text = strings.ToValidUTF8(text, "\uFFFD")
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	if len(text) == 0 {
		return d
	}
	var bounds []int
	for i := range text {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(text))
	kinds := []string{"country", "city", "island", "admin1"}
	for i := 0; i+3 < len(picks) && len(d.Mentions) < 64; i += 4 {
		s := int(picks[i]) * len(bounds) / 256
		e := s + 1 + int(picks[i+1]%24)
		if e >= len(bounds) {
			e = len(bounds) - 1
		}
		if s >= e {
			continue
		}
		m := extract.Mention{Start: bounds[s], End: bounds[e], Confidence: 0.5, Rule: "fuzz"}
		m.Text = text[m.Start:m.End]
		v := picks[i+3]
		switch picks[i+2] % 6 {
		case 0:
			m.Type = extract.TypeDate
			vals := []string{"2018-12-12", "XXXX-12-31", "PRESENT_REF", "P2Y", "2018-11", ""}
			m.Date = &extract.Date{TimexType: []string{"DATE", "TIME", "DURATION", ""}[v%4], Value: vals[int(v)%len(vals)]}
			if v%3 == 0 {
				m.Date.Range = &extract.Range{Start: "2018-11-01", End: "2018-11-30"}
			}
		case 1:
			m.Type = extract.TypeAmount
			m.Amount = &extract.Amount{Kind: []string{extract.KindMoney, extract.KindPercent, extract.KindQuantity}[v%3], Value: float64(v)}
			if v%2 == 0 && len(d.Mentions) > 0 {
				j := int(v) % len(d.Mentions)
				m.Amount.EquivalentOf = &j
			}
		case 2:
			m.Type = extract.TypeLocation
			m.Location = &extract.Location{Name: m.Text, Kind: kinds[int(v)%len(kinds)], Demonym: v%7 == 0, Dateline: v%11 == 0}
		case 3:
			m.Type = extract.TypeOfficial
			m.Person = &extract.Person{Name: m.Text, Title: "minister"}
		case 4:
			m.Type = extract.TypePerson
			m.Person = &extract.Person{Name: m.Text}
		case 5:
			m.Type = extract.TypeOrganization // no payload: the organisation extractor's own lives elsewhere
		}
		d.Mentions = append(d.Mentions, m)
	}
	// Sort as the pipeline does, keeping EquivalentOf pointing at the same
	// mention.
	order := make([]int, len(d.Mentions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return d.Mentions[a].Start - d.Mentions[b].Start })
	pos := make([]int, len(order))
	sorted := make([]extract.Mention, len(order))
	for newI, oldI := range order {
		pos[oldI] = newI
		sorted[newI] = d.Mentions[oldI]
	}
	idx := extract.NewRuneIndex(text)
	for i := range sorted {
		m := &sorted[i]
		if m.Amount != nil && m.Amount.EquivalentOf != nil {
			a := *m.Amount
			j := pos[*a.EquivalentOf]
			a.EquivalentOf = &j
			m.Amount = &a
		}
		m.CStart, m.CEnd = idx.Rune(m.Start), idx.Rune(m.End)
		m.Sentence = extract.SentenceAt(d.Sentences, m.Start)
	}
	d.Mentions = sorted
	return d
}

// checkEvents asserts the builder's invariants on one Doc.
func checkEvents(t *testing.T, b *Builder, d *extract.Doc) {
	t.Helper()
	evs := b.Events(d)
	for n, e := range evs {
		tr := e.Trigger
		if tr.Start < 0 || tr.End > len(d.Text) || tr.Start >= tr.End || d.Text[tr.Start:tr.End] != tr.Text || !utf8.ValidString(tr.Text) {
			t.Fatalf("event %d: trigger %+v does not hold in %q", n, tr, d.Text)
		}
		if tr.CStart != utf8.RuneCountInString(d.Text[:tr.Start]) || tr.CEnd != utf8.RuneCountInString(d.Text[:tr.End]) {
			t.Fatalf("event %d: trigger code points %d:%d wrong for bytes %d:%d", n, tr.CStart, tr.CEnd, tr.Start, tr.End)
		}
		s := e.Sentence
		if s.I < 0 || s.I >= len(d.Sentences) || d.Sentences[s.I] != (extract.Sentence{Start: s.Start, End: s.End}) || tr.Start < s.Start || tr.End > s.End {
			t.Fatalf("event %d: sentence %+v wrong or not around trigger %+v", n, s, tr)
		}
		check := func(what string, ix []int, ok func(*extract.Mention) bool) {
			if ix == nil {
				t.Fatalf("event %d: %s is nil, want a list", n, what)
			}
			for _, i := range ix {
				if i < 0 || i >= len(d.Mentions) || !ok(&d.Mentions[i]) {
					t.Fatalf("event %d: %s index %d invalid", n, what, i)
				}
			}
		}
		check("when", e.When, func(m *extract.Mention) bool { return m.Date != nil })
		check("where", e.Where, func(m *extract.Mention) bool { return m.Location != nil })
		check("amounts", e.Amounts, func(m *extract.Mention) bool { return m.Amount != nil })
		actor := func(m *extract.Mention) bool { return actorKind(m) != "" || b.lexicon().isPeopleCount(m) }
		check("who", e.Who, actor)
		if e.Participants == nil {
			t.Fatalf("event %d: participants is nil, want a list", n)
		}
		pm := []int{}
		for _, p := range e.Participants {
			pm = append(pm, p.Mention)
			if p.Role != roleAgent && p.Role != rolePatient && p.Role != roleCounterpart {
				t.Fatalf("event %d: unknown role %q", n, p.Role)
			}
			if sp := p.Span; sp != nil && (sp.Start < s.Start || sp.End > s.End || sp.Start >= sp.End || d.Text[sp.Start:sp.End] != sp.Text ||
				sp.CStart != utf8.RuneCountInString(d.Text[:sp.Start]) || sp.CEnd != utf8.RuneCountInString(d.Text[:sp.End])) {
				t.Fatalf("event %d: participant span %+v does not hold in its sentence", n, sp)
			}
		}
		check("participants", pm, actor)
		pm = slices.Compact(slices.Sorted(slices.Values(pm)))
		if !slices.Equal(pm, e.Who) {
			t.Fatalf("event %d: who %v is not the participants %v", n, e.Who, pm)
		}
		if e.Confidence <= 0 || e.Confidence > 1 || e.Rule == "" || e.Type == "" {
			t.Fatalf("event %d: confidence %v, rule %q, type %q", n, e.Confidence, e.Rule, e.Type)
		}
		switch e.Modality {
		case extract.ModalityAsserted, extract.ModalityFuture, extract.ModalityPossible, extract.ModalityConditional,
			extract.ModalityHabitual, extract.ModalityHoped:
		default:
			t.Fatalf("event %d: modality %q", n, e.Modality)
		}
		if (e.Cameo == nil) != (e.CameoRoot == nil) || e.Cameo != nil && (!validCameo(*e.Cameo) || (*e.Cameo)[:2] != *e.CameoRoot || e.QuadClass < 1 || e.QuadClass > 4) ||
			e.Cameo == nil && e.QuadClass != 0 {
			t.Fatalf("event %d: cameo %v, root %v, quad class %d disagree", n, e.Cameo, e.CameoRoot, e.QuadClass)
		}
		for _, a := range []*extract.Actor{e.Actor1, e.Actor2} {
			if a != nil && (a.Mention < 0 || a.Mention >= len(d.Mentions) || !slices.Contains(e.Who, a.Mention) || a.Name == "" || a.Kind == "") {
				t.Fatalf("event %d: flat actor %+v is not one of its participants", n, a)
			}
		}
		if g := e.ActionGeo; g != nil && (g.Mention < 0 || g.Mention >= len(d.Mentions) || d.Mentions[g.Mention].Location == nil ||
			g.Source == "sentence" && !slices.Contains(e.Where, g.Mention) || g.Source != "sentence" && g.Source != "dateline") {
			t.Fatalf("event %d: action_geo %+v does not point at its place", n, g)
		}
	}
	if again := b.Events(d); !reflect.DeepEqual(evs, again) {
		t.Fatalf("Events not deterministic:\n%+v\n%+v", evs, again)
	}
}

func FuzzEvents(f *testing.F) {
	f.Add(seedShapes, []byte{10, 8, 2, 0, 40, 5, 0, 1, 90, 12, 1, 2, 120, 6, 3, 5, 200, 9, 1, 4})
	f.Add("SEOUL, Dec. 12 (Yonhap) -- Japan held talks with China on Friday.", []byte{0, 4, 2, 11, 30, 3, 2, 0, 50, 5, 2, 0, 60, 4, 0, 0})
	f.Add(`"We agree," said Kim. He paid 5 won ($1).`, []byte{100, 2, 3, 0, 180, 4, 1, 0, 220, 3, 1, 2})
	f.Add("", []byte{})
	f.Add("talks", []byte{0, 1, 0, 0})
	f.Add("Ünïcode talks held in Zürich paid €5 …", []byte{0, 3, 2, 0, 130, 6, 2, 1, 200, 4, 1, 3})
	b := New()
	f.Fuzz(func(t *testing.T, text string, picks []byte) {
		checkEvents(t, b, fuzzDoc(text, picks))
	})
}
