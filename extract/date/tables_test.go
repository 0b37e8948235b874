package date

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// TestLookupMatchesTables checks that the membership bits answer exactly as
// the tables do, for every token of the benchmark article, every table key
// and positions outside the text.
func TestLookupMatchesTables(t *testing.T) {
	lx, err := New().lexicon()
	if err != nil {
		t.Fatal(err)
	}
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for w := range lx.member {
		keys = append(keys, w)
	}
	approx2First, setPrefixedFirst := map[string]bool{}, map[string]bool{}
	for pair := range lx.approx2 {
		approx2First[pair[0]] = true
	}
	for pair := range lx.setPrefixed {
		setPrefixedFirst[pair[0]] = true
	}
	for _, tc := range []struct {
		name, text string
	}{
		{name: "article", text: string(article)},
		{name: "table_keys", text: strings.Join(keys, " ")},
		{name: "capitals_and_other_scripts", text: "On Dec. 31 THE Year ended; São Paulo, İstanbul – Москва 1990s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newScanner(lx, &extract.Doc{Text: tc.text}, nil)
			for k := -1; k <= len(s.toks); k++ {
				checkLookup(t, s, "months", s.lx.months, inMonth, k)
				checkLookup(t, s, "weekdays", s.lx.weekdays, inWeekday, k)
				checkLookup(t, s, "numbers", s.lx.numbers, inNumber, k)
				checkLookup(t, s, "ordinals", s.lx.ordinals, inOrdinal, k)
				checkLookup(t, s, "units", s.lx.units, inUnit, k)
				checkLookup(t, s, "unitGran", s.lx.unitGran, inUnitGran, k)
				checkLookup(t, s, "holidayFirst", s.lx.holidayFirst, inHolidayFirst, k)
				checkLookup(t, s, "pos", s.lx.pos, inPos, k)
				checkLookup(t, s, "posOf", s.lx.posOf, inPosOf, k)
				checkLookup(t, s, "approx", s.lx.approx, inApprox, k)
				checkLookup(t, s, "ref", s.lx.ref, inRef, k)
				checkLookup(t, s, "season", s.lx.season, inSeason, k)
				checkLookup(t, s, "setAdverb", s.lx.setAdverb, inSetAdverb, k)
				checkLookup(t, s, "setPlural", s.lx.setPlural, inSetPlural, k)
				checkLookup(t, s, "partOfDay", s.lx.partOfDay, inPartOfDay, k)
				checkLookup(t, s, "dayPart", s.lx.dayPart, inDayPart, k)
				checkLookup(t, s, "decade", s.lx.decade, inDecade, k)
				checkSet(t, s, "approx2 first words", approx2First, inApprox2First, k)
				checkSet(t, s, "set-prefixed first words", setPrefixedFirst, inSetPrefixedFirst, k)
				checkSet(t, s, "starters", s.lx.starters, inStarter, k)
				checkSet(t, s, "leads", s.lx.leads, inLead, k)
				checkSet(t, s, "after-lead", s.lx.cues["after-lead"], inAfterLead, k)
				checkSet(t, s, "future", s.lx.future, inFuture, k)
				checkSet(t, s, "past", s.lx.past, inPast, k)
				checkSet(t, s, "be", s.lx.be, inBe, k)
				checkSet(t, s, "present", s.lx.present, inPresent, k)
				checkSet(t, s, "det", s.lx.det, inDet, k)
				checkSet(t, s, "duration-lead", s.lx.cues["duration-lead"], inDurationLead, k)
			}
		})
	}
}

func checkLookup[V comparable](t *testing.T, s *scanner, table string, m map[string]V, bit tableBit, k int) {
	t.Helper()
	gotV, gotOK := lookup(s, m, bit, k)
	wantV, wantOK := m[s.w(k)]
	if gotV != wantV || gotOK != wantOK {
		t.Errorf("lookup %s at token %d %q = %v, %v; want %v, %v", table, k, s.w(k), gotV, gotOK, wantV, wantOK)
	}
}

func checkSet(t *testing.T, s *scanner, set string, m map[string]bool, bit tableBit, k int) {
	t.Helper()
	if got, want := s.in(k, bit), m[s.w(k)]; got != want {
		t.Errorf("in %s at token %d %q = %v; want %v", set, k, s.w(k), got, want)
	}
}

// TestStartBitsMatchWords checks that a token carries the bit of a rule's
// start words exactly when it is one of them.
func TestStartBitsMatchWords(t *testing.T) {
	lx, err := New().lexicon()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, r := range allRules {
		words = append(words, r.at.words...)
	}
	text := strings.Join(words, " ") + " The THE Year thesis years '90s - 1998 Last"
	s := newScanner(lx, &extract.Doc{Text: text}, nil)
	for k, r := range allRules {
		for i := range s.toks {
			got := s.toks[i].in&lx.startBit[k] != 0
			if want := slices.Contains(r.at.words, s.toks[i].low); got != want {
				t.Errorf("rule %d, token %q: start bit %v; want %v (words %q)", k, s.toks[i].low, got, want, r.at.words)
			}
		}
	}
}
