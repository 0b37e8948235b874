package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/store"
)

func TestReextractBringsOldArticlesUpToDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	db, err := store.Open(path, store.Options{NoSync: true})
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
