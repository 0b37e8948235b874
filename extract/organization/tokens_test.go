package organization

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/text"
)

// TestTokens checks how the shared tokens are joined again into the
// rules' tokens: each case lists the tokens as "text/kind" (w word, n
// number, p possessive, . punctuation) with "^" before a word in capitals.
func TestTokens(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"hyphen and apostrophe inside a word", "Coca-Cola and O'Neill", "Coca-Cola/w and/w O'Neill/w"},
		{"dotted abbreviation keeps its final period", "the U.S. Senate", "the/w ^U.S./w Senate/w"},
		{"company abbreviation keeps its period", "Acme Corp. said", "Acme/w Corp./w said/w"},
		{"sentence period is punctuation", "Acme rose.", "Acme/w rose/w ./."},
		{"ampersand between capitals", "AT&T and Procter & Gamble", "^AT&T/w and/w Procter/w &/. Gamble/w"},
		{"ampersand after a lower-case letter", "R&d", "R/w &/. d/w"},
		{"possessive s", "Toyota's chief", "Toyota/w 's/p chief/w"},
		{"curly possessive", "Toyota’s chief", "Toyota/w ’s/p chief/w"},
		{"plural possessive", "the Orioles' loss", "the/w Orioles/w '/p loss/w"},
		{"possessive after a line break is not one", "a\n's", "a/w '/. s/w"},
		{"number with separators", "1,234.5 and 3-1 at 10:30", "1,234.5/n and/w 3-1/n at/w 10:30/n"},
		{"number before a word stays apart", "a 12-year-old", "a/w 12/n -/. year-old/w"},
		{"leading decimal point after a space", "averaging .556", "averaging/w .556/n"},
		{"digits then letters are one number", "3M and 1990s", "3M/n and/w 1990s/n"},
		{"accented letters join", "Société Générale", "Société/w Générale/w"},
		{"quotes are punctuation", `"Bellona" members`, `"/. Bellona/w "/. members/w`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokensOf(c.in, text.Tokenize(c.in, nil), nil)
			var got []string
			for _, tk := range toks {
				s := c.in[tk.start:tk.end] + "/" + string("wnp."[tk.kind])
				if tk.caps {
					s = "^" + s
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("tokens of %q:\n got %s\nwant %s", c.in, g, c.want)
			}
		})
	}
}

// TestTokenFlags checks the case and line marks the rules read.
func TestTokenFlags(t *testing.T) {
	in := "WORLD BANK CUTS FORECAST\nThe Bank said"
	toks := tokensOf(in, text.Tokenize(in, nil), nil)
	markLines(toks, []int{0, strings.Index(in, "The")})
	for i, tk := range toks {
		w := in[tk.start:tk.end]
		headline := i < 4
		if tk.capsLine != headline {
			t.Errorf("%q: capsLine %v, want %v", w, tk.capsLine, headline)
		}
		if tk.sentStart != (i == 0 || i == 4) {
			t.Errorf("%q: sentStart %v", w, tk.sentStart)
		}
		if tk.nl != (i == 0 || i == 4) {
			t.Errorf("%q: nl %v", w, tk.nl)
		}
	}
	if tk := toks[5]; !tk.upper || tk.caps || !tk.lower || !tk.ascii {
		t.Errorf("Bank: flags %+v", tk)
	}
}
