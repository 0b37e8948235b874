package page

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"github.com/PuerkitoBio/goquery"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // site zones must resolve on hosts without a zoneinfo database

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// sites.json holds per-host rules; generic.json the class/id hints and
// boilerplate phrases of the generic algorithm. Both are hand-written for
// this package.
var (
	//go:embed sites.json
	sitesJSON []byte
	//go:embed generic.json
	genericJSON []byte
)

type sitesFile struct {
	Sites []struct {
		Name    string   `json:"name"`
		Hosts   []string `json:"hosts"`
		TZ      string   `json:"tz"`
		Body    []string `json:"body"`
		Drop    []string `json:"drop"`
		Time    string   `json:"time"`
		Byline  string   `json:"byline"`
		URLDate string   `json:"url_date"`
	} `json:"sites"`
}

type genericFile struct {
	// Class and id tokens (split at non-alphanumerics) that mark a
	// block as boilerplate, and substrings that do so inside one token.
	Negative       []string `json:"negative"`
	NegativeSubstr []string `json:"negative_substr"`
	// Tokens that mark a likely article container; they rescue a block
	// whose other tokens are weakly negative.
	Positive []string `json:"positive"`
	// Weakly negative tokens: outweighed by a positive token.
	Weak []string `json:"weak"`
	// Words of a line that is only a time stamp: month and day names,
	// "updated", "am", zone abbreviations.
	DateWords []string `json:"date_words"`
	// Meta keys (name, property or itemprop, lower-cased) whose ending
	// marks a publication or a modification time, most telling first.
	PublishedKeys []string `json:"published_meta_keys"`
	ModifiedKeys  []string `json:"modified_meta_keys"`
	// Lower-case words that names in a byline may hold ("de", "van").
	NameParticles []string `json:"name_particles"`
	// Whole short blocks (after lower-casing) that are widgets, not text.
	Boilerplate []string `json:"boilerplate"`
}

type siteRule struct {
	name    string
	host    string
	loc     *time.Location
	body    []*compiledSel
	drop    []*compiledSel
	time    *compiledSel
	byline  *compiledSel
	urlDate *regexp.Regexp
}

type ruleSet struct {
	hosts         map[string]*siteRule
	tokens        map[string]tokenKind // class and id tokens: negative, weak or positive
	negSubstr     []string
	boilerplate   boilerplate
	dateWords     map[string]bool
	nameParticles map[string]bool

	publishedKeys, modifiedKeys []string
	urlDate                     []*regexp.Regexp
	textDate, ldField           *regexp.Regexp
}

type tokenKind uint8

const (
	tokNone tokenKind = iota
	tokPositive
	tokWeak
	tokNegative
)

type compiledSel struct {
	src string
	sel cascadia.Selector
}

func compileSel(s string) (*compiledSel, error) {
	c, err := cascadia.Compile(s)
	if err != nil {
		return nil, err
	}
	return &compiledSel{src: s, sel: c}, nil
}

// matchAll returns the outermost matches of n and its descendants, in
// document order. The generic scorer walks raw nodes for speed; selectors go
// through goquery, which orders and de-duplicates the matches.
func (c *compiledSel) matchAll(n *html.Node) []*html.Node {
	doc := goquery.NewDocumentFromNode(n)
	all := doc.FilterMatcher(c.sel).AddSelection(doc.FindMatcher(c.sel)).Nodes
	out := all[:0]
	for _, m := range all {
		inside := false
		for _, o := range out {
			if contains(o, m) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

func contains(anc, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}

func loadRules() (*ruleSet, error) {
	var sf sitesFile
	if err := json.Unmarshal(sitesJSON, &sf); err != nil {
		return nil, fmt.Errorf("page: site rules: %w", err)
	}
	rs := &ruleSet{hosts: map[string]*siteRule{}}
	for _, s := range sf.Sites {
		r := &siteRule{name: s.Name}
		if s.TZ != "" {
			loc, err := time.LoadLocation(s.TZ)
			if err != nil {
				return nil, fmt.Errorf("page: site rules: %s: %w", s.Name, err)
			}
			r.loc = loc
		}
		var err error
		comp := func(src string) *compiledSel {
			if src == "" || err != nil {
				return nil
			}
			var c *compiledSel
			c, err = compileSel(src)
			if err != nil {
				err = fmt.Errorf("page: site rules: %s: selector %q: %w", s.Name, src, err)
			}
			return c
		}
		for _, b := range s.Body {
			r.body = append(r.body, comp(b))
		}
		for _, d := range s.Drop {
			r.drop = append(r.drop, comp(d))
		}
		r.time = comp(s.Time)
		r.byline = comp(s.Byline)
		if err != nil {
			return nil, err
		}
		if s.URLDate != "" {
			re, err := regexp.Compile(s.URLDate)
			if err != nil {
				return nil, fmt.Errorf("page: site rules: %s: url_date: %w", s.Name, err)
			}
			r.urlDate = re
		}
		for _, h := range s.Hosts {
			h = strings.ToLower(h)
			if _, dup := rs.hosts[h]; dup {
				return nil, fmt.Errorf("page: site rules: host %s listed twice", h)
			}
			rr := *r
			rr.host = h
			rs.hosts[h] = &rr
		}
	}
	var gf genericFile
	if err := json.Unmarshal(genericJSON, &gf); err != nil {
		return nil, fmt.Errorf("page: generic rules: %w", err)
	}
	set := func(l []string) map[string]bool {
		m := make(map[string]bool, len(l))
		for _, w := range l {
			m[w] = true
		}
		return m
	}
	rs.tokens = map[string]tokenKind{}
	for _, l := range []struct {
		words []string
		kind  tokenKind
	}{{gf.Positive, tokPositive}, {gf.Weak, tokWeak}, {gf.Negative, tokNegative}} {
		for _, w := range l.words {
			rs.tokens[w] = l.kind // negative wins: it is set last
		}
	}
	rs.negSubstr = gf.NegativeSubstr
	rs.dateWords = set(gf.DateWords)
	rs.nameParticles = set(gf.NameParticles)
	bp, err := compileBoilerplate(gf.Boilerplate)
	if err != nil {
		return nil, fmt.Errorf("page: generic rules: %w", err)
	}
	rs.boilerplate = bp
	rs.publishedKeys, rs.modifiedKeys = gf.PublishedKeys, gf.ModifiedKeys
	for _, src := range urlDatePatterns {
		rs.urlDate = append(rs.urlDate, regexp.MustCompile(src))
	}
	rs.textDate = regexp.MustCompile(textDatePattern)
	rs.ldField = regexp.MustCompile(ldFieldPattern)
	return rs, nil
}

// site finds the rule for a host, or for its nearest listed parent domain
// (www.bbc.co.uk falls back to bbc.co.uk).
func (rs *ruleSet) site(host string) *siteRule {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for host != "" {
		if r, ok := rs.hosts[host]; ok {
			return r
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			break
		}
		host = host[i+1:]
		if !strings.Contains(host, ".") {
			break // never match a bare public suffix
		}
	}
	return nil
}

// valueHint weighs one class or id value: -2 widget, -1 page furniture
// (a weak token and no positive one), +1 likely article, 0 neither.
func (rs *ruleSet) valueHint(v string) int8 {
	neg, weak, pos := false, false, false
	forTokens(v, func(tok string) {
		switch rs.tokens[tok] {
		case tokNegative:
			neg = true
		case tokWeak:
			weak = true
		case tokPositive:
			pos = true
		}
	})
	if !neg {
		lv := asciiLower(v)
		for _, s := range rs.negSubstr {
			if strings.Contains(lv, s) {
				neg = true
				break
			}
		}
	}
	switch {
	case neg:
		return -2
	case weak && !pos:
		return -1
	case pos:
		return 1
	}
	return 0
}

// asciiLower lower-cases A-Z only, so byte offsets stay the same; it
// allocates only when s has an upper-case letter.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// forTokens calls fn on each whole class name of s, lower-cased, and on
// each alphanumeric run within it, split at camelCase humps too, so that
// "share-bar" yields "share-bar", "share" and "bar", and "newsCaption"
// yields "newscaption", "news" and "caption".
func forTokens(s string, fn func(string)) {
	ls := asciiLower(s)
	i := 0
	for i < len(s) {
		for i < len(s) && isClassSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isClassSpace(s[j]) {
			j++
		}
		if j > i {
			tokensOf(s[i:j], ls[i:j], fn)
		}
		i = j
	}
}

func isClassSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func tokensOf(word, lw string, fn func(string)) {
	fn(lw)
	start := -1
	for i := 0; i <= len(word); i++ {
		c := byte(0)
		if i < len(word) {
			c = word[i]
		}
		lower := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		upper := c >= 'A' && c <= 'Z'
		if upper && start >= 0 && i > 0 && (word[i-1] >= 'a' && word[i-1] <= 'z') {
			fn(lw[start:i]) // camelCase hump
			start = i
			continue
		}
		if (lower || upper) && start < 0 {
			start = i
		} else if !(lower || upper) && start >= 0 {
			if start > 0 || i < len(word) {
				fn(lw[start:i])
			}
			start = -1
		}
	}
}

// CheckSelector reports whether sel is a CSS selector the stripper can use,
// so that a bad per-feed selector is refused when the feed is added rather
// than on every page.
func CheckSelector(sel string) error {
	if _, err := compileSel(sel); err != nil {
		return fmt.Errorf("page: selector %q: %w", sel, err)
	}
	return nil
}
