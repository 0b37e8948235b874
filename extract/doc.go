// Package extract holds the extraction contract: the Mention and Event types
// that the JSON contract (DESIGN.md) fixes, the Doc an extractor reads, and
// the Pipeline that runs the extractors in order and merges their output.
// The reading of the text that every extractor shares (sentences, tokens,
// the dateline, code-point offsets, lexicon files) is extract/text; the
// pipeline does it once per document and hands it over in Doc.
//
// Extractors live in sub-packages (extract/date, extract/amount, ...) and
// implement Extractor; extract/standard assembles the default pipeline. The
// pipeline, not the extractors, sorts mentions, fills code-point offsets and
// sentence indexes, and renumbers cross-references (Amount.EquivalentOf), so
// an extractor only reports byte spans into Doc.Text.
//
// It does not fetch, strip or store anything.
package extract
