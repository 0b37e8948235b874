package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Errors callers branch on.
var (
	// ErrLocked means another process holds the database.
	ErrLocked = errors.New("another eventwire process holds the database")
	// ErrNotFound means no record has that id.
	ErrNotFound = errors.New("not found")
	// ErrExists means a feed with that URL is already subscribed.
	ErrExists = errors.New("already exists")
)

// ArticleID is the stable id of an article: hex of the SHA-256 of its
// canonical URL, shortened to 128 bits.
func ArticleID(canonicalURL string) string {
	h := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(h[:16])
}

// ArticleWrite is one article and what goes with it, stored in one
// transaction (DB.WriteArticle).
type ArticleWrite struct {
	Article *Article
	// Page is the raw page, stored once per id: a later write never
	// replaces it. Nil stores none. A write with a page takes the article
	// out of the retry queue.
	Page []byte
	// Extraction, when set, replaces the article's extraction.
	Extraction *Extraction
	// Retry, when set, queues the article's page for another try.
	Retry *Retry
	// CompareText files the article under its TextSHA256 in the content
	// index for syndicated copies. Which texts are compared is the
	// caller's duplicate policy (ingest/article); the store keeps the
	// index consistent: the first article filed under a hash holds it, and
	// a later one becomes a copy of the holder (DuplicateOf). An article
	// that is already a copy is not filed, and one written again with
	// another text, or as a copy, or not compared, gives up the hash it
	// held.
	CompareText bool
}

// ContentKey is the hash the write files the article under in the content
// index: its TextSHA256 when its text is compared and it is no copy
// already, else "" (it holds no hash).
func (w *ArticleWrite) ContentKey() string {
	if w.CompareText && w.Article.DuplicateOf == "" {
		return w.Article.TextSHA256
	}
	return ""
}

// Filter selects articles for iteration. Zero fields select everything.
type Filter struct {
	Since, Until time.Time // on SortTime; Until exclusive
	FeedID       string
	// Version, when > 0, selects articles whose extractor version equals it.
	Version int
	// NoText leaves Article.Text empty, sparing the decoding of the
	// largest field when the caller does not need it.
	NoText bool
	// Undated says what becomes of articles with no publication time of
	// their own, which sort by their fetch time (Article.Undated).
	Undated Undated
	// Langs, when set, keeps articles whose Lang is one of these ("" for
	// articles of unknown language).
	Langs []string
}

// Undated is a choice about articles with no publication time.
type Undated int

// The choices: keep them (the zero value), leave them out, keep only them.
const (
	UndatedInclude Undated = iota
	UndatedExclude
	UndatedOnly
)

// Record is one article with its extraction, as iteration yields it. Each
// fills Article and ExtractionJSON (the stored JSON, so that an exporter can
// pass mentions through without decoding them); Extraction decodes it. The
// values are copies, valid after the callback returns.
type Record struct {
	Article        *Article
	ExtractionJSON []byte
	// Extraction, when set, wins over ExtractionJSON.
	Extraction *Extraction
}

// Decode returns the record's extraction, decoding ExtractionJSON if need
// be; an article without one gets an empty extraction.
func (r Record) Decode() (*Extraction, error) {
	if r.Extraction != nil {
		return r.Extraction, nil
	}
	if r.ExtractionJSON == nil {
		return &Extraction{Extractor: r.Article.Extractor}, nil
	}
	var ex Extraction
	if err := json.Unmarshal(r.ExtractionJSON, &ex); err != nil {
		return nil, fmt.Errorf("store: decode extraction %s: %w", r.Article.ID, err)
	}
	return &ex, nil
}

// RetryCounts counts the queued pages: waiting (not given up), of which
// due at now, and given up after their last attempt.
type RetryCounts struct {
	Waiting, Due, GaveUp int
}

// Counts are record counts per bucket.
type Counts struct {
	Feeds, Articles, Pages, Extractions, Runs int
	// Duplicates counts articles marked as syndicated copies.
	Duplicates int
	FileBytes  int64
	// PerFeed counts articles by the id of the feed they came from.
	PerFeed map[string]FeedCount
}

// FeedCount counts one feed's stored articles.
type FeedCount struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"`
	// FailedPages counts articles whose text is the feed's because the
	// page failed (some may be waiting in the retry queue).
	FailedPages int `json:"failed_pages"`
	// Latest is the newest SortTime among them; Counts leaves it zero,
	// FeedCounts fills it.
	Latest time.Time `json:"-"`
}

// ErrBadCursor means a paging cursor was not one that Articles returned.
var ErrBadCursor = errors.New("bad paging cursor")

// Query selects a page of articles. The zero value selects the newest
// articles, a default page of them, with text.
type Query struct {
	// Since and Until bound SortTime as in Filter (Until exclusive); FeedID
	// and Version select as in Filter, so that a query and an export with
	// the same values select the same articles.
	Since, Until time.Time
	FeedID       string
	Version      int

	// MentionTypes keeps articles with at least one mention of one of these
	// types; EventTypes likewise for events. Empty keeps all.
	MentionTypes []string
	EventTypes   []string
	// HasEvents keeps articles with at least one event.
	HasEvents bool
	// Lang keeps articles whose lang is this one.
	Lang string
	// HideDuplicates leaves out articles stored as copies of another.
	HideDuplicates bool
	// Search keeps articles whose title or text contains it, ignoring case.
	Search string

	// Before and After are cursors from a Page: the page of articles older
	// than Before, or newer than After. Neither: the newest.
	Before, After string
	// Oldest reverses the order: oldest first (export's order), Before and
	// After keeping their meaning in time.
	Oldest bool
	// Limit is the page size. Zero means 50.
	Limit int
	// NoText leaves Article.Text empty.
	NoText bool
}

// Page is one page of articles and the cursors to the pages around it.
type Page struct {
	Records []Record
	// Newer and Older are cursors (for Query.After and Query.Before) to the
	// adjacent pages; empty where no matching article is left.
	Newer, Older string
}

// Detail is one article with what its page links to.
type Detail struct {
	Record
	// HasPage says whether the raw page is stored.
	HasPage bool
	// Original is the article this one is a copy of (DuplicateOf), without
	// its text; nil when it is no copy or the original is gone.
	Original *Article
}

// CopyIndex lists, for each article that has copies (articles stored with
// DuplicateOf naming it), those copies without their text, as the
// database stood at transaction TxID.
type CopyIndex struct {
	TxID       int
	ByOriginal map[string][]Article
}
