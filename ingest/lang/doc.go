// Package lang tells the language of an article's text, so that the
// English extraction rules run only on English: it wraps whatlanggo's
// trigram detector (MIT licence; profiles from the Guesslanguage and
// Franc projects) over the start of the text, and normalises the language
// tags pages and feeds declare ("en-US", "de_DE") to ISO 639-1.
//
// It does not translate, and it does not decide anything for texts too
// short or too mixed to tell: Detect reports them as not reliable, and
// the caller falls back on what the page or the feed declared.
package lang
