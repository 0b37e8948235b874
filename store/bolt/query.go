package bolt

import (
	"github.com/eventwire/eventwire/store"

	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Read-only queries for browsing the database (eventwire serve): paged
// listings newest first, filters, text search, one article with what
// surrounds it, per-feed counts. Each method is one short read transaction.

// Articles returns one page of the articles that q selects, newest first
// (oldest first with q.Oldest), with their extractions.
func (d *DB) Articles(q store.Query) (*store.Page, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	before, err := decodeCursor(q.Before)
	if err != nil {
		return nil, err
	}
	after, err := decodeCursor(q.After)
	if err != nil {
		return nil, err
	}
	m := newMatcher(q)
	var p store.Page
	err = d.view(func(tx *bolt.Tx) error {
		s := scanner{c: tx.Bucket(bIdxPub).Cursor(), arts: tx.Bucket(bArticles), exs: tx.Bucket(bExtractions), m: m}
		// wlo and whi bound the time window; lo and hi the part of it that
		// this page is taken from.
		wlo, whi := m.bounds()
		lo, hi := wlo, whi
		if before != nil && (hi == nil || bytes.Compare(before, hi) < 0) {
			hi = before
		}
		if after != nil && bytes.Compare(after, lo) >= 0 {
			lo = append(slices.Clip(after), 0) // the first key after it
		}
		// Walk toward older keys unless the page asked for is the newer
		// side of a cursor; then the page is collected the other way and
		// reversed. Oldest flips the order shown, not the cursors' meaning.
		fromNewest := after == nil
		if q.Oldest {
			fromNewest = before != nil
		}
		recs, keys, full, err := s.collect(lo, hi, fromNewest, q.Limit)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return nil
		}
		newest, oldest := keys[0], keys[len(keys)-1]
		if !fromNewest {
			newest, oldest = oldest, newest
		}
		// Whether a page lies beyond each end: known without a look where
		// the walk went to the end of the window, else found by looking
		// for one more match (a full scan at worst, for a rare filter).
		olderKnown := bytes.Equal(lo, wlo) && (!fromNewest || !full)
		newerKnown := bytes.Equal(hi, whi) && (fromNewest || !full)
		if !olderKnown {
			more, err := s.any(wlo, oldest, true)
			if err != nil {
				return err
			}
			if more {
				p.Older = hex.EncodeToString(oldest)
			}
		}
		if !newerKnown {
			more, err := s.any(append(slices.Clip(newest), 0), whi, false)
			if err != nil {
				return err
			}
			if more {
				p.Newer = hex.EncodeToString(newest)
			}
		}
		if fromNewest == q.Oldest {
			slices.Reverse(recs)
		}
		p.Records = recs
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

func decodeCursor(s string) ([]byte, error) { return store.CursorKey(s) }

// textKey starts the last field of a stored article: encoding/json writes
// fields in struct order and Text is Article's last field
// (TestArticleTextIsLastField). Inside a JSON string every quote is
// escaped, so these bytes occur once, where the text begins.
var textKey = []byte(`,"text":`)

// articleHead returns a stored article's JSON without its text, so that
// what is not the text can be read without scanning the text: the largest
// part of the value, and on a freshly mapped database file the part whose
// pages cost the most to touch.
func articleHead(v []byte) []byte {
	i := bytes.Index(v, textKey)
	if i < 0 {
		return v
	}
	head := make([]byte, i+1)
	copy(head, v[:i])
	head[i] = '}'
	return head
}

// decodeHead decodes a stored article without its text.
func decodeHead(v []byte, a *store.Article) error {
	return json.Unmarshal(articleHead(v), &articleNoText{Article: a})
}

// matcher decides whether a stored article belongs to a query.
type matcher struct {
	q      store.Query
	search string // lower case
	// rawSearch says that the search can first be tried on the stored
	// JSON: the needle is ASCII with no character that JSON escapes, so a
	// title or text that holds it holds it as the same bytes.
	rawSearch bool
}

func newMatcher(q store.Query) *matcher {
	m := &matcher{q: q, search: strings.ToLower(strings.TrimSpace(q.Search))}
	m.rawSearch = m.search != "" && strings.IndexFunc(m.search, func(r rune) bool {
		return r >= 0x80 || r < 0x20 || strings.ContainsRune(`<>&"\`, r)
	}) < 0
	return m
}

// bounds returns the index keys of the time window: lo inclusive, hi
// exclusive, nil for open ends.
func (m *matcher) bounds() (lo, hi []byte) {
	if !m.q.Since.IsZero() {
		lo = pubKey(m.q.Since, "")
	}
	if !m.q.Until.IsZero() {
		hi = pubKey(m.q.Until, "")
	}
	return lo, hi
}

// needText reports whether matching reads the article's text.
func (m *matcher) needText() bool { return m.search != "" || !m.q.NoText }

// match decodes an article and its extraction and reports whether they
// belong. It checks the cheap conditions first.
func (m *matcher) match(v, ex []byte) (*store.Article, bool, error) {
	if len(m.q.MentionTypes) > 0 || len(m.q.EventTypes) > 0 || m.q.HasEvents {
		ok, err := extractionHas(ex, m.q.MentionTypes, m.q.EventTypes, m.q.HasEvents)
		if err != nil || !ok {
			return nil, false, err
		}
	}
	if m.rawSearch && !containsFoldBytes(v, m.search) {
		return nil, false, nil
	}
	var a store.Article
	var err error
	if m.needText() {
		err = json.Unmarshal(v, &a)
	} else {
		err = decodeHead(v, &a)
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: decode article: %w", err)
	}
	switch {
	case m.q.FeedID != "" && a.Feed.ID != m.q.FeedID,
		m.q.Version > 0 && a.Extractor.Version != m.q.Version,
		m.q.Lang != "" && !strings.EqualFold(a.Lang, m.q.Lang),
		m.q.HideDuplicates && a.DuplicateOf != "":
		return nil, false, nil
	}
	if m.search != "" && !containsFold(a.Title, m.search) && !containsFold(a.Text, m.search) {
		return nil, false, nil
	}
	if m.q.NoText {
		a.Text = ""
	}
	return &a, true, nil
}

// containsFold reports whether s contains the lower-case needle, ignoring
// case. ASCII text, most of it, is compared without copying.
func containsFold(s, needle string) bool {
	if needle == "" {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return strings.Contains(strings.ToLower(s), needle)
		}
	}
	first := needle[0]
	upper := first
	if 'a' <= first && first <= 'z' {
		upper -= 'a' - 'A'
	}
	for i := 0; i+len(needle) <= len(s); i++ {
		if c := s[i]; c != first && c != upper {
			continue
		}
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// containsFoldBytes reports whether b holds the lower-case ASCII needle,
// ASCII letters compared without case.
func containsFoldBytes(b []byte, needle string) bool {
	first := needle[0]
	upper := first
	if 'a' <= first && first <= 'z' {
		upper -= 'a' - 'A'
	}
	for i := 0; i+len(needle) <= len(b); {
		j := bytes.IndexByte(b[i:len(b)-len(needle)+1], first)
		if upper != first {
			if k := bytes.IndexByte(b[i:len(b)-len(needle)+1], upper); k >= 0 && (j < 0 || k < j) {
				j = k
			}
		}
		if j < 0 {
			return false
		}
		i += j
		if bytes.EqualFold(b[i:i+len(needle)], []byte(needle)) {
			return true
		}
		i++
	}
	return false
}

// extractionHas reports whether a stored extraction has a mention of one
// of mtypes (any, if none given), an event of one of etypes, and any event
// at all when anyEvent. A byte search rules most extractions out before
// any decoding.
func extractionHas(ex []byte, mtypes, etypes []string, anyEvent bool) (bool, error) {
	if ex == nil {
		return false, nil
	}
	for _, types := range [][]string{mtypes, etypes} {
		if len(types) > 0 && !slices.ContainsFunc(types, func(t string) bool {
			return bytes.Contains(ex, []byte(`"type":"`+t+`"`))
		}) {
			return false, nil
		}
	}
	var x struct {
		Mentions []struct {
			Type string `json:"type"`
		} `json:"mentions"`
		Events []struct {
			Type string `json:"type"`
		} `json:"events"`
	}
	if err := json.Unmarshal(ex, &x); err != nil {
		return false, fmt.Errorf("store: decode extraction: %w", err)
	}
	if (anyEvent || len(etypes) > 0) && len(x.Events) == 0 {
		return false, nil
	}
	if len(mtypes) > 0 && !slices.ContainsFunc(x.Mentions, func(m struct {
		Type string `json:"type"`
	}) bool {
		return slices.Contains(mtypes, m.Type)
	}) {
		return false, nil
	}
	if len(etypes) > 0 && !slices.ContainsFunc(x.Events, func(e struct {
		Type string `json:"type"`
	}) bool {
		return slices.Contains(etypes, e.Type)
	}) {
		return false, nil
	}
	return true, nil
}

// scanner walks the publication index inside one read transaction.
type scanner struct {
	c         *bolt.Cursor
	arts, exs *bolt.Bucket
	m         *matcher
}

// walk calls fn for each index key in [lo, hi), from the newest when
// backward, until fn returns false.
func (s *scanner) walk(lo, hi []byte, backward bool, fn func(k []byte) (bool, error)) error {
	var k []byte
	if backward {
		if hi == nil {
			k, _ = s.c.Last()
		} else if k, _ = s.c.Seek(hi); k == nil {
			k, _ = s.c.Last()
		} else {
			k, _ = s.c.Prev()
		}
		for ; k != nil && (lo == nil || bytes.Compare(k, lo) >= 0); k, _ = s.c.Prev() {
			if ok, err := fn(k); err != nil || !ok {
				return err
			}
		}
		return nil
	}
	if lo == nil {
		k, _ = s.c.First()
	} else {
		k, _ = s.c.Seek(lo)
	}
	for ; k != nil && (hi == nil || bytes.Compare(k, hi) < 0); k, _ = s.c.Next() {
		if ok, err := fn(k); err != nil || !ok {
			return err
		}
	}
	return nil
}

// collect returns up to limit matching records in [lo, hi) and their keys,
// in walking order, and whether it stopped at the limit.
func (s *scanner) collect(lo, hi []byte, backward bool, limit int) ([]store.Record, [][]byte, bool, error) {
	var recs []store.Record
	var keys [][]byte
	err := s.walk(lo, hi, backward, func(k []byte) (bool, error) {
		rec, ok, err := s.record(k)
		if err != nil || !ok {
			return err == nil, err
		}
		recs = append(recs, rec)
		keys = append(keys, bytes.Clone(k))
		return len(recs) < limit, nil
	})
	return recs, keys, len(recs) == limit, err
}

// any reports whether an article in [lo, hi) matches.
func (s *scanner) any(lo, hi []byte, backward bool) (bool, error) {
	found := false
	err := s.walk(lo, hi, backward, func(k []byte) (bool, error) {
		_, ok, err := s.record(k)
		found = ok
		return !ok && err == nil, err
	})
	return found, err
}

func (s *scanner) record(k []byte) (store.Record, bool, error) {
	id := k[8:]
	v := s.arts.Get(id)
	if v == nil {
		return store.Record{}, false, nil
	}
	ex := s.exs.Get(id)
	a, ok, err := s.m.match(v, ex)
	if err != nil {
		return store.Record{}, false, fmt.Errorf("article %s: %w", id, err)
	}
	if !ok {
		return store.Record{}, false, nil
	}
	return store.Record{Article: a, ExtractionJSON: bytes.Clone(ex)}, true, nil
}

// ArticleDetail returns an article with its extraction, whether its page
// is stored, and its original. Its copies are in Copies.
func (d *DB) ArticleDetail(id string) (*store.Detail, error) {
	var det store.Detail
	err := d.view(func(tx *bolt.Tx) error {
		a, err := txArticle(tx, id)
		if err != nil {
			return err
		}
		det.Article = a
		if ex := tx.Bucket(bExtractions).Get([]byte(id)); ex != nil {
			det.ExtractionJSON = bytes.Clone(ex)
		}
		det.HasPage = tx.Bucket(bPages).Get([]byte(id)) != nil
		if a.DuplicateOf != "" {
			if ov := tx.Bucket(bArticles).Get([]byte(a.DuplicateOf)); ov != nil {
				var o store.Article
				if err := decodeHead(ov, &o); err == nil {
					det.Original = &o
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &det, nil
}

// Copies reads every article's metadata and returns the copies of each
// original: there is no index from an original to its copies, so a caller
// that asks often keeps the result while TxID says the database has not
// changed.
func (d *DB) Copies() (*store.CopyIndex, error) {
	ci := &store.CopyIndex{ByOriginal: map[string][]store.Article{}}
	marker := []byte(`"duplicate_of":"`)
	id, err := d.TxID()
	if err != nil {
		return nil, err
	}
	// The id is read before the scan: a write during it leaves the index
	// marked older than it is, so it is rebuilt sooner, never kept stale.
	ci.TxID = id
	err = d.scan(bArticles, nil, func(k, v []byte) error {
		head := v
		if i := bytes.Index(v, textKey); i >= 0 {
			head = v[:i]
		}
		if !bytes.Contains(head, marker) {
			return nil
		}
		var c store.Article
		if err := decodeHead(v, &c); err != nil {
			return fmt.Errorf("store: decode article %s: %w", k, err)
		}
		if c.DuplicateOf != "" {
			ci.ByOriginal[c.DuplicateOf] = append(ci.ByOriginal[c.DuplicateOf], c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ci, nil
}

// TxID returns the id of the last committed write transaction, which
// changes whenever the database does.
func (d *DB) TxID() (int, error) {
	var id int
	err := d.view(func(tx *bolt.Tx) error {
		id = tx.ID()
		return nil
	})
	return id, err
}

// FeedCounts counts the stored articles per feed id. It reads every
// article's metadata.
func (d *DB) FeedCounts() (map[string]store.FeedCount, error) {
	out := map[string]store.FeedCount{}
	err := d.scan(bArticles, nil, func(k, v []byte) error {
		// Only the fields counted: decoding the rest costs more than
		// the scan.
		var a struct {
			Feed struct {
				ID string `json:"id"`
			} `json:"feed"`
			Published   time.Time `json:"published"`
			FetchedAt   time.Time `json:"fetched_at"`
			DuplicateOf string    `json:"duplicate_of"`
			FetchError  string    `json:"fetch_error"`
		}
		if err := json.Unmarshal(articleHead(v), &a); err != nil {
			return fmt.Errorf("store: decode article %s: %w", k, err)
		}
		c := out[a.Feed.ID]
		c.Articles++
		if a.DuplicateOf != "" {
			c.Duplicates++
		}
		if a.FetchError != "" {
			c.FailedPages++
		}
		if t := (&store.Article{Published: a.Published, FetchedAt: a.FetchedAt}).SortTime(); t.After(c.Latest) {
			c.Latest = t
		}
		out[a.Feed.ID] = c
		return nil
	})
	return out, err
}
