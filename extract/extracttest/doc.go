// Package extracttest holds test helpers shared by the extractors: span
// invariants, golden files, and the shared corpus location. It is imported
// only by tests.
package extracttest
