package feed

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Discover lists the feeds an HTML page links to with <link
// rel="alternate"> and a feed type (RSS, Atom, JSON Feed), resolved
// against pageURL, in page order.
func Discover(page []byte, pageURL string) []string {
	base, _ := url.Parse(pageURL)
	z := html.NewTokenizer(bytes.NewReader(page))
	var out []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Body {
				return out
			}
			if t.DataAtom != atom.Link {
				continue
			}
			var rel, typ, href string
			for _, a := range t.Attr {
				switch a.Key {
				case "rel":
					rel = strings.ToLower(a.Val)
				case "type":
					typ = strings.ToLower(strings.TrimSpace(a.Val))
				case "href":
					href = a.Val
				}
			}
			if !strings.Contains(" "+rel+" ", " alternate ") || href == "" {
				continue
			}
			switch typ {
			case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml":
				if u := resolve(base, href); isHTTPURL(u) {
					out = append(out, u)
				}
			}
		}
	}
}
