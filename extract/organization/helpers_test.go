package organization

import (
	"sync"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/amount"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/location"
)

var (
	shared     *Extractor
	sharedOnce sync.Once
	priors     = []extract.Extractor{date.New(), amount.New()}
)

// testExtractor returns one extractor for the package's tests, so that the
// tables load once.
func testExtractor() *Extractor {
	sharedOnce.Do(func() { shared = New(location.New()) })
	return shared
}

// run extracts organisations from text the way the pipeline does: dates
// and amounts first (organisation names never run through them).
func run(t testing.TB, text string) []extract.Mention {
	t.Helper()
	d := &extract.Doc{Text: text, Published: time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)}
	d.Sentences = extract.Sentences(text)
	d.Dateline = extract.FindDateline(text)
	for _, p := range priors {
		d.Mentions = append(d.Mentions, p.Extract(d)...)
	}
	sortMentions(d.Mentions)
	ms := testExtractor().Extract(d)
	extracttest.CheckMentions(t, text, ms)
	return ms
}

func sortMentions(ms []extract.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// find returns the mention whose text is want, or nil.
func find(ms []extract.Mention, want string) *extract.Mention {
	for i := range ms {
		if ms[i].Text == want {
			return &ms[i]
		}
	}
	return nil
}
