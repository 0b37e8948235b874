package event

import (
	"slices"
	"testing"
)

func TestDefiniteEventNounInheritsActors(t *testing.T) {
	text := "Japan and Peru opened trade talks on Monday. The three-day talks began in Lima after a delay. Talks resumed later."
	d := buildDoc(t, text, "2024-05-06T10:00:00Z",
		place("Japan", "country", "JP").at("Japan", 0),
		place("Peru", "country", "PE").at("Peru", 0),
		date("2024-05-06").at("Monday", 0),
		place("Lima", "city", "PE").at("Lima", 0),
	)
	evs := New().Events(d)
	var second *want
	for _, e := range evs {
		if e.Sentence.I == 1 {
			w := describe(d, e)
			second = &w
		}
		if e.Sentence.I == 2 && len(e.Who) > 0 {
			t.Errorf("a bare noun without a determiner inherited actors: %v", describe(d, e))
		}
	}
	if second == nil {
		t.Fatalf("no event in the second sentence: %v", evs)
	}
	if len(second.who) != 2 || len(second.where) != 1 {
		t.Errorf("the definite \"talks\" event = %+v, want Japan and Peru as actors and Lima as place", *second)
	}
}

func TestDefiniteNoun(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The two-day talks began.", true},
		{"Their talks began.", true},
		{"New talks began.", false},
		{"The US talks began.", false},
		{"Talks began.", false},
	}
	for _, tc := range tests {
		d := buildDoc(t, tc.text, "")
		db := newDocBuilder(d, New().lexicon(), d.Sentences, nil)
		s := &sentence{docBuilder: db}
		s.items = splitItems(d.Text, "", false, db.tokens, 0, len(d.Text), nil, d.Mentions, nil)
		k := 0
		for k < len(s.items) && s.items[k].word != "talks" {
			k++
		}
		if got := s.definiteNoun(k); got != tc.want {
			t.Errorf("definiteNoun(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		name, text string
		inside     []string
	}{
		{"straight quotes", `He said "we will sign" today.`, []string{"we will sign"}},
		{"curly quotes", "She said “no deal” and left.", []string{"no deal"}},
		{"open quote closes at the paragraph end", "“We will fight\nOn Monday he left.", []string{"We will fight"}},
		{"apostrophes are no quotes", "The minister’s aide didn’t go.", nil},
		{"single curly quotes", "Shouting ‘Don’t forget Aleppo!’ he fired.", []string{"Don’t forget Aleppo!"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range quoteSpans(tc.text, nil) {
				got = append(got, tc.text[q[0]:q[1]])
			}
			if !slices.Equal(got, tc.inside) {
				t.Errorf("quoteSpans(%q) = %q, want %q", tc.text, got, tc.inside)
			}
		})
	}
}
