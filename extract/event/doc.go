// Package event builds sentence-level events (who did what, when, where and
// for how much) from a document's merged mentions.
package event
