// Package canon computes the canonical URL of an article, which is its
// identity in the store: tracking parameters and fragments dropped, scheme
// and host lower-cased, and a page's declared canonical (rel=canonical,
// og:url) accepted only on the same registrable domain, so that a page
// cannot claim to be another site's story.
package canon
