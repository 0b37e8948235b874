// Package export writes stored articles, mentions and events as JSON Lines,
// a JSON array, or CSV, one record kind per output, streaming: a record is
// written as soon as the store yields it, so memory does not grow with the
// database.
//
// Every record carries "record" (article, mention or event) and "schema"
// ("eventwire/1"); JSON Schemas for the three records are embedded (Schema)
// and live in schema/. CSV has one flat table per record kind and never puts
// a list in a cell: an event's participants and mention references become
// extra rows, one per reference.
package export
