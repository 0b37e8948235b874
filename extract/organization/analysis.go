package organization

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/location"
)

// analysis is the per-document working state of one Extract call.
type analysis struct {
	candSlab []cand // backs newCand
	lx       *lexicon
	g        *location.Gazetteer
	d        *extract.Doc
	text     string
	// lowText is text with ASCII letters in lower case (same byte
	// offsets), so that lower-case words and keys are substrings of it.
	lowText string
	toks    []token
	low     []string // lower-cased word tokens, "" for others
	// lb and cb are the lexicon's bits for each token (lowBits of its
	// lower case, capBits of a capitalised word as written).
	lb, cb []uint8
	// taken holds 1 + the index in cands of the candidate that holds the
	// token, 0 when the token is free.
	taken []int32
	cands []*cand
	// places holds the gazetteer's answers for this document's spans, by
	// span text: an index into placeList, whose entries are too big to
	// sit in the map's slots (clearing a map costs by its capacity).
	places    map[string]int32
	placeList []placeInfo
	sport     *sportsDoc
	// names lists the tokens that can be words of a name (nameTok), and
	// fixtureWords those that read "v", "vs", "vs.", "versus" or "at":
	// the rules that start at such a token walk these lists, not every
	// token.
	names, fixtureWords []int32
	// keyBuf holds a key being looked up (appendKey).
	keyBuf []byte
	// Buffers kept between documents: sentence starts, and the slabs
	// newCand hands out (nslab of them in use).
	starts []int
	slabs  [][]cand
	nslab  int
	// The rules' tables of one document, cleared between documents.
	defined  map[string]*cand       // findAcronyms: acronyms defined in the text
	forms    map[string]*cand       // propagate: the names found, by key
	firsts   map[string]bool        // propagate, spreadClubs: their first words
	byKey    map[string]*entityInfo // mentions: entities by name, short form, acronym
	sportBuf sportsDoc
	nameBuf  []*cand      // findNames: the candidates before resolve
	candBuf  []*cand      // findNominals, mentions: candidates in text order
	entBuf   []entityInfo // mentions: the entities
	byStart  byStart      // findNominals: the candidates being sorted
}

// cand is an organisation found in the text.
type cand struct {
	s, e      int // tokens [s, e)
	kind      string
	rule      string
	conf      float64
	known     *entry
	acronym   string
	canonical string
	// country is known from outside the span ("German Foreign Ministry").
	country string
	// prio orders overlapping candidates of the name rules.
	prio int
	// link is a candidate of the same organisation found first (the long
	// form of an acronym, the full name of a short form, an anaphor's
	// antecedent).
	link *cand
	// nominal: a lower-case noun ("the agency") referring back.
	nominal bool
	entity  int
	// ent is the candidate's entity once mentions has given it one;
	// entSeen is set when mentions first reaches the candidate.
	ent     *entityInfo
	entSeen bool
}

// placeInfo caches what the gazetteer says of a name.
type placeInfo struct {
	r  location.Reading
	ok bool
}

func newAnalysis(lx *lexicon, g *location.Gazetteer, d *extract.Doc) *analysis {
	a := &analysis{}
	a.reset(lx, g, d)
	return a
}

// reset readies a for document d, reusing the buffers of the document
// it read before (Extractor keeps analyses in a pool): most of a short
// text's cost was allocating and clearing them.
func (a *analysis) reset(lx *lexicon, g *location.Gazetteer, d *extract.Doc) {
	a.lx, a.g, a.d, a.text = lx, g, d, d.Text
	a.toks = docTokens(d, a.toks[:0])
	a.starts = a.starts[:0]
	for _, s := range d.Sentences {
		a.starts = append(a.starts, s.Start)
	}
	a.lowText = d.LowerText() // the pipeline lower-cases the text once for all
	n := len(a.toks)
	a.low = resize(a.low, n)
	a.lb = resize(a.lb, n)
	a.cb = resize(a.cb, n)
	a.taken = resize(a.taken, n)
	clear(a.taken)
	for _, m := range d.Mentions {
		if m.Type != extract.TypeDate && m.Type != extract.TypeAmount {
			continue
		}
		for k := a.tokenAfter(m.Start); k < len(a.toks) && a.toks[k].start < m.End; k++ {
			a.toks[k].blocked = true
		}
	}
	// One pass over the tokens: line marks (a line is marked when the
	// next begins), lexicon bits, lower case and nameTok. The slices and
	// tables are held in locals, all of length n, so that the loop loads
	// them once and checks no bounds.
	line, mixed := 0, false
	a.names, a.fixtureWords = a.names[:0], a.fixtureWords[:0]
	toks, low, lb, cb := a.toks[:n], a.low[:n], a.lb[:n], a.cb[:n]
	txt, lowText := a.text, a.lowText
	capF, lowF, maxBit := lx.capFilter, lx.lowFilter, lx.maxBitWord
	for i := range toks {
		t := &toks[i]
		if i > line && t.nl {
			markLine(toks[line:i], mixed)
			line, mixed = i, false
		}
		mixed = mixed || mixedWord(t)
		c0 := txt[t.start]
		// "3M", "7-Eleven": a word that starts with a digit inside a name.
		t.name = t.kind == tWord && !t.blocked && (t.upper || isDigit(c0) && t.caps)
		if t.name {
			a.names = append(a.names, int32(i))
		}
		lb[i], cb[i] = 0, 0
		// The filter's first test, on the first byte, made here: most
		// tokens stop at it.
		if capF.first[c0] {
			if w := txt[t.start:t.end]; capF.may(w) {
				cb[i] = lx.capBits[w]
			}
		}
		if t.kind != tWord {
			low[i] = ""
			continue
		}
		var lw string
		if t.ascii {
			lw = lowText[t.start:t.end]
		} else {
			lw = lowerASCII(txt[t.start:t.end])
		}
		low[i] = lw
		// The nouns, cue words and titles the bits mark are four letters
		// or more: the length spares a lookup to the filter's false hits.
		// The filter comes first: its answer, mostly no, is easy to
		// predict, and the lengths of words are not.
		if lowF.may(lw) && len(lw) >= 4 && len(lw) <= maxBit {
			lb[i] = lx.lowBits[lw]
		}
		if fixtureWord(lw) {
			a.fixtureWords = append(a.fixtureWords, int32(i))
		}
	}
	if line < len(toks) {
		markLine(toks[line:], mixed)
	}
	markSentences(a.toks, a.starts)
}

// release drops what a holds of its document, keeping the buffers.
func (a *analysis) release() {
	// Only what this document used holds anything: the slabs it filled and
	// the start of the last one it took (the rest was cleared when its
	// document was released), and the entities up to their count.
	for i := range a.nslab - 1 {
		clear(a.slabs[i][:cap(a.slabs[i])])
	}
	clear(a.candSlab)
	a.nslab, a.candSlab = 0, nil
	clear(a.cands)
	a.cands = a.cands[:0]
	clear(a.places)
	a.placeList = a.placeList[:0]
	clear(a.defined)
	clear(a.forms)
	clear(a.firsts)
	clear(a.byKey)
	clear(a.sportBuf.clubs)
	clear(a.nameBuf[:cap(a.nameBuf)])
	clear(a.candBuf[:cap(a.candBuf)])
	clear(a.entBuf)
	clear(a.low)
	a.d, a.text, a.lowText, a.sport = nil, "", "", nil
}

// resize returns b with length n, reusing its array when it is big enough.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// tokenAfter returns the index of the first token that starts at or after
// byte b.
func (a *analysis) tokenAfter(b int) int {
	// sort.Search's bisection, without a call of a closure per step.
	toks := a.toks
	i, j := 0, len(toks)
	for i < j {
		h := int(uint(i+j) >> 1)
		if toks[h].start < b {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func (a *analysis) word(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.text[a.toks[i].start:a.toks[i].end]
}

func (a *analysis) lower(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.low[i]
}

func (a *analysis) isWord(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].kind == tWord }

func (a *analysis) isPunct(i int, p string) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].kind == tPunct && a.word(i) == p
}

func (a *analysis) isPoss(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].kind == tPoss }

func (a *analysis) isBlocked(i int) bool { return a.toks[i].blocked }

// nameTok reports whether token i can be a word of a name: a capitalised
// word (or an all-capitals one) outside earlier mentions.
func (a *analysis) nameTok(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].name }

// sameLine reports whether token j continues token j-1's line.
func (a *analysis) sameLine(j int) bool { return j < len(a.toks) && !a.toks[j].nl }

// connector reports a lower-case word that may join two capitalised words
// of one name ("Bank of Japan", "Food and Drug Administration").
func connector(w string) bool {
	switch w {
	case "of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "del", "della", "di", "da",
		"von", "van", "der", "den", "y", "on", "al", "el", "e":
		return true
	}
	return false
}

// span returns the text of tokens [s, e).
func (a *analysis) span(s, e int) string {
	if e <= s {
		return ""
	}
	return a.text[a.toks[s].start:a.toks[e-1].end]
}

// key returns the lower-cased words of tokens [s, e) joined by one space,
// as the known list is keyed.
func (a *analysis) key(s, e int) string {
	if e-s == 1 && a.low[s] != "" {
		return a.low[s]
	}
	if a.plainSpan(s, e) {
		return a.lowText[a.toks[s].start:a.toks[e-1].end]
	}
	return string(a.joinKey(nil, s, e))
}

// plainSpan reports whether tokens [s, e) are ASCII and one space apart:
// then their key is a substring of the lower-cased text.
func (a *analysis) plainSpan(s, e int) bool {
	plain := a.toks[s].ascii
	for k := s + 1; k < e && plain; k++ {
		plain = a.toks[k].ascii && a.toks[k].start == a.toks[k-1].end+1 && a.text[a.toks[k-1].end] == ' '
	}
	return plain
}

// joinKey appends the words of tokens [s, e), lower-cased when they are
// words, joined by one space.
func (a *analysis) joinKey(b []byte, s, e int) []byte {
	for k := s; k < e; k++ {
		if k > s {
			b = append(b, ' ')
		}
		if a.low[k] != "" {
			b = append(b, a.low[k]...)
		} else {
			b = append(b, a.word(k)...)
		}
	}
	return b
}

// appendKey appends key(s, e) to b: the bytes of the key without making
// a string of them, for lookups (m[string(b)] makes none either).
func (a *analysis) appendKey(b []byte, s, e int) []byte {
	if e-s == 1 && a.low[s] != "" {
		return append(b, a.low[s]...)
	}
	if a.plainSpan(s, e) {
		return append(b, a.lowText[a.toks[s].start:a.toks[e-1].end]...)
	}
	return a.joinKey(b, s, e)
}

// smallPlace is the population under which a town is no place to the name
// rules, as it is for the location extractor without context.
const smallPlace = 5000

// place returns what the gazetteer says of the text of tokens [s, e).
func (a *analysis) place(s, e int) (location.Reading, bool) {
	// A word of the lists was asked once at load: the gazetteer's key is
	// the lower case of an ASCII word, so its answer holds for any case.
	if e-s == 1 && a.toks[s].ascii && a.low[s] != "" {
		if p, ok := a.lx.wordPlaces[a.low[s]]; ok {
			return p.r, p.ok
		}
	}
	name := a.span(s, e)
	if i, ok := a.places[name]; ok {
		p := &a.placeList[i]
		return p.r, p.ok
	}
	p := placeOf(a.g, name)
	if a.places == nil {
		a.places = map[string]int32{}
	}
	a.places[name] = int32(len(a.placeList))
	a.placeList = append(a.placeList, p)
	return p.r, p.ok
}

// placeOf returns the gazetteer's best reading of name as the name rules
// take it.
func placeOf(g *location.Gazetteer, name string) placeInfo {
	r, ok := g.Best(name)
	// A village the gazetteer holds only through GeoNames' smallest places
	// ("Congress", "Brightwater") is no place to the name rules: the
	// location extractor itself reports such a town only with support from
	// the article, and company names reuse such words all the time.
	if ok && r.Kind == location.KindCity && r.Pop < smallPlace && !r.AnyCountry {
		ok = false
	}
	return placeInfo{r, ok}
}

// isPlace reports whether tokens [s, e) name a place that is not only a
// demonym.
func (a *analysis) isPlace(s, e int) bool {
	r, ok := a.place(s, e)
	return ok && !r.Demonym
}

// isCountry reports whether tokens [s, e) name a country.
func (a *analysis) isCountry(s, e int) bool {
	r, ok := a.place(s, e)
	return ok && r.AnyCountry
}

// personal reports whether w is a personal name (given name or surname).
func (a *analysis) personal(w string) bool {
	lw := lowerASCII(w)
	return a.lx.people[lw] || a.g.GivenName(lw)
}

// personalAt reports personal(a.word(k)); a word's lower case was made
// once in reset, so that no copy is made here.
func (a *analysis) personalAt(k int) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].kind != tWord {
		return a.personal(a.word(k))
	}
	return a.lx.people[a.low[k]] || a.g.GivenName(a.low[k])
}

// free reports whether tokens [s, e) hold no candidate yet.
func (a *analysis) free(s, e int) bool {
	for k := s; k < e; k++ {
		if a.taken[k] != 0 {
			return false
		}
	}
	return true
}

// add keeps candidate c when its tokens are free.
func (a *analysis) add(c *cand) bool {
	if c.e <= c.s || !a.free(c.s, c.e) {
		return false
	}
	a.cands = append(a.cands, c)
	for k := c.s; k < c.e; k++ {
		a.taken[k] = int32(len(a.cands))
	}
	return true
}

// at returns the candidate holding token k, or nil.
func (a *analysis) at(k int) *cand {
	if k < 0 || k >= len(a.taken) || a.taken[k] == 0 {
		return nil
	}
	return a.cands[a.taken[k]-1]
}

// resolve keeps the best of overlapping candidates: names with a head,
// a designator or a list entry of several words before single list words;
// among them the longer ("Kestonian People's Party" over "People's
// Party"), then the higher priority, then the earlier.
func (a *analysis) resolve(cs []*cand) {
	tier := func(c *cand) int {
		if c.prio >= prioHead {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(cs, func(x, y *cand) int {
		if tier(x) != tier(y) {
			return tier(y) - tier(x)
		}
		if x.e-x.s != y.e-y.s {
			return (y.e - y.s) - (x.e - x.s)
		}
		if x.prio != y.prio {
			return y.prio - x.prio
		}
		return x.s - y.s
	})
	for _, c := range cs {
		a.add(c)
	}
}

// lowerSpan returns strings.ToLower(text[start:end]): for ASCII the
// slice of lowText, which is the same, without a copy.
func (a *analysis) lowerSpan(start, end int) string {
	for i := start; i < end; i++ {
		if a.text[i] >= utf8.RuneSelf {
			return strings.ToLower(a.text[start:end])
		}
	}
	return a.lowText[start:end]
}

// hasCap reports whether token k (in range) carries capBits bit b: whether
// the word as written is in the table of b.
func (a *analysis) hasCap(k int, b uint8) bool { return k >= 0 && k < len(a.cb) && a.cb[k]&b != 0 }

// newCand returns a pointer to a copy of c from the document's slabs of
// candidates: a full slab is left to the candidates in it and the next one
// taken, so that the pointers stay put.
func (a *analysis) newCand(c cand) *cand {
	if len(a.candSlab) == cap(a.candSlab) {
		if a.nslab == len(a.slabs) {
			a.slabs = append(a.slabs, make([]cand, 0, 32))
		}
		a.candSlab = a.slabs[a.nslab][:0]
		a.nslab++
	}
	a.candSlab = append(a.candSlab, c)
	return &a.candSlab[len(a.candSlab)-1]
}
