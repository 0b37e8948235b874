package event

import (
	"fmt"
	"slices"
	"sync"

	"github.com/eventwire/eventwire/extract"
)

// Limits that keep a sentence from flooding the output: one statement and
// at most maxOther other events per sentence.
const maxOther = 2

// Builder builds events. The zero value is not usable; call New. A Builder
// is safe for concurrent use.
type Builder struct {
	once sync.Once
	lex  *lexicon
}

// New returns an event builder. The trigger lexicon is parsed on first use.
func New() *Builder { return &Builder{} }

func (b *Builder) lexicon() *lexicon {
	b.once.Do(func() {
		lex, err := parseLexicon(triggersData)
		if err != nil {
			// The lexicon is embedded at build time; TestLexicon catches this.
			panic(fmt.Errorf("event: embedded lexicon: %w", err))
		}
		b.lex = lex
	})
	return b.lex
}

// Events implements extract.EventBuilder. It reads d.Text, d.Sentences
// (computed when nil), d.Dateline and d.Mentions, and does not modify d.
func (b *Builder) Events(d *extract.Doc) []extract.Event {
	lex := b.lexicon()
	sents := d.Sentences
	if sents == nil {
		sents = extract.Sentences(d.Text)
	}
	if len(sents) == 0 {
		return nil
	}
	// Mentions by start, cut into one run per sentence; spans that do not
	// hold are ignored.
	order := make([]int, 0, len(d.Mentions))
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return d.Mentions[a].Start - d.Mentions[b].Start })
	per := make([][]int, len(sents))
	for k := 0; k < len(order); {
		m := &d.Mentions[order[k]]
		s := extract.SentenceAt(sents, m.Start)
		if m.Start < sents[s].Start || m.Start >= sents[s].End {
			order = slices.Delete(order, k, k+1) // between sentences
			continue
		}
		j := k + 1
		for j < len(order) && d.Mentions[order[j]].Start < sents[s].End {
			j++
		}
		per[s] = order[k:j:j]
		k = j
	}
	sb := &sentenceBuilder{doc: d, lex: lex, dateline: datelineMention(d), items: make([]item, 0, 96)}
	if d.Dateline != nil {
		sb.dlStart, sb.dlEnd = d.Dateline.Start, d.Dateline.End
	}
	for i := range d.Mentions {
		if p := d.Mentions[i].Person; p != nil && p.TitleSpan != nil {
			sb.titles = append(sb.titles, *p.TitleSpan)
		}
	}
	sb.indexTitles()
	var out []extract.Event
	for si, s := range sents {
		out = sb.build(out, si, s, per[si])
	}
	linkAnaphora(d.Text, out)
	if len(out) > 0 {
		idx := extract.NewRuneIndex(d.Text)
		for i := range out {
			t := &out[i].Trigger
			t.CStart, t.CEnd = idx.Rune(t.Start), idx.Rune(t.End)
		}
	}
	return out
}

// datelineMention returns the index of the location mention of the
// dateline's place, or -1.
func datelineMention(d *extract.Doc) int {
	for i := range d.Mentions {
		if l := d.Mentions[i].Location; l != nil && l.Dateline {
			return i
		}
	}
	if d.Dateline == nil {
		return -1
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Location != nil && !m.Location.Demonym && m.Start >= d.Dateline.PlaceStart && m.End <= d.Dateline.PlaceEnd {
			return i
		}
	}
	return -1
}

// indexTitles sorts the title spans by start and records, for each, the
// farthest end among it and those before it, for inTitle.
func (sb *sentenceBuilder) indexTitles() {
	slices.SortFunc(sb.titles, func(a, b [2]int) int { return a[0] - b[0] })
	sb.titleReach = make([]int, len(sb.titles))
	for i, ts := range sb.titles {
		sb.titleReach[i] = ts[1]
		if i > 0 && sb.titleReach[i-1] > ts[1] {
			sb.titleReach[i] = sb.titleReach[i-1]
		}
	}
}

// inTitle reports whether [start, end) lies inside a person's title span:
// some title starting at or before start reaches end. A binary search, not
// a scan of every title of the article for every trigger word, which made
// long texts quadratic.
func (sb *sentenceBuilder) inTitle(start, end int) bool {
	n, _ := slices.BinarySearchFunc(sb.titles, start+1, func(ts [2]int, x int) int { return ts[0] - x })
	return n > 0 && sb.titleReach[n-1] >= end
}
