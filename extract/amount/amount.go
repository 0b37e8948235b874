package amount

import (
	"cmp"
	"slices"
	"sync"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// Extractor finds amount mentions. The zero value is not usable; call New.
// It is safe for concurrent use.
type Extractor struct {
	once sync.Once
	lx   *lexicon
	err  error
	pool sync.Pool // *scratch
}

// scratch is per-call working memory reused across calls.
type scratch struct {
	shared []text.Token // when the Doc comes without its tokens
	toks   []token
	cands  []cand
	dates  [][2]int
	// ruleIDs holds the rule ids built so far, by what they are made of:
	// a text has few distinct ones, and building one per mention was the
	// package's largest allocator.
	ruleIDs map[ruleKey]string
	// perUnits holds the units built so far ("per share" by "share"):
	// a price per unit was the last allocation of most documents.
	perUnits map[string]string
}

// New returns an amount extractor. Its tables load on first use.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "amount" }

func (x *Extractor) lexicon() (*lexicon, error) {
	x.once.Do(func() { x.lx, x.err = loadLexicon() })
	return x.lx, x.err
}

// Extract implements extract.Extractor.
func (x *Extractor) Extract(d *extract.Doc) []extract.Mention {
	lx, err := x.lexicon()
	if err != nil || d == nil || d.Text == "" {
		// The tables are embedded and checked by the tests; an error here
		// is a build defect, and no mention is better than a wrong one.
		return nil
	}
	sc, _ := x.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	shared := d.Tokens
	if shared == nil {
		sc.shared = text.Tokenize(d.Text, sc.shared[:0])
		shared = sc.shared
	}
	// The words are looked up as they are read (readTokens), not again
	// by newParser.
	lower := d.LowerText()
	p := &parser{text: d.Text, lower: lower, toks: readTokens(d.Text, lower, shared, sc.toks, lx.words), lx: lx}
	p.dates = sc.dates[:0]
	for k := range d.Mentions {
		if m := &d.Mentions[k]; m.Type == extract.TypeDate {
			p.dates = append(p.dates, [2]int{m.Start, m.End})
		}
	}
	// Only the order of the starts counts (see inDate); SortFunc, unlike
	// sort.Slice, allocates nothing.
	slices.SortFunc(p.dates, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	cs := p.scan(sc.cands[:0])
	p.linkEquivalents(cs)
	p.resolve(cs, d)
	if sc.ruleIDs == nil {
		sc.ruleIDs, sc.perUnits = map[ruleKey]string{}, map[string]string{}
	}
	out := p.mentions(cs, sc.ruleIDs, sc.perUnits)
	sc.toks, sc.cands, sc.dates = p.toks[:0], cs[:0], p.dates[:0]
	if text.KeepScratch(len(d.Text)) {
		x.pool.Put(sc)
	}
	return out
}

// mentions turns the candidates into mentions. ids caches rule ids and
// units the units of prices per unit (see scratch).
func (p *parser) mentions(cs []cand, ids map[ruleKey]string, units map[string]string) []extract.Mention {
	if len(cs) == 0 {
		return nil
	}
	out := make([]extract.Mention, len(cs))
	amts := make([]extract.Amount, len(cs))
	// The bounds and equivalents the payloads point to, one block each
	// per document rather than one allocation per pointer.
	nb, ne := 0, 0
	for k := range cs {
		if cs[k].min.set {
			nb++
		}
		if cs[k].max.set {
			nb++
		}
		if cs[k].equiv >= 0 {
			ne++
		}
	}
	bounds := make([]float64, 0, nb)
	equivs := make([]int, 0, ne)
	for k := range cs {
		c := &cs[k]
		start, end := p.toks[c.s].s, p.toks[c.e-1].e
		a := &amts[k]
		a.Kind = c.kind
		a.Value = c.value
		a.Currency = c.currency
		a.Unit = c.unit
		a.Approx = c.approx
		if c.min.set {
			bounds = append(bounds, c.min.v)
			a.Min = &bounds[len(bounds)-1]
		}
		if c.max.set {
			bounds = append(bounds, c.max.v)
			a.Max = &bounds[len(bounds)-1]
		}
		if c.perUnit != "" {
			u, ok := units[c.perUnit]
			if !ok {
				u = "per " + c.perUnit
				if len(units) < maxRuleIDs {
					// The key is the unit's own tail, not the word in the
					// document's text, which the cache would keep alive.
					units[u[len("per "):]] = u
				}
			}
			a.Unit = u
		}
		if c.equiv >= 0 {
			equivs = append(equivs, c.equiv)
			a.EquivalentOf = &equivs[len(equivs)-1]
		}
		key := c.ruleKey()
		rule, ok := ids[key]
		if !ok {
			rule = c.ruleID()
			if len(ids) < maxRuleIDs {
				ids[key] = rule
			}
		}
		out[k] = extract.Mention{
			Type: extract.TypeAmount, Text: p.text[start:end], Start: start, End: end,
			Confidence: c.conf, Rule: rule, Amount: a,
		}
	}
	return out
}

// maxRuleIDs bounds the rule id cache. The ids are few (the ways a
// currency is written, the resolution steps of each family, four
// suffixes), so the bound is never reached; it keeps the cache a cache.
const maxRuleIDs = 4096

// ruleKey is what a candidate's rule id is made of.
type ruleKey struct {
	rule, how, res            string
	equiv, ranged, minor, per bool
}

func (c *cand) ruleKey() ruleKey {
	k := ruleKey{rule: c.rule, res: c.res, ranged: c.ranged, minor: c.minor, per: c.perUnit != ""}
	if c.kind == "money" {
		k.how, k.equiv = c.cur.how, c.equiv >= 0
	}
	return k
}

// ruleID builds the rule id: the base, then "+range", "+minor", the
// resolution step ("/context-dateline") and "+per-unit".
func (c *cand) ruleID() string {
	base := c.rule
	if c.kind == "money" {
		base = "amount/money/" + c.cur.how
		if c.equiv >= 0 {
			base = "amount/money/paren-equivalent"
		}
	}
	rng, minor, res, per := "", "", "", ""
	if c.ranged {
		rng = "+range"
	}
	if c.minor {
		minor = "+minor"
	}
	if c.res != "" {
		res = "/" + c.res
	}
	if c.perUnit != "" {
		per = "+per-unit"
	}
	if rng == "" && minor == "" && res == "" && per == "" {
		return base
	}
	return base + rng + minor + res + per
}
