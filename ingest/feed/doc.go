// Package feed parses RSS, Atom and JSON feeds with gofeed, reads feed lists
// (OPML, YAML), and decides when a feed is due again, with capped
// exponential backoff after errors.
package feed
