package official

// The given-name, people-name and country tables in data/ come from pinned
// npm packages; gen.go rebuilds them (see data/ATTRIBUTION.md).
//go:generate go run gen.go
