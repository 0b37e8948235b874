// Package poller runs one cron pass of eventwire: it polls the feeds that
// are due, concurrently and politely through one fetch.Client, fetches each
// new item's page and hands it to the article stage, which strips it,
// runs the extraction pipeline and stores the result.
//
// Crash safety comes from ordering: each article is committed in its own
// transaction, and a feed's validators (ETag, Last-Modified) and next poll
// time are saved only after all of its new articles are. A pass killed at
// any moment re-polls those feeds next time and skips the articles already
// stored (by canonical URL and GUID), so nothing is lost or stored twice.
//
// Memory and disk follow limits, not content: items whose link is not http
// or https are skipped, log values are shortened, and feed parsing shares
// a gate of a few megabytes of input with the article stage's stripping
// and extraction (article.Gate), however many feeds are polled at once;
// the stage holds each article's text to article.MaxText and
// article.MaxMentions (Article.Truncated says so).
//
// A page that cannot be fetched leaves the article with the feed's text
// and its page in the store's retry queue, written in the same
// transaction; each pass, after the feeds, fetches the queued pages that
// are due (retry.go: backoff, bounded attempts, a per-host cap) and
// stores the articles again with their pages. Unreachable pages are logged
// once per host per pass.
//
// It does not read or store articles itself: each item's page (or, when
// the page fails, the feed's text) goes through the article stage
// (ingest/article), which also holds the duplicate policy. It does not
// parse HTML or feeds (ingest/page, ingest/feed) and holds no HTTP policy
// (ingest/fetch).
package poller
