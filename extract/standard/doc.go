// Package standard assembles eventwire's default extraction pipeline and
// names its version. It holds no rules of its own.
package standard
