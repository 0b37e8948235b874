package page

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/PuerkitoBio/goquery"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// MaxInput is the largest page Strip accepts. It is above ingest/fetch's
// page cap (5 MiB), so every fetched page fits; larger input is refused
// rather than parsed at unbounded cost.
const MaxInput = 8 << 20

// ErrTooLarge is returned for pages over MaxInput bytes.
var ErrTooLarge = errors.New("page: input too large")

// ErrNotHTML is returned when the input does not look like text.
var ErrNotHTML = errors.New("page: input is not html")

// Options tune stripping. The zero value is ready to use.
type Options struct {
	// Selector, when set, is a CSS selector for the article body that wins
	// over bundled site rules and the generic algorithm (feeds add --selector).
	Selector string
	// Location is the site's time zone, used for zone-less times and
	// datelines; it overrides the zone in the bundled site rules. Nil means
	// the site rule's zone, or unknown: such times are then read as UTC and
	// Result.ZoneUnknown is set.
	Location *time.Location
	// Now anchors the year of a dateline ("Dec. 12") when neither the page
	// nor its URL gives one. Zero means time.Now().
	Now time.Time
}

// Result is a stripped page.
type Result struct {
	Title           string    `json:"title"`
	Byline          string    `json:"byline"`
	Lang            string    `json:"lang,omitempty"`
	CanonicalURL    string    `json:"canonical_url,omitempty"`
	Published       time.Time `json:"published,omitzero"`
	PublishedSource string    `json:"published_source,omitempty"`
	Modified        time.Time `json:"modified,omitzero"`
	// ZoneUnknown is true when Published was written without a zone and
	// no zone was known for the site, so its wall clock was read as UTC.
	ZoneUnknown bool   `json:"zone_unknown,omitempty"`
	Text        string `json:"text"`
	// Path says what produced Text: "selector", "site:HOST", "generic",
	// or "json-ld" when the page carried its story only in JSON-LD
	// articleBody.
	Path string `json:"path"`
}

// Stripper strips pages and caches the per-feed selectors it has seen.
// It is safe for concurrent use; hold one for many pages.
type Stripper struct {
	selMu sync.Mutex
	sels  map[string]*compiledSel // Options.Selector values seen, compiled
}

// New returns a Stripper. The bundled rules load on the first Strip of
// any Stripper, once per process.
func New() *Stripper { return &Stripper{} }

// bundledRules parses sites.json and generic.json on first use. The rule
// set is read-only afterwards, so all Strippers share it.
var bundledRules = sync.OnceValues(loadRules)

// Strip extracts the article from UTF-8 HTML. pageURL resolves relative
// links and selects site rules; it may be empty. It is a shorthand for
// New().Strip; callers with many pages and a per-feed selector should
// hold a Stripper.
func Strip(html []byte, pageURL string, opts Options) (*Result, error) {
	return New().Strip(html, pageURL, opts)
}

func (s *Stripper) load() (*ruleSet, error) { return bundledRules() }

// Strip extracts the article from UTF-8 HTML. pageURL resolves relative
// links and selects site rules; it may be empty.
func (s *Stripper) Strip(src []byte, pageURL string, opts Options) (*Result, error) {
	rs, err := s.load()
	if err != nil {
		return nil, err
	}
	if len(src) > MaxInput {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, len(src))
	}
	if looksBinary(src) {
		return nil, ErrNotHTML
	}
	if !utf8.Valid(src) {
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	root, err := html.Parse(bytes.NewReader(dropRawElements(src)))
	if err != nil {
		return nil, fmt.Errorf("page: parse html: %w", err)
	}
	var base *url.URL
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			base = u
		}
	}
	var site *siteRule
	if base != nil {
		site = rs.site(base.Hostname())
	}
	loc := opts.Location
	if loc == nil && site != nil {
		loc = site.loc
	}
	p := &pageState{root: root, base: base, site: site, loc: loc, rules: rs, opts: &opts}
	p.readHead()

	r := &Result{}
	p.fillMeta(r)

	var sel *compiledSel
	if opts.Selector != "" {
		sel, err = s.compile(opts.Selector)
		if err != nil {
			return nil, err
		}
	}
	if site != nil && site.time != nil {
		if m := goquery.NewDocumentFromNode(root).FindMatcher(site.time.sel); m.Length() > 0 {
			n := m.Get(0)
			p.siteTime = attr(n, "datetime")
			if p.siteTime == "" {
				var b strings.Builder
				collectText(n, &b)
				p.siteTime = collapse(b.String())
			}
		}
	}
	r.Text, r.Path = p.extractBody(sel)
	p.fillTimes(r)
	p.fillByline(r)
	if !utf8.ValidString(r.Text) {
		r.Text = strings.ToValidUTF8(r.Text, "\uFFFD")
	}
	return r, nil
}

// compile caches per-feed selectors: a feed's selector repeats on every page.
func (s *Stripper) compile(sel string) (*compiledSel, error) {
	s.selMu.Lock()
	defer s.selMu.Unlock()
	if c, ok := s.sels[sel]; ok {
		return c, nil
	}
	c, err := compileSel(sel)
	if err != nil {
		return nil, fmt.Errorf("page: selector %q: %w", sel, err)
	}
	if s.sels == nil {
		s.sels = map[string]*compiledSel{}
	}
	if len(s.sels) < 1024 {
		s.sels[sel] = c
	}
	return c, nil
}

// looksBinary reports input that no HTML page holds: NUL bytes or mostly
// control characters in the first kilobytes.
func looksBinary(b []byte) bool {
	n := len(b)
	if n > 4096 {
		n = 4096
	}
	ctl := 0
	for _, c := range b[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return n > 0 && ctl*10 > n
}
