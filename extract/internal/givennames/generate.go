package givennames

// data/given_names.txt comes from pinned npm packages; gen.go rebuilds it
// (see ATTRIBUTION.md).
//go:generate go run gen.go
