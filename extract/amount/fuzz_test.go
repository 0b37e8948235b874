package amount

import (
	"reflect"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

func FuzzExtract(f *testing.F) {
	extracttest.FuzzSeeds(f,
		"around 960 billion won ($887.5 million)",
		"US$5-7 million to HK $ 3 bn",
		"c $ 100 and fifty",
		"between 10 and 20 dollars, 5% to 7%, 1.2-billion kronor",
		"W1.2 trillion (₩) Rs.500 crore 12,34,567.89 rupees",
		"$", "(", "5 -", "a", "half a", "1,2,3 $ 4.5.6",
		"\xff$5\xfe million",
		"twelve dollars and sixty-five cents 1111-2222",
		"opens at dollar 17.5 million; the yen 110; Euro 2012",
		"two kuai and three mao five, 3 kuai 5",
		"Rp. 5 trillion, Sh5bn, RM 3 units, 1 million-plus",
		"two-and-a-half billion dollars",
		"between 15 euros and 30 euros; ranging from 5 to 8 pounds; raised from $40 to $45",
		"$12 and 50c, £5 and 20p, 7 hryvnias 50 kopiykas, 3 Kuwaiti dinars 500 fils",
		"500 Thai baht, 4.75US$, 50Rs, 50RsX, 1.2 million reais, 300 złotych, 12 Rand Street",
		"5c", "50 c", "1 and 999 fils", "from", "from 5 to", "between 5 euros and",
	)
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
		ms := x.Extract(d)
		extracttest.CheckMentions(t, text, ms)
		for i, m := range ms {
			if m.Type != extract.TypeAmount || m.Amount == nil {
				t.Fatalf("mention %d: type %q, payload %v", i, m.Type, m.Amount)
			}
			if e := m.Amount.EquivalentOf; e != nil && (*e < 0 || *e >= i) {
				t.Fatalf("mention %d: equivalent_of %d does not point at an earlier mention", i, *e)
			}
			if i > 0 && ms[i-1].End > m.Start {
				t.Fatalf("mentions %d and %d overlap", i-1, i)
			}
		}
		if again := x.Extract(d); !reflect.DeepEqual(ms, again) {
			t.Fatalf("Extract(%q) differs between two runs", text)
		}
	})
}
