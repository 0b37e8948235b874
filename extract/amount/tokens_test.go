package amount

import (
	"fmt"
	"strings"
	"testing"

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
