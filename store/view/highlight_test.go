package view

import (
	"fmt"
	"strings"
	"testing"
)

// shape writes a tree compactly: a mark as {M:...}, text as it is.
func shape(ns []node) string {
	var b strings.Builder
	for _, n := range ns {
		if n.Mark == nil {
			b.WriteString(n.Text)
			continue
		}
		id := ""
		if n.Mark.ID != "" {
			id = "#"
		}
		fmt.Fprintf(&b, "{%d%s:%s}", n.Mark.M, id, shape(n.Kids))
	}
	return b.String()
}

// plain is the text of a tree, marks dropped.
func plain(ns []node) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString(n.Text)
		b.WriteString(plain(n.Kids))
	}
	return b.String()
}

// fragments joins, per mark M, the text of its fragments in order.
func fragments(ns []node, out map[int]string, ids map[int]int) {
	for _, n := range ns {
		if n.Mark != nil {
			out[n.Mark.M] += plain(n.Kids)
			if n.Mark.ID != "" {
				ids[n.Mark.M]++
			}
		}
		fragments(n.Kids, out, ids)
	}
}

func items(spans ...[2]int) []hlItem {
	var out []hlItem
	for i, s := range spans {
		out = append(out, hlItem{start: s[0], end: s[1], order: i, mark: mark{M: i, ID: fmt.Sprint("t-", i)}})
	}
	return out
}

func TestHighlight(t *testing.T) {
	const text = "Talks in Busan on Wednesday ended."
	tests := []struct {
		name  string
		spans [][2]int
		want  string
	}{
		{"none", nil, text},
		{"one", [][2]int{{9, 14}}, "Talks in {0#:Busan} on Wednesday ended."},
		{"two apart, given in reverse", [][2]int{{18, 27}, {9, 14}}, "Talks in {1#:Busan} on {0#:Wednesday} ended."},
		{"adjacent", [][2]int{{0, 5}, {5, 8}}, "{0#:Talks}{1#: in} Busan on Wednesday ended."},
		{"nested", [][2]int{{9, 27}, {9, 14}}, "Talks in {0#:{1#:Busan} on Wednesday} ended."},
		{"nested, inner given first", [][2]int{{18, 27}, {9, 27}}, "Talks in {1#:Busan on {0#:Wednesday}} ended."},
		{"same span twice", [][2]int{{9, 14}, {9, 14}}, "Talks in {0#:{1#:Busan}} on Wednesday ended."},
		{"crossing: the later is cut", [][2]int{{0, 14}, {9, 27}}, "{0#:Talks in {1#:Busan}}{1: on Wednesday} ended."},
		{"crossing two", [][2]int{{0, 8}, {6, 14}, {12, 20}}, "{0#:Talks {1#:in}}{1: Bus{2#:an}}{2: on We}dnesday ended."},
		{"whole text", [][2]int{{0, len(text)}}, "{0#:" + text + "}"},
		{"empty, reversed and outside spans left out", [][2]int{{3, 3}, {8, 2}, {-1, 4}, {30, 99}}, text},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := highlight(text, items(tc.spans...))
			if s := shape(got); s != tc.want {
				t.Errorf("highlight(%v)\n got %s\nwant %s", tc.spans, s, tc.want)
			}
			if p := plain(got); p != text {
				t.Errorf("plain text %q, want the text", p)
			}
		})
	}
}

// FuzzHighlight: for any text and spans, the tree reads as the text, each
// span's fragments join to exactly its text, each span is anchored once,
// and the same input gives the same tree.
func FuzzHighlight(f *testing.F) {
	f.Add("Talks in Busan on Wednesday ended.", []byte{9, 14, 0, 14, 9, 27, 6, 8})
	f.Add("SEOUL, March 12 (Yonhap) -- 1.1 trillion won ($756 million)", []byte{0, 5, 7, 15, 28, 44, 46, 58, 45, 59})
	f.Add("Zürich – 北京 met", []byte{0, 7, 2, 12, 10, 18})
	f.Add("", []byte{0, 0})
	f.Add("a", []byte{0, 1, 0, 1, 0, 1})
	f.Fuzz(func(t *testing.T, text string, raw []byte) {
		var spans [][2]int
		for i := 0; i+1 < len(raw) && len(spans) < 40; i += 2 {
			spans = append(spans, [2]int{int(raw[i]) % (len(text) + 2), int(raw[i+1]) % (len(text) + 2)})
		}
		got := highlight(text, items(spans...))
		if p := plain(got); p != text {
			t.Fatalf("plain text %q, want %q", p, text)
		}
		joined, ids := map[int]string{}, map[int]int{}
		fragments(got, joined, ids)
		for i, s := range spans {
			valid := 0 <= s[0] && s[0] < s[1] && s[1] <= len(text)
			switch {
			case valid && joined[i] != text[s[0]:s[1]]:
				t.Fatalf("span %d %v: fragments join to %q, want %q", i, s, joined[i], text[s[0]:s[1]])
			case valid && ids[i] != 1:
				t.Fatalf("span %d %v anchored %d times", i, s, ids[i])
			case !valid && joined[i] != "":
				t.Fatalf("invalid span %d %v marked as %q", i, s, joined[i])
			}
		}
		if again := shape(highlight(text, items(spans...))); again != shape(got) {
			t.Fatalf("second run differs:\n%s\n%s", shape(got), again)
		}
	})
}
