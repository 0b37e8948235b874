package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two plain", "The talks began. They ended.", []string{"The talks began.", "They ended."}},
		{"month abbreviation", "It expires on Dec. 31 this year. Officials said so.", []string{"It expires on Dec. 31 this year.", "Officials said so."}},
		{"month abbreviation ends sentence", "The deal runs until Sept. The talks resume then.", []string{"The deal runs until Sept.", "The talks resume then."}},
		{"country abbreviation", "The U.S. Army said it. Then it left.", []string{"The U.S. Army said it.", "Then it left."}},
		{"country abbreviation ends sentence", "Troops are stationed in the U.S. The talks go on.", []string{"Troops are stationed in the U.S.", "The talks go on."}},
		{"country abbreviation before name", "The U.S. State Department said so. He agreed.", []string{"The U.S. State Department said so.", "He agreed."}},
		{"initial", "Miriam O. Hale spoke. He left.", []string{"Miriam O. Hale spoke.", "He left."}},
		{"two initials", "J. R. R. Tolkien wrote it. It sold.", []string{"J. R. R. Tolkien wrote it.", "It sold."}},
		{"closing quote", `"We agree," he said. "Good." She nodded.`, []string{`"We agree," he said.`, `"Good."`, "She nodded."}},
		{"curly quotes", "“We agree,” he said. “Good.” She nodded.", []string{"“We agree,” he said.", "“Good.”", "She nodded."}},
		{"question in quote", `"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		{"line breaks", "First line\n\nSecond line.", []string{"First line", "Second line."}},
		{"headline then body", "Korea, US open talks\nSouth Korea and the US began talks.", []string{"Korea, US open talks", "South Korea and the US began talks."}},
		{"hard wrapped", "The two sides began\ntalks on Wednesday. They met.", []string{"The two sides began\ntalks on Wednesday.", "They met."}},
		{"lower case after period", "It cost 3.5 million won. e.g. this.", []string{"It cost 3.5 million won. e.g. this."}},
		{"decimal", "Growth was 2.7 percent. Prices rose 1.5 percent.", []string{"Growth was 2.7 percent.", "Prices rose 1.5 percent."}},
		{"title abbreviation", "Mr. Kim met Gen. Lee. They talked.", []string{"Mr. Kim met Gen. Lee.", "They talked."}},
		{"title before starter word", "Dr. Who is a show. It ran.", []string{"Dr. Who is a show.", "It ran."}},
		{"number abbreviation", "He is the No. 2 official. He spoke.", []string{"He is the No. 2 official.", "He spoke."}},
		{"yonhap dateline", "SEOUL, Dec. 12 (Yonhap) -- South Korea and the U.S. began talks. They end Thursday.", []string{"SEOUL, Dec. 12 (Yonhap) -- South Korea and the U.S. began talks.", "They end Thursday."}},
		{"state dateline", "PORTLAND, Ore. (AP) — Rain fell. Roads closed.", []string{"PORTLAND, Ore. (AP) — Rain fell.", "Roads closed."}},
		{"dotted dateline", "WASHINGTON, D.C. (AP) — The Senate voted. It passed.", []string{"WASHINGTON, D.C. (AP) — The Senate voted.", "It passed."}},
		{"saint dateline", "ST. LOUIS (AP) — Police said. Nobody was hurt.", []string{"ST. LOUIS (AP) — Police said.", "Nobody was hurt."}},
		{"ellipsis lower", "He said the talks ... were over. Then he left.", []string{"He said the talks ... were over.", "Then he left."}},
		{"ellipsis capital", "He paused... Then he left.", []string{"He paused...", "Then he left."}},
		{"ellipsis before number", "We may soon be counting... 100,000 cases, he said. Then he left.", []string{"We may soon be counting... 100,000 cases, he said.", "Then he left."}},
		{"quoted lower-case word after abbreviation", `Cases appear in the U.S. "sporadically," she said. It spread.`, []string{`Cases appear in the U.S. "sporadically," she said.`, "It spread."}},
		{"tex quotes", "The vote passed. ``We want a recount,'' Hollis said. ``Good.''", []string{"The vote passed.", "``We want a recount,'' Hollis said.", "``Good.''"}},
		{"unicode ellipsis", "He paused… Then he left.", []string{"He paused…", "Then he left."}},
		{"pm before weekday", "Talks start at 10 a.m. Wednesday in Seoul. They end at 6 p.m. The next round is in May.", []string{"Talks start at 10 a.m. Wednesday in Seoul.", "They end at 6 p.m.", "The next round is in May."}},
		{"parenthesis", "He left. (He returned later.) Then he spoke.", []string{"He left.", "(He returned later.)", "Then he spoke."}},
		{"agency tag", "He was the chief negotiator. (Yonhap)", []string{"He was the chief negotiator.", "(Yonhap)"}},
		{"company suffix", "Samsung Electronics Co. Chairman Lee spoke. Apple Inc. The firm declined.", []string{"Samsung Electronics Co. Chairman Lee spoke.", "Apple Inc.", "The firm declined."}},
		{"exclamation", "Stop! He shouted.", []string{"Stop!", "He shouted."}},
		{"digit after period", "It began in 2018. 2019 was worse.", []string{"It began in 2018.", "2019 was worse."}},
		{"spaces only", "  \n\t ", nil},
		{"no terminator", "Just a headline", []string{"Just a headline"}},
		{"non-breaking spaces", "\u00a0Talks began.\u00a0 They ended.\u00a0", []string{"Talks began.", "They ended."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := Sentences(tc.text)
			var got []string
			for _, s := range ss {
				got = append(got, tc.text[s.Start:s.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Sentences(%q)[%d] = %q, want %q", tc.text, i, got[i], tc.want[i])
				}
			}
		})
	}
}

// checkSentences asserts the splitter's invariants on one text.
func checkSentences(t *testing.T, text string) {
	t.Helper()
	ss := Sentences(text)
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("Sentences(%q)[%d] = %v: out of order, empty or outside the text (previous end %d)", text, i, s, prev)
		}
		if gap := text[prev:s.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("Sentences(%q): text %q between sentences is not white space", text, gap)
		}
		first, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
		last, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("Sentences(%q)[%d] = %q: leading or trailing space", text, i, text[s.Start:s.End])
		}
		prev = s.End
	}
	if tail := text[prev:]; strings.TrimFunc(tail, unicode.IsSpace) != "" {
		t.Fatalf("Sentences(%q): tail %q is not in a sentence", text, tail)
	}
	again := Sentences(text)
	if len(again) != len(ss) {
		t.Fatalf("Sentences(%q) not deterministic: %v then %v", text, ss, again)
	}
	for i := range ss {
		if ss[i] != again[i] {
			t.Fatalf("Sentences(%q) not deterministic: %v then %v", text, ss, again)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", ".", "...", "…", "a. B", "U.S. The", "Mr.", "\n\n", " . ", "\u00a0.\u00a0A",
		"SEOUL, Dec. 12 (Yonhap) -- South Korea said. It ended.",
		`"Why?" he asked. "Good." She nodded.`,
		"The two sides began\ntalks.\n\nNext.",
		"\xff. \xfeA.", "a.\u2028B", "Q. \u3000X",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text)
	})
}

// benchArticle is a wire-style story written for this benchmark.
const benchArticle = `Allies open third round of base-cost talks

SEOUL, Dec. 12 (Yonhap) -- South Korea and the U.S. opened their third round of talks Wednesday on sharing the cost of the 28,500 U.S. troops stationed here, officials said.

The two-day meeting began at 10 a.m. at the Foreign Ministry in Seoul, a month after the second round held on Jeju Island. "We hope to narrow our differences," Chang Won-sam, the chief negotiator, told reporters.

Seoul paid about 960 billion won ($850 million) this year, up 3.4 percent from 2017. The current deal, signed in Feb. 2014, expires on Dec. 31.

U.S. Deputy Assistant Secretary Timothy Betts leads the American side. Mr. Betts, a former No. 2 official at the U.S. Embassy in Baghdad, was named to the post in Sept. He did not comment.

Washington wants Seoul to pay more... Officials declined to give figures. The next round is set for Jan. 15-16 in Washington, D.C., according to the ministry. (END)
`

// TestSentencesCapLongRuns: a run of text without a sentence end is cut
// into sentences of about MaxSentence bytes, at white space, or at twice
// that on a rune boundary where there is none; what is cut covers the run
// but for white space; a text of ordinary sentences is not touched.
func TestSentencesCapLongRuns(t *testing.T) {
	words := strings.Repeat("officials met in the capital and talked of prices ", 2*MaxSentence/50)
	for _, tc := range []struct {
		name    string
		text    string
		longest int // the longest a sentence may be
		cuts    int // how many sentences at least
	}{
		{"words without a sentence end", words + "and left.", MaxSentence + len("officials"), 2},
		{"no white space", strings.Repeat("é", 3*MaxSentence/2), 2 * MaxSentence, 2},
		{"ordinary sentences", strings.Repeat("Officials met in the capital. They talked of prices! ", 2*MaxSentence/50), 40, 2 * MaxSentence / 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := Sentences(tc.text)
			if len(ss) < tc.cuts {
				t.Fatalf("%d sentences, want at least %d", len(ss), tc.cuts)
			}
			var rest strings.Builder
			prev := 0
			for _, s := range ss {
				if s.End-s.Start > tc.longest {
					t.Errorf("sentence of %d bytes, want at most %d", s.End-s.Start, tc.longest)
				}
				if !utf8.ValidString(tc.text[s.Start:s.End]) {
					t.Fatalf("sentence [%d,%d) cuts a rune", s.Start, s.End)
				}
				if strings.TrimSpace(tc.text[prev:s.Start]) != "" {
					t.Fatalf("text between sentences is not white space: %q", tc.text[prev:s.Start])
				}
				rest.WriteString(tc.text[s.Start:s.End])
				prev = s.End
			}
			if strings.Join(strings.Fields(rest.String()), "") != strings.Join(strings.Fields(tc.text), "") {
				t.Errorf("the sentences do not cover the text")
			}
		})
	}
}
