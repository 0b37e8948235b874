package page

import (
	"strings"
	"testing"
	"time"
)

func TestStripCases(t *testing.T) {
	long := strings.Repeat("The council met again on Tuesday, and members said the budget would pass. ", 6)
	tokyo := mustLoc(t, "Asia/Tokyo")
	cases := []struct {
		name, html, url string
		opts            Options
		path            string
		published       string // RFC 3339, "" for none
		source          string
		contains        []string
		absent          []string
	}{
		{
			name: "site_rule_misses_falls_back_to_generic",
			html: `<html><body><div class="new-layout"><p>` + long + `</p><p>` + long + `</p></div></body></html>`,
			url:  "https://en.yna.co.kr/view/AEN20240102000100315",
			path: "generic", published: "2024-01-02T00:00:00+09:00", source: "url",
			contains: []string{"The council met again"},
		},
		{
			name: "location_overrides_site_zone",
			html: `<html><head><meta property="article:published_time" content="2024-01-02 08:00"></head><body><article class="story-news"><p>` + long + `</p></article></body></html>`,
			url:  "https://en.yna.co.kr/view/AEN20240102000100315", opts: Options{Location: tokyo},
			path: "site:en.yna.co.kr", published: "2024-01-02T08:00:00+09:00", source: "meta:article:published_time",
		},
		{
			name: "jsonld_article_body_when_page_is_empty",
			html: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-06T07:08:09Z","articleBody":"` + long + `\n` + long + `"}</script></head><body><div id="app"><p>Loading</p></div></body></html>`,
			path: "json-ld", published: "2024-05-06T07:08:09Z", source: "json-ld:datePublished",
			contains: []string{"The council met again"}, absent: []string{"Loading"},
		},
		{
			name: "invalid_jsonld_salvaged",
			html: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-06T07:08:09+02:00",}</script></head><body><p>` + long + `</p></body></html>`,
			path: "generic", published: "2024-05-06T07:08:09+02:00", source: "json-ld:datePublished",
		},
		{
			name: "jsonld_date_only_refined_by_meta_time",
			html: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-19"}</script><meta property="og:article:published_time" content="2020-01-19T12:25:36Z"></head><body><p>` + long + `</p></body></html>`,
			path: "generic", published: "2020-01-19T12:25:36Z", source: "meta:og:article:published_time",
		},
		{
			name: "hover_card_and_embedded_tweet",
			html: `<html><body><div class="article-body"><p>Officials met Rep. <span class="card"><a href="/p/1">Jane Roe</a><span class="pop"><img src="x.jpg"><a href="/p/1">Jane Roe</a><a href="/s/2">Another story about Jane Roe</a></span></span> on Monday to discuss the budget, aides said, and talks went on late into the night.</p>` +
				`<div class="social-embed"><blockquote class="twitter-tweet"><p>The budget talks went well tonight, thanks to everyone who stayed late.</p>— Jane Roe (@janeroe)</blockquote></div><p>` + long + `</p></div></body></html>`,
			path: "generic", contains: []string{"Officials met Rep. Jane Roe on Monday", "The budget talks went well tonight"}, absent: []string{"Another story"},
		},
		{
			name: "aria_hidden_page_behind_dialog_kept",
			html: `<html><body><div id="page" aria-hidden="true"><div class="story"><p>` + long + `</p><p>Aides said <span aria-hidden="true">ICON</span>the vote was close.</p></div></div><div role="dialog"><p>Please accept our terms.</p></div></body></html>`,
			path: "generic", contains: []string{"The council met again", "Aides said the vote was close."}, absent: []string{"ICON"},
		},
		{
			name: "br_separated_credit_lines_dropped",
			html: `<html><body><div class="story"><p>` + long + `</p><p>` + long + `<br>reporter@example.com<br>(END)</p></div></body></html>`,
			path: "generic", absent: []string{"reporter@example.com", "(END)"}, contains: []string{"budget would pass."},
		},
	}
	s := New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := s.Strip([]byte(tc.html), tc.url, tc.opts)
			if err != nil {
				t.Fatalf("Strip: %v", err)
			}
			if r.Path != tc.path {
				t.Errorf("path = %q, want %q", r.Path, tc.path)
			}
			got := ""
			if !r.Published.IsZero() {
				got = r.Published.Format(time.RFC3339)
			}
			if tc.published != "" && (got != tc.published || r.PublishedSource != tc.source) {
				t.Errorf("published = %q from %q, want %q from %q", got, r.PublishedSource, tc.published, tc.source)
			}
			for _, c := range tc.contains {
				if !strings.Contains(r.Text, c) {
					t.Errorf("text lacks %q:\n%s", c, r.Text)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(r.Text, a) {
					t.Errorf("text holds %q:\n%s", a, r.Text)
				}
			}
		})
	}
}
