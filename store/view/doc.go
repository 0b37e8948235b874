// Package view serves a read-only web viewer and JSON API over an
// eventwire database: the articles, newest first, with filters and a text
// search; one article with each mention highlighted by type where it
// stands, a side panel of the mentions' values, rules and confidences, and
// its events, whose triggers and arguments can be outlined in the text;
// the events across articles with downloads that are exactly what
// "eventwire export" writes (through store/export); the feeds' status and
// the last runs. /api/ answers the export's records as JSON.
//
// Pages are html/template with embedded templates, one stylesheet and one
// small script; every page works without the script. Article text, titles
// and feed names are untrusted: html/template escapes them, and every
// response carries a Content-Security-Policy that allows no inline script
// or style, so that text which slips through could still not run.
//
// The server holds no database handle between requests: Options.Open is
// called for each request (and for each chunk of a download), and the
// handle is closed before the response is written, so a cron pass that
// wants the database waits at most for one request's reads. No route
// writes. The colours and labels of mention types come from types.tsv;
// a type missing there shows in a neutral colour under its own name.
//
// Between requests it keeps only the index of syndicated copies, rebuilt
// when the database's last transaction id changes, and the time of its
// last read (see gate.go).
//
// It does not serve the article's raw page as HTML (only as sandboxed
// plain text), does not authenticate anyone (bind it to loopback), and
// never writes.
package view
