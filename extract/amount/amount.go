package amount

import (
	"sort"
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
	p := &parser{text: d.Text, lower: text.LowerASCII(d.Text), toks: tokens(d.Text, shared, sc.toks), lx: lx}
	for _, m := range d.Mentions {
		if m.Type == extract.TypeDate {
			p.dates = append(p.dates, [2]int{m.Start, m.End})
		}
	}
	sort.Slice(p.dates, func(i, j int) bool { return p.dates[i][0] < p.dates[j][0] })
	cs := p.scan(sc.cands[:0])
	p.linkEquivalents(cs)
	p.resolve(cs, d)
	out := p.mentions(cs)
	sc.toks, sc.cands = p.toks[:0], cs[:0]
	x.pool.Put(sc)
	return out
}

func (p *parser) mentions(cs []cand) []extract.Mention {
	if len(cs) == 0 {
		return nil
	}
	out := make([]extract.Mention, len(cs))
	amts := make([]extract.Amount, len(cs))
	for k, c := range cs {
		start, end := p.toks[c.s].s, p.toks[c.e-1].e
		a := &amts[k]
		a.Kind = c.kind
		a.Value = c.value
		a.Currency = c.currency
		a.Unit = c.unit
		a.Approx = c.approx
		a.Min, a.Max = c.min, c.max
		if c.perUnit != "" {
			a.Unit = "per " + c.perUnit
		}
		if c.equiv >= 0 {
			e := c.equiv
			a.EquivalentOf = &e
		}
		out[k] = extract.Mention{
			Type: extract.TypeAmount, Text: p.text[start:end], Start: start, End: end,
			Confidence: c.conf, Rule: c.ruleID(), Amount: a,
		}
	}
	return out
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
