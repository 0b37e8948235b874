// Package poller runs one cron pass of eventwire: it polls the feeds that
// are due, concurrently and politely through one fetch.Client, fetches each
// new item's page, strips it, runs the extraction pipeline and stores the
// result.
//
// Crash safety comes from ordering: each article is committed in its own
// transaction, and a feed's validators (ETag, Last-Modified) and next poll
// time are saved only after all of its new articles are. A pass killed at
// any moment re-polls those feeds next time and skips the articles already
// stored (by canonical URL and GUID), so nothing is lost or stored twice.
//
// Memory and disk follow limits, not content: an article's text is cut to
// MaxText and to what gives MaxMentions mentions (Article.Truncated says
// so), items whose link is not http or https are skipped, log values are
// shortened, and parsing, stripping and extraction share a gate of a few
// megabytes of input, however many feeds are polled at once.
//
// It does not parse HTML or feeds itself (ingest/page, ingest/feed) and
// holds no HTTP policy (ingest/fetch).
package poller
