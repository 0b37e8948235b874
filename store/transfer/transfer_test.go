package transfer_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/postgres"
	"github.com/eventwire/eventwire/store/postgres/pgtest"
	"github.com/eventwire/eventwire/store/storetest"
	"github.com/eventwire/eventwire/store/transfer"
)

// source builds a bbolt database with feeds (one removed), runs, articles
// with pages, extractions, a copy and a queued page.
func source(t *testing.T) *bolt.DB {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "src.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for i := 0; i < 3; i++ {
		f := &store.Feed{URL: fmt.Sprintf("https://f%d.example/rss", i), Name: fmt.Sprint("Desk ", i), Interval: time.Hour, ETag: `"e"`}
		if err := db.AddFeed(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RemoveFeed("3"); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	db.AddRun(&store.Run{Started: t0, Finished: t0.Add(time.Second), ArticlesNew: 7})
	shared := strings.Repeat("A story that two desks carried word for word, long enough to compare. ", 3)
	for i := 0; i < 23; i++ {
		a := storetest.Article(fmt.Sprintf("https://news.example/%d", i), t0.Add(time.Duration(i%7)*time.Hour), fmt.Sprintf("Story %d.", i))
		a.TextSHA256 = fmt.Sprintf("%064x", i+1)
		w := store.ArticleWrite{Article: a, Page: []byte(fmt.Sprintf("<p>Story %d.</p>", i)), CompareText: true,
			Extraction: &store.Extraction{Extractor: a.Extractor, Mentions: []extract.Mention{{Type: "date", Text: "Story", End: 5, Rule: "t", Date: &extract.Date{Value: "2025"}}}}}
		if i == 4 || i == 5 {
			a.Text, a.TextSHA256 = shared, fmt.Sprintf("%064x", 999)
		}
		if i == 9 {
			w.Page = nil
			w.Retry = &store.Retry{URL: a.URL, Host: "news.example", NextTry: t0, LastError: "timeout"}
		}
		if err := db.WriteArticle(w); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// dump lists everything a database holds, in a form to compare.
func dump(t *testing.T, db interface {
	store.Store
	store.CopySource
}) string {
	var b strings.Builder
	feeds, _ := db.Feeds()
	seq, _ := db.FeedSequence()
	fj, _ := json.Marshal(feeds)
	fmt.Fprintf(&b, "feeds %s seq %d\n", fj, seq)
	runs, _ := db.Runs(100)
	rj, _ := json.Marshal(runs)
	fmt.Fprintf(&b, "runs %s\n", rj)
	err := db.Each(store.Filter{}, func(r store.Record) error {
		aj, _ := json.Marshal(r.Article)
		fmt.Fprintf(&b, "%s\n%s\n", aj, r.ExtractionJSON)
		if p, err := db.Page(r.Article.ID); err == nil {
			fmt.Fprintf(&b, "page %s\n", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rc, _ := db.Retries(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	c, _ := db.Counts()
	fmt.Fprintf(&b, "retries %+v duplicates %d pages %d\n", rc, c.Duplicates, c.Pages)
	return b.String()
}

func testCopy(t *testing.T, dst interface {
	store.Store
	store.CopySource
	store.CopySink
}) {
	src := source(t)
	// Stop after the second batch, as a Ctrl-C would.
	ctx, cancel := context.WithCancel(context.Background())
	res, err := transfer.Copy(ctx, src, dst, transfer.Options{Source: "src", Batch: 5, Progress: func(n int) {
		if n >= 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) || res.Articles != 10 {
		t.Fatalf("interrupted copy: %+v, %v; want 10 articles and context.Canceled", res, err)
	}
	res, err = transfer.Copy(context.Background(), src, dst, transfer.Options{Source: "src", Batch: 5})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 13 || res.Resumed == "" || res.Feeds != 2 || res.Runs != 1 {
		t.Errorf("resumed copy: %+v; want the other 13 articles, after a checkpoint", res)
	}
	if got, want := dump(t, dst), dump(t, src); got != want {
		t.Errorf("copy differs from its source:\n got %s\nwant %s", got, want)
	}
	// New ids continue after the source's, removed feeds included; the
	// content index came along.
	f := &store.Feed{URL: "https://new.example/rss"}
	if err := dst.AddFeed(f); err != nil || f.ID != "4" {
		t.Errorf("feed added to the copy: id %q, %v; want 4", f.ID, err)
	}
	a := storetest.Article("https://other.example/x", time.Now(), "x")
	a.TextSHA256 = fmt.Sprintf("%064x", 999)
	if err := dst.WriteArticle(store.ArticleWrite{Article: a, CompareText: true}); err != nil {
		t.Fatal(err)
	}
	if want := store.ArticleID("https://news.example/4"); a.DuplicateOf != want {
		t.Errorf("a new article with a copied text: duplicate of %q, want %q (the holder in the source)", a.DuplicateOf, want)
	}
	res, err = transfer.Copy(context.Background(), src, dst, transfer.Options{Source: "src", Batch: 5})
	if err != nil || res.Articles != 0 {
		t.Errorf("copy again with nothing new: %+v, %v", res, err)
	}
	ids := []string{}
	dst.Each(store.Filter{}, func(r store.Record) error { ids = append(ids, r.Article.ID); return nil })
	if len(ids) != 24 || len(slices.Compact(slices.Sorted(slices.Values(ids)))) != 24 {
		t.Errorf("%d articles after copying twice, want 24 distinct", len(ids))
	}
}

// TestCopyToBolt copies into another bbolt database, stopping midway and
// resuming.
func TestCopyToBolt(t *testing.T) {
	dst, err := bolt.Open(filepath.Join(t.TempDir(), "dst.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	testCopy(t, dst)
}

// TestCopyToPostgres is the move eventwire copy makes: bbolt into
// PostgreSQL, stopping midway and resuming.
func TestCopyToPostgres(t *testing.T) {
	url := pgtest.URL(t)
	if _, _, err := postgres.Migrate(url); err != nil {
		t.Fatal(err)
	}
	dst, err := postgres.Open(url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	testCopy(t, dst)
}
