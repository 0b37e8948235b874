package amount

import (
	"strings"

	"github.com/eventwire/eventwire/extract"
)

// linkEquivalents marks money that restates the money just before it in
// another currency: "960 billion won ($887.5 million)", "650 million
// kronor, or about $68 million".
func (p *parser) linkEquivalents(cs []cand) {
	for k := 1; k < len(cs); k++ {
		a, b := &cs[k-1], &cs[k]
		if a.kind != "money" || b.kind != "money" || sameCurrency(a.cur.ref, b.cur.ref) && !(a.cur.ref.family == "dollar" && b.cur.ref.family == "dollar" && a.cur.how != b.cur.how) {
			continue
		}
		if p.restates(a.e, b.s) {
			b.equiv = k - 1
			continue
		}
		// "($145 million; 130 million euros)": a second conversion of the
		// same sum inside the parentheses.
		if a.equiv >= 0 && b.s-a.e == 1 && (p.isSym(a.e, ';') || p.isSym(a.e, ',')) && p.insideParen(a.s) {
			b.equiv = a.equiv
		}
	}
}

// insideParen reports an opening parenthesis just before token s, with
// at most a couple of words between ("(about $5").
func (p *parser) insideParen(s int) bool {
	for j := s - 1; j >= 0 && j >= s-3; j-- {
		if p.isSym(j, '(') {
			return true
		}
		if p.toks[j].kind != tkWord {
			return false
		}
	}
	return false
}

// restates reads what stands between two sums when the second is the
// first converted: "(", "(about", ", or", ", or roughly", "or".
func (p *parser) restates(from, to int) bool {
	if to-from > 5 || to <= from {
		return false
	}
	j := from
	paren := false
	switch {
	case p.isSym(j, '(') || p.isSym(j, '['):
		paren = true
		j++
	case p.isSym(j, ',') && p.word(j+1) == "or":
		j += 2
	case p.word(j) == "or":
		j++
	case p.isDash(j):
		j++
	default:
		return false
	}
	for ; j < to; j++ {
		w := p.word(j)
		switch {
		case w == "or" || w == "about" || w == "around" || w == "roughly" || w == "approximately" ||
			w == "some" || w == "nearly" || w == "almost" || w == "equivalent" || w == "the" || w == "of" ||
			w == "to" || w == "worth" || w == "approx":
		case paren && p.toks[j].upper && (w == "us" || w == "u.s."):
		default:
			return false
		}
	}
	return true
}

// resolve gives every money candidate its ISO code and rule. A family word
// ("$", "dollars", "pesos") takes, in order: the country written before it;
// US dollars when it restates a foreign sum in parentheses; the same
// family's currency named earlier in the article; the dateline's country;
// the family's default.
func (p *parser) resolve(cs []cand, d *extract.Doc) {
	// The dateline's country is read only when a family word needs it.
	dlCC, dlRead := "", false
	// When bare dollars convert foreign sums, the article writes US dollars
	// bare, and an earlier "Australian dollars" says nothing about "$".
	usdConv := false
	for _, c := range cs {
		if c.equiv >= 0 && (c.cur.ref.family == "dollar" && c.cur.country == "" || c.cur.ref.code == "USD") {
			usdConv = true
		}
	}
	famCtx := map[string]string{}
	for k := range cs {
		c := &cs[k]
		if c.kind != "money" {
			continue
		}
		ref := c.cur.ref
		res := ""
		conf := 0.95
		if ref.code != "" {
			c.currency = ref.code
			p.noteContext(famCtx, ref.code)
		} else {
			fam := p.lx.families[ref.family]
			ctxKey := ref.family
			if ctxKey == "cent" {
				ctxKey = "dollar"
			}
			outer := ""
			if c.equiv >= 0 {
				outer = cs[c.equiv].currency
			}
			switch {
			case c.cur.country != "" && fam.byCountry[c.cur.country] != "":
				c.currency, res, conf = fam.byCountry[c.cur.country], "", 0.95
				if c.currency != "USD" {
					famCtx[ctxKey] = c.currency
				}
			case outer != "" && (ref.family == "dollar" || ref.family == "cent") && outer != "USD":
				c.currency, res, conf = "USD", "conversion-usd", 0.9
			case famCtx[ctxKey] != "" && !(ctxKey == "dollar" && usdConv):
				c.currency, res, conf = famCtx[ctxKey], "context-earlier", 0.8
			case p.datelineCountryOnce(d, &dlCC, &dlRead) != "" && fam.byCountry[dlCC] != "":
				c.currency, res, conf = fam.byCountry[dlCC], "context-dateline", 0.8
			case fam.def != "":
				c.currency, res, conf = fam.def, fam.resDefault, 0.85
				if fam.def != "USD" && ref.family != "won" && ref.family != "yen" {
					conf = 0.7
				}
			default:
				res, conf = fam.resAmbiguous, 0.5
				if res == "" { // a family families.tsv does not list
					res = ref.family + "-ambiguous"
				}
			}
		}
		if c.equiv >= 0 && cs[c.equiv].currency == c.currency && c.currency != "" {
			c.equiv = -1 // the same currency twice is not a conversion
		}
		c.res = res
		c.conf = conf
	}
}

// noteContext remembers an explicit code that belongs to a family ("AUD"
// for dollar), so that a later bare "dollars" can follow it.
func (p *parser) noteContext(famCtx map[string]string, code string) {
	if code == "USD" {
		// US dollars written out say nothing about what a bare "$" means
		// in a Sydney or Hong Kong story.
		return
	}
	for _, name := range p.lx.codeFamilies[code] {
		famCtx[name] = code
	}
}

// datelineCountryOnce is datelineCountry, read into *cc the first time.
func (p *parser) datelineCountryOnce(d *extract.Doc, cc *string, read *bool) string {
	if !*read {
		*cc, *read = p.datelineCountry(d), true
	}
	return *cc
}

// datelineCountry reads the country of the dateline place ("SYDNEY",
// "COPENHAGEN, Denmark").
func (p *parser) datelineCountry(d *extract.Doc) string {
	if d.Dateline == nil || d.Dateline.Place == "" {
		return ""
	}
	parts := strings.Split(strings.ToLower(d.Dateline.Place), ",")
	for i := len(parts) - 1; i >= 0; i-- {
		name := strings.Join(strings.Fields(strings.ReplaceAll(parts[i], ".", "")), " ")
		if cc, ok := p.lx.placeCC[name]; ok {
			return cc
		}
	}
	return ""
}
