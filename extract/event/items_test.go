package event

import (
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

// TestSplitItems: words join what an inner hyphen, apostrophe or period
// glues, mentions are one item (with a possessive), and a mention that
// starts or ends inside a token cuts it there.
func TestSplitItems(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string // texts of mentions, found left to right
		want     string   // items joined by |, mentions in [], possessives with +
	}{
		{"glued words", "The cost-sharing deal wasn't signed in the U.S. yet.", nil,
			"the|cost-sharing|deal|wasn't|signed|in|the|u.s|.|yet|."},
		{"curly apostrophe and decimals", "Kim’s 12.5 percent rise — done", nil,
			"kim’s|12.5|percent|rise|—|done"},
		{"no glue across a space", "co - op and don 't", nil, "co|-|op|and|don|'|t"},
		{"mention and possessive", "Seoul's envoy met Kim Jong Un.", []string{"Seoul", "Kim Jong Un"},
			"[Seoul+]|envoy|met|[Kim Jong Un]|."},
		{"mention ends inside a word", "a U.S.-led force", []string{"U.S."}, "a|[U.S.]|-|led|force"},
		{"mention starts inside a word", "paid US$58 million", []string{"$58 million"}, "paid|us|[$58 million]"},
		{"mention cuts a token at both ends", "proKorea Kenyans rallied", []string{"Korea", "Kenya"}, "pro|[Korea]|[Kenya]|ns|rallied"},
		{"hyphen before a mention stays apart", "anti-Seoul rally", []string{"Seoul"}, "anti|-|[Seoul]|rally"},
		{"non-ASCII words", "Émile Zoë met Đorđe", nil, "émile|zoë|met|đorđe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []extract.Mention
			var idx []int
			from := 0
			for _, m := range tc.mentions {
				k := strings.Index(tc.text[from:], m) + from
				ms = append(ms, extract.Mention{Type: extract.TypeLocation, Text: m, Start: k, End: k + len(m)})
				idx = append(idx, len(ms)-1)
				from = k + len(m)
			}
			items := splitItems(tc.text, "", false, textpkg.Tokenize(tc.text, nil), 0, len(tc.text), idx, ms, nil)
			var got []string
			for _, it := range items {
				switch it.kind {
				case itemMention:
					w := "[" + ms[it.mention].Text
					if it.possessive {
						w += "+"
					}
					got = append(got, w+"]")
				default:
					got = append(got, it.word)
					if tc.text[it.start:it.end] != it.word && strings.ToLower(tc.text[it.start:it.end]) != it.word {
						t.Errorf("item %q spans %q", it.word, tc.text[it.start:it.end])
					}
				}
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("items\n got %s\nwant %s", g, tc.want)
			}
		})
	}
}
