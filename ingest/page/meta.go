package page

import (
	"encoding/json"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headInfo is what a page says about itself outside its text.
type headInfo struct {
	metas []metaKV
	title string // <title>
	h1    string // the first <h1> that is not the site's logo
	// headline is the first heading marked as the story's title by its
	// class or id ("post-title", "entry-title", ...).
	headline  string
	canonical string
	lang      string
	ldjson    []any
	times     []timeEl
}

// metaKV is one <meta>: key is its name, property or itemprop lower-cased,
// name the same as written.
type metaKV struct{ key, val, name string }

type timeEl struct {
	datetime string
	hint     bool // pubdate attribute, itemprop datePublished or a "publish" class
}

// readHead collects metadata from the whole tree (meta and JSON-LD often
// sit in <body>) before cleaning removes it.
func (p *pageState) readHead() {
	h := &p.head
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Html:
				if l := attr(c, "lang"); l != "" {
					h.lang = l
				} else if l := attr(c, "xml:lang"); l != "" {
					h.lang = l
				}
			case atom.Meta:
				val := attr(c, "content")
				if val == "" {
					val = attr(c, "datetime")
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if v := attr(c, k); v != "" && val != "" {
						name := strings.TrimSpace(v)
						h.metas = append(h.metas, metaKV{strings.ToLower(name), strings.TrimSpace(val), name})
					}
				}
				continue
			case atom.Title:
				if h.title == "" && c.FirstChild != nil && c.FirstChild.Type == html.TextNode {
					h.title = collapse(c.FirstChild.Data)
				}
				continue
			case atom.Link:
				if h.canonical == "" && hasToken(attr(c, "rel"), "canonical") {
					h.canonical = strings.TrimSpace(attr(c, "href"))
				}
				continue
			case atom.Script:
				if len(h.ldjson) < 16 && strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(c.FirstChild.Data), &v) == nil {
						h.ldjson = append(h.ldjson, v)
					} else if m := salvageLD(p.rules.ldField, c.FirstChild.Data); m != nil {
						h.ldjson = append(h.ldjson, m)
					}
				}
				continue
			case atom.Style, atom.Noscript, atom.Template:
				continue
			case atom.H1, atom.H2, atom.H3:
				marks := strings.ToLower(attr(c, "class") + " " + attr(c, "id"))
				if h.headline == "" && containsAny(marks, headlineMarks) {
					h.headline = nodeText(c)
				}
				if c.DataAtom == atom.H1 && h.h1 == "" && !containsAny(marks, logoMarks) {
					h.h1 = nodeText(c)
				}
			case atom.Time:
				if dt := attr(c, "datetime"); dt != "" && len(h.times) < 32 {
					hint := hasAttr(c, "pubdate") || strings.EqualFold(attr(c, "itemprop"), "datePublished") ||
						strings.Contains(strings.ToLower(attr(c, "class")), "publish")
					h.times = append(h.times, timeEl{dt, hint})
				}
			}
			walk(c)
		}
	}
	walk(p.root)
}

// Class and id words that mark a heading as the story's headline, or as
// the site's name (many blogs put the site name in the first <h1>).
var (
	headlineMarks = []string{"post-title", "entry-title", "article-title", "story-title", "headline", "article-heading"}
	logoMarks     = []string{"site-title", "site-name", "logo", "masthead", "brand"}
)

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	collectText(n, &b)
	return collapse(b.String())
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func collapse(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// meta returns the first meta value whose key is one of keys.
func (h *headInfo) meta(keys ...string) string {
	for _, k := range keys {
		for _, m := range h.metas {
			if m.key == k {
				return m.val
			}
		}
	}
	return ""
}

// fillMeta sets title, byline, lang and canonical URL, and remembers the
// headline variants that must not reappear as body text.
func (p *pageState) fillMeta(r *Result) {
	h := &p.head
	site := h.meta("og:site_name", "application-name", "twitter:site")
	og := h.meta("og:title", "twitter:title")
	ldTitle := ldString(h.ldjson, "headline")
	host := ""
	if p.base != nil {
		host = p.base.Hostname()
	}
	plain := stripSiteName(h.title, site, host)
	switch {
	case og != "":
		r.Title = stripSiteName(collapse(og), site, host)
	case ldTitle != "":
		r.Title = collapse(ldTitle)
	case h.headline != "" && (h.h1 == "" || strings.Contains(strings.ToLower(h.title), strings.ToLower(h.headline))):
		r.Title = h.headline
	case h.h1 != "" && (plain == "" || strings.Contains(strings.ToLower(h.title), strings.ToLower(h.h1))):
		// An <h1> that is not in <title> is often the site's logo.
		r.Title = h.h1
	case plain != "":
		r.Title = plain
	default:
		r.Title = h.h1
	}
	p.titleMin = 1 << 30
	for _, t := range []string{r.Title, og, ldTitle, h.headline, h.h1, h.title, plain} {
		if k := titleKey(t); k != "" {
			p.titleKeys = append(p.titleKeys, k)
			// A block holds the key's bytes plus spaces and punctuation.
			p.titleMin = min(p.titleMin, len(k))
			p.titleMax = max(p.titleMax, 2*len(t)+8)
		}
	}
	r.Lang = h.lang
	if r.Lang == "" {
		r.Lang = h.meta("content-language", "og:locale", "inlanguage", "language", "dc.language")
	}
	r.Lang = normLang(r.Lang)
	c := h.canonical
	if c == "" {
		c = h.meta("og:url")
	}
	r.CanonicalURL = p.resolve(c)
}

func (p *pageState) resolve(ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if p.base != nil {
		u = p.base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

func normLang(l string) string {
	l = strings.TrimSpace(l)
	if i := strings.IndexAny(l, ",; "); i >= 0 {
		l = l[:i]
	}
	l = strings.ReplaceAll(l, "_", "-")
	if len(l) < 2 || len(l) > 35 {
		return ""
	}
	for _, r := range l {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return ""
		}
	}
	return l
}

// stripSiteName drops a " | Site" or " - Site" tail, or a "Site » " head,
// that names the site rather than the story: the og:site_name, a part that
// spells the host name, or a short tail after a long headline.
func stripSiteName(t, site, host string) string {
	t = collapse(t)
	names := func(part string) bool {
		if site != "" && (strings.EqualFold(part, site) || strings.Contains(strings.ToLower(site), strings.ToLower(part))) {
			return true
		}
		sq := squash(part)
		return len(sq) >= 3 && host != "" && strings.Contains(strings.ToLower(host), sq)
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if names(tail) || len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return head
		}
		if j := strings.Index(t, sep); j > 0 && names(t[:j]) {
			return t[j+len(sep):]
		}
	}
	return t
}

// squash lower-cases s and keeps only its letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleKey reduces a headline to lower-case letters and digits.
func titleKey(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isSpace(r) {
			b.WriteRune(r)
		}
	}
	if b.Len() < 8 {
		return ""
	}
	return b.String()
}

func (p *pageState) isTitle(t string) bool {
	if len(p.titleKeys) == 0 || len(t) < p.titleMin || len(t) > p.titleMax {
		return false
	}
	k := titleKey(t)
	if k == "" {
		return false
	}
	for _, tk := range p.titleKeys {
		if k == tk {
			return true
		}
	}
	return false
}
