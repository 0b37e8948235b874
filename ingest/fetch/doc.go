// Package fetch is eventwire's one HTTP client. Feeds, article pages and
// robots.txt files all go through a Client, which sends conditional GETs
// (If-None-Match, If-Modified-Since; a 304 is ErrNotModified) and returns
// bodies converted to UTF-8.
//
// A Client enforces, per request: http and https only (ErrScheme); a
// timeout per exchange (30 s); at most 5 redirects, each hop checked like
// the first (ErrTooManyRedirects, also for a loop); size caps counted after
// decompression (feed 10 MiB, page 5 MiB; ErrTooLarge), reading at most one
// byte past the cap, so a gzip bomb stops there; and, unless
// Options.AllowPrivate, no loopback, private, link-local or special-purpose
// address (ErrPrivateAddress), checked on the IP actually dialed so DNS
// answers and redirects that point inside are caught.
//
// Per host (host and port as in the URL) it keeps, for the Client's
// lifetime: the robots.txt rules (RFC 9309: 4xx allows everything; 5xx, 429
// or an unreachable host disallows for ten minutes; cached 24 h), applied to
// pages and, with Options.FeedRobots, feeds; a rate limiter of 1 request per
// second with burst 1, slowed to the robots.txt Crawl-delay, shared by
// feeds, pages and robots.txt; and the time a 429 or 503 Retry-After asked
// us to wait; and the request time spent on the host, against
// Options.HostBudget (2 minutes): past it, requests to the host are deferred
// (OverBudget set) and one in flight is cut, so that a host trickling bytes
// costs a run that much, not the timeout per page. A request whose turn
// would come after its context deadline
// or after Options.MaxWait is not sent: Fetch returns a *StatusError with
// Code 429, Deferred set and RetryAfter the wait, so a cron pass moves on
// and the caller retries later.
//
// Charset: a BOM, then the HTTP charset, then the XML declaration (or for
// pages a <meta> found within the first 64 KiB), then detection. Bytes that
// are valid UTF-8 with non-ASCII characters win over a label that says
// otherwise; undeclared non-UTF-8 bytes decode as windows-1252; gb2312 and
// gbk decode as GB18030. A transcoded document's XML declaration is
// rewritten to say UTF-8, so a feed parser does not decode it again.
// Response.Charset and CharsetSource say what was used and why.
//
// # Caveats
//
// Proxies from the environment are not used, since the address guard must
// see the address dialed. Robots rules are cached in memory only. Feed
// fetches skip robots.txt by default: a subscription is not a crawl.
package fetch
