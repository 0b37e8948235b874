// Package article is eventwire's article stage: it turns a fetched page,
// or a feed item whose page failed, into a stored article with its
// extraction. One place does, for every caller (the cron pass and its
// retries, reextract --restrip, extract --html, and so demo):
//
//   - strip the page with the feed's CSS selector (ingest/page);
//   - choose the canonical URL (ingest/canon) and the headline;
//   - hash the raw page and the text;
//   - choose the publication time: the page's own metadata, then the feed
//     item's date, then the dateline or the URL, then the fetch time;
//   - set the language: detected from the text (ingest/lang), else what
//     the page or the feed declared;
//   - run the extraction pipeline, English rules on English text only,
//     anchored at the publication time;
//   - apply the duplicate policy (dedupe.go) and store the result.
//
// It holds each article to limits (limits.go) whatever its page or feed
// holds: the text is cut to MaxText and before the sentence that would
// give more than MaxMentions mentions (Article.Truncated says so), and with
// a Gate stripping and extraction share a bound on the input they work on
// at once with the other users of the gate.
//
// The duplicate policy lives here and nowhere else: an item whose link or
// GUID is stored is not fetched (Known); a page whose canonical URL is
// stored is that article, not a new one; a stored article whose page turns
// out to be another stored article keeps its id and becomes its copy; a
// text of at least MinDedupText characters whose hash another article
// holds makes a copy (kept, with duplicate_of). The store only keeps the
// indexes consistent (store.ArticleWrite).
//
// It does not fetch (ingest/fetch), poll feeds or keep the retry queue
// (ingest/poller), and knows the store only through the Store interface.
package article
