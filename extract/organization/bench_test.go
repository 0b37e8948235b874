package organization

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
	"github.com/eventwire/eventwire/extract/text"
)

// BenchmarkExtract runs the organisation extractor alone (dates, amounts
// and the shared tokens found beforehand, as in the pipeline) over the
// wire-style test articles, once and repeated 20 times: MB/s should stay
// about the same across sizes; a drop says some rule is superlinear.
func BenchmarkExtract(b *testing.B) {
	var parts []string
	for _, f := range []string{"testdata/golden_wire.txt", "testdata/golden_sports.txt", "../standard/testdata/article.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(raw))
	}
	x := testExtractor()
	run(b, "warm up the tables")
	texts := map[string]string{}
	for _, n := range []int{1, 20} {
		texts[fmt.Sprintf("x%d", n)] = strings.Repeat(strings.Join(parts, "\n\n")+"\n\n", n)
	}
	// The pipeline benchmark's text (extract/standard), for side-by-side
	// figures with it.
	texts["pipeline_x50"] = strings.Repeat(parts[2]+"\n\n", 50)
	for _, name := range []string{"x1", "x20", "pipeline_x50"} {
		txt := texts[name]
		d := &extract.Doc{Text: txt, Published: time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)}
		d.Sentences = extract.Sentences(txt)
		d.Dateline = extract.FindDateline(txt)
		d.Tokens = text.Tokenize(d.Text, nil) // the pipeline reads them once for every extractor
		for _, p := range priors {
			d.Mentions = append(d.Mentions, p.Extract(d)...)
		}
		sortMentions(d.Mentions)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(txt)))
			b.ReportAllocs()
			start := extracttest.CPUTime()
			for b.Loop() {
				x.Extract(d)
			}
			extracttest.ReportCPU(b, start, len(txt))
		})
	}
}

// BenchmarkExtractTimeML runs the extractor alone over the shared TimeML
// texts (short news texts, as BenchmarkPipelineTimeML in extract/standard),
// each prepared as the pipeline prepares it: the cost paid once per
// document weighs more here than in BenchmarkExtract. It skips without
// ../shared.
func BenchmarkExtractTimeML(b *testing.B) {
	pub := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	var docs []*extract.Doc
	for _, s := range extracttest.TimeMLTexts(b) {
		docs = append(docs, extracttest.PipelineDoc(s, pub, priors...))
	}
	extracttest.BenchDocs(b, testExtractor(), docs)
}
