package date

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	ltext "github.com/eventwire/eventwire/extract/text"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // each token's low, kind and span as low/kind@start
	}{
		{"letters apart from digits", "at 5pm", "at/a@0 5/d@3 pm/a@4"},
		{"capitals lower-cased", "Dec. 31", "dec/a@0 ./p@3 31/d@5"},
		{"typographic quote and dash folded", "New Year\u2019s 1990\u20131995", "new/a@0 year/a@4 '/p@8 s/a@11 1990/d@13 -/p@17 1995/d@20"},
		{"no-break space is a space", "12\u00a0p.m.", "12/d@0 p/a@4 ./p@5 m/a@6 ./p@7"},
		{"non-ASCII run is one word", "caf\u00e9 2019\u5e74", "caf/a@0 \u00e9/a@3 2019/d@6 \u5e74/a@10"},
		{"non-ASCII white space inside a run", "\u00e9\u3000\u00fc May", "\u00e9\u3000\u00fc/a@0 may/a@8"},
		{"ideographic space alone is a word", "May\u30005", "may/a@0 \u3000/a@3 5/d@6"},
		{"form feed is white space", "May\f5", "may/a@0 5/d@4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, shared := range [][]ltext.Token{nil, ltext.Tokenize(tc.text, nil)} {
				var got []string
				for _, tok := range tokenize(tc.text, ltext.LowerASCII(tc.text), shared, nil, nil) {
					got = append(got, tok.low+"/"+string(tok.kind)+"@"+itoa(tok.start))
					if tok.low != ltext.LowerASCII(tc.text[tok.start:tok.end]) && tok.kind != kPunct {
						t.Errorf("%q: token %q at %d has low %q", tc.text, tc.text[tok.start:tok.end], tok.start, tok.low)
					}
				}
				if g := strings.Join(got, " "); g != tc.want {
					t.Errorf("tokenize(%q) = %s; want %s", tc.text, g, tc.want)
				}
			}
		})
	}
}

// TestTokenizeASCII: on a text of ASCII characters, tokenize reads the
// text straight through; that must give the tokens the walk over the
// shared tokens gives, membership included.
func TestTokenizeASCII(t *testing.T) {
	lx, texts := tokenTexts(t)
	texts = append(texts, "", " ", "a", "5", ".", "\f\v\x00\x7f", "snake_case x_1 _5_ 5pm", "Dec.31,2019--10:30am\r\n\tU.S.-based ('90s) O'Neil's",
		"3.5% $1,000 A320 rock'n'roll e-mail #7 a/b\\c {x} [y] <z> ~`!@^&*=+|?;", "  trailing space \n\n")
	n := 0
	for _, text := range texts {
		if ltext.IsASCII(text) {
			n++
			checkStraight(t, lx, text)
		}
	}
	if n < 5 {
		t.Errorf("only %d ASCII texts", n)
	}
}

// tokenTexts returns the lexicon and the texts of the golden inputs and
// the benchmark article.
func tokenTexts(t *testing.T) (*lexicon, []string) {
	lx, err := New().lexicon()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range append(files, filepath.Join("testdata", "article.txt")) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return lx, texts
}

// checkStraight checks that tokenize, given the shared tokens or not,
// agrees with tokenizeShared on text.
func checkStraight(t *testing.T, lx *lexicon, text string) {
	t.Helper()
	low, shared := ltext.LowerASCII(text), ltext.Tokenize(text, nil)
	want := tokenizeShared(text, low, shared, nil, lx.words)
	if got := tokenize(text, low, shared, nil, lx.words); !slices.Equal(got, want) {
		t.Fatalf("%.40q: straight through %d tokens, by the shared ones %d, or they differ", text, len(got), len(want))
	}
	if got := tokenize(text, low, nil, nil, lx.words); !slices.Equal(got, want) {
		t.Fatalf("%.40q: without shared tokens the tokens differ", text)
	}
}

// tokenizeShared is tokenize by the shared tokens: it reads inside each
// of them, and between them where the text is not ASCII (shared nil:
// src's tokens). It is the reference that reading straight through must
// agree with.
func tokenizeShared(src, low string, shared []ltext.Token, buf []token, words *ltext.WordTable[tableBit]) []token {
	if shared == nil {
		shared = ltext.Tokenize(src, nil)
	}
	r := reader{src: src, low: low, toks: buf[:0], words: words}
	pos := 0 // src[:pos] is read
	for k := range shared {
		st := &shared[k]
		if st.End <= pos {
			continue // inside a run of non-ASCII characters read already
		}
		if pos < st.Start && !ltext.IsASCII(src[pos:st.Start]) {
			pos = r.read(pos, st.Start)
		}
		pos = r.read(max(pos, st.Start), st.End)
	}
	if pos < len(src) && !ltext.IsASCII(src[pos:]) {
		r.read(pos, len(src))
	}
	return r.toks
}

// TestTokenizeStraight: on a text of any script, reading it straight
// through gives the tokens that reading by the shared tokens gives: the
// golden texts, short texts with a character that is not ASCII (white
// space of other scripts, typographic punctuation, letters, a broken
// UTF-8 byte) put at each position, and random strings of such pieces.
func TestTokenizeStraight(t *testing.T) {
	lx, texts := tokenTexts(t)
	others := []string{"\u00e9", "\u00a0", "\u2009", "\u2019", "\u2013", "\u3000", "\u2028", "\u0085", "\u2005", "\u0301", "\u5e74", "\xff", "\xe2\x80", "\u00e9\u3000\u00fc", "\u00e9 "}
	for _, s := range []string{"On Dec. 31, 2019 at 5pm", "U.S.-based ('90s) O'Neil's\tnext \f week", "1990-1995 ab12cd\r\n"} {
		for _, c := range others {
			for i := range len(s) + 1 {
				texts = append(texts, s[:i]+c+s[i:], s[:i]+c+s[i:]+c)
			}
		}
	}
	pieces := append(others, "a", "Z", "may", "5", "12", " ", "\t", "\n", "\r", "\f", "\v", "\x00", "\x1c", ".", "'", "\u2018", "\u201c", "\u2026", "\u00b4", "\u2032", "\u202f", "\u2002", "\u2003", "\u2029", "\u1680", "\u0416", "\U0001F600")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	n := 0
	for _, text := range texts {
		if !ltext.IsASCII(text) {
			n++
			checkStraight(t, lx, text)
		}
	}
	if n < 10000 {
		t.Errorf("only %d texts that are not ASCII", n)
	}
}

// TestLetters: letters, which tests eight bytes at once, agrees with a
// loop over the bytes at every letter of texts with runs of every length
// up to 20, bytes just outside 'a'-'z' and non-ASCII bytes whose low seven
// bits are a letter's; and a word it packs has the word's membership.
func TestLetters(t *testing.T) {
	lx, err := New().lexicon()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, sep := range []string{" ", "`", "{", "A", "Z", "@", "[", "0", "\x80", "\xe1", "\xfb", "\xff"} {
		var b strings.Builder
		for n := 1; n <= 20; n++ {
			b.WriteString(strings.Repeat("z", n/2) + strings.Repeat("a", n-n/2) + sep)
		}
		texts = append(texts, b.String())
	}
	var keys []string
	for w := range lx.member {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	texts = append(texts, strings.Join(keys, " "), strings.Join(keys, "-")+"x")
	packed := 0
	for _, low := range texts {
		for i := 0; i < len(low); i++ {
			if low[i]-'a' >= 26 {
				continue
			}
			want := i + 1
			for want < len(low) && low[want]-'a' < 26 {
				want++
			}
			j, p := letters(low, i)
			if j != want {
				t.Fatalf("letters(%.30q, %d) ends at %d; want %d", low, i, j, want)
			}
			if p == 0 {
				if j-i <= ltext.MaxPacked && i+8 <= len(low) {
					t.Errorf("letters(%.30q, %d): %q not packed", low, i, low[i:j])
				}
				continue
			}
			packed++
			var ref uint64
			for k := i; k < j; k++ {
				ref |= uint64(low[k]) << (8 * (k - i))
			}
			if ref |= uint64(j-i) << 56; p != ref {
				t.Fatalf("letters(%.30q, %d) packs %q as %#x; want %#x", low, i, low[i:j], p, ref)
			}
			if got, want := lx.words.GetPacked(p), lx.member[low[i:j]]; got != want {
				t.Errorf("%q packed: membership %b; want %b", low[i:j], got, want)
			}
		}
	}
	if packed < 1000 {
		t.Errorf("only %d words packed", packed)
	}
}
