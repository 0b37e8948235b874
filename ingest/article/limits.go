package article

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/semaphore"

	"github.com/eventwire/eventwire/ingest/feed"
)

// Limits on what one article may cost, whatever its feed or page holds.
const (
	// MaxText caps the text stored and extracted per article, in bytes;
	// a longer text is cut at a space before the cap and the article is
	// marked Truncated. It is also the cap on a feed item's content.
	MaxText = feed.MaxContent
	// MaxMentions caps the mentions stored per article: a text that gives
	// more (a table of figures, or hostile filler) is cut before the
	// sentence that holds the first mention past the cap, and extracted
	// again, so that mentions and events stay consistent with the text.
	MaxMentions = 10_000
	// maxLogValue caps a value written to the log (a title, a link).
	maxLogValue = 200
)

// capText cuts s to at most n bytes, at the last white space in the final
// 4 KiB before the cap when there is one, else on a rune boundary, and
// reports whether it cut.
func capText(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexFunc(s[max(0, cut-4096):cut], unicode.IsSpace); sp >= 0 {
		cut = max(0, cut-4096) + sp
	}
	// A copy: the part kept must not hold the whole text in memory.
	return strings.Clone(strings.TrimRightFunc(s[:cut], unicode.IsSpace)), true
}

// LogValue shortens a value for the log: a hostile feed's 10 MB title must
// not become a 10 MB log line.
func LogValue(s string) string {
	if len(s) <= maxLogValue {
		return s
	}
	c, _ := capText(s, maxLogValue)
	return c + "…"
}

// Gate bounds the memory that parsing, stripping and extracting take at
// once: each step acquires the bytes it works on (weighted: extraction
// costs several times its text), and together they hold at most GateBytes,
// so a pass's memory follows the limits rather than the content or the
// number of feeds polled at once. A step larger than the gate runs alone.
// The poller holds one for a pass's feed parsing and gives it to its
// stage (Options.Gate) for stripping and extraction.
type Gate struct{ sem *semaphore.Weighted }

const (
	// GateBytes is the input a Gate lets through at once.
	GateBytes = 4 << 20
	// extractWeight is an extraction's memory per text byte, against a
	// parse's or a strip's per input byte.
	extractWeight = 4
)

// NewGate returns a gate of GateBytes.
func NewGate() *Gate { return &Gate{sem: semaphore.NewWeighted(GateBytes)} }

// Do runs fn holding n bytes of the gate; it returns ctx's error without
// running fn when ctx ends first. A nil gate runs fn at once.
func (g *Gate) Do(ctx context.Context, n int, fn func()) error {
	if g == nil {
		fn()
		return nil
	}
	w := int64(min(max(n, 1), GateBytes))
	if err := g.sem.Acquire(ctx, w); err != nil {
		return err
	}
	defer g.sem.Release(w)
	fn()
	return nil
}
