package amount

import (
	"sort"
	"strings"
)

// parser holds one document's tokens while the rules read them.
type parser struct {
	text  string
	lower string // text with ASCII letters lowered; same byte offsets
	toks  []token
	lx    *lexicon
	dates [][2]int // byte spans of date mentions found earlier
	// lastNum holds number's last reading without and with abbr.
	lastNum [2]numReading
	// lastRange holds rangeWord's last answer.
	lastRange rangeReading
}

// newParser returns a parser over a text's tokens, each word looked up.
func newParser(text, lower string, toks []token, lx *lexicon) *parser {
	p := &parser{text: text, lower: lower, toks: toks, lx: lx}
	p.classify()
	return p
}

// classify looks every word up in the lexicon once: the rules ask about
// the same words again and again (is it a number word, a scale, a word of
// change?), and a map lookup by string was their largest cost.
func (p *parser) classify() {
	for j := range p.toks {
		t := &p.toks[j]
		t.info = 0
		if t.kind == tkWord {
			t.info = p.lx.words.Get(p.lower[t.s:t.e])
		}
	}
}

// info returns the lexicon's entry for token j, by the word as written
// (lower-cased); an empty entry for an unknown word or another token.
// The entry is shared: read it, never write it.
func (p *parser) info(j int) *wordInfo {
	if j < 0 || j >= len(p.toks) {
		return &p.lx.entries[0]
	}
	return &p.lx.entries[p.toks[j].info]
}

// numWord returns token j's number word entry (numbers.tsv), if it is one.
func (p *parser) numWord(j int) (numWord, bool) {
	i := p.info(j)
	return i.num, i.isNum
}

// isChange reports whether token j is a word of change (changes.txt).
func (p *parser) isChange(j int) bool { return p.info(j).change }

// word returns the lower-cased text of token j when it is a word, else "".
func (p *parser) word(j int) string {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tkWord {
		return ""
	}
	return p.lower[p.toks[j].s:p.toks[j].e]
}

// key is word without dots ("u.s." -> "us"), for lexicon lookups.
func (p *parser) key(j int) string {
	w := p.word(j)
	if strings.IndexByte(w, '.') >= 0 {
		return strings.ReplaceAll(w, ".", "")
	}
	return w
}

// keyIs reports whether key(j) is w, without building the key of a
// dotted word.
func (p *parser) keyIs(j int, w string) bool {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tkWord {
		return w == ""
	}
	t := p.toks[j]
	s := p.lower[t.s:t.e]
	if !t.dotted {
		return s == w
	}
	k := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			continue
		}
		if k >= len(w) || s[i] != w[k] {
			return false
		}
		k++
	}
	return k == len(w)
}

// keyEntry is the lexicon entry of key(j) for word token j: its own
// entry, or for a dotted word that of the word without its dots, found
// without building that word.
func (p *parser) keyEntry(j int) int32 {
	t := p.toks[j]
	if !t.dotted {
		return t.info
	}
	var buf [32]byte
	if t.e-t.s > len(buf) {
		return p.lx.words.Get(p.key(j))
	}
	n := 0
	for i := t.s; i < t.e; i++ {
		if c := p.lower[i]; c != '.' {
			buf[n] = c
			n++
		}
	}
	return p.lx.words.Get(string(buf[:n])) // the bytes, not copied: the string does not escape
}

// raw returns the text of token j.
func (p *parser) raw(j int) string {
	if j < 0 || j >= len(p.toks) {
		return ""
	}
	return p.text[p.toks[j].s:p.toks[j].e]
}

func (p *parser) isSym(j int, c byte) bool {
	if j < 0 || j >= len(p.toks) {
		return false
	}
	t := p.toks[j]
	return t.kind == tkSym && t.e-t.s == 1 && p.text[t.s] == c
}

// isDash is a hyphen or dash used for ranges ("$5-7 million", "5 – 7").
func (p *parser) isDash(j int) bool {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tkSym {
		return false
	}
	switch p.raw(j) {
	case "-", "–", "—":
		return true
	}
	return false
}

// matchWords reports whether tokens from j on are the words ws, returning
// the index after them.
func (p *parser) matchWords(j int, ws []string) (int, bool) {
	for _, w := range ws {
		if !p.keyIs(j, w) || p.toks[j].nl {
			return 0, false
		}
		j++
	}
	return j, true
}

// place reads a place or demonym ("Hong Kong", "Australian") at j.
func (p *parser) place(j int) (cc string, next int, ok bool) {
	if p.word(j) == "" {
		return "", 0, false
	}
	for _, mw := range p.lx.near[p.keyEntry(j)].places {
		if e, ok := p.matchWords(j+1, mw.words); ok {
			k := p.key(j)
			name := k
			if len(mw.words) > 0 {
				name = k + " " + strings.Join(mw.words, " ")
			}
			return p.lx.placeCC[name], e, true
		}
	}
	return "", 0, false
}

// unit reads a count noun ("troops", "square kilometres") at j.
func (p *parser) unit(j int) (next int, ok bool) {
	if p.word(j) == "" {
		return 0, false
	}
	for _, mw := range p.lx.near[p.toks[j].info].units {
		if e, ok := p.matchWords(j+1, mw.words); ok {
			return e, true
		}
	}
	return 0, false
}

// modifierBefore finds "about", "more than", "in excess of" ending just
// before token s.
func (p *parser) modifierBefore(s int) int {
	best, bestLen := 0, 0
	for k := 1; k <= 3 && s-k >= 0; k++ {
		if p.word(s-k) == "" {
			continue
		}
		for _, m := range p.lx.near[p.toks[s-k].info].modifiers {
			if len(m.words) != k-1 {
				continue
			}
			if _, ok := p.matchWords(s-k+1, m.words); ok && k > bestLen {
				best, bestLen = m.effect, k
			}
		}
	}
	return best
}

// inDate reports whether token j lies in a date mention.
func (p *parser) inDate(j int) bool {
	t := p.toks[j]
	// The dates are sorted by start (the pipeline sorts mentions); look at
	// those that start before the token ends, nearest first.
	k := sort.Search(len(p.dates), func(i int) bool { return p.dates[i][0] >= t.e })
	for i := k - 1; i >= 0; i-- {
		d := p.dates[i]
		if d[1] > t.s {
			return true
		}
		if t.s-d[0] > 200 { // no date span is that long
			break
		}
	}
	return false
}
