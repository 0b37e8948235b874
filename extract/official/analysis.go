package official

import (
	"strings"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// analysis is the per-document working state of one Extract call.
type analysis struct {
	lx    *lexicon
	d     *extract.Doc
	text  string
	toks  []token
	lower []string // lower-cased word tokens ("" for others)
	// locs maps a token index to the location mention starting there.
	locs  map[int]*extract.Mention
	cands []*candidate
	// unsure holds name-shaped runs with no evidence yet; a list of names
	// around them can still make them people.
	unsure []*candidate
	// cover maps a token to 1 + the index in cands of the name holding it.
	cover []int32
	// key is joinLower's scratch buffer.
	key []byte
	// scratch holds the buffers and slabs this analysis takes from and
	// hands back to its Extractor.
	scratch *scratch
	// spare is a candidate that was judged and dropped, which no one
	// holds: the next candidate reuses it.
	spare *candidate
	// orgAt maps a token to 1 + the index in d.Mentions of the organisation
	// mention holding it (nil when there is none).
	orgAt []int32
	// infos caches what the lexicon says of each token (see info).
	infos []tokenInfo
	// isName is nameTok of each token, which findNames asks of most
	// tokens several times (set by markLines).
	isName []bool
	// capsFrom is the first word in capitals of three bytes or more (see
	// capsMentions), or len(toks).
	capsFrom int
}

// scratch holds the per-token buffers of a finished analysis for the next
// document, so that a stream of documents allocates them once, not once a
// document.
type scratch struct {
	src    []text.Token
	toks   []token
	lower  []string
	infos  []tokenInfo
	isName []bool
	cover  []int32
	orgAt  []int32
	cands  []*candidate
	unsure []*candidate
	person []bool // promoteLists'
	key    []byte
	locs   map[int]*extract.Mention
	// an is the analysis itself, so that a document allocates none.
	an analysis
	// candidates, words and entities hold the candidates, their name
	// words and the entities they make.
	candidates slab[candidate]
	words      slab[string]
	entities   slab[entity]
	// order, ents and byName are resolve's.
	order  []*candidate
	ents   []*entity
	byName map[string]*entity
}

// release returns the analysis' buffers to s, holding no string of the
// document.
func (a *analysis) release(s *scratch) {
	clear(a.lower)
	clear(a.cands)
	clear(a.unsure)
	s.toks, s.lower, s.infos, s.isName = a.toks[:0], a.lower, a.infos, a.isName
	s.cands, s.unsure, s.key = a.cands[:0], a.unsure[:0], a.key[:0]
	// A map keeps the room it grew to, which clear walks: one grown by a
	// document with very many places is let go.
	if len(a.locs) <= 256 {
		clear(a.locs)
		if a.locs != nil {
			s.locs = a.locs
		}
	} else {
		s.locs = nil
	}
	s.candidates.reset()
	s.words.reset()
	s.entities.reset()
}

// resized returns buf cleared and of length n, reusing its array when it
// is large enough.
func resized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// addCandidate keeps a name and records the tokens it covers.
func (a *analysis) addCandidate(c *candidate) {
	a.cands = append(a.cands, c)
	if a.cover == nil {
		a.cover = resized(a.scratch.cover, len(a.toks))
		a.scratch.cover = a.cover
	}
	for k := c.s; k < c.e; k++ {
		a.cover[k] = int32(len(a.cands))
	}
}

// newCandidate returns a new candidate for tokens [s, e).
func (a *analysis) newCandidate(s, e int) *candidate {
	if c := a.spare; c != nil {
		a.spare = nil
		*c = candidate{s: s, e: e, start: a.toks[s].start, end: a.toks[e-1].end}
		return c
	}
	c := &a.scratch.candidates.take(1, 4, 128)[0]
	*c = candidate{s: s, e: e, start: a.toks[s].start, end: a.toks[e-1].end}
	return c
}

// coverOf returns the candidate whose name holds token k, or nil.
func (a *analysis) coverOf(k int) *candidate {
	if a.cover == nil || k < 0 || k >= len(a.cover) || a.cover[k] == 0 {
		return nil
	}
	return a.cands[a.cover[k]-1]
}

// candidate is a name found in the text with what the context says of it.
type candidate struct {
	s, e       int // token range of the name
	start, end int // byte span of the name
	evidence   int // how sure the name is a person's, see the ev constants
	eastAsian  bool
	title      string
	titleSpan  [2]int
	hasTitle   bool
	affil      string
	affilOrg   bool // the affiliation is an organisation, not a country
	// affilMention is the index in d.Mentions of the organisation mention
	// the affiliation names, or nil.
	affilMention *int
	country      string
	rule         string
	entity       *entity
}

// Evidence levels for a candidate name.
const (
	evNone   = iota
	evWeak   // looks like a name, nothing else says so
	evMedium // every word is a known name
	evStrong // a given name, an initial, a title or a cue
)

// newAnalysis reads d into a new analysis whose per-token buffers come
// from s (nil for new ones).
func newAnalysis(lx *lexicon, d *extract.Doc, s *scratch) *analysis {
	if s == nil {
		s = &scratch{}
	}
	a := &s.an
	*a = analysis{lx: lx, d: d, text: d.Text, scratch: s}
	a.toks = docTokens(d, a.isAbbrev, s)
	a.cands = s.cands[:0]
	a.unsure = s.unsure[:0]
	a.key = s.key[:0]
	// release left s.lower all "": no need to clear it again.
	if a.lower = s.lower[:0]; cap(a.lower) < len(a.toks) {
		a.lower = make([]string, len(a.toks))
	}
	a.lower = a.lower[:len(a.toks)]
	a.infos = resized(s.infos, len(a.toks))
	a.isName = resized(s.isName, len(a.toks))
	a.markOrgs() // before markLines, which reads orgAt
	a.markLines()
	a.markSentenceStarts()
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Location == nil {
			continue
		}
		if k := a.tokenAt(m.Start); k >= 0 {
			if a.locs == nil {
				if a.locs = s.locs; a.locs == nil {
					a.locs = map[int]*extract.Mention{}
				}
			}
			a.locs[k] = m
		}
	}
	return a
}

// isAbbrev says whether a word with its final period ("Mr.", "K.", "U.S.")
// keeps the period.
func (a *analysis) isAbbrev(w string) bool {
	core := w[:len(w)-1]
	if len(core) == 1 {
		return core[0] >= 'A' && core[0] <= 'Z'
	}
	if strings.Contains(core, ".") {
		return true
	}
	// One lookup in a small set for honorific, cueSuffix, orgWords and
	// titleAbbr, and none for a word whose first byte starts no key.
	if a.lx.abbrevFirst[w[0]] && a.lx.abbrevs[w] {
		return true
	}
	switch core {
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Mt", "Ft", "St":
		return true
	}
	return false
}

// tokenAt returns the index of the token that starts at byte b, or -1.
func (a *analysis) tokenAt(b int) int {
	lo, hi := 0, len(a.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if a.toks[m].start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.toks) && a.toks[lo].start == b {
		return lo
	}
	return -1
}

// tokenAfter returns the index of the first token starting at or after
// byte b.
func (a *analysis) tokenAfter(b int) int {
	lo, hi := 0, len(a.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if a.toks[m].start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// markLines reads the tokens line by line, in one pass: it lowers the
// words, answers nameTok for each (isName), flags the first word or number
// of every line as opening a sentence (lines without sentence punctuation,
// such as headlines and tables, start anew), and flags the tokens of
// title-case lines ("Official Views Danger of Slow Revision"), where
// capitals say nothing about names. It reads orgAt: markOrgs comes first.
func (a *analysis) markLines() {
	toks, lower, name, org := a.toks, a.lower, a.isName, a.orgAt
	// ASCII words are slices of one lower-cased copy of the text; others
	// (where lower case may change the length) are lowered one by one.
	lowText := a.d.LowerText()
	a.capsFrom = len(toks)
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].nlBefore {
			j++
		}
		opens := toks[i].nlBefore // the first token has it too
		words, caps := 0, 0
		for k := i; k < j; k++ {
			t := &toks[k]
			switch t.kind {
			case tWord:
				if t.ascii {
					lower[k] = lowText[t.start:t.end]
				} else {
					lower[k] = strings.ToLower(a.text[t.start:t.end])
				}
				// nameTok (isName is all false to start): for most words,
				// whether the word is capitalised. Only words in capitals
				// (initials) and words of four bytes or more with a hyphen
				// second, third or fourth (a party tag "D-Calif.", an
				// article "al-Assad") need its closer look. The text's
				// bytes tell those: no branch on the words' lengths, which
				// vary too much to be predicted.
				if org == nil || org[k] == 0 {
					name[k] = t.upper
					if p := t.start; t.allCaps || p+3 < len(a.text) && (a.text[p+1] == '-' || a.text[p+2] == '-' || a.text[p+3] == '-') {
						name[k] = a.nameTok(k)
					}
				}
				if !t.allCaps {
					words++
					if t.upper {
						caps++
					}
				} else if t.end-t.start >= 3 {
					a.capsFrom = min(a.capsFrom, k)
				}
				fallthrough
			case tNum:
				if opens {
					t.sentStart, opens = true, false
				}
			}
		}
		if words >= 5 && caps*10 >= words*8 {
			for k := i; k < j; k++ {
				toks[k].headline = true
			}
		}
		i = j
	}
}

// markSentenceStarts flags the first word of every sentence, past opening
// quotes and brackets.
func (a *analysis) markSentenceStarts() {
	ss := a.d.Sentences
	if len(ss) == 0 {
		ss = extract.Sentences(a.text)
	}
	k := 0
	for _, s := range ss {
		for k < len(a.toks) && a.toks[k].start < s.Start {
			k++
		}
		for j := k; j < len(a.toks) && a.toks[j].start < s.End; j++ {
			if a.toks[j].kind == tWord || a.toks[j].kind == tNum {
				a.toks[j].sentStart = true
				break
			}
		}
	}
}

func (a *analysis) word(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.text[a.toks[i].start:a.toks[i].end]
}

func (a *analysis) isWord(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].kind == tWord }

func (a *analysis) isPunct(i int, p string) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].kind == tPunct && a.word(i) == p
}

// span returns the text of tokens [s, e).
func (a *analysis) span(s, e int) string {
	if e <= s {
		return ""
	}
	return a.text[a.toks[s].start:a.toks[e-1].end]
}
