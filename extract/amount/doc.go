// Package amount finds money, percentages and counts in English news text,
// with values, ISO 4217 currencies and linked currency equivalents.
package amount
