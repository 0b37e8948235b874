package organization

import (
	"math/rand/v2"
	"os"
	"reflect"
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
