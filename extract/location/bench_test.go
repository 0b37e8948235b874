package location_test

import (
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/amount"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/organization"
	"github.com/eventwire/eventwire/extract/text"
)

// BenchmarkExtractTimeML runs the extractor alone over the shared TimeML
// texts (short news texts, as BenchmarkPipelineTimeML in extract/standard),
// each prepared as the pipeline prepares it (the shared tokens and
// lower-cased text, and the dates, amounts and organisations found before
// the locations): the cost paid once per document weighs more here than in
// BenchmarkExtract. It skips without ../shared.
func BenchmarkExtractTimeML(b *testing.B) {
	texts := extracttest.TimeMLTexts(b)
	x := location.New()
	priors := []extract.Extractor{date.New(), amount.New(), organization.New(x)}
	docs := make([]*extract.Doc, len(texts))
	n := 0
	for i, txt := range texts {
		d := &extract.Doc{Text: txt, Published: time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)}
		d.Sentences = text.Sentences(txt)
		d.Dateline = text.FindDateline(txt)
		d.Tokens = text.Tokenize(txt, nil)
		d.Lower = text.LowerASCII(txt)
		for _, p := range priors {
			d.Mentions = append(d.Mentions, p.Extract(d)...)
		}
		// by start, as the pipeline merges them
		ms := d.Mentions
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
		x.Extract(d) // loads the gazetteer before the timing
		docs[i] = d
		n += len(txt)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
		}
	}
	extracttest.ReportCPU(b, start, n)
}
