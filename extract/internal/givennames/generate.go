package givennames

// data/given_names.txt and data/people_names.txt come from pinned npm
// packages; gen.go rebuilds them (see ATTRIBUTION.md).
//go:generate go run gen.go
