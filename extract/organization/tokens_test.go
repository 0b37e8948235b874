package organization

import (
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
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
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	toks := newAnalysis(lx, g, &extract.Doc{Text: in, Sentences: extract.Sentences(in)}).toks
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

// markLines is how the line and sentence marks were set before reset did
// it in its pass over the tokens: TestLineMarks holds reset to it.
func markLines(toks []token, sentStarts []int) {
	for i := 0; i < len(toks); {
		j, mixed := i, false
		for ; j < len(toks) && (j == i || !toks[j].nl); j++ {
			t := toks[j]
			if t.kind == tWord && !t.caps && (!t.upper || t.end-t.start > 1) && t.lower {
				mixed = true
			}
		}
		first := true
		for k := i; k < j; k++ {
			toks[k].capsLine = !mixed
			if first && (toks[k].kind == tWord || toks[k].kind == tNum) {
				toks[k].sentStart = true
				first = false
			}
		}
		i = j
	}
	k := 0
	for _, s := range sentStarts {
		for k < len(toks) && toks[k].start < s {
			k++
		}
		for j := k; j < len(toks); j++ {
			if toks[j].kind == tWord || toks[j].kind == tNum {
				toks[j].sentStart = true
				break
			}
			if toks[j].kind != tPunct {
				break
			}
		}
	}
}

// TestLineMarks: reset marks lines and sentence starts as markLines does,
// over texts with headlines, tables, blank lines and dates.
func TestLineMarks(t *testing.T) {
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range []string{"testdata/golden_wire.txt", "testdata/golden_sports.txt", "testdata/golden_results.txt", "../standard/testdata/article.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	texts = append(texts, "", "\n", "A", "ACME CORP\n\nSAID\nnothing", "  x.\nY Z\n")
	lines := 0
	for _, in := range texts {
		d := &extract.Doc{Text: in, Sentences: extract.Sentences(in)}
		want := tokensOf(in, text.Tokenize(in, nil), nil)
		var starts []int
		for _, s := range d.Sentences {
			starts = append(starts, s.Start)
		}
		markLines(want, starts)
		a := newAnalysis(lx, g, d)
		if len(a.toks) != len(want) {
			t.Fatalf("%d tokens, want %d", len(a.toks), len(want))
		}
		for k := range want {
			got, w := a.toks[k], want[k]
			if got.capsLine != w.capsLine || got.sentStart != w.sentStart {
				t.Errorf("token %d %q: capsLine %v sentStart %v, want %v %v", k, in[w.start:w.end], got.capsLine, got.sentStart, w.capsLine, w.sentStart)
			}
			if w.capsLine && w.kind == tWord {
				lines++
			}
		}
	}
	if lines == 0 {
		t.Error("no word on a line of capitals")
	}
}

// TestWordCase: the ASCII loop of wordCase reads a word as the rune loop
// does, on random words of letters, digits, marks and accented letters.
func TestWordCase(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "z", "A", "Z", "m", "Q", "0", "9", "-", ".", "'", "&", "é", "É", "ß", "Ж", "ж", "中"}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		w := b.String()
		u1, c1, l1, a1 := wordCase(w)
		u2, c2, l2, a2 := wordCaseRunes(w)
		if u1 != u2 || c1 != c2 || l1 != l2 || a1 != a2 {
			t.Fatalf("wordCase(%q) = %v %v %v %v, runes say %v %v %v %v", w, u1, c1, l1, a1, u2, c2, l2, a2)
		}
	}
}

// TestASCIIWordCase: for a word that is one shared token of ASCII letters
// and digits, asciiWordCase reads what wordCase reads, on random words.
func TestASCIIWordCase(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const letters = "abcxyzABCXYZ"
	const alnum = letters + "0123456789"
	seen := map[[4]bool]bool{}
	for range 20000 {
		b := []byte{letters[rng.IntN(len(letters))]}
		for range rng.IntN(6) {
			b = append(b, alnum[rng.IntN(len(alnum))])
		}
		w := string(b)
		ts := text.Tokenize(w, nil)
		if len(ts) != 1 {
			t.Fatalf("%q: %d shared tokens", w, len(ts))
		}
		u1, c1, l1, a1 := asciiWordCase(w, &ts[0])
		u2, c2, l2, a2 := wordCase(w)
		if u1 != u2 || c1 != c2 || l1 != l2 || a1 != a2 {
			t.Fatalf("asciiWordCase(%q) = %v %v %v %v, wordCase says %v %v %v %v", w, u1, c1, l1, a1, u2, c2, l2, a2)
		}
		seen[[4]bool{u1, c1, l1, a1}] = true
	}
	if len(seen) < 4 {
		t.Errorf("only %d kinds of word seen", len(seen))
	}
}

// TestTokenAfter: the bisection of tokenAfter finds what sort.Search finds,
// at every byte offset of a text and past its end.
func TestTokenAfter(t *testing.T) {
	in := "The U.S. Federal Reserve, on Tuesday, said 3M's 1,234.5 shares rose.\n\nAT&T  (NYSE) fell."
	for _, toks := range [][]token{nil, tokensOf(in, text.Tokenize(in, nil), nil)} {
		a := &analysis{toks: toks}
		for b := -1; b <= len(in)+1; b++ {
			want := sort.Search(len(toks), func(i int) bool { return toks[i].start >= b })
			if got := a.tokenAfter(b); got != want {
				t.Errorf("tokenAfter(%d) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestJoinerShortcut: a word that no joiner mark follows ends where its
// shared token ends, as wordEnd says, so tokensOf may skip wordEnd for it.
func TestJoinerShortcut(t *testing.T) {
	ins := []string{"Coca-Cola, O'Neill & AT&T’s R&d: the U.S. Corp. 3M's Société’s x-ray a.k.a. Mr.", "abc— déf·ghi ß'x"}
	for _, f := range []string{"testdata/golden_wire.txt", "testdata/golden_sports.txt", "../standard/testdata/article.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, string(raw))
	}
	short, long := 0, 0
	for _, in := range ins {
		ts := text.Tokenize(in, nil)
		for k := range ts {
			if !ts[k].Word {
				continue
			}
			if glued(ts, k+1) && joiner(in[ts[k+1].Start]) {
				long++
				continue
			}
			short++
			if end, next := wordEnd(in, ts, k); end != ts[k].End || next != k+1 {
				t.Errorf("%q: wordEnd = %d, %d; the shortcut says %d, %d", in[ts[k].Start:end], end, next, ts[k].End, k+1)
			}
		}
	}
	if short == 0 || long == 0 {
		t.Errorf("shortcut taken %d times, not %d times", short, long)
	}
}

// TestFixtureWord: fixtureWord's quick test on the first byte and length
// lets every fixture word through, and the switch still rules out near
// misses.
func TestFixtureWord(t *testing.T) {
	for _, w := range []string{"v", "vs", "vs.", "versus", "at"} {
		if !fixtureWord(w) {
			t.Errorf("fixtureWord(%q) = false", w)
		}
	}
	for _, w := range []string{"", "a", "an", "as", "ate", "att", "v.", "versu", "very", "at.", "At", "V"} {
		if fixtureWord(w) {
			t.Errorf("fixtureWord(%q) = true", w)
		}
	}
}
