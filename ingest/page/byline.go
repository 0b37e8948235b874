package page

import (
	"strings"
)

// fillByline prefers the authors a page declares (JSON-LD, meta author)
// over a "By ..." line seen in the body.
func (p *pageState) fillByline(r *Result) {
	var names []string
	ldNodes(p.head.ldjson, func(m map[string]any) bool {
		if !isArticleType(m["@type"]) {
			return true
		}
		names = appendAuthors(names, m["author"])
		return len(names) == 0
	})
	if len(names) == 0 {
		ldNodes(p.head.ldjson, func(m map[string]any) bool {
			names = appendAuthors(names, m["author"])
			return len(names) == 0
		})
	}
	if len(names) > 0 {
		r.Byline = strings.Join(names, ", ")
		return
	}
	for _, k := range []string{"author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"} {
		if v := p.head.meta(k); v != "" && !looksURL(v) {
			r.Byline = trimBy(collapse(v))
			return
		}
	}
	if p.byline != "" {
		r.Byline = trimBy(strings.ReplaceAll(p.byline, "\n", " "))
	}
}

func appendAuthors(names []string, v any) []string {
	switch x := v.(type) {
	case string:
		if s := trimBy(collapse(x)); s != "" && !looksURL(s) {
			names = append(names, s)
		}
	case map[string]any:
		if n, ok := x["name"].(string); ok {
			names = appendAuthors(names, n)
		}
	case []any:
		for _, y := range x {
			if len(names) >= 8 {
				break
			}
			names = appendAuthors(names, y)
		}
	}
	return names
}

func looksURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

func trimBy(s string) string {
	l := strings.ToLower(s)
	for _, pre := range []string{"written by ", "words by ", "story by ", "text by ", "by: ", "by "} {
		if strings.HasPrefix(l, pre) {
			return strings.TrimSpace(s[len(pre):])
		}
	}
	return s
}
