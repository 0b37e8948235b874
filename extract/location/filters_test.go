package location

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// TestStreetHeadsMay checks the street lexicon's length filter: it lets
// every head word of every section through, and stops some other words
// (else it filters nothing).
func TestStreetHeadsMay(t *testing.T) {
	h, err := loadStreetHeads()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range []map[string]string{h.last, h.first} {
		for w := range m {
			n++
			if !h.may(w) {
				t.Errorf("may(%q) = false for a head word", w)
			}
		}
	}
	for _, m := range []map[string]bool{h.abbrev, h.numbered} {
		for w := range m {
			n++
			if !h.may(w) {
				t.Errorf("may(%q) = false for a head word", w)
			}
		}
	}
	if n < 40 {
		t.Fatalf("%d head words", n)
	}
	for _, w := range []string{"", "Obama", "Kremlin", "Wednesday"} {
		if h.may(w) {
			t.Errorf("may(%q) = true", w)
		}
	}
}

// TestUpperIndex checks words.upper against the tokens over the shared
// TimeML texts and a few of the package's: every word token that starts
// upper case, in order, and nothing else.
func TestUpperIndex(t *testing.T) {
	texts := []string{"", "lower case only", "Paris, Mo. and the Isle of Man. NATO’s Élysée"}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	var buf []int32
	for _, s := range texts {
		ws := wordsOf(&extract.Doc{Text: s, Tokens: text.Tokenize(s, nil)}, buf)
		var want []int32
		for i, tk := range ws.toks {
			if tk.Word && tk.Upper {
				want = append(want, int32(i))
			}
		}
		if len(want) != len(ws.upper) {
			t.Fatalf("%d upper words, want %d in %.40q", len(ws.upper), len(want), s)
		}
		for i := range want {
			if want[i] != ws.upper[i] {
				t.Fatalf("upper[%d] = %d, want %d in %.40q", i, ws.upper[i], want[i], s)
			}
		}
		buf = ws.upper
	}
}

// TestPlaceWordAfterFilter checks placeWordAfter, which rejects on the
// first byte before it lower-cases a word, against the plain test, over
// the shared TimeML texts and words that lower-case from other runes.
func TestPlaceWordAfterFilter(t *testing.T) {
	plain := func(ws *words, end int) bool {
		toks := ws.toks
		if end >= len(toks) || !toks[end].Word || !toks[end].Space || toks[end].Upper {
			return false
		}
		switch wordAt(ws, end) {
		case "county", "district", "province", "prefecture", "municipality":
			return true
		}
		return false
	}
	texts := []string{"Puge county and Gondra district, Aba province, Hyogo prefecture, X municipality; dİstrict munİcİpalİty",
		"Y Province", "z ḱounty Ⅾistrict"}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	hits := 0
	for _, s := range texts {
		ws := wordsOf(&extract.Doc{Text: s, Tokens: text.Tokenize(s, nil)}, nil)
		for i := range len(ws.toks) + 1 {
			got, want := placeWordAfter(&ws, i), plain(&ws, i)
			if got != want {
				t.Fatalf("placeWordAfter at token %d = %v, want %v in %.60q", i, got, want, s)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 7 {
		t.Fatalf("%d division words found", hits)
	}
}

// TestPlainKeys checks that where plainKeyPart holds for every token of a
// span, the lower-cased text of the span is the key appendKey builds, over
// the shared TimeML texts and a few with other spacing and runes.
func TestPlainKeys(t *testing.T) {
	texts := []string{"New  York\tCity, São Paulo, O’Hare Airport, St. John's, NEW YORK\nCITY", "Isle of Man", "A-B C.D."}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	plainSpans, otherSpans := 0, 0
	for _, s := range texts {
		ws := wordsOf(&extract.Doc{Text: s, Tokens: text.Tokenize(s, nil)}, nil)
		for i := range ws.toks {
			var key []byte
			plain := true
			for j := i; j < min(len(ws.toks), i+6); j++ {
				key = appendKey(key, s, ws.toks[j], j == i)
				plain = plain && plainKeyPart(&ws, i, j)
				if !plain {
					otherSpans++
					continue
				}
				plainSpans++
				if got := ws.low[ws.toks[i].Start:ws.toks[j].End]; got != string(key) {
					t.Fatalf("tokens %d..%d: plain key %q, appendKey %q", i, j, got, key)
				}
			}
		}
	}
	if plainSpans == 0 || otherSpans == 0 {
		t.Fatalf("%d plain spans, %d others", plainSpans, otherSpans)
	}
}

// TestASCIITokens checks words.ascii, which reads a token's lengths,
// against its bytes, over the shared TimeML texts and texts with other
// runes and invalid UTF-8.
func TestASCIITokens(t *testing.T) {
	texts := []string{"São Paulo’s Zaïre İstanbul \xff\xfeab\xc3 x\xe2\x80 日本 ﬁne Ⅻ", "plain ASCII, text.", "a\xffb \xff"}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	ascii, other := 0, 0
	for _, s := range texts {
		ws := wordsOf(&extract.Doc{Text: s, Tokens: text.Tokenize(s, nil)}, nil)
		for i, tk := range ws.toks {
			want := true
			for k := tk.Start; k < tk.End; k++ {
				want = want && s[k] < 0x80
			}
			if got := ws.ascii(i); got != want {
				t.Fatalf("ascii(%d) = %v for %q", i, got, s[tk.Start:tk.End])
			}
			if want {
				ascii++
			} else {
				other++
			}
		}
	}
	if ascii == 0 || other < 8 {
		t.Fatalf("%d ASCII tokens, %d others", ascii, other)
	}
}

// placeWordBeforeRef is placeWordBefore without its first-token filter.
func placeWordBeforeRef(ws *words, t int) bool {
	text, toks := ws.text, ws.toks
	for n := 0; n < 8; n++ {
		pw, pi := prevWord(ws, t)
		var sep int
		switch {
		case pw == "of":
			w, wi := prevWord(ws, pi)
			return w != "" && !toks[wi].Upper && isPlaceNoun(w)
		case pw == "and" || pw == "or":
			sep = pi - 1
			if sep >= 0 && text[toks[sep].Start] == ',' {
				sep--
			}
		case t > 0 && text[toks[t-1].Start] == ',':
			sep = t - 2
		default:
			return false
		}
		start := sep + 1
		for k := sep; k >= 0 && sep-k < 3 && toks[k].Word && toks[k].Upper; k-- {
			start = k
		}
		if start > sep {
			return false
		}
		t = start
	}
	return false
}

// TestPlaceWordBeforeFilter checks placeWordBefore against the test
// without its filter at every token of the shared TimeML texts and a few
// lists.
func TestPlaceWordBeforeFilter(t *testing.T) {
	texts := []string{"the village of Xinmo, the towns of Haris and Varzaqan, the villages of A, B, and C or D; OF Ab, AND Cd",
		"the city of İzmir and Ankara", "of X"}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	hits := 0
	for _, s := range texts {
		ws := wordsOf(&extract.Doc{Text: s, Tokens: text.Tokenize(s, nil)}, nil)
		for i := range ws.toks {
			got, want := placeWordBefore(&ws, i), placeWordBeforeRef(&ws, i)
			if got != want {
				t.Fatalf("placeWordBefore at token %d = %v, want %v in %.60q", i, got, want, s)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 6 {
		t.Fatalf("%d place words found", hits)
	}
}

// TestContextLocalReuse checks the lists of a context, which are kept
// from one document to the next: counts, duplicates, votes beside them,
// and nothing left after reset.
func TestContextLocalReuse(t *testing.T) {
	c := newContext()
	ca, tx := region{"US", "California"}, region{"US", "Texas"}
	local := func(r region, key string) int { return c.others(c.admin1[r], key) }
	for range 3 {
		addName(&c, c.admin1, ca, "fresno", true)
		c.admin1.vote(ca, "california")
		addName(&c, c.admin1, ca, "modesto", true)
		addName(&c, c.admin1, ca, "fresno", true)
		addName(&c, c.admin1, tx, "waco", true)
		addName(&c, c.countries, "US", "texas", false)
		addName(&c, c.countries, "US", "texas", false)
		if got := local(ca, "fresno"); got != 1 {
			t.Fatalf("local(ca, fresno) = %d, want 1", got)
		}
		if got := local(ca, "reno"); got != 2 {
			t.Fatalf("local(ca, reno) = %d, want 2", got)
		}
		if got := local(tx, "fresno"); got != 1 {
			t.Fatalf("local(tx, fresno) = %d, want 1", got)
		}
		if got := c.others(c.countries["US"], "reno"); got != 2 {
			t.Fatalf("others(US, reno) = %d, want 2 (no dedupe)", got)
		}
		if !c.admin1[ca].from("reno") || c.admin1[ca].from("california") || c.admin1[tx].from("reno") || c.countries["US"].from("reno") {
			t.Fatalf("votes %v %v", c.admin1, c.countries)
		}
		c.reset()
		if got := local(ca, "reno") + local(tx, "reno") + c.others(c.countries["US"], "reno"); got != 0 || c.admin1[ca].from("reno") {
			t.Fatalf("%d names after reset", got)
		}
		// the next document names Texas first
		ca, tx = tx, ca
	}
}

// TestLocationsNotShared checks what dropOrgClashes relies on when it marks
// a mention inside an organisation's name in place: no two mentions of a
// document share a Location.
func TestLocationsNotShared(t *testing.T) {
	texts := []string{"A 40-year-old man from Paris, Mo., was charged. Deputies said the Paris man had fled to Orange County, California, and Hertford Road.",
		"the towns of Haris and Varzaqan, Puge county, Gondra district"}
	texts = append(texts, extracttest.TimeMLTexts(t)...)
	n := 0
	for _, s := range texts {
		seen := map[*extract.Location]bool{}
		for _, m := range run(t, s) {
			if m.Location == nil {
				continue
			}
			if seen[m.Location] {
				t.Fatalf("%q shares its Location in %.60q", m.Text, s)
			}
			seen[m.Location] = true
			n++
		}
	}
	if n < 100 {
		t.Fatalf("%d locations", n)
	}
}

// TestPlainNameKeys checks appendPlainKey against appendNormalized over
// every place's name and random strings of awkward pieces: where it takes
// a name, it writes the same key.
func TestPlainNameKeys(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"", " ", "A", "New York", "New  York", " York", "York ", "A\tB", "A\rB", "A\nB", "A\vB\x00C\x7f", "U.S.-led", "St. John's", "São Paulo"}
	for i := range g.places {
		names = append(names, g.places[i].Name)
	}
	pieces := []string{"a", "B", "Ab", "7", " ", "  ", "\t", "\n", ".", ",", "-", "'", "&", "é", "’", "İ", "\u00a0", "\v"}
	rng := rand.New(rand.NewPCG(18, 18))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		names = append(names, b.String())
	}
	plain := 0
	for _, name := range names {
		got, ok := appendPlainKey(nil, name)
		if !ok {
			continue
		}
		plain++
		if want, _ := appendNormalized(nil, nil, name); string(got) != string(want) {
			t.Fatalf("appendPlainKey(%q) = %q, appendNormalized %q", name, got, want)
		}
	}
	if plain < len(names)/4 || plain == len(names) {
		t.Fatalf("%d of %d names plain", plain, len(names))
	}
}
