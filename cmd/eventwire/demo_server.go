package main

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"golang.org/x/text/encoding/korean"
)

//go:embed demo/stories.json
var demoStories []byte

type demoFeed struct {
	Slug        string `json:"slug"`
	Host        string `json:"host"`
	Format      string `json:"format"` // rss, atom or json
	Title       string `json:"title"`
	Conditional bool   `json:"conditional"` // answers 304 to a matching If-None-Match
}

type demoStory struct {
	Feed           string   `json:"feed"`
	Host           string   `json:"host"`
	Path           string   `json:"path"`
	Title          string   `json:"title"`
	Byline         string   `json:"byline"`
	Published      string   `json:"published"`
	Encoding       string   `json:"encoding"`
	SyndicatedFrom string   `json:"syndicated_from"`
	Paragraphs     []string `json:"paragraphs"`
}

type demoData struct {
	Feeds   []demoFeed  `json:"feeds"`
	Stories []demoStory `json:"stories"`
}

// demoSite serves the bundled sample feeds and pages on two local hosts,
// so that the demo exercises what a real pass meets: RSS, Atom and JSON
// Feed, conditional GET, an EUC-KR page declared only in <meta>, a story
// syndicated on the second host, and page chrome for the stripper to remove.
type demoSite struct {
	data  demoData
	hosts map[string]*httptest.Server
}

func newDemoSite() (*demoSite, error) {
	s := &demoSite{hosts: map[string]*httptest.Server{}}
	if err := json.Unmarshal(demoStories, &s.data); err != nil {
		return nil, fmt.Errorf("demo: bundled stories: %w", err)
	}
	byPath := map[string]*demoStory{}
	for i := range s.data.Stories {
		byPath[s.data.Stories[i].Path] = &s.data.Stories[i]
	}
	for i := range s.data.Stories {
		st := &s.data.Stories[i]
		if st.SyndicatedFrom != "" {
			orig, ok := byPath[st.SyndicatedFrom]
			if !ok {
				return nil, fmt.Errorf("demo: %s syndicates unknown %s", st.Path, st.SyndicatedFrom)
			}
			st.Paragraphs = orig.Paragraphs
		}
	}
	for _, h := range []string{"a", "b"} {
		h := h
		s.hosts[h] = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.serve(h, w, r) }))
	}
	return s, nil
}

func (s *demoSite) Close() {
	for _, srv := range s.hosts {
		srv.Close()
	}
}

// FeedURLs returns the feeds' URLs in the bundled order.
func (s *demoSite) FeedURLs() []demoFeedURL {
	var out []demoFeedURL
	for _, f := range s.data.Feeds {
		out = append(out, demoFeedURL{Name: f.Title, URL: s.hosts[f.Host].URL + "/feeds/" + f.Slug})
	}
	return out
}

type demoFeedURL struct{ Name, URL string }

func (s *demoSite) serve(host string, w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/robots.txt":
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		return
	case strings.HasPrefix(r.URL.Path, "/feeds/"):
		slug := strings.TrimPrefix(r.URL.Path, "/feeds/")
		for _, f := range s.data.Feeds {
			if f.Slug == slug && f.Host == host {
				s.serveFeed(f, w, r)
				return
			}
		}
	default:
		for i := range s.data.Stories {
			st := &s.data.Stories[i]
			if st.Path == r.URL.Path && st.Host == host {
				s.servePage(st, w)
				return
			}
		}
	}
	http.NotFound(w, r)
}

func (s *demoSite) storyURL(st *demoStory) string { return s.hosts[st.Host].URL + st.Path }

func (s *demoSite) serveFeed(f demoFeed, w http.ResponseWriter, r *http.Request) {
	var items []*demoStory
	for i := range s.data.Stories {
		if s.data.Stories[i].Feed == f.Slug {
			items = append(items, &s.data.Stories[i])
		}
	}
	var buf bytes.Buffer
	var ctype string
	self := s.hosts[f.Host].URL + "/feeds/" + f.Slug
	switch f.Format {
	case "rss":
		ctype = "application/rss+xml; charset=utf-8"
		fmt.Fprintf(&buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>%s</title><link>%s</link>\n", xmlEsc(f.Title), self)
		for _, st := range items {
			t, _ := time.Parse(time.RFC3339, st.Published)
			fmt.Fprintf(&buf, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
				xmlEsc(st.Title), s.storyURL(st), s.storyURL(st), t.Format(time.RFC1123Z), xmlEsc(lead(st)))
		}
		buf.WriteString("</channel></rss>\n")
	case "atom":
		ctype = "application/atom+xml"
		fmt.Fprintf(&buf, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>%s</title><id>%s</id><updated>2025-03-12T00:00:00Z</updated>\n", xmlEsc(f.Title), self)
		for _, st := range items {
			fmt.Fprintf(&buf, "<entry><title>%s</title><link href=\"%s\"/><id>%s</id><updated>%s</updated><summary>%s</summary></entry>\n",
				xmlEsc(st.Title), s.storyURL(st), s.storyURL(st), st.Published, xmlEsc(lead(st)))
		}
		buf.WriteString("</feed>\n")
	default:
		ctype = "application/feed+json"
		feed := map[string]any{"version": "https://jsonfeed.org/version/1.1", "title": f.Title, "feed_url": self}
		var its []map[string]any
		for _, st := range items {
			its = append(its, map[string]any{"id": s.storyURL(st), "url": s.storyURL(st), "title": st.Title,
				"date_published": st.Published, "content_text": lead(st)})
		}
		feed["items"] = its
		b, _ := json.Marshal(feed)
		buf.Write(b)
	}
	sum := sha256.Sum256(buf.Bytes())
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if f.Conditional {
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", ctype)
	w.Write(buf.Bytes())
}

func lead(st *demoStory) string {
	if len(st.Paragraphs) == 0 {
		return ""
	}
	return st.Paragraphs[0]
}

func xmlEsc(s string) string {
	var b strings.Builder
	template.HTMLEscape(&b, []byte(s))
	return b.String()
}

var demoPage = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="{{.Charset}}">
<title>{{.Title}} | {{.Site}}</title>
<meta property="og:title" content="{{.Title}}">
<meta property="article:published_time" content="{{.Published}}">
<link rel="canonical" href="{{.URL}}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div></header>
<main><article>
<h1>{{.Title}}</h1>
<p class="byline">{{.Byline}}</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure><img src="/photo.jpg" alt=""><figcaption>File photo. (Photo courtesy of the ministry)</figcaption></figure>
<div class="article-body">
{{range .Paragraphs}}<p>{{.}}</p>
{{end}}</div>
<p class="back-to-top"><a href="#top">Back To Top</a></p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x1">Exports rise for fifth month</a></li><li><a href="/x2">Parliament opens spring session</a></li></ul></aside>
</main>
<footer>Copyright 2025 {{.Site}}. All rights reserved.</footer>
</body></html>`))

func (s *demoSite) servePage(st *demoStory, w http.ResponseWriter) {
	site := "Korea Wire"
	if st.Host == "b" {
		site = "Markets Daily"
	}
	charset := "utf-8"
	if st.Encoding == "euc-kr" {
		charset = "euc-kr"
	}
	var buf bytes.Buffer
	err := demoPage.Execute(&buf, map[string]any{"Charset": charset, "Title": st.Title, "Site": site, "Published": st.Published,
		"URL": s.storyURL(st), "Byline": st.Byline, "Paragraphs": st.Paragraphs})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	body := buf.Bytes()
	if charset == "euc-kr" {
		// Declared only in <meta>, as many Korean sites do: the fetcher must
		// find it there.
		enc, err := korean.EUCKR.NewEncoder().Bytes(body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = enc
		w.Header().Set("Content-Type", "text/html")
	} else {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Write(body)
}
