package official

import (
	"sync"
	"time"
)

var timeZero time.Time

// The lexicon takes a moment to load; the tests share one extractor, which
// is safe for concurrent use.
var (
	sharedOnce sync.Once
	sharedEx   *Extractor
)

func testExtractor() *Extractor {
	sharedOnce.Do(func() { sharedEx = New() })
	return sharedEx
}
