package extract

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract/text"
)

// Doc is what an extractor reads. The pipeline fills Sentences, Tokens,
// Lower and Dateline (extract/text reads the document once for every
// extractor)
// before the first extractor runs, and Mentions with the merged output of the
// extractors that ran before the current one (sorted by start), so that later
// extractors can avoid or use earlier spans. Their cross-references
// (EquivalentOf, AffiliationMention) are renumbered into the article's list
// only when the last extractor is done: no extractor reads them.
type Doc struct {
	Text string
	// Published anchors relative dates; zero when unknown.
	Published time.Time
	Sentences []text.Sentence
	// Tokens are the words and punctuation of Text (text.Tokenize); an
	// extractor given a Doc without them tokenizes for itself.
	Tokens []text.Token
	// Lower is Text with its ASCII letters lower-cased (text.LowerASCII),
	// at the same byte offsets; read it through LowerText.
	Lower    string
	Dateline *text.Dateline
	Mentions []Mention
}

// LowerText returns d.Lower, or lower-cases Text when the caller gave no
// Lower.
func (d *Doc) LowerText() string {
	if d.Lower == "" && d.Text != "" {
		return text.LowerASCII(d.Text)
	}
	return d.Lower
}

// Extractor finds one kind of mention. Extract returns byte spans into
// d.Text; it must not modify d. An Extractor must be safe for concurrent use
// by several goroutines, each with its own Doc.
type Extractor interface {
	Name() string
	Extract(d *Doc) []Mention
}

// EventBuilder turns a document's merged mentions into events.
type EventBuilder interface {
	Events(d *Doc) []Event
}

// Result is the output of one pipeline run over one text.
type Result struct {
	Mentions []Mention `json:"mentions"`
	Events   []Event   `json:"events"`
	// Dateline is the story's dateline, nil when it has none.
	Dateline *Dateline `json:"-"`
}

// Pipeline runs extractors in order, then the event builder.
type Pipeline struct {
	extractors []Extractor
	events     EventBuilder
	// scratch keeps a run's buffers between runs: no extractor keeps a
	// Doc's tokens after it returns (a buffer is some 12 bytes per byte of
	// text), and the merge's indexes are dropped after each merge.
	scratch sync.Pool // *runScratch
}

// runScratch is what a run needs and its result does not keep.
type runScratch struct {
	doc    Doc // the run's, cleared after it: no extractor keeps it
	tokens []text.Token
	// mentions holds the merged list while the extractors run; the
	// result gets a copy of the exact length (settle), so that a run
	// allocates its mentions once instead of growing them extractor by
	// extractor. Cleared after each run: it must not keep a text alive.
	mentions []Mention
	// refs are the cross-references of mentions[i] as indexes into
	// mentions, -1 for none: EquivalentOf, then AffiliationMention.
	refs  [][2]int
	eq    []int  // EquivalentOf of valid's result, indexes into it
	ints  []int  // index maps of valid, merge and settle
	bools []bool // valid's marks
}

// intsOf returns n ints of sc.ints, grown as needed; their values are
// undefined.
func (sc *runScratch) intsOf(n int) []int {
	if cap(sc.ints) < n {
		sc.ints = make([]int, n)
	}
	return sc.ints[:n]
}

// NewPipeline returns a pipeline over the given extractors, run in the order
// given. events may be nil.
func NewPipeline(events EventBuilder, extractors ...Extractor) *Pipeline {
	return &Pipeline{extractors: extractors, events: events}
}

// Extractors returns the names of the extractors, in order.
func (p *Pipeline) Extractors() []string {
	names := make([]string, len(p.extractors))
	for i, e := range p.extractors {
		names[i] = e.Name()
	}
	return names
}

// Run extracts mentions and events from text. published may be zero.
func (p *Pipeline) Run(s string, published time.Time) Result {
	if !utf8.ValidString(s) { // ToValidUTF8 decodes rune by rune even to find nothing
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	sc, _ := p.scratch.Get().(*runScratch)
	if sc == nil {
		sc = &runScratch{}
	}
	d := &sc.doc
	*d = Doc{Text: s, Published: published, Sentences: text.Sentences(s), Tokens: text.Tokenize(s, sc.tokens[:0])}
	defer func() {
		sc.tokens = d.Tokens[:0]
		*d = Doc{}
		if text.KeepScratch(len(s)) {
			p.scratch.Put(sc)
		}
	}()
	d.Lower = text.LowerASCII(s)
	d.Dateline = text.FindDateline(s)
	d.Mentions = sc.mentions[:0]
	for _, e := range p.extractors {
		found := valid(s, e.Extract(d), d.Mentions, sc)
		d.Mentions = merge(d.Mentions, found, sc)
	}
	merged := d.Mentions
	d.Mentions = settle(merged, sc.refs[:len(merged)], sc)
	clear(merged)
	sc.mentions = merged[:0]
	fillOffsets(d)
	res := Result{Mentions: d.Mentions, Dateline: d.Dateline}
	if res.Mentions == nil {
		res.Mentions = []Mention{}
	}
	if p.events != nil {
		res.Events = p.events.Events(d)
	}
	if res.Events == nil {
		res.Events = []Event{}
	}
	return res
}

// valid drops mentions whose span does not hold (an extractor bug must not
// reach the export, where text[start:end] is a guarantee), whose numbers are
// not finite, or that overlap another mention of the same kind (see
// overlapping), and fixes Text. have is what earlier extractors found,
// sorted by start. It works in place on the extractor's slice, which the
// pipeline owns, and sets sc.eq[i] to the index in the result of the
// mention that out[i] restates (EquivalentOf), -1 for none.
func valid(text string, ms, have []Mention, sc *runScratch) []Mention {
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
	sc.eq = slices.Grow(sc.eq[:0], n)[:n]
	for i := range out {
		j := -1
		if a := out[i].Amount; a != nil && a.EquivalentOf != nil {
			switch j = *a.EquivalentOf; {
			case j < 0 || j >= len(ms):
				j = -1
			case keep != nil:
				j = keep[j]
			}
		}
		sc.eq[i] = j
	}
	return out
}

// finite reports whether a mention's numbers are all finite: a NaN or an
// infinity cannot be written as JSON, and would make the whole article
// fail to store or export ("1 to 0 billion" once gave a NaN amount).
func finite(m *Mention) bool {
	isFinite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	if !isFinite(m.Confidence) {
		return false
	}
	if a := m.Amount; a != nil && (!isFinite(a.Value) || a.Min != nil && !isFinite(*a.Min) || a.Max != nil && !isFinite(*a.Max)) {
		return false
	}
	if l := m.Location; l != nil && (l.Lat != nil && !isFinite(*l.Lat) || l.Lon != nil && !isFinite(*l.Lon)) {
		return false
	}
	return true
}

// family groups mention types whose spans must not overlap one another:
// one piece of text is one date, one amount, one place, one person (an
// official or a person).
func family(typ string) string {
	if typ == TypeOfficial {
		return TypePerson
	}
	return typ
}

// overlapping marks the mentions of ms (those with ok set) whose span
// overlaps an earlier extractor's mention of the same family (in have, which
// this rule keeps free of such overlaps) or a better one of the same family
// in ms: higher confidence, then longer, then earlier. An overlap is an
// extractor bug ("EDMONTON AA,VA." once gave both "EDMONTON AA" and
// "EDMONTON"); the export promises one reading per span. Only clusters of
// mutually overlapping spans are compared pairwise, so the usual case, no
// overlap, stays one sort and one pass. It sets drop, as long as ms; order
// is scratch space for as many indexes.
func overlapping(ms []Mention, ok []bool, have []Mention, drop []bool, order []int) {
	clear(drop)
	if len(ms) == 0 {
		return
	}
	for i := range ms {
		if ok[i] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		x, y := &ms[a], &ms[b]
		if fx, fy := family(x.Type), family(y.Type); fx != fy {
			return strings.Compare(fx, fy)
		}
		return cmp.Compare(x.Start, y.Start)
	})
	// Earlier extractors' spans of the families found here; have is sorted
	// by start and, within a family, free of overlaps, so ends rise with
	// starts. Extractors mostly find kinds of their own: usually empty.
	var families [4]string
	found := families[:0] // the families in ms: a handful at most
	for _, i := range order {
		if f := family(ms[i].Type); !slices.Contains(found, f) {
			found = append(found, f)
		}
	}
	var prior map[string][][2]int
	for i := range have {
		m := &have[i] // not a copy: have is the whole list so far
		f := family(m.Type)
		if !slices.Contains(found, f) {
			continue
		}
		if prior == nil {
			prior = map[string][][2]int{}
		}
		prior[f] = append(prior[f], [2]int{m.Start, m.End})
	}
	for a := 0; a < len(order); {
		f := family(ms[order[a]].Type)
		b, end := a+1, ms[order[a]].End
		for b < len(order) && family(ms[order[b]].Type) == f && ms[order[b]].Start < end {
			end = max(end, ms[order[b]].End)
			b++
		}
		cluster := order[a:b]
		if len(cluster) > 1 {
			byRank := slices.Clone(cluster)
			slices.SortStableFunc(byRank, func(x, y int) int {
				p, q := &ms[x], &ms[y]
				if p.Confidence != q.Confidence {
					if p.Confidence > q.Confidence {
						return -1
					}
					return 1
				}
				if lp, lq := p.End-p.Start, q.End-q.Start; lp != lq {
					return lq - lp
				}
				return cmp.Compare(p.Start, q.Start)
			})
			for k, i := range byRank {
				for _, j := range byRank[:k] {
					if !drop[j] && ms[i].Start < ms[j].End && ms[j].Start < ms[i].End {
						drop[i] = true
						break
					}
				}
			}
		}
		for _, i := range cluster {
			if !drop[i] && overlapsAny(prior[f], ms[i].Start, ms[i].End) {
				drop[i] = true
			}
		}
		a = b
	}
}

// overlapsAny reports whether [start, end) overlaps one of spans, which are
// sorted by start and do not overlap one another.
func overlapsAny(spans [][2]int, start, end int) bool {
	n := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= end })
	return n > 0 && spans[n-1][1] > start
}

// merge adds one extractor's mentions to the sorted list. It sorts
// indexes, not the mentions themselves, and merges the two sorted runs from
// the back, in place in have's array (grown to twice what it must hold, so
// that the extractors after this one seldom grow it again); on ties the
// mentions already in the list come first, then the new ones in the order
// the extractor returned them.
// The cross-references move with their mentions in sc.refs (the payloads
// keep the extractors' indexes until settle): EquivalentOf, from valid's
// sc.eq, an index into found; AffiliationMention an index into have (the
// mentions the extractor was given), dropped when it names no
// organisation mention there. sc.ints is scratch space for the index maps.
func merge(have, found []Mention, sc *runScratch) []Mention {
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
	if cap(sc.refs) < n {
		sc.refs = append(make([][2]int, 0, 2*n), sc.refs[:len(have)]...)
	}
	out, refs := have[:n], sc.refs[:n]
	h, f := len(have)-1, len(found)-1
	for k := n - 1; f >= 0; k-- {
		// From the back: a mention in the list goes after a new one only
		// when it sorts strictly after it.
		if h >= 0 && compare(&out[h], &found[order[f]]) > 0 {
			out[k], refs[k] = out[h], refs[h]
			newHave[h] = k
			h--
			continue
		}
		i := order[f]
		out[k], refs[k] = found[i], [2]int{sc.eq[i], -1}
		if p := found[i].Person; p != nil && p.AffiliationMention != nil {
			refs[k][1] = *p.AffiliationMention
		}
		newFound[i] = k
		f--
	}
	for ; h >= 0; h-- {
		newHave[h] = h // the mentions before the first new one stay
	}
	for _, k := range newHave {
		refs[k] = [2]int{at(newHave, refs[k][0]), at(newHave, refs[k][1])}
	}
	for _, k := range newFound {
		r := &refs[k]
		r[0] = at(newFound, r[0])
		if j := r[1]; j >= len(newHave) || j >= 0 && out[newHave[j]].Organization == nil {
			r[1] = -1
		} else {
			r[1] = at(newHave, j)
		}
	}
	return out
}

// at returns index[j], or -1 for no index (j < 0).
func at(index []int, j int) int {
	if j < 0 {
		return -1
	}
	return index[j]
}

// compare orders mentions by start, longer first, then by type.
func compare(a, b *Mention) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.End != b.End {
		return b.End - a.End
	}
	return strings.Compare(a.Type, b.Type)
}

// settle removes location mentions inside a person's name ("Jordan" in
// "Jordan Smith"): the name extractor has seen more of the context than the
// gazetteer lookup. It returns the mentions in a new slice of their own,
// of the exact length, nil when there are none: ms is the run's scratch.
// The cross-references get their final indexes from refs (see
// runScratch): a payload whose index changes is copied, since the
// extractors' payloads are not changed in place.
func settle(ms []Mention, refs [][2]int, sc *runScratch) []Mention {
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
	for i := range ms {
		m := &ms[i]
		renum[i] = i - dropped
		if m.Location == nil || len(starts) == 0 {
			continue
		}
		if n := sort.SearchInts(starts, m.Start+1); n > 0 && reach[n-1] >= m.End {
			renum[i] = -1
			dropped++
		}
	}
	out := make([]Mention, 0, len(ms)-dropped)
	for i := range ms {
		if renum[i] < 0 {
			continue
		}
		out = append(out, ms[i])
		m := &out[len(out)-1]
		if a := m.Amount; a != nil && a.EquivalentOf != nil {
			m.Amount = retarget(a, func(a *Amount) **int { return &a.EquivalentOf }, at(renum, refs[i][0]))
		}
		if p := m.Person; p != nil && p.AffiliationMention != nil {
			m.Person = retarget(p, func(p *Person) **int { return &p.AffiliationMention }, at(renum, refs[i][1]))
		}
	}
	return out
}

// retarget returns payload p with its index (*field(p), not nil) set to k,
// or to nil when k < 0: p itself when the index already says k, else a
// copy, in one allocation with its index.
func retarget[T any](p *T, field func(*T) **int, k int) *T {
	if k >= 0 && **field(p) == k {
		return p
	}
	cp := &struct {
		v T
		k int
	}{*p, k}
	*field(&cp.v) = nil
	if k >= 0 {
		*field(&cp.v) = &cp.k
	}
	return &cp.v
}

// fillOffsets sets code-point offsets and sentence indexes on every mention.
// The mentions are sorted by start, so the sentence of each is found by
// walking the sentences once (text.SentenceAt's answer: the first sentence
// that ends after the start, else the last).
func fillOffsets(d *Doc) {
	idx := text.NewRuneIndex(d.Text)
	ss := d.Sentences
	k := 0
	for i := range d.Mentions {
		m := &d.Mentions[i]
		m.CStart, m.CEnd = idx.Rune(m.Start), idx.Rune(m.End)
		for k < len(ss) && ss[k].End <= m.Start {
			k++
		}
		m.Sentence = max(min(k, len(ss)-1), 0)
	}
}
