package official

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// The appositive phases are tested one by one on the tokens of a sentence,
// with no location or organisation mentions: each case names the token a
// phase starts at and the token (or span) it should stop at.

// analysisOf reads text as Extract does, before any name is found.
func analysisOf(t *testing.T, text string) *analysis {
	t.Helper()
	return newAnalysis(testExtractor().lexicon(), &extract.Doc{Text: text}, nil)
}

// tokenOf returns the index of the first token whose text is w, counting
// the tokens of a.
func tokenOf(t *testing.T, a *analysis, w string) int {
	t.Helper()
	if w == "END" {
		return len(a.toks)
	}
	for k := range a.toks {
		if a.word(k) == w {
			return k
		}
	}
	t.Fatalf("no token %q in %q", w, a.text)
	return -1
}

// nameOf returns a candidate for the name that runs from its first word to
// its last, with the evidence its words give.
func nameOf(t *testing.T, a *analysis, name string) *candidate {
	t.Helper()
	words := strings.Fields(name)
	s := tokenOf(t, a, words[0])
	e := tokenOf(t, a, words[len(words)-1]) + 1
	c := a.newCandidate(s, e)
	c.evidence = a.nameEvidence(c)
	return c
}

func TestRoleInBrackets(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"role closed by its bracket", "Ferrandi ( leader of the Popular Renewal Party ) spoke.", true},
		{"capitalized word in brackets", "Ferrandi ( Popular Renewal Party ) spoke.", false},
		{"bracket left open past the sentence", "Ferrandi ( leader of the party. It rained ) then.", false},
		{"no title in brackets", "Ferrandi ( twice over ) spoke.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			if got := a.roleInBrackets(tokenOf(t, a, "(")); got != tc.want {
				t.Errorf("roleInBrackets(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestMayTakeAppositive(t *testing.T) {
	tests := []struct {
		name, text, who, at string
		want                bool
	}{
		{"lone unknown word before an article", "Zvorak, a senior defence official, spoke.", "Zvorak", ",", true},
		{"lone unknown word without an article", "Visitors from Zvorak, organizer of the fair, came.", "Zvorak", ",", false},
		{"lone unknown word before a role in brackets", "Zvorak ( leader of the party ) spoke.", "Zvorak", "(", true},
		{"known name without an article", "Maria Lopez, organizer of the fair, came.", "Maria Lopez", ",", true},
		{"possessive after the name", "Maria Lopez's deputy came.", "Maria Lopez", "'s", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			c := nameOf(t, a, tc.who)
			k := tokenOf(t, a, tc.at)
			if got := a.mayTakeAppositive(c, k, a.roleInBrackets(k)); got != tc.want {
				t.Errorf("mayTakeAppositive(%q in %q) = %v, want %v", tc.who, tc.text, got, tc.want)
			}
		})
	}
}

func TestAppositiveOpening(t *testing.T) {
	tests := []struct {
		name, text, who string
		cop             bool
		want            string // the token the body starts at, "" for no appositive
		sure            bool   // the phase makes the name sure
	}{
		{"comma", "Maria Lopez, the mayor, spoke.", "Maria Lopez", false, "the", false},
		{"party tag", "Sen. Mary Holt, D-Ore., chairman of the panel, spoke.", "Mary Holt", false, "chairman", false},
		{"age", "Klarnia Dunmorq, 61, of Millbrook spoke.", "Klarnia Dunmorq", false, "of", true},
		{"age then copula", "Zorv Okafiq, 39, was a staff photographer.", "Zorv Okafiq", false, "a", true},
		{"to be", "They elected Tomas Brandt to be chairman of the club.", "Tomas Brandt", false, "chairman", false},
		{"copula before an article", "Tomas Brandt is the chairman of the club.", "Tomas Brandt", false, "the", false},
		{"copula after a description", "Tomas Brandt , the oldest , is chairman.", "Tomas Brandt", true, "chairman", false},
		{"bare title then of", "They named Ruth Calder publisher of the Harbor Ledger.", "Ruth Calder", false, "publisher", false},
		{"verb of saying", "Tomas Brandt said so.", "Tomas Brandt", false, "", false},
		{"copula without an article", "Tomas Brandt is chairman.", "Tomas Brandt", false, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			c := nameOf(t, a, tc.who)
			k := c.e
			if tc.cop {
				k = tokenOf(t, a, "is")
			}
			before := c.evidence
			got, ok := a.appositiveOpening(c, k, tc.cop, a.roleInBrackets(k))
			switch {
			case tc.want == "" && ok:
				t.Errorf("%q: an appositive opens at %q, want none", tc.text, a.word(got))
			case tc.want != "" && !ok:
				t.Errorf("%q: no appositive opens, want one at %q", tc.text, tc.want)
			case ok && got != tokenOf(t, a, tc.want):
				t.Errorf("%q: the appositive opens at %q, want %q", tc.text, a.word(got), tc.want)
			}
			if sure := before < evStrong && c.evidence == evStrong; sure != tc.sure {
				t.Errorf("%q: evidence %d -> %d, want made sure %v", tc.text, before, c.evidence, tc.sure)
			}
		})
	}
}

func TestPastWhoIs(t *testing.T) {
	tests := []struct {
		name, text, who, want string // want: the token after the clause, "" for a rejected clause
	}{
		{"who will be", "Paul Vance, who will be the paper's chairman, spoke.", "Paul Vance", "the"},
		{"who has become", "Paul Vance, who has become a director, spoke.", "Paul Vance", "a"},
		{"who said", "Paul Vance, who said so, left.", "Paul Vance", ""},
		{"who is without an article", "Paul Vance, who is chairman, spoke.", "Paul Vance", ""},
		{"one word name keeps its who", "Vance, who is the chairman, spoke.", "Vance", "who"},
		{"no who", "Paul Vance, the chairman, spoke.", "Paul Vance", "the"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			c := nameOf(t, a, tc.who)
			got, ok := a.pastWhoIs(c, c.e+1)
			switch {
			case tc.want == "" && ok:
				t.Errorf("%q: clause passed to %q, want it rejected", tc.text, a.word(got))
			case tc.want != "" && !ok:
				t.Errorf("%q: clause rejected, want %q", tc.text, tc.want)
			case ok && got != tokenOf(t, a, tc.want):
				t.Errorf("%q: clause passed to %q, want %q", tc.text, a.word(got), tc.want)
			}
		})
	}
}

func TestPastArticle(t *testing.T) {
	tests := []struct {
		name, text, at, want string
		det                  bool
	}{
		{"article", "the chairman", "the", "chairman", true},
		{"one of", "one of the secretaries", "one", "secretaries", true},
		{"no article", "chairman of it", "chairman", "chairman", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			got, det := a.pastArticle(tokenOf(t, a, tc.at))
			if got != tokenOf(t, a, tc.want) || det != tc.det {
				t.Errorf("pastArticle(%q) = %q, %v; want %q, %v", tc.text, a.word(got), det, tc.want, tc.det)
			}
		})
	}
}

func TestAffiliationBeforeTitle(t *testing.T) {
	tests := []struct {
		name, text, at, aff, next string
	}{
		{"possessive", "South Korea's chief negotiator spoke.", "South", "South Korea", "chief"},
		{"name before the title", "a Millbrook operations manager spoke.", "Millbrook", "Millbrook", "operations"},
		{"country before the title", "a Nepali delegate spoke.", "Nepali", "Nepali", "delegate"},
		{"past qualifiers", "a former Eastbrook University law professor spoke.", "former", "Eastbrook University", "law"},
		{"none", "a senior official spoke.", "senior", "", "senior"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			s, e, next := a.affiliationBeforeTitle(tokenOf(t, a, tc.at))
			aff := ""
			if s >= 0 {
				aff = a.span(s, e)
			}
			if aff != tc.aff || next != tokenOf(t, a, tc.next) {
				t.Errorf("%q: affiliation %q, title from %q; want %q, %q", tc.text, aff, a.word(next), tc.aff, tc.next)
			}
		})
	}
}

func TestTitleHeadNear(t *testing.T) {
	tests := []struct {
		name, text, at string
		det            bool
		want           string // the title's text from at, "" for none
	}{
		{"head at once", "chairman of it", "chairman", false, "chairman"},
		{"two free words after an article", "a longtime career diplomat spoke", "longtime", true, "longtime career diplomat"},
		{"two free words without an article", "longtime career diplomat spoke", "longtime", false, ""},
		{"modifiers are never free words", "former acting chairman spoke", "former", false, "former acting chairman"},
		{"verb of saying", "a man said the chairman", "man", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			k := tokenOf(t, a, tc.at)
			got := ""
			if he := a.titleHeadNear(k, tc.det); he >= 0 {
				got = a.span(k, he)
			}
			if got != tc.want {
				t.Errorf("titleHeadNear(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTitleChainEnd(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"single head", "chairman of the club", "chairman"},
		{"heads in a row", "deputy assistant secretary of the navy", "deputy assistant secretary"},
		{"heads joined by and", "president and chief executive of the firm", "president and chief executive"},
		{"and without a head", "president and his aide", "president"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			he := a.titleHeadAt(0)
			if he <= 0 {
				t.Fatalf("%q: no title head at the start", tc.text)
			}
			if got := a.span(0, a.titleChainEnd(he)); got != tc.want {
				t.Errorf("titleChainEnd(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTitleBelongsElsewhere(t *testing.T) {
	tests := []struct {
		name, text, at string
		want           bool
	}{
		{"verb of saying", "the captain said", "said", true},
		{"name", "Essex captain Ned Hollis", "Ned", true},
		{"organisation", "captain of the club", "of", false},
		{"end of text", "captain", "END", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			if got := a.titleBelongsElsewhere(tokenOf(t, a, tc.at)); got != tc.want {
				t.Errorf("titleBelongsElsewhere(%q at %q) = %v, want %v", tc.text, tc.at, got, tc.want)
			}
		})
	}
}

func TestPortfolioPhraseEnd(t *testing.T) {
	tests := []struct {
		name, text, want string // want: the title from its first word
	}{
		{"list of portfolios", "secretary for plans, programs and operations at the ministry", "secretary for plans, programs and operations"},
		{"lower-case portfolio", "director for planning and budget at the ministry", "director for planning and budget"},
		{"capitalized portfolio", "minister of Foreign Affairs said", "minister"},
		{"article after of", "minister of the interior said", "minister"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			if got := a.span(0, a.portfolioPhraseEnd(1)); got != tc.want {
				t.Errorf("portfolioPhraseEnd(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestOrgAfterTitle(t *testing.T) {
	tests := []struct {
		name, text, title, prior, want string // prior: an affiliation set before, as an organisation
	}{
		{"organisation", "Ann Betts, director at Eaglebrook Plastics, spoke.", "director", "", "Eaglebrook Plastics"},
		{"past the and a modifier", "Ann Betts, chairman of the state Republican Party, spoke.", "chairman", "", "Republican Party"},
		{"no preposition", "Ann Betts, director, spoke.", "director", "", ""},
		{"place keeps an organisation before", "Ann Betts, Red Cross chairman for Norway, spoke.", "chairman", "Red Cross", "Red Cross"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analysisOf(t, tc.text)
			c := nameOf(t, a, "Ann Betts")
			if tc.prior != "" {
				c.affil, c.affilOrg = tc.prior, true
			}
			a.orgAfterTitle(c, tokenOf(t, a, tc.title)+1)
			if c.affil != tc.want {
				t.Errorf("%q: affiliation %q, want %q", tc.text, c.affil, tc.want)
			}
		})
	}
}
