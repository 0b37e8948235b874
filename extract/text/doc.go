// Package text is the reading of a document that every extractor shares,
// done once per document: sentences (with the abbreviation lexicon that
// keeps "Dec. 12" and "U.S." inside them), tokens with their case, line and
// number marks, byte to code-point offsets, and the wire dateline with its
// date parsed. It also loads the lexicon formats the extractors keep their
// data in (word lists, tab-separated tables, sectioned lists).
//
// The page reader (ingest/page) uses it for datelines without depending on
// the extraction contract, which stays in package extract.
//
// It does not recognise anything: no dates, amounts, places or names, and no
// part-of-speech or syntax. It reads English wire text; other scripts are
// tokenized by Unicode class but get no further treatment.
package text
