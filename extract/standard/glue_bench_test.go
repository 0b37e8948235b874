package standard

import (
	"os"
	"slices"
	"testing"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/amount"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/official"
	"github.com/eventwire/eventwire/extract/organization"
)

// replay answers for an extractor what it answered the first time it saw
// the text: the pipeline's own work (the shared reading, checking, merging
// and settling the mentions, the offsets) without the extractors' work.
type replay struct {
	extract.Extractor
	got map[string][]extract.Mention
}

func (r *replay) Extract(d *extract.Doc) []extract.Mention {
	ms, ok := r.got[d.Text]
	if !ok {
		ms = slices.Clone(r.Extractor.Extract(d))
		r.got[d.Text] = ms
	}
	return slices.Clone(ms) // the pipeline works in place on what it is given
}

// BenchmarkPipelineGlue runs the pipeline without events over the article
// and over the TimeML texts (when ../shared is there), the extractors
// replaced by their recorded answers.
func BenchmarkPipelineGlue(b *testing.B) {
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	loc := location.New()
	var exs []extract.Extractor
	for _, e := range []extract.Extractor{date.New(), amount.New(), organization.New(loc), loc, official.New()} {
		exs = append(exs, &replay{e, map[string][]extract.Mention{}})
	}
	p := extract.NewPipeline(nil, exs...)
	b.Run("x1", func(b *testing.B) { runTexts(b, p, []string{string(raw)}) })
	b.Run("timeml", func(b *testing.B) { runTexts(b, p, extracttest.TimeMLTexts(b)) }) // the first run records
}
