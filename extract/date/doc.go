// Package date finds temporal expressions in English news text and
// normalizes them to TIMEX3 values, resolving relative ones against the
// publication time.
package date
