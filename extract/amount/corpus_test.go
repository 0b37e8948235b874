package amount

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract/extracttest"
)

var tagRE = regexp.MustCompile(`<[^>]+>`)

// TestRealWorldConversions checks two real wire stories (read from the
// shared corpus, not copied here) for every amount with its currency and
// conversion link.
func TestRealWorldConversions(t *testing.T) {
	corpus := extracttest.SharedCorpus(t)
	tests := []struct {
		name, path string
		html       bool
		want       []string
	}{
		{"seed_cost_sharing", "seed/cost-sharing-talks.txt", false, []string{
			"28,500 American troops=quantity 28500 [troops] ~",
			"960 billion won=money 9.6e+11 KRW ~",
			"$887.5 million=money 8.875e+08 USD eq1",
			"150 billion won=money 1.5e+11 KRW",
		}},
		{"ap_sas_kronor", "realworld/pairs/ap-media-api/stories/613261288057444a9d7d95fa8609b2ee.nitf", true, []string{
			"$68 million=money 6.8e+07 USD",
			"4,000 flights=quantity 4000 [flights]",
			"370,000 passengers=quantity 370000 [passengers] min370000",
			"650 million kronor=money 6.5e+08 SEK",
			"$68 million=money 6.8e+07 USD eq3",
			"1.2-billion kronor=money 1.2e+09 SEK",
			"$125 million=money 1.25e+08 USD eq5",
			"95%=percent 95",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(corpus, tc.path))
			if err != nil {
				t.Skipf("%v", err)
			}
			text := string(b)
			if tc.html {
				text = tagRE.ReplaceAllString(text, "\n")
			}
			var got []string
			for _, m := range runPipeline(text) {
				got = append(got, brief(m))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("%s:\n got:\n%s\nwant:\n%s", tc.path, g, w)
			}
		})
	}
}
