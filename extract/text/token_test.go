package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// marks renders tokens as "text" plus one letter a mark: W word, S space
// before, L line start, U upper, C caps, N number, M line mixed, A abbrev.
func marks(s string, toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[t.Start:t.End])
		b.WriteByte('/')
		for _, m := range []struct {
			on bool
			c  byte
		}{{t.Word, 'W'}, {t.Space, 'S'}, {t.LineStart, 'L'}, {t.Upper, 'U'}, {t.Caps, 'C'}, {t.Number, 'N'}, {t.LineMixed, 'M'}, {t.Abbrev, 'A'}} {
			if m.on {
				b.WriteByte(m.c)
			}
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"words and punctuation", "Kim met Lee.", "Kim/WSLUM met/WSM Lee/WSUM ./M"},
		{"glued punctuation has no space", "(AP)", "(/SL AP/WUC )/"},
		{"number", "paid 960 billion", "paid/WSLM 960/WSNM billion/WSM"},
		{"letters and digits one word", "A1 road", "A1/WSLUM road/WSM"},
		{"line start after break", "one\ntwo", "one/WSLM two/WSLM"},
		{"headline line is not mixed", "SEOUL TALKS\nthe end", "SEOUL/WSLUC TALKS/WSUC the/WSLM end/WSM"},
		{"title abbreviation", "Mr. Kim", "Mr/WSLUMA ./M Kim/WSUM"},
		{"month abbreviation", "Dec. 12", "Dec/WSLUMA ./M 12/WSNM"},
		{"dotted acronym", "the U.S. side", "the/WSLM U/WSUMA ./M S/WUMA ./M side/WSM"},
		{"sentence end is no abbreviation", "talks ended. Then", "talks/WSLM ended/WSM ./M Then/WSUM"},
		{"uncased scripts count as capitals", "서울 회담", "서울/WSLC 회담/WSC"},
		{"curly apostrophe splits", "Korea’s", "Korea/WSLUM ’/M s/WM"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := marks(tc.text, Tokenize(tc.text, nil)); got != tc.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestSentenceTokens(t *testing.T) {
	s := "Talks began. Kim left on Monday.\nNo deal."
	toks := Tokenize(s, nil)
	var got []string
	for _, sent := range Sentences(s) {
		var words []string
		for _, tk := range SentenceTokens(toks, sent) {
			words = append(words, s[tk.Start:tk.End])
		}
		got = append(got, strings.Join(words, " "))
	}
	want := []string{"Talks began .", "Kim left on Monday .", "No deal ."}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tokens by sentence = %q, want %q", got, want)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"SEOUL, Dec. 12 (Yonhap) -- Mr. Kim paid 9.6 billion won.", "Zaïre’s U.S.-led\n\tA1", "서울 — 회담", "", "\xff\xfe a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		toks := Tokenize(s, nil)
		idx := NewRuneIndex(s)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("Tokenize(%q): token %+v out of order or outside the text", s, tk)
			}
			if !utf8.ValidString(s[tk.Start:tk.End]) {
				t.Fatalf("Tokenize(%q): token %+v splits a character", s, tk)
			}
			if tk.CStart != idx.Rune(tk.Start) || tk.CEnd != idx.Rune(tk.End) {
				t.Fatalf("Tokenize(%q): token %+v code points, want %d:%d", s, tk, idx.Rune(tk.Start), idx.Rune(tk.End))
			}
			if strings.TrimSpace(s[prev:tk.Start]) != "" && tk.Start > prev {
				t.Fatalf("Tokenize(%q): text %q between tokens is not white space", s, s[prev:tk.Start])
			}
			prev = tk.End
		}
		if again := Tokenize(s, nil); fmt.Sprint(again) != fmt.Sprint(toks) {
			t.Fatalf("Tokenize(%q) differs on a second run", s)
		}
	})
}

func TestLowerASCII(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{name: "empty", in: "", want: ""},
		{name: "already_lower", in: "on dec. 31", want: "on dec. 31"},
		{name: "capitals", in: "On Dec. 31, THE Year", want: "on dec. 31, the year"},
		{name: "other_scripts_unchanged", in: "São Paulo İstanbul ÀB", want: "são paulo İstanbul Àb"},
		{name: "ends_with_capital", in: "a B", want: "a b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LowerASCII(tc.in); got != tc.want {
				t.Errorf("LowerASCII(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}
