package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

// exportDB builds a database with a dated article, an undated one (its
// published time is its fetch time) and a German one.
func exportDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.AddFeed(&store.Feed{URL: "https://example.com/rss"}); err != nil {
		t.Fatal(err)
	}
	put := func(url string, pub time.Time, source, lang string) {
		a := &store.Article{ID: store.ArticleID(url), URL: url, CanonicalURL: url, Feed: store.FeedRef{ID: "1", URL: "https://example.com/rss"},
			FetchedAt: pub, Lang: lang, TextSHA256: strings.Repeat("a", 64), TextSource: "page", Extractor: store.ExtractorInfo{Name: "t", Version: 1}}
		a.SetPublished(pub, source, true)
		if err := db.PutArticle(a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	put("https://example.com/dated", time.Date(2025, 3, 12, 6, 0, 0, 0, time.UTC), "meta:article:published_time", "en")
	put("https://example.com/undated", time.Date(2025, 3, 13, 9, 0, 0, 0, time.UTC), store.PublishedFetched, "en")
	put("https://example.com/german", time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC), "feed", "de")
	return path
}

func exportedURLs(t *testing.T, args ...string) []string {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"export", "--no-text"}, args...)...)
	if code != 0 {
		t.Fatalf("export %v: exit %d: %s", args, code, stderr)
	}
	var urls []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var a struct{ URL string }
		json.Unmarshal([]byte(l), &a)
		urls = append(urls, strings.TrimPrefix(a.URL, "https://example.com/"))
	}
	return urls
}

func TestExportUndatedAndLang(t *testing.T) {
	path := exportDB(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no window keeps all", nil, "dated undated german"},
		{"window leaves undated out", []string{"--since", "2025-03-01"}, "dated german"},
		{"window with undated included", []string{"--since", "2025-03-01", "--undated", "include"}, "dated undated german"},
		{"undated only", []string{"--undated", "only"}, "undated"},
		{"language", []string{"--lang", "de"}, "german"},
		{"unknown language", []string{"--lang", "und"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(exportedURLs(t, append(tc.args, "--db", path)...), " ")
			if got != tc.want {
				t.Errorf("export %v = %q, want %q", tc.args, got, tc.want)
			}
		})
	}
}

// TestExportBadFiltersExit2: a filter that can select nothing because it
// names something that does not exist is bad usage, not an empty success.
func TestExportBadFiltersExit2(t *testing.T) {
	path := exportDB(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown mention type", []string{"--records", "mentions", "--type", "dates"}, "no such mention type"},
		{"unknown event type", []string{"--records", "events", "--type", "meeting"}, "no such event type"},
		{"unknown feed", []string{"--feed", "7"}, "no such feed"},
		{"unknown version", []string{"--extractor-version", "99"}, "extractor-version"},
		{"empty window", []string{"--since", "2025-04-01", "--until", "2025-03-01"}, "window is empty"},
		{"bad undated", []string{"--undated", "maybe"}, "--undated"},
		{"bad lang", []string{"--lang", "german"}, "--lang"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", append(append([]string{"export"}, tc.args...), "--db", path)...)
			if code != exitUsage || !strings.Contains(stderr, tc.want) || out != "" {
				t.Errorf("export %v: exit %d, stdout %q, stderr %q; want exit 2 mentioning %q", tc.args, code, out, stderr, tc.want)
			}
		})
	}
	if urls := exportedURLs(t, "--feed", "1", "--db", path); len(urls) != 3 {
		t.Errorf("--feed 1 exported %v, want all three", urls)
	}
}
