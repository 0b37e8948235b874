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
)

// BenchmarkExtractTimeML runs the extractor alone over the shared TimeML
// texts (short news texts, as BenchmarkPipelineTimeML in extract/standard),
// each prepared as the pipeline prepares it (the shared tokens and
// lower-cased text, and the dates, amounts and organisations found before
// the locations): the cost paid once per document weighs more here than in
// BenchmarkExtract. It skips without ../shared.
func BenchmarkExtractTimeML(b *testing.B) {
	x := location.New()
	priors := []extract.Extractor{date.New(), amount.New(), organization.New(x)}
	pub := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	var docs []*extract.Doc
	for _, s := range extracttest.TimeMLTexts(b) {
		docs = append(docs, extracttest.PipelineDoc(s, pub, priors...))
	}
	extracttest.BenchDocs(b, x, docs)
}
