package extract

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The pipeline's glue before round 9 (b8a080e), kept as the oracle of
// TestMergeAgainstReference: valid and merge renumbered the
// cross-references of the payloads after every extractor, and settle once
// more; now they follow their mentions as indexes (runScratch.refs) and
// settle writes each payload once.

func oldRun(exs []Extractor, s string) []Mention {
	d := &Doc{Text: s, Sentences: Sentences(s)}
	sc := &runScratch{}
	for _, e := range exs {
		found := oldValid(s, e.Extract(d), d.Mentions, sc)
		d.Mentions = oldMerge(d.Mentions, found, sc)
	}
	d.Mentions = oldSettle(d.Mentions, sc)
	fillOffsets(d)
	return d.Mentions
}

func oldValid(text string, ms, have []Mention, sc *runScratch) []Mention {
	if len(ms) == 0 {
		return ms
	}
	if cap(sc.bools) < 2*len(ms) {
		sc.bools = make([]bool, 2*len(ms))
	}
	ok, drop := sc.bools[:len(ms)], sc.bools[len(ms):2*len(ms)]
	for i := range ms {
		m := &ms[i]
		ok[i] = m.Start >= 0 && m.End <= len(text) && m.Start < m.End && finite(m)
	}
	overlapping(ms, ok, have, drop, sc.intsOf(len(ms))[:0])
	var keep []int // old index -> new index, -1 when dropped; nil when none is
	n := 0
	for i := range ms {
		m := &ms[i]
		if !ok[i] || drop[i] {
			if keep == nil {
				keep = make([]int, len(ms))
				for k := range i {
					keep[k] = k
				}
			}
			keep[i] = -1
			continue
		}
		m.Text = text[m.Start:m.End]
		if keep != nil {
			keep[i] = n
		}
		if n != i {
			ms[n] = *m
		}
		n++
	}
	out := ms[:n]
	for i := range out {
		if a := out[i].Amount; a != nil && a.EquivalentOf != nil {
			j := *a.EquivalentOf
			if keep == nil && j >= 0 && j < n {
				continue // nothing dropped: the index still holds
			}
			cp := *a
			if j < 0 || j >= len(ms) || keep == nil || keep[j] < 0 {
				cp.EquivalentOf = nil
			} else {
				k := keep[j]
				cp.EquivalentOf = &k
			}
			out[i].Amount = &cp
		}
	}
	return out
}
func oldMerge(have, found []Mention, sc *runScratch) []Mention {
	if len(found) == 0 {
		return have
	}
	all := sc.intsOf(2*len(found) + len(have))
	order, newFound, newHave := all[:len(found)], all[len(found):2*len(found)], all[2*len(found):]
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return compare(&found[i], &found[j]) })
	n := len(have) + len(found)
	if cap(have) < n {
		grown := make([]Mention, len(have), 2*n)
		copy(grown, have)
		have = grown
	}
	out := have[:n]
	h, f := len(have)-1, len(found)-1
	for k := n - 1; k >= 0; k-- {
		// From the back: a mention in the list goes after a new one only
		// when it sorts strictly after it.
		if h >= 0 && (f < 0 || compare(&out[h], &found[order[f]]) > 0) {
			out[k] = out[h]
			newHave[h] = k
			h--
			continue
		}
		out[k] = found[order[f]]
		newFound[order[f]] = k
		f--
	}
	c := newOldCopies(out)
	for _, k := range newHave {
		c.renumber(out, k, newHave, newHave)
	}
	for _, k := range newFound {
		c.renumber(out, k, newFound, newHave)
	}
	return out
}

// oldCopies hands out the payload oldCopies that renumbering makes (the
// extractors' payloads are not changed in place), from slabs made at most
// once per merge, on the first copy, instead of one allocation per copy.
// Appends stay within the capacity counted, so earlier oldCopies never move.
type oldCopies struct {
	np, na  int // payloads with an index: persons, amounts
	persons []Person
	amounts []Amount
	ints    []int
}

// newOldCopies counts the payloads in ms with an index.
func newOldCopies(ms []Mention) oldCopies {
	var c oldCopies
	for i := range ms {
		if p := ms[i].Person; p != nil && p.AffiliationMention != nil {
			c.np++
		}
		if a := ms[i].Amount; a != nil && a.EquivalentOf != nil {
			c.na++
		}
	}
	return c
}

func (c *oldCopies) person(p *Person) *Person {
	if c.persons == nil {
		c.persons = make([]Person, 0, c.np)
	}
	c.persons = append(c.persons, *p)
	return &c.persons[len(c.persons)-1]
}

func (c *oldCopies) amount(a *Amount) *Amount {
	if c.amounts == nil {
		c.amounts = make([]Amount, 0, c.na)
	}
	c.amounts = append(c.amounts, *a)
	return &c.amounts[len(c.amounts)-1]
}

func (c *oldCopies) int(v int) *int {
	if c.ints == nil {
		c.ints = make([]int, 0, c.np+c.na)
	}
	c.ints = append(c.ints, v)
	return &c.ints[len(c.ints)-1]
}

// renumber maps out[k]'s EquivalentOf through newIndex (its own side's
// map) and its AffiliationMention through newHave, copying the payload
// when an index changes.
func (c *oldCopies) renumber(out []Mention, k int, newIndex, newHave []int) {
	m := &out[k]
	if p := m.Person; p != nil && p.AffiliationMention != nil {
		cp := c.person(p)
		j := *cp.AffiliationMention
		if j < 0 || j >= len(newHave) || out[newHave[j]].Organization == nil {
			cp.AffiliationMention = nil
		} else {
			cp.AffiliationMention = c.int(newHave[j])
		}
		m.Person = cp
	}
	if m.Amount == nil || m.Amount.EquivalentOf == nil {
		return
	}
	j := newIndex[*m.Amount.EquivalentOf]
	if j == *m.Amount.EquivalentOf {
		return
	}
	cp := c.amount(m.Amount)
	cp.EquivalentOf = c.int(j)
	m.Amount = cp
}
func oldSettle(ms []Mention, sc *runScratch) []Mention {
	if len(ms) == 0 {
		return nil
	}
	// ms is sorted by start, so persons are too; reach[k] is the farthest
	// end among the first k+1 persons. A location lies inside some person
	// exactly when the persons starting at or before it reach its end: one
	// binary search per location instead of a scan of every person, which
	// made a long text with many of both quadratic.
	all := sc.intsOf(3 * len(ms))
	starts, reach, renum := all[:0:len(ms)], all[len(ms):len(ms):2*len(ms)], all[2*len(ms):]
	for i := range ms {
		if m := &ms[i]; m.Person != nil {
			r := m.End
			if n := len(reach); n > 0 && reach[n-1] > r {
				r = reach[n-1]
			}
			starts, reach = append(starts, m.Start), append(reach, r)
		}
	}
	dropped := 0
	if len(starts) > 0 {
		for i := range ms {
			m := &ms[i]
			renum[i] = i - dropped
			if m.Location == nil {
				continue
			}
			if n := sort.SearchInts(starts, m.Start+1); n > 0 && reach[n-1] >= m.End {
				renum[i] = -1
				dropped++
			}
		}
	}
	if dropped == 0 {
		return append(make([]Mention, 0, len(ms)), ms...)
	}
	out := make([]Mention, 0, len(ms)-dropped)
	for i := range ms {
		if renum[i] >= 0 {
			out = append(out, ms[i])
		}
	}
	for i := range out {
		if a := out[i].Amount; a != nil && a.EquivalentOf != nil {
			cp := *a
			if k := renum[*a.EquivalentOf]; k >= 0 {
				cp.EquivalentOf = &k
			} else {
				cp.EquivalentOf = nil
			}
			out[i].Amount = &cp
		}
		if p := out[i].Person; p != nil && p.AffiliationMention != nil {
			cp := *p
			if k := renum[*p.AffiliationMention]; k >= 0 {
				cp.AffiliationMention = &k
			} else {
				cp.AffiliationMention = nil
			}
			out[i].Person = &cp
		}
	}
	return out
}

// randomMentions is an extractor of random mentions, bugs included: spans
// out of the text, NaNs, overlaps, locations inside persons, equivalents
// and affiliations pointing anywhere, payloads shared by two mentions, a
// mention with two payloads. What it returns depends only on its seed and
// on how many mentions it is given.
type randomMentions uint64

func (randomMentions) Name() string { return "random" }

func (r randomMentions) Extract(d *Doc) []Mention {
	g := rand.New(rand.NewPCG(uint64(r), uint64(len(d.Mentions))))
	types := []string{TypeDate, TypeAmount, TypeLocation, TypeOfficial, TypePerson, TypeOrganization}
	n := g.IntN(9)
	out := make([]Mention, 0, n)
	for range n {
		start := g.IntN(len(d.Text)+4) - 2
		m := Mention{Type: types[g.IntN(len(types))], Start: start, End: start + g.IntN(12) - 1,
			Confidence: []float64{0.5, 0.5, 0.9, 0.3, math.NaN()}[g.IntN(5)]}
		ref := func(n int) *int {
			if g.IntN(4) == 0 {
				return nil
			}
			return new(g.IntN(n+4) - 2)
		}
		switch m.Type {
		case TypeDate:
			m.Date = &Date{TimexType: "DATE", Value: "2024"}
		case TypeAmount:
			m.Amount = &Amount{Kind: KindMoney, Value: float64(g.IntN(100)), EquivalentOf: ref(n)}
			if g.IntN(20) == 0 {
				m.Person = &Person{Name: "both", AffiliationMention: ref(len(d.Mentions))}
			}
		case TypeLocation:
			m.Location = &Location{Name: "x", Kind: "city"}
		case TypeOfficial, TypePerson:
			m.Person = &Person{Name: "p", AffiliationMention: ref(len(d.Mentions))}
		case TypeOrganization:
			m.Organization = &Organization{Name: "o"}
		}
		if len(out) > 0 && g.IntN(10) == 0 {
			prev := out[g.IntN(len(out))]
			m.Type, m.Amount, m.Person, m.Date, m.Location, m.Organization = prev.Type, prev.Amount, prev.Person, prev.Date, prev.Location, prev.Organization
		}
		out = append(out, m)
	}
	return out
}

// TestMergeAgainstReference: the pipeline gives the mentions, byte for
// byte in JSON, that the glue before round 9 gave, over random extractors
// (oldRun above), with one pipeline (and its pooled scratch) per set of
// extractors run over several texts.
func TestMergeAgainstReference(t *testing.T) {
	g := rand.New(rand.NewPCG(18, 9))
	words := []string{"Seoul", "paid", "5", "won", "Jordan", "Smith", "of", "the", "Agency", ".", "on", "Monday"}
	marshal := func(ms []Mention) string {
		b, err := json.Marshal(ms)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for round := range 400 {
		exs := make([]Extractor, 1+g.IntN(5))
		for i := range exs {
			exs[i] = randomMentions(g.Uint64())
		}
		p := NewPipeline(nil, exs...)
		for range 5 {
			var b strings.Builder
			for range 4 + g.IntN(20) {
				b.WriteString(words[g.IntN(len(words))])
				b.WriteByte(' ')
			}
			s := b.String()
			got, want := marshal(p.Run(s, time.Time{}).Mentions), marshal(oldRun(exs, s))
			if want == "null" {
				want = "[]"
			}
			if string(got) != string(want) {
				t.Fatalf("round %d, text %q:\n got %s\nwant %s", round, s, got, want)
			}
		}
	}
}
