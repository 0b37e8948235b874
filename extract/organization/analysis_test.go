package organization

import (
	"maps"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// TestWordPlaces: the answers indexPlaces keeps for the lists' words are
// the gazetteer's for the word however it is written, which is what lets
// place use them for any token with that lower case.
func TestWordPlaces(t *testing.T) {
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.wordPlaces) < 1000 {
		t.Fatalf("wordPlaces has %d words, want the lists' one-word names", len(lx.wordPlaces))
	}
	places := 0
	for w, p := range lx.wordPlaces {
		if w != strings.ToLower(w) {
			t.Errorf("%q: not lower case", w)
		}
		if p.ok {
			places++
		}
		for _, v := range []string{w, strings.ToUpper(w), titleCase(strings.ToUpper(w))} {
			if got := placeOf(g, v); got != p {
				t.Errorf("placeOf(%q) = %+v, kept %+v", v, got, p)
			}
		}
	}
	if places == 0 {
		t.Error("no word of the lists is a place")
	}
}

// TestReuse: an analysis that read other documents before gives the same
// mentions as a new one, whatever the order of the documents.
func TestReuse(t *testing.T) {
	var texts []string
	for _, f := range []string{"testdata/golden_wire.txt", "testdata/golden_sports.txt", "testdata/golden_results.txt", "../standard/testdata/article.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range strings.Split(string(raw), "\n\n") {
			if strings.TrimSpace(part) != "" {
				texts = append(texts, part)
			}
		}
	}
	if len(texts) < 10 {
		t.Fatalf("only %d texts", len(texts))
	}
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*extract.Doc, len(texts))
	want := make([][]extract.Mention, len(texts))
	for i, text := range texts {
		d := &extract.Doc{Text: text, Published: time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)}
		d.Sentences = extract.Sentences(text)
		d.Dateline = extract.FindDateline(text)
		for _, p := range priors {
			d.Mentions = append(d.Mentions, p.Extract(d)...)
		}
		sortMentions(d.Mentions)
		docs[i] = d
		want[i] = newAnalysis(lx, g, d).run()
	}
	found := 0
	for _, w := range want {
		found += len(w)
	}
	if found == 0 {
		t.Fatal("no mentions in the test texts")
	}
	reused := &analysis{}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3 * len(docs) {
		i := rng.IntN(len(docs))
		reused.reset(lx, g, docs[i])
		if got := reused.run(); !reflect.DeepEqual(got, want[i]) {
			t.Fatalf("text %d read after others: got %d mentions, want %d\n%v\n%v", i, len(got), len(want[i]), got, want[i])
		}
	}
}

// TestTokenBits: what reset works out per token (the bits of capBits and
// lowBits, behind their filters, and nameTok) is what the tables say of
// the token's word, looked up the plain way, for every token of the test
// texts and of words made up to fool the filters.
func TestTokenBits(t *testing.T) {
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range []string{"testdata/golden_wire.txt", "testdata/golden_sports.txt", "testdata/golden_results.txt", "../standard/testdata/article.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
		b.WriteString("\n")
	}
	// Every table word, as written, in lower case and in capitals, so
	// that each table's bit is seen set.
	for _, m := range []map[string]bool{lx.suffixDes, lx.prefixDes, lx.stopWord, lx.stopAcr, genericTail, lx.clubPrefix, lx.clubSuffix, lx.titles, lx.sportCue} {
		for _, w := range slices.Sorted(maps.Keys(m)) {
			b.WriteString(w + " " + strings.ToLower(w) + " " + strings.ToUpper(w) + " ")
		}
	}
	for _, w := range slices.Sorted(maps.Keys(lx.heads)) {
		b.WriteString(w + " ")
	}
	for _, w := range slices.Sorted(maps.Keys(lx.nominals)) {
		b.WriteString(w + " ")
	}
	text := b.String()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
	d.Mentions = priors[0].Extract(d) // dates block tokens
	a := newAnalysis(lx, g, d)
	want := map[uint8]map[string]bool{cbSuffixDes: lx.suffixDes, cbPrefixDes: lx.prefixDes, cbStop: lx.stopWord,
		cbStopAcr: lx.stopAcr, cbGeneric: genericTail, cbClubPrefix: lx.clubPrefix, cbClubSuffix: lx.clubSuffix}
	seen := map[uint8]int{}
	blocked := 0
	for k, tok := range a.toks {
		w := a.word(k)
		for bit, m := range want {
			if a.hasCap(k, bit) != m[w] {
				t.Errorf("token %d %q: bit %d is %v, table says %v", k, w, bit, a.hasCap(k, bit), m[w])
			}
			if m[w] {
				seen[bit]++
			}
		}
		if _, isHead := lx.heads[w]; a.isHead(k) != isHead {
			t.Errorf("token %d %q: isHead %v, heads say %v", k, w, a.isHead(k), isHead)
		}
		low := a.low[k]
		if tok.kind == tWord && low != strings.ToLower(w) && tok.ascii {
			t.Errorf("token %d %q: low %q", k, w, low)
		}
		var lb uint8
		if tok.kind == tWord && len(low) >= 4 {
			lb = lx.lowBits[low]
		}
		if a.lb[k] != lb {
			t.Errorf("token %d %q: lowBits %b, want %b", k, w, a.lb[k], lb)
		}
		// A token is blocked when it starts inside a date.
		inMention := false
		for _, m := range d.Mentions {
			if tok.start >= m.Start && tok.start < m.End {
				inMention = true
			}
		}
		if tok.blocked != inMention {
			t.Errorf("token %d %q: blocked %v, starts in a date %v", k, w, tok.blocked, inMention)
		}
		if inMention {
			blocked++
		}
		name := tok.kind == tWord && !inMention && (tok.upper || isDigit(w[0]) && tok.caps)
		if a.nameTok(k) != name {
			t.Errorf("token %d %q: nameTok %v, want %v", k, w, a.nameTok(k), name)
		}
	}
	// The lists of name tokens and fixture words hold every such token,
	// in order.
	var names, fixtures []int32
	for k := range a.toks {
		if a.nameTok(k) {
			names = append(names, int32(k))
		}
		if a.isWord(k) && fixtureWord(strings.ToLower(a.word(k))) {
			fixtures = append(fixtures, int32(k))
		}
	}
	if !reflect.DeepEqual(a.names, names) || len(names) == 0 {
		t.Errorf("names: %d tokens, want %d", len(a.names), len(names))
	}
	if !reflect.DeepEqual(a.fixtureWords, fixtures) || len(fixtures) == 0 {
		t.Errorf("fixtureWords: %v, want %v", a.fixtureWords, fixtures)
	}
	for bit := range want {
		if seen[bit] == 0 {
			t.Errorf("bit %d never set", bit)
		}
	}
	if blocked == 0 {
		t.Error("no token inside a date")
	}
	a.release()
}

// TestKeys: appendKey writes the bytes of key, and personalAt answers as
// personal of the word as written, for every span of one to five tokens of
// texts with accents, curly apostrophes, numbers with letters and glued
// punctuation.
func TestKeys(t *testing.T) {
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/golden_wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw) + "\nSociété Générale’s 3M unit and AT&T, U.S. Steel Corp.  and\tJOHN SMITH’S Ümit Holding; 7-Eleven Inc (NYSE:SE) — Zoë Lee.\n"
	a := newAnalysis(lx, g, &extract.Doc{Text: text, Sentences: extract.Sentences(text)})
	built, people := 0, 0
	for s := range a.toks {
		if a.personalAt(s) != a.personal(a.word(s)) {
			t.Errorf("token %d %q: personalAt %v", s, a.word(s), a.personalAt(s))
		}
		if a.personalAt(s) {
			people++
		}
		for e := s + 1; e <= min(s+5, len(a.toks)); e++ {
			want := a.key(s, e)
			if got := string(a.appendKey([]byte("x"), s, e)); got != "x"+want {
				t.Errorf("appendKey(%d, %d) = %q, key %q", s, e, got[1:], want)
			}
			if e-s > 1 && !a.plainSpan(s, e) {
				built++
			}
		}
	}
	if built == 0 || people == 0 {
		t.Errorf("%d keys built, %d personal names: the test reads too little", built, people)
	}
	a.release()
}

// TestPlaceMemo: place's answers, asked twice and kept per document in
// places and placeList, are the gazetteer's (placeOf) for every span of up
// to three tokens, also in an analysis that read another document before.
func TestPlaceMemo(t *testing.T) {
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis{}
	asked := 0
	for _, f := range []string{"testdata/golden_sports.txt", "testdata/golden_wire.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &extract.Doc{Text: string(raw)}
		d.Sentences = extract.Sentences(d.Text)
		a.reset(lx, g, d)
		for round := range 2 {
			for s := range a.toks {
				for e := s + 1; e <= s+3 && e <= len(a.toks); e++ {
					r, ok := a.place(s, e)
					if want := placeOf(g, a.span(s, e)); (placeInfo{r, ok}) != want {
						t.Fatalf("%s round %d: place(%q) = %+v %v, want %+v", f, round, a.span(s, e), r, ok, want)
					}
					asked++
				}
			}
		}
		if len(a.placeList) != len(a.places) {
			t.Errorf("%s: %d answers kept for %d spans", f, len(a.placeList), len(a.places))
		}
		a.release()
	}
	if asked == 0 {
		t.Fatal("no spans asked")
	}
}

// TestReleaseClearsWhatWasUsed: release clears only the candidates and
// entities a document used, yet leaves every slab and the entity buffer
// zero to their capacity, whatever the sizes of the documents before.
func TestReleaseClearsWhatWasUsed(t *testing.T) {
	lx, g, err := testExtractor().load()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis{}
	var texts []string
	for _, f := range []string{"testdata/golden_wire.txt", "testdata/golden_sports.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	texts = append(texts, "The World Bank and the IMF met.", texts[0], "no names here", texts[1][:len(texts[1])/3])
	for _, s := range texts {
		d := &extract.Doc{Text: s}
		d.Sentences = extract.Sentences(s)
		a.reset(lx, g, d)
		if a.run(); a.nslab != 0 || a.candSlab != nil {
			t.Fatalf("%.20q: %d slabs still taken", s, a.nslab)
		}
		for i, sl := range a.slabs {
			for j, c := range sl[:cap(sl)] {
				if c != (cand{}) {
					t.Fatalf("%.20q: slab %d keeps candidate %d: %+v", s, i, j, c)
				}
			}
		}
		for j, e := range a.entBuf[:cap(a.entBuf)] {
			if e != (entityInfo{}) {
				t.Fatalf("%.20q: entity %d kept: %+v", s, j, e)
			}
		}
	}
	if len(a.slabs) < 2 || cap(a.entBuf) == 0 {
		t.Errorf("the texts used %d slabs and %d entities: too few to test", len(a.slabs), cap(a.entBuf))
	}
}
