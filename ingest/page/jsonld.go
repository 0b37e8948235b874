package page

import (
	"encoding/json"
	"regexp"
	"strings"
)

// ldNodes calls fn on every JSON object in the JSON-LD blocks, @graph
// members and nested values included, depth-first in document order.
func ldNodes(blocks []any, fn func(map[string]any) bool) {
	var visit func(v any, depth int) bool
	visit = func(v any, depth int) bool {
		if depth > 12 {
			return true
		}
		switch x := v.(type) {
		case map[string]any:
			if !fn(x) {
				return false
			}
			if g, ok := x["@graph"]; ok {
				if !visit(g, depth+1) {
					return false
				}
			}
			for _, k := range [...]string{"mainEntity", "mainEntityOfPage", "itemListElement"} {
				if c, ok := x[k]; ok {
					if !visit(c, depth+1) {
						return false
					}
				}
			}
		case []any:
			for _, c := range x {
				if !visit(c, depth+1) {
					return false
				}
			}
		}
		return true
	}
	for _, b := range blocks {
		if !visit(b, 0) {
			return
		}
	}
}

// ldString returns the first string value of key on an article-like
// JSON-LD object, else on any object.
func ldString(blocks []any, key string) string {
	var first, article string
	ldNodes(blocks, func(m map[string]any) bool {
		s, ok := m[key].(string)
		if !ok || strings.TrimSpace(s) == "" {
			return true
		}
		if first == "" {
			first = s
		}
		if isArticleType(m["@type"]) {
			article = s
			return false
		}
		return true
	})
	if article != "" {
		return article
	}
	return first
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "Posting") || x == "Report"
	case []any:
		for _, y := range x {
			if isArticleType(y) {
				return true
			}
		}
	}
	return false
}

// ldFieldPattern finds the date and headline fields of broken JSON-LD.
const ldFieldPattern = `"(datePublished|dateModified|headline)"\s*:\s*"((?:[^"\\]|\\.){1,300})"`

// salvageLD reads the date and headline fields of a JSON-LD block that is
// not valid JSON (trailing commas and raw newlines are common), as one
// article-typed object.
func salvageLD(re *regexp.Regexp, s string) map[string]any {
	var m map[string]any
	for _, f := range re.FindAllStringSubmatch(s, 8) {
		if m == nil {
			m = map[string]any{"@type": "Article"}
		}
		if _, seen := m[f[1]]; !seen {
			var v string
			if json.Unmarshal([]byte(`"`+f[2]+`"`), &v) != nil {
				v = f[2]
			}
			m[f[1]] = v
		}
	}
	return m
}
