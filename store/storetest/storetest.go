package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store"
)

// Opener returns a new, empty database for one test; it registers its
// own cleanup.
type Opener func(t *testing.T) store.Store

// Run runs every case of the suite against the backend that open makes.
func Run(t *testing.T, open Opener) {
	cases := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"FeedsLifecycle", testFeedsLifecycle},
		{"FeedKnown", testFeedKnown},
		{"UpdateFeedKeepsEdits", testUpdateFeedKeepsEdits},
		{"PutArticleIndexesAndDuplicates", testPutArticleIndexesAndDuplicates},
		{"ContentIndex", testContentIndex},
		{"TruncatedKept", testTruncatedKept},
		{"RestoredArticleMoves", testRestoredArticleMoves},
		{"EachFiltersAndOrder", testEachFiltersAndOrder},
		{"EachNoText", testEachNoText},
		{"EachYieldsWhatWasThere", testEachYieldsWhatWasThere},
		{"EachStopsOnError", testEachStopsOnError},
		{"StaleIDsResumable", testStaleIDsResumable},
		{"RetryQueue", testRetryQueue},
		{"ClaimRetries", testClaimRetries},
		{"FarDates", testFarDates},
		{"Runs", testRuns},
		{"Counts", testCounts},
		{"ArticlesFilters", testArticlesFilters},
		{"ArticlesPaging", testArticlesPaging},
		{"ArticlesOldestMatchesEach", testArticlesOldestMatchesEach},
		{"ArticlesNoTextAndExtraction", testArticlesNoTextAndExtraction},
		{"ArticlesBadCursor", testArticlesBadCursor},
		{"ArticleDetail", testArticleDetail},
		{"Copies", testCopies},
		{"FeedCounts", testFeedCounts},
		{"ClaimFeeds", testClaimFeeds},
		{"ClaimFeedsForce", testClaimFeedsForce},
		{"ConcurrentWritersStoreOnce", testConcurrentWritersStoreOnce},
		{"ExtractionRoundTrip", testExtractionRoundTrip},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.fn(t, open(t)) })
	}
}

// Article returns a test article at pub whose id and GUID derive from url.
func Article(url string, pub time.Time, text string) *store.Article {
	return &store.Article{ID: store.ArticleID(url), URL: url, CanonicalURL: url, Published: pub, FetchedAt: pub,
		Feed: store.FeedRef{ID: "1", URL: "http://feed", GUID: url}, Text: text,
		TextSHA256: fmt.Sprintf("%064x", len(text)*7919+int(pub.Unix()%1000)),
		Extractor:  store.ExtractorInfo{Name: "t", Version: 1}}
}
