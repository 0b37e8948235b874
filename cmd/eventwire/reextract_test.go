package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

func TestReextractBringsOldArticlesUpToDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	rules, err := standard.Rules()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2018, 12, 12, 10, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		u := fmt.Sprintf("https://example.com/%d", i)
		a := &store.Article{ID: store.ArticleID(u), URL: u, CanonicalURL: u, Published: pub, FetchedAt: pub,
			Text: "SEOUL, Dec. 12 (Yonhap) -- The agreement is set to expire on Dec. 31, officials said Wednesday.", TextSource: "page",
			TextSHA256: fmt.Sprintf("%064x", i), Extractor: store.ExtractorInfo{Name: standard.Name, Version: standard.Version - 1}}
		switch i {
		case 3: // current version, older lexicons: stale all the same
			a.Extractor.Version, a.Extractor.Rules = standard.Version, "an-older-fingerprint"
		case 4: // current
			a.Extractor.Version, a.Extractor.Rules = standard.Version, rules
		}
		if err := db.PutArticle(a, []byte("<html><body><p>"+a.Text+"</p></body></html>"), &store.Extraction{Extractor: a.Extractor}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	code, _, stderr := runCLI(t, "", "reextract", "--db", path, "--batch", "2")
	if code != 0 || !strings.Contains(stderr, fmt.Sprintf("4 articles brought to extractor version %d", standard.Version)) {
		t.Fatalf("reextract: exit %d, %s", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "reextract", "--db", path)
	if code != 0 || !strings.Contains(stderr, "0 articles") {
		t.Errorf("second reextract should find nothing to do: exit %d, %s", code, stderr)
	}
	code, out, _ := runCLI(t, "", "export", "--db", path, "--extractor-version", fmt.Sprint(standard.Version), "--no-text")
	if n := strings.Count(out, "\n"); code != 0 || n != 5 {
		t.Errorf("export --extractor-version %d: %d records, want 5", standard.Version, n)
	}
}

// TestReextractRestripRenewsArticles: --restrip reads the stored pages
// again with the feed's selector and renews the title, publication time
// and text hash, so that two stored copies of one story, stored with
// texts that differed, are found to be the same story.
func TestReextractRestripRenewsArticles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	f := &store.Feed{URL: "https://example.com/rss", Selector: ".story"}
	if err := db.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	storyText := "LISBON, May 6 (Harbour Wire) -- Portugal's government weighed a 2.4 billion euro rescue of the national airline on Tuesday, the finance ministry said, as talks with the unions went on."
	fetched := time.Date(2025, 5, 6, 12, 0, 0, 0, time.UTC)
	for i, u := range []string{"https://example.com/a", "https://example.org/b"} {
		page := `<html><head><title>Airline rescue weighed</title><meta property="article:published_time" content="2025-05-06T09:15:00+01:00"></head><body>` +
			`<div class="promo"><p>Sign up for the morning briefing, number ` + fmt.Sprint(i) + `.</p></div><div class="story"><p>` + storyText + `</p></div></body></html>`
		stale := fmt.Sprintf("Sign up for the morning briefing, number %d. %s", i, storyText)
		a := &store.Article{ID: store.ArticleID(u), URL: u, CanonicalURL: u, Feed: store.FeedRef{ID: f.ID, URL: f.URL}, Title: "Home",
			FetchedAt: fetched, Text: stale, TextSource: "page", TextSHA256: fmt.Sprintf("%064x", i),
			Extractor: store.ExtractorInfo{Name: standard.Name, Version: standard.Version - 1}}
		a.SetPublished(fetched, store.PublishedFetched, false)
		if err := db.WriteArticle(store.ArticleWrite{Article: a, Page: []byte(page), CompareText: true}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if code, _, stderr := runCLI(t, "", "reextract", "--db", path, "--restrip"); code != 0 {
		t.Fatalf("reextract --restrip: exit %d, %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "", "export", "--db", path, "--records", "articles")
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, stderr)
	}
	var recs []store.Article
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var a store.Article
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, a)
	}
	if len(recs) != 2 {
		t.Fatalf("%d articles exported, want 2", len(recs))
	}
	sum := sha256.Sum256([]byte(storyText))
	var copies int
	for _, a := range recs {
		if a.Title != "Airline rescue weighed" || a.Text != storyText || a.TextSHA256 != hex.EncodeToString(sum[:]) ||
			a.Published.Format(time.RFC3339) != "2025-05-06T08:15:00Z" || a.PublishedSource != "meta:article:published_time" {
			t.Errorf("%s: title %q, published %s (%s), hash %s, text %q; want the page's", a.URL, a.Title,
				a.Published.Format(time.RFC3339), a.PublishedSource, a.TextSHA256, a.Text)
		}
		if a.DuplicateOf != "" {
			copies++
		}
	}
	if copies != 1 {
		t.Errorf("%d articles marked copies after the restrip, want 1 (the same story twice)", copies)
	}
}
