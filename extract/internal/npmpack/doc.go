// Package npmpack gets the pinned npm packages that eventwire's embedded
// data is generated from: it asks the ordinary npm client for a tarball
// ("npm pack", so the registry is whatever npm is configured to use), checks
// it against the registry's published integrity before anything reads it,
// keeps a verified copy in a cache directory so that a rerun needs no
// network, and reads files out of it. The generators (gen.go in
// extract/amount, extract/location, extract/official and
// extract/internal/givennames, run by go generate) share it.
//
// It is a development tool: nothing in the build or the tests downloads
// anything, and it parses none of the data it fetches.
package npmpack
