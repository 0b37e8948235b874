// Package location finds place names in English news text with an embedded
// GeoNames-derived gazetteer and resolves them to coordinates.
package location
