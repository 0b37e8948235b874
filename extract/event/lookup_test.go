package event

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestItemDistanceCountsBreaks: itemDistance, which counts the commas and
// clause words between a trigger and an item from a per-sentence table,
// gives what counting them item by item gives, for every trigger span,
// clause and item of a sentence full of both.
func TestItemDistanceCountsBreaks(t *testing.T) {
	text := "The minister, who arrived on Monday, said that talks in Seoul, which began when prices rose, would go on because both sides wanted a deal, officials said, although the vote was delayed."
	d := buildDoc(t, text, "")
	s := &sentence{docBuilder: newDocBuilder(d, New().lexicon(), d.Sentences, nil)}
	s.items = splitItems(d.Text, "", false, s.docBuilder.tokens, 0, len(d.Text), nil, d.Mentions, nil)
	byItem := func(f *frame, k int) int {
		c := f.c
		from, to := k+1, c.first
		if k > c.last {
			from, to = c.last+1, k
		}
		dist := to - from + 1
		if k < c.first {
			dist += 5
		}
		if k < f.lo || k >= f.hi {
			dist += 20
		}
		for j := from; j < to; j++ {
			if s.items[j].kind == itemPunct && s.items[j].word == "," || isClauseAt(s.items, j) {
				dist += 10
			}
		}
		return dist
	}
	n, breaks := len(s.items), 0
	for j := range s.items {
		if s.items[j].kind == itemPunct && s.items[j].word == "," || isClauseAt(s.items, j) {
			breaks++
		}
	}
	if n < 30 || breaks < 8 {
		t.Fatalf("the sentence gave %d items and %d breaks; want a long sentence with many", n, breaks)
	}
	for first := 0; first < n; first++ {
		for last := first; last < n && last <= first+2; last++ {
			f := &frame{c: &candidate{first: first, last: last}, lo: max(0, first-5), hi: min(n, last+6)}
			for k := range n {
				if got, want := s.itemDistance(f, k), byItem(f, k); got != want {
					t.Fatalf("itemDistance(trigger %d-%d, item %d) = %d, want %d", first, last, k, got, want)
				}
			}
		}
	}
}

// TestInTitleAndInQuote: the binary searches give what a scan of every
// title and quotation gives, on random spans (titles may nest and overlap)
// and on the quotations of a text with every kind of quotation mark.
func TestInTitleAndInQuote(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		db := &docBuilder{}
		for range r.IntN(12) {
			st := r.IntN(200)
			db.titles = append(db.titles, [2]int{st, st + 1 + r.IntN(30)})
		}
		spans := slices.Clone(db.titles)
		db.indexTitles()
		for range 300 {
			st := r.IntN(240)
			en := st + 1 + r.IntN(20)
			want := false
			for _, ts := range spans {
				if st >= ts[0] && en <= ts[1] {
					want = true
				}
			}
			if got := db.inTitle(st, en); got != want {
				t.Fatalf("round %d: inTitle(%d, %d) = %v, want %v (titles %v)", round, st, en, got, want, spans)
			}
		}
	}
	text := "He said \"we will go\" and “they won’t”, then ‘maybe’ «not» and \"open\nnext\" at last “x”."
	db := &docBuilder{quotes: quoteSpans(text, nil)}
	if len(db.quotes) < 5 {
		t.Fatalf("%d quotations found in %q, want at least 5", len(db.quotes), text)
	}
	for p := 0; p <= len(text); p++ {
		want := false
		for _, q := range db.quotes {
			if p < q[0] {
				break
			}
			if p < q[1] {
				want = true
				break
			}
		}
		if got := db.inQuote(p); got != want {
			t.Fatalf("inQuote(%d) = %v, want %v (quotes %v)", p, got, want, db.quotes)
		}
	}
}
