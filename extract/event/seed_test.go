package event_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/standard"
)

// TestSeedStory checks the events the issue asks of the seed story: the
// talks' start with both countries and a resolved Wednesday, the payment in
// won with its dollar equivalent, the expiry on Dec. 31 and Chang's
// appointment in mid-November.
func TestSeedStory(t *testing.T) {
	b, err := os.ReadFile(extracttest.SharedCorpus(t, "seed", "cost-sharing-talks.txt"))
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	pub := time.Date(2018, 12, 12, 14, 0, 0, 0, time.FixedZone("KST", 9*3600))
	res := standard.New().Run(string(b), pub)
	ms := res.Mentions
	texts := func(ix []int) []string {
		var out []string
		for _, i := range ix {
			out = append(out, ms[i].Text)
		}
		return out
	}
	find := func(what string, ok func(e extract.Event) bool) {
		t.Helper()
		if !slices.ContainsFunc(res.Events, ok) {
			t.Errorf("no %s among the seed story's events:", what)
			for _, e := range res.Events {
				t.Logf("  s%d %s %q who=%q when=%q where=%q amounts=%q", e.Sentence.I, e.Type, e.Trigger.Text, texts(e.Who), texts(e.When), texts(e.Where), texts(e.Amounts))
			}
		}
	}
	find("negotiate event with South Korea and the US on 2018-12-12", func(e extract.Event) bool {
		who := texts(e.Who)
		return e.Type == "negotiate" && slices.Contains(who, "South Korea") && slices.Contains(who, "United States") &&
			e.WhenResolved != nil && e.WhenResolved.Value == "2018-12-12"
	})
	find("pay event with 960 billion won and its dollar equivalent", func(e extract.Event) bool {
		if e.Type != "pay" || len(e.Amounts) < 2 {
			return false
		}
		won, usd := ms[e.Amounts[0]].Amount, ms[e.Amounts[1]].Amount
		return won.Currency == "KRW" && won.Value == 960e9 && usd.Currency == "USD" && usd.EquivalentOf != nil && *usd.EquivalentOf == e.Amounts[0]
	})
	find("expire event on 2018-12-31", func(e extract.Event) bool {
		return e.Type == "expire" && e.WhenResolved != nil && e.WhenResolved.Value == "2018-12-31"
	})
	find("appoint event for Chang in 2018-11", func(e extract.Event) bool {
		return e.Type == "appoint" && slices.Contains(texts(e.Who), "Chang") && e.WhenResolved != nil && e.WhenResolved.Value == "2018-11"
	})
}
