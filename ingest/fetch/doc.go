// Package fetch is eventwire's one HTTP client: conditional GET, timeouts,
// size caps (after decompression too), charset conversion to UTF-8,
// robots.txt, a per-host rate limit shared by feeds and pages, Retry-After
// and Crawl-delay, a redirect cap and a private-address guard.
package fetch
