package article

import (
	"strings"

	"golang.org/x/net/html"
)

// htmlText turns a feed item's HTML (or plain text) into paragraphs of
// text, for articles whose page could not be fetched.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	var para []string
	flush := func() {
		if t := strings.Join(strings.Fields(strings.Join(para, " ")), " "); t != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(t)
		}
		para = para[:0]
	}
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return b.String()
		case html.TextToken:
			if skip == 0 {
				para = append(para, string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr":
				flush()
			}
		}
	}
}
