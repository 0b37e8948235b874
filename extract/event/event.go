package event

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

// Builder builds events. The zero value is not usable; call New. A Builder
// is safe for concurrent use.
type Builder struct {
	once sync.Once
	lex  *lexicon
	// scratch keeps the docBuilders of finished documents, with their
	// buffers, for the next ones.
	scratch sync.Pool
}

// New returns an event builder. The word lists are parsed on first use.
func New() *Builder { return &Builder{} }

func (b *Builder) lexicon() *lexicon {
	b.once.Do(func() {
		lex, err := newLexicon()
		if err != nil {
			// The lists are embedded at build time; TestLexicon catches this.
			panic(fmt.Errorf("event: embedded lexicon: %w", err))
		}
		b.lex = lex
	})
	return b.lex
}

// Events implements extract.EventBuilder. It reads d.Text, d.Sentences
// and d.Tokens (each computed when nil), d.Dateline and d.Mentions, and
// does not modify d.
func (b *Builder) Events(d *extract.Doc) []extract.Event {
	lex := b.lexicon()
	sents := d.Sentences
	if sents == nil {
		sents = extract.Sentences(d.Text)
	}
	if len(sents) == 0 {
		return nil
	}
	db, _ := b.scratch.Get().(*docBuilder)
	if db == nil {
		db = &docBuilder{}
	}
	// Mentions by start, cut into one run per sentence; spans that do not
	// hold are ignored. Both lists are the pooled builder's.
	order := slices.Grow(db.order[:0], len(d.Mentions))
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
			order = append(order, i)
		}
	}
	// By start, the longer first: an organisation's name before a place
	// inside it ("Seoul police" before "Seoul").
	slices.SortStableFunc(order, func(a, b int) int {
		if d := d.Mentions[a].Start - d.Mentions[b].Start; d != 0 {
			return d
		}
		return d.Mentions[b].End - d.Mentions[a].End
	})
	order, per := sentenceRuns(d, sents, order, slices.Grow(db.per[:0], len(sents))[:len(sents)])
	db.order, db.per = order, per
	db.reset(d, lex, sents, order)
	for si, s := range sents {
		db.sentence(si, s, per[si])
	}
	out := db.finish()
	db.release()
	if textpkg.KeepScratch(len(d.Text)) {
		b.scratch.Put(db)
	}
	return out
}

// sentenceRuns cuts order, mentions by start, into per, one run per
// sentence, and drops those that start between sentences. The sentences
// are in order: the sentence of each mention (extract.SentenceAt's, the
// first that ends after its start) is found walking on from the last
// one's.
func sentenceRuns(d *extract.Doc, sents []extract.Sentence, order []int, per [][]int) ([]int, [][]int) {
	clear(per)
	for k, s := 0, 0; k < len(order); {
		m := &d.Mentions[order[k]]
		for s < len(sents)-1 && sents[s].End <= m.Start {
			s++
		}
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
	return order, per
}

// docBuilder holds what one Events call shares across sentences.
type docBuilder struct {
	doc            *extract.Doc
	lex            *lexicon
	sents          []extract.Sentence
	dateline       int          // mention index of the dateline place, or -1
	dlStart, dlEnd int          // the dateline's span; mentions in it are not arguments
	titles         [][2]int     // spans of people's titles ("Finance Minister"), by start
	titleReach     []int        // titleReach[i]: the farthest end of titles[:i+1]
	quotes         [][2]int     // spans inside quotation marks
	actors         []int        // mention indexes of possible actors, in text order
	orgs           []int        // mention indexes of organisations, in text order
	gender         map[int]byte // a person entity's gender, once known
	orgCache       []orgInfo    // organisation payloads by mention index (org)
	al             actorLists   // actors by kind, built on first use
	// tokens are the document's tokens: the pipeline's, else tokBuf's.
	tokens []textpkg.Token
	tokBuf []textpkg.Token
	tokAt  int    // sentenceTokens' place in tokens
	low    string // the document's Lower (LowerText)
	ascii  bool   // the document's text is all ASCII
	// out collects the events in a buffer kept from document to
	// document; finish returns a copy of the exact length, so that the
	// appends cost no new array per document.
	out   []extract.Event
	order []int    // Events' mentions by start
	per   [][]int  // Events' runs of order by sentence
	notes []evNote // one per event in out
	// Scratch reused from sentence to sentence.
	items   []item
	matches []match
	trig    []int32  // the items classify leaves to matches
	rel     [][2]int // backs relativeSpans
	cands   []candidate
	frames  []frame
	verbish []bool
	vgs     []int
	vgMarks []bool  // backs sentence.otherVerb
	breaks  []int32 // backs sentence.breaks
	args    []arg   // the slab of actorsIn's args, emptied at each sentence
	ents    []entry // the slab of matches' entries, emptied at each sentence
	// codeSlab holds the events' CAMEO codes and roots, slotSlab their
	// slots' mention indexes (When, Where, Amounts) and their Who.
	codeSlab slab[string]
	slotSlab slab[int]
	kept     []*frame
	fs       []*frame
	evOf     []int
	// rules caches the rule ids: strings, so shared safely across documents.
	rules map[[2]string]string
	// Slabs of the events' participants, their spans and actors.
	partSlab slab[extract.Participant]
	spanSlab slab[extract.Span]
	// Slabs of the events' resolved dates.
	resSlab   slab[extract.Resolved]
	rangeSlab slab[extract.Range]
	sn        sentence
	// Slabs of the flat fields (flat.go), filled by finish.
	codes     []string
	actorSlab []extract.Actor
	geoSlab   []extract.Geo
}

// evNote is what the document pass needs to know of an event beyond its
// public fields.
type evNote struct {
	firstPerson *[2]int // byte span of an agent "I"/"we" left to the quote's speaker
	nounDef     bool    // a definite event noun ("the talks") without actors of its own
}

func newDocBuilder(d *extract.Doc, lex *lexicon, sents []extract.Sentence, order []int) *docBuilder {
	db := &docBuilder{}
	db.reset(d, lex, sents, order)
	return db
}

// reset readies db for document d, keeping the buffers of an earlier one.
func (db *docBuilder) reset(d *extract.Doc, lex *lexicon, sents []extract.Sentence, order []int) {
	db.doc, db.lex, db.sents, db.dateline = d, lex, sents, datelineMention(d)
	db.tokens, db.low, db.ascii = d.Tokens, d.LowerText(), textpkg.IsASCII(d.Text)
	if db.tokens == nil {
		db.tokBuf = textpkg.Tokenize(d.Text, db.tokBuf[:0])
		db.tokens = db.tokBuf
	}
	db.dlStart, db.dlEnd, db.tokAt = 0, 0, 0
	db.out = db.out[:0]
	db.notes, db.titles, db.actors, db.orgs = db.notes[:0], db.titles[:0], db.actors[:0], db.orgs[:0]
	clear(db.gender)
	db.orgCache = db.orgCache[:0]
	db.al.clear()
	if d.Dateline != nil {
		db.dlStart, db.dlEnd = d.Dateline.Start, d.Dateline.End
	} else if mi, end := capsDateline(d, order); mi >= 0 {
		db.dateline, db.dlStart, db.dlEnd = mi, d.Mentions[mi].Start, end
	}
	for _, i := range order {
		m := &d.Mentions[i]
		if p := m.Person; p != nil && p.TitleSpan != nil {
			db.titles = append(db.titles, *p.TitleSpan)
		}
		if isInSpan(m, db.dlStart, db.dlEnd) {
			continue
		}
		if actorKind(m) != "" || lex.isPeopleCount(m) {
			db.actors = append(db.actors, i)
		}
		if isOrganization(m) {
			db.orgs = append(db.orgs, i)
		}
	}
	db.quotes = quoteSpans(d.Text, db.quotes[:0])
	db.indexTitles()
}

// release drops what db holds of the finished document, so that the pool
// keeps no article alive.
func (db *docBuilder) release() {
	clear(db.out) // the events point into the document's slabs
	db.out = db.out[:0]
	db.doc, db.sents, db.tokens, db.low = nil, nil, nil, ""
	db.codes, db.actorSlab, db.geoSlab = nil, nil, nil // events point into them
	db.partSlab, db.spanSlab = nil, nil
	db.resSlab, db.rangeSlab = nil, nil
	db.codeSlab, db.slotSlab = nil, nil
	clear(db.kept[:cap(db.kept)])
	clear(db.fs[:cap(db.fs)])
	// Frames point into cands and the document; their agents and
	// patients hold only indexes and constant roles, so the buffers stay.
	for i := range db.frames[:cap(db.frames)] {
		f := &db.frames[:cap(db.frames)][i]
		*f = frame{agents: f.agents[:0], patients: f.patients[:0]}
	}
	db.sn = sentence{}
	db.al.clear()
}

// finish runs the document-level passes and returns the events.
func (db *docBuilder) finish() []extract.Event {
	out := db.out
	db.resolveFirstPerson()
	linkAnaphora(out, db.notes)
	// In ASCII text a byte offset is a rune offset: no index to build.
	var idx *extract.RuneIndex
	if !db.ascii {
		idx = extract.NewRuneIndex(db.doc.Text)
	}
	n := len(db.doc.Text)
	runeAt := func(i int) int {
		if idx == nil {
			return min(max(i, 0), n) // as RuneIndex.Rune clamps
		}
		return idx.Rune(i)
	}
	// The flat fields of all events come from three slabs, so that an
	// event costs no allocation of its own for them; each is made to the
	// size flatten fills, the codes from the rest of codeSlab's.
	nc, na, ng := db.flatCounts()
	db.codes = nil
	if nc > 0 {
		db.codes = db.codeSlab.take(nc)[:0]
	}
	db.actorSlab = make([]extract.Actor, 0, na)
	db.geoSlab = make([]extract.Geo, 0, ng)
	for i := range out {
		e := &out[i]
		e.Trigger.CStart, e.Trigger.CEnd = runeAt(e.Trigger.Start), runeAt(e.Trigger.End)
		for k := range e.Participants {
			if sp := e.Participants[k].Span; sp != nil {
				sp.CStart, sp.CEnd = runeAt(sp.Start), runeAt(sp.End)
			}
		}
		db.flatten(e)
	}
	return append(make([]extract.Event, 0, len(out)), out...)
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

func isInSpan(m *extract.Mention, start, end int) bool {
	return end > start && m.Start >= start && m.End <= end
}

// capsDateline finds a dateline that extract.FindDateline does not know,
// as in older wire copy ("CAGUAS, Puerto Rico (AP)_ ..."): a place in
// capitals opening the text, then an agency in brackets within a line. It
// returns the place's mention index and the dateline's end, or -1.
func capsDateline(d *extract.Doc, order []int) (int, int) {
	if len(order) == 0 {
		return -1, 0
	}
	m := &d.Mentions[order[0]]
	if m.Location == nil || strings.TrimSpace(d.Text[:m.Start]) != "" || m.Text != strings.ToUpper(m.Text) || len(m.Text) < 3 {
		return -1, 0
	}
	rest := d.Text[m.End:min(len(d.Text), m.End+60)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	open, close := strings.IndexByte(rest, '('), strings.IndexByte(rest, ')')
	if open < 0 || close < open {
		return -1, 0
	}
	end := m.End + close + 1
	for end < len(d.Text) {
		r, size := utf8.DecodeRuneInString(d.Text[end:])
		if r != ' ' && r != '_' && r != '-' && r != '—' && r != '–' {
			break
		}
		end += size
	}
	return order[0], end
}
