// Package feed parses RSS (0.9x, 1.0, 2.0), Atom and JSON Feed bodies with
// gofeed into Items with absolute links and a stable GUID, reads feed lists
// (OPML outlines, nested or not, and a YAML list), and decides when a feed
// is due again, with capped exponential backoff after errors.
//
// Before gofeed sees a body, its structure is checked against MaxDepth and
// MaxElements (ErrTooComplex): gofeed keeps a node per element, and a 10
// MiB body of nested elements cost it a gigabyte. An item's fields are
// capped (MaxTitle, MaxGUID, MaxURL, MaxContent; Item.Truncated).
//
// It does not fetch: bodies come from package fetch already converted to
// UTF-8, and Parse never calls gofeed's ParseURL, which sends no
// validators and treats a 304 as an error. It does not store anything or
// track validators; the poller keeps ETag, Last-Modified and error counts.
package feed
