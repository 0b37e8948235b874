// Command eventwire turns wire-service news feeds into structured events.
//
// It polls feeds, fetches each new article politely, strips the page to its
// text, extracts dates, amounts, places and officials, builds events and
// keeps everything in an embedded bbolt database, from which "export" writes
// JSON Lines, JSON or CSV. Run "eventwire --help" for the commands, and
// "eventwire demo" for an offline run on bundled sample feeds.
//
// This package holds flags and wiring only, one file per command; the work
// is done by the ingest, extract and store packages.
package main
