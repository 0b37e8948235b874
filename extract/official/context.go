package official

import (
	"github.com/eventwire/eventwire/extract/text"
	"strings"
)

// context reads what surrounds a candidate name: a title before it
// ("Foreign Minister Kang"), an appositive after it ("Betts, deputy
// assistant secretary ... at the US State Department"), a role linked by a
// copula ("counterpart is Betts"), and verbs of saying.
func (a *analysis) context(c *candidate) {
	if a.prenominal(c) {
		c.rule = "official/prenominal"
	}
	if a.appositive(c) && c.rule == "" {
		c.rule = "official/appositive"
	}
	if !c.hasTitle && a.copularBefore(c) {
		c.rule = "official/copular"
	}
	if c.affil == "" {
		a.ledBy(c)
	}
	if c.affil == "" {
		a.verbOrg(c)
	}
	if c.affil == "" || !c.affilOrg {
		a.orgAround(c)
	}
	if c.affil == "" || !c.affilOrg {
		a.orgAfter(c)
		if c.affilOrg && c.evidence < evStrong && (c.e-c.s >= 2 || a.is(c.s, wcNames)) {
			c.evidence = evStrong
		}
	}
	if c.evidence < evStrong && (c.e-c.s >= 2 || a.is(c.s, wcNames)) && a.saysCue(c) {
		c.evidence = evStrong
		if c.rule == "" {
			c.rule = "person/speaker"
		}
	}
	a.soleOrg(c)
	if c.affil == "" && c.hasTitle {
		if aff := a.titleAffOf(c.title); aff != "" {
			c.affil, c.affilOrg, c.affilMention = aff, true, nil
		}
	}
	if c.rule == "" {
		c.rule = "person/name"
	}
}

// titleAffOf returns the affiliation a title implies (titleAff keys are
// lower case). An ASCII title is lowered in the key buffer, not a new
// string: a lookup with string(key) does not copy it.
func (a *analysis) titleAffOf(title string) string {
	if !text.IsASCII(title) {
		return a.lx.titleAff[strings.ToLower(title)]
	}
	b := a.key[:0]
	for i := 0; i < len(title); i++ {
		c := title[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	a.key = b
	return a.lx.titleAff[string(b)]
}

// saysCue reports a verb of saying next to the name: "X said", "said X,".
func (a *analysis) saysCue(c *candidate) bool {
	if a.isWord(c.e) {
		if a.lowerCueAt(c.e, cueSay) {
			return true
		}
		// "Clinton won", "Mutola beat"; a lone word opening a sentence
		// ("Winter is in the air") says too little.
		single := c.e-c.s == 1
		if a.lowerCueAt(c.e, cueAct) && (!single || !a.toks[c.s].sentStart) || a.lowerCueAt(c.e, cueSubj) && !single {
			return true
		}
	}
	if c.s > 0 && a.isWord(c.s-1) && a.lowerCueAt(c.s-1, cueSay) &&
		(c.e >= len(a.toks) || a.toks[c.e].kind == tPunct || a.toks[c.e].nlBefore) {
		return true
	}
	return false
}
