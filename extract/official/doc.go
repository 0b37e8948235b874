// Package official finds people in English news text with their titles and
// affiliations, and links later mentions of a person to the full name.
package official
