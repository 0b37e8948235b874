package amount

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// TestTokens: amount's tokens over the shared ones, written as
// text/kind with "+" for glued and "^" for a line break before.
func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"letters and digits apart", "USD115bn", "USD/W +115/n +bn/w"},
		{"inner separators of a number", "1,234.5 and 3.", "1,234.5/n and/w 3/n +./s"},
		{"initialism keeps its dots", "the U.S. Army", "the/w U.S./W Army/w"},
		{"sentence glued to the next", "said.He", "said/w +./s +He/w"},
		{"apostrophes inside a word", "Korea's won, Korea’s", "Korea's/w won/w +,/s Korea’s/w"},
		{"line breaks", "\n$5\nm", "^$/s +5/n ^m/w"},
		{"no line break before the first", "  $5", "$/s +5/n"},
		{"other scripts", "₩3 한국 ٣", "₩/s +3/n 한국/w ٣/s"},
		{"capitals only", "NATO, Nato, A, É", "NATO/W +,/s Nato/w +,/s A/W +,/s É/W"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var parts []string
			for _, tk := range tokens(tc.in, text.Tokenize(tc.in, nil), nil) {
				p := ""
				if tk.nl {
					p = "^"
				}
				if tk.glued {
					p += "+"
				}
				kind := map[uint8]string{tkWord: "w", tkNum: "n", tkSym: "s"}[tk.kind]
				if tk.upper {
					kind = "W"
				}
				parts = append(parts, fmt.Sprintf("%s%s/%s", p, tc.in[tk.s:tk.e], kind))
			}
			if got := strings.Join(parts, " "); got != tc.want {
				t.Errorf("tokens(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// TestStartWordsLoseNothing: where scan passes over a token, none of the
// rules reads an amount there, on the test articles and on every lexicon
// word written in three casings before a glued and a spaced number, and
// before a glued "$".
func TestStartWordsLoseNothing(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	var words []string
	for _, m := range []map[string]bool{lx.starts, lx.stop, lx.changes, lx.times} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range lx.units {
		words = append(words, w)
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			texts = append(texts, v+"5 and "+v+" 5 and "+v+"$5 and "+v+".5")
		}
	}
	n := skippedReadNothing(t, lx, texts, func(p *parser, i int) bool {
		_, pre := p.prefixCurrency(i)
		return p.toks[i].kind == tkWord && !p.info(i).isNum && !pre
	})
	if n < 100 {
		t.Errorf("only %d words passed over", n)
	}
}

// skippedReadNothing runs the rules at every token of texts that scan
// passes over (mayStart) and fails if one reads an amount there. It
// returns how many of those tokens count counts.
func skippedReadNothing(t *testing.T, lx *lexicon, texts []string, count func(p *parser, i int) bool) int {
	t.Helper()
	skipped := 0
	for _, s := range texts {
		p := newParser(s, text.LowerASCII(s), tokens(s, text.Tokenize(s, nil), nil), lx)
		for i := range p.toks {
			if p.mayStart(i) {
				continue
			}
			if count(p, i) {
				skipped++
			}
			if c, ok := p.moneyAt(i); ok {
				t.Fatalf("money %q at a token passed over", p.text[p.toks[c.s].s:p.toks[c.e-1].e])
			}
			if _, ok := p.percentAt(i); ok {
				t.Fatalf("percent at %q, a token passed over", p.text[p.toks[i].s:])
			}
			if _, ok := p.quantityAt(i); ok {
				t.Fatalf("quantity at %q, a token passed over", p.text[p.toks[i].s:])
			}
		}
	}
	return skipped
}

// TestClassifyMatchesLexicon: the entries classify stores on the tokens
// are what the lexicon's own tables say about each word, on the test
// articles and on the lexicon's words in three casings.
func TestClassifyMatchesLexicon(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	var sb strings.Builder
	var words []string
	for _, m := range []map[string]bool{lx.starts, lx.changes, lx.stop} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range lx.places {
		words = append(words, w)
	}
	for w := range lx.units {
		words = append(words, w)
	}
	for w := range lx.modifiers {
		words = append(words, w)
	}
	for w := range lx.names {
		words = append(words, w)
	}
	for w := range lx.symbols {
		words = append(words, w)
	}
	words = append(words, "u.s.", "U.K.", "h.k", "e.u.")
	for _, w := range words {
		fmt.Fprintf(&sb, "%s 5 %s, %s$5.\n", w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	texts = append(texts, sb.String())
	checked := 0
	for _, s := range texts {
		p := newParser(s, text.LowerASCII(s), tokens(s, text.Tokenize(s, nil), nil), lx)
		for j := -1; j <= len(p.toks); j++ {
			w := p.word(j)
			wantNW, wantNum := lx.numbers[w]
			if gotNW, gotNum := p.numWord(j); gotNW != wantNW || gotNum != wantNum {
				t.Fatalf("token %d %q: numWord %v %v, numbers says %v %v", j, p.raw(j), gotNW, gotNum, wantNW, wantNum)
			}
			if got, want := p.isChange(j), lx.changes[w]; got != want {
				t.Fatalf("token %d %q: isChange %v, changes says %v", j, p.raw(j), got, want)
			}
			if wi := p.info(j); wi.start != lx.starts[w] {
				t.Fatalf("token %d %q: start %v, starts says %v", j, p.raw(j), wi.start, lx.starts[w])
			}
			if j >= 0 && j < len(p.toks) && p.toks[j].dotted != strings.Contains(w, ".") {
				t.Fatalf("token %d %q: dotted %v", j, p.raw(j), p.toks[j].dotted)
			}
			wi := p.info(j)
			_, name := lx.names[w]
			_, place := lx.places[w]
			_, unit := lx.units[w]
			_, mod := lx.modifiers[w]
			_, sym := lx.symbols[w]
			if wi.name != name || wi.place != place || wi.unit != unit || wi.modifier != mod || wi.symbol != sym || wi.stop != lx.stop[w] {
				t.Fatalf("token %d %q: name, place, unit, modifier, symbol, stop %v %v %v %v %v %v; the tables say %v %v %v %v %v %v",
					j, p.raw(j), wi.name, wi.place, wi.unit, wi.modifier, wi.symbol, wi.stop, name, place, unit, mod, sym, lx.stop[w])
			}
			if wantNum || lx.changes[w] {
				checked++
			}
		}
	}
	if checked < len(lx.numbers) {
		t.Errorf("only %d tokens were number words or words of change; the lexicon has %d number words", checked, len(lx.numbers))
	}
}

// TestSplitASCIIPaths: the ASCII shortcuts of split and wordEnd give the
// tokens the rune-by-rune reading gives, on random words of mixed scripts,
// cases, dots, apostrophes and bytes that are not UTF-8.
func TestSplitASCIIPaths(t *testing.T) {
	pieces := []string{"a", "Z", "q", "z", "A", "É", "é", "ß", "Σ", "σ", "ǅ", "한", "'", "’", ".", "-", "5", ",", "\xff", "\xc3", "\u0301"}
	r := rand.New(rand.NewPCG(18, 8))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := r.IntN(10); k >= 0; k-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		for _, tk := range split(s, 0, false, nil) {
			if tk.kind != tkWord {
				continue
			}
			_, size := utf8.DecodeRuneInString(s[tk.s:])
			if want := wordEndRunes(s, tk.s, size); tk.e != want {
				t.Fatalf("%q: word at %d ends at %d, want %d", s, tk.s, tk.e, want)
			}
			if want := strings.Contains(s[tk.s:tk.e], "."); tk.dotted != want {
				t.Fatalf("%q: word %q dotted %v, want %v", s, s[tk.s:tk.e], tk.dotted, want)
			}
			want := true
			for _, r := range s[tk.s:tk.e] {
				if text.IsLetter(r) && !unicode.IsUpper(r) {
					want = false
				}
			}
			if tk.upper != want {
				t.Fatalf("%q: word %q upper %v, want %v", s, s[tk.s:tk.e], tk.upper, want)
			}
		}
	}
}

// wordEndRunes is wordEnd read rune by rune, without its ASCII shortcut.
func wordEndRunes(src string, i, size int) int {
	j := i + size
	dotted := false
	for j < len(src) {
		r2, s2 := utf8.DecodeRuneInString(src[j:])
		if text.IsLetter(r2) {
			j += s2
			continue
		}
		if (r2 == '.' || r2 == '\'' || r2 == '’') && j+s2 < len(src) {
			r3, _ := utf8.DecodeRuneInString(src[j+s2:])
			if text.IsLetter(r3) && (r2 != '.' || isShortAbbrev(src[i:j])) {
				dotted = dotted || r2 == '.'
				j += s2
				continue
			}
		}
		break
	}
	if dotted && j < len(src) && src[j] == '.' {
		j++
	}
	return j
}

// TestNumberMemory: number, which keeps its last readings, answers as
// readNumber does, whatever the order of the questions.
func TestNumberMemory(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(18, 9))
	read := 0
	for _, a := range extracttest.Articles(t) {
		s := a.Text
		p := newParser(s, text.LowerASCII(s), tokens(s, text.Tokenize(s, nil), nil), lx)
		// Every token asked both ways in both orders, then at random.
		for i := range p.toks {
			for _, abbr := range []bool{false, true, true, false} {
				gotN, gotOK := p.number(i, abbr)
				if wantN, wantOK := p.readNumber(i, abbr); gotN != wantN || gotOK != wantOK {
					t.Fatalf("%s token %d (abbr %v): number %+v %v, readNumber %+v %v", a.Name, i, abbr, gotN, gotOK, wantN, wantOK)
				}
			}
		}
		for q := 0; q < 4*len(p.toks); q++ {
			i, abbr := r.IntN(len(p.toks)+1), r.IntN(2) == 0
			if q%3 == 0 && q > 0 {
				i-- // often the same token or its neighbour again
			}
			if i < 0 {
				i = 0
			}
			gotN, gotOK := p.number(i, abbr)
			wantN, wantOK := p.readNumber(i, abbr)
			if gotN != wantN || gotOK != wantOK {
				t.Fatalf("%s token %d (abbr %v): number %+v %v, readNumber %+v %v", a.Name, i, abbr, gotN, gotOK, wantN, wantOK)
			}
			if gotOK {
				read++
			}
		}
	}
	if read == 0 {
		t.Error("no number read in the test articles")
	}
}

// TestTokensASCIIWords: tokens, which reads a run of ASCII letters itself,
// gives what split gives for every run, on the test articles and on
// random texts of words, capitals, dots, digits, symbols and other
// scripts.
func TestTokensASCIIWords(t *testing.T) {
	var texts []string
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	pieces := []string{"word", "Word", "WORD", "a", "I", "z", " ", " ", "\n", "U.S.", "5", "$", ",", "-", "'", "é", "Ω", "\xff",
		".", "(", ")", "\"", "’", "“", "said.", "(Reuters", "U.S", "e.g", "Korea's", "internationally", "KILOMETRES"}
	r := rand.New(rand.NewPCG(18, 10))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := r.IntN(30); k >= 0; k-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		ts := text.Tokenize(s, nil)
		got := tokens(s, ts, nil)
		var want []token
		for k := 0; k < len(ts); {
			m := k + 1
			for m < len(ts) && !ts[m].Space {
				m++
			}
			nl := ts[k].LineStart && (k > 0 || strings.IndexByte(s[:ts[k].Start], '\n') >= 0)
			want = split(s[:ts[m-1].End], ts[k].Start, nl, want)
			k = m
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %+v\nwant %+v", s, got, want)
		}
	}
}

// TestLexiconWords: the table classify reads finds every word of the
// lexicon at an entry of its own, whose rows are the tables' (the table
// itself is tested in extract/text).
func TestLexiconWords(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// The words of the tables that wordInfos joins, each at its own
	// entry.
	want := map[string]int32{}
	seen := map[int32]string{}
	add := func(w string) {
		if _, ok := want[w]; ok {
			return
		}
		e := lx.words.Get(w)
		if e <= 0 || int(e) >= len(lx.entries) {
			t.Fatalf("lookup(%q) = %d, not an entry", w, e)
		}
		if o, ok := seen[e]; ok {
			t.Fatalf("%q and %q share entry %d", w, o, e)
		}
		want[w], seen[e] = e, w
	}
	for _, m := range []map[string]bool{lx.starts, lx.changes, lx.stop} {
		for w := range m {
			add(w)
		}
	}
	for w := range lx.numbers {
		add(w)
	}
	for w := range lx.names {
		add(w)
	}
	for w := range lx.places {
		add(w)
	}
	for w := range lx.units {
		add(w)
	}
	for w := range lx.modifiers {
		add(w)
	}
	for w := range lx.symbols {
		add(w)
	}
	if len(want) != len(lx.entries)-1 {
		t.Fatalf("%d words for %d entries", len(want), len(lx.entries)-1)
	}
	if _, ok := want[""]; ok {
		t.Fatalf("the empty word is in the table")
	}
	for w, e := range want {
		nw := lx.near[e]
		wi := lx.entries[e]
		_, sym := lx.symbols[w]
		if !reflect.DeepEqual(nw.names, lx.names[w]) || !reflect.DeepEqual(nw.places, lx.places[w]) ||
			!reflect.DeepEqual(nw.units, lx.units[w]) || !reflect.DeepEqual(nw.modifiers, lx.modifiers[w]) ||
			nw.symbol != lx.symbols[w] || wi.symbol != sym {
			t.Fatalf("%q: near %+v, the tables say otherwise", w, nw)
		}
	}
	if !reflect.DeepEqual(lx.near[0], nearWord{}) {
		t.Fatalf("the empty entry has rows: %+v", lx.near[0])
	}
	if n := len(want); n < 1000 {
		t.Errorf("only %d words in the table", n)
	}
}

// TestReadTokensClassifies: the entries readTokens stores while it reads
// the words are those classify looks up afterwards, and the tokens are
// the same, on the test articles, the TimeML texts when they are there,
// and words of mixed scripts and cases.
func TestReadTokensClassifies(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"U.S. dollars, Über-Preis 5 Mio. EUR; ÉTÉ a an A AN Million MILLIONS thousands.",
		"abcdefg abcdefgh ABCDEFG abcdef\u00e9 x"}
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	check := func(t *testing.T, texts []string) {
		for _, s := range texts {
			lower := text.LowerASCII(s)
			ts := text.Tokenize(s, nil)
			want := newParser(s, lower, tokens(s, ts, nil), lx).toks
			got := readTokens(s, lower, ts, nil, lx.words)
			if !slices.Equal(got, want) {
				t.Fatalf("readTokens differs from tokens and classify on %.60q", s)
			}
		}
	}
	check(t, texts)
	t.Run("timeml", func(t *testing.T) { check(t, extracttest.TimeMLTexts(t)) })
}

// TestRangeWordMemory: rangeWord, which keeps its last answer, answers as
// readRangeWord does, asked in text order, backwards and twice.
func TestRangeWordMemory(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"rose from $5 to $7, between 5 and 7 percent; fell by 3 to 41,600 rupees, rose about 5%"}
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	for _, s := range texts {
		p := newParser(s, text.LowerASCII(s), tokens(s, text.Tokenize(s, nil), nil), lx)
		n := len(p.toks)
		for k := 0; k < 3*n; k++ {
			j := k % n
			if k >= n && k < 2*n {
				j = n - 1 - j
			}
			if got, want := p.rangeWord(j), p.readRangeWord(j); got != want {
				t.Fatalf("token %d %q: rangeWord %q, readRangeWord %q", j, p.raw(j), got, want)
			}
		}
	}
}

// TestArticleAlone: where scan passes over an article as one no rule can
// read, none of the rules reads an amount there, on the test articles,
// the TimeML texts when they are there, and articles before every kind of
// word, symbol and number.
func TestArticleAlone(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	nexts := []string{"dollar", "Hong Kong dollars", "u.s. dollars", "million", "m", "bn", "-billion", "$5", "$ 5",
		"5", "percent", "%", "half", "quarter", "dozen", "thousand troops", "euro", "yen", "W", "USD", "usd",
		"A$", "a$", "rs.", "Rs. 5", "Canadian dollar", "pound", "cent", "-", "—", "(", ".", ",", "\n", "\nmillion dollars"}
	for _, a := range []string{"a", "an", "A", "AN", "An"} {
		for _, n := range nexts {
			fmt.Fprintf(&sb, "%s %s; (%s %s) ", a, n, a, strings.ToUpper(n))
		}
		sb.WriteString("\n")
	}
	texts := []string{sb.String()}
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	check := func(t *testing.T, texts []string) int {
		return skippedReadNothing(t, lx, texts, (*parser).articleAlone)
	}
	if n := check(t, texts); n < 100 {
		t.Errorf("only %d articles passed over", n)
	}
	t.Run("timeml", func(t *testing.T) { check(t, extracttest.TimeMLTexts(t)) })
}

// TestKeyWithoutBuilding: keyIs and keyEntry, which do not build a
// dotted word's key, agree with key, on the test articles and on dotted
// words of every length.
func TestKeyWithoutBuilding(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"U.S. dollars, u.s. u.s u.n. N.Y. H.K. dollars, the U.S.-based firm; e.u. a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z. No. 5 no 5 number 5 NUMBER 5 n.o. 5 nu.mber"}
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	checked := 0
	for _, s := range texts {
		p := newParser(s, text.LowerASCII(s), tokens(s, text.Tokenize(s, nil), nil), lx)
		for j := -1; j <= len(p.toks); j++ {
			k := p.key(j)
			ws := []string{"", k, k + "s", "us", "no", "number", "hong", "u.s.", "u.s"}
			if len(k) > 1 {
				ws = append(ws, k[:len(k)-1], k[1:])
			}
			for _, w := range ws {
				if got := p.keyIs(j, w); got != (k == w) {
					t.Fatalf("token %d %q: keyIs(%q) = %v, key is %q", j, p.raw(j), w, got, k)
				}
			}
			if p.word(j) == "" {
				continue
			}
			if got, want := p.keyEntry(j), lx.words.Get(k); got != want {
				t.Fatalf("token %d %q: keyEntry %d, lookup(%q) %d", j, p.raw(j), got, k, want)
			}
			if p.toks[j].dotted {
				checked++
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d dotted words", checked)
	}
}

// TestNumberAhead: where scan passes over a token that is no number and
// has no number close after it, none of the rules reads an amount there,
// on the test articles, the TimeML texts when they are there, and every
// currency name and symbol before a number at one to six tokens' reach.
func TestNumberAhead(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var heads []string
	for w, ps := range lx.names {
		for _, ph := range ps {
			heads = append(heads, strings.TrimSpace(w+" "+strings.Join(ph.words, " ")))
		}
	}
	for w := range lx.symbols {
		heads = append(heads, w)
	}
	heads = append(heads, "US $", "$US", "Rs.", "Rs .", "u.s. dollars", "W", "USD", "musd")
	for _, h := range heads {
		for gap := 0; gap <= 5; gap++ {
			fmt.Fprintf(&sb, "%s%s 5 million; %s%s5.\n", h, strings.Repeat(" the", gap), h, strings.Repeat(" of", gap))
		}
	}
	texts := []string{sb.String()}
	for _, a := range extracttest.Articles(t) {
		texts = append(texts, a.Text)
	}
	check := func(t *testing.T, texts []string) int {
		return skippedReadNothing(t, lx, texts, func(p *parser, i int) bool { return !p.numberish(i) && !p.numberAhead(i) })
	}
	if n := check(t, texts); n < 100 {
		t.Errorf("only %d tokens passed over", n)
	}
	t.Run("timeml", func(t *testing.T) { check(t, extracttest.TimeMLTexts(t)) })
}

// asciiWordByBytes is asciiWord read a byte at a time, as it was before
// it read eight: the reference TestASCIIWord holds it to.
func asciiWordByBytes(src string, s, e int, nl bool) (t token, packed uint64, ok bool) {
	w := src[s:e]
	var v uint64
	var all byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if lc := c | 0x20; lc-'a' > 'z'-'a' {
			return token{}, 0, false
		}
		all |= c
		v |= uint64(c|0x20) << (8 * uint(i) & 63)
	}
	if len(w) <= text.MaxPacked {
		packed = v | uint64(len(w))<<56
	}
	return token{s: s, e: e, kind: tkWord, nl: nl, upper: all&0x20 == 0}, packed, e > s
}

// TestASCIIWord: asciiWord agrees with asciiWordByBytes on every span of
// texts holding each byte value at every place of words of 0 to 20 bytes,
// at the end of the text and before more of it, and on every token of the
// test articles and the TimeML texts.
func TestASCIIWord(t *testing.T) {
	same := func(src string, s, e int) {
		t.Helper()
		gp, gu, gok := asciiWord(src, s, e)
		wt, wp, wok := asciiWordByBytes(src, s, e, false)
		if gok != wok || gok && (gu != wt.upper || gp != wp) {
			t.Fatalf("%q [%d:%d]: asciiWord %#x %v %v, byte by byte %#x %v %v", src, s, e, gp, gu, gok, wp, wt.upper, wok)
		}
	}
	words := []string{"", "a", "Z", "ab", "USD", "dollars", "Dollars", "DOLLARS", "millions", "thousands", "kilometres",
		"internationalization", "aZ@[`{", "m\u00e9tro", "caf\u00e9"}
	for n := 0; n <= 20; n++ {
		base := strings.Repeat("Ab", n)[:n]
		words = append(words, base, strings.ToUpper(base), strings.ToLower(base))
		for i := 0; i < n; i++ {
			for c := 0; c < 256; c++ {
				words = append(words, base[:i]+string([]byte{byte(c)})+base[i+1:])
			}
		}
	}
	for _, w := range words {
		for _, tail := range []string{"", " x", "5", "\xff\xff\xff\xff\xff\xff\xff\xff"} {
			for _, head := range []string{"", "12345678 "} {
				src := head + w + tail
				same(src, len(head), len(head)+len(w))
			}
		}
	}
	tokens := func(texts []string) {
		for _, s := range texts {
			for _, tk := range text.Tokenize(s, nil) {
				same(s, tk.Start, tk.End)
			}
		}
	}
	for _, a := range extracttest.Articles(t) {
		tokens([]string{a.Text})
	}
	t.Run("timeml", func(t *testing.T) { tokens(extracttest.TimeMLTexts(t)) })
}
