package postgres

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

// queryConds builds the conditions of a browsing query, paging aside.
func queryConds(q store.Query) *conds {
	c := filterConds(store.Filter{Since: q.Since, Until: q.Until, FeedID: q.FeedID, Version: q.Version})
	if len(q.MentionTypes) > 0 {
		c.add("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.type = ANY(?))", q.MentionTypes)
	}
	if len(q.EventTypes) > 0 {
		c.add("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = ANY(?))", q.EventTypes)
	}
	if q.HasEvents {
		c.add("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)")
	}
	if q.Lang != "" {
		c.add("lower(a.lang) = lower(?)", q.Lang)
	}
	if q.HideDuplicates {
		c.add("a.duplicate_of IS NULL")
	}
	if s := strings.ToLower(strings.TrimSpace(q.Search)); s != "" {
		c.add("(strpos(lower(a.title), ?) > 0 OR strpos(lower(a.text), ?) > 0)", s, s)
	}
	return c
}

type pageKey struct {
	ns int64
	id string
}

// Articles returns one page of the articles q selects, newest first
// (oldest first with q.Oldest), with the cursors to the pages around it.
func (d *DB) Articles(q store.Query) (*store.Page, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	var before, after *pageKey
	for _, s := range []struct {
		cur string
		key **pageKey
	}{{q.Before, &before}, {q.After, &after}} {
		if s.cur == "" {
			continue
		}
		ns, id, err := store.ParseCursor(s.cur)
		if err != nil {
			return nil, err
		}
		*s.key = &pageKey{ns, id}
	}
	c := queryConds(q)
	base := c.sql()
	pc := &conds{where: []string{base}, args: append([]any(nil), c.args...)}
	if before != nil {
		pc.add("(a.sort_ns, a.id) < (?, ?)", before.ns, before.id)
	}
	if after != nil {
		pc.add("(a.sort_ns, a.id) > (?, ?)", after.ns, after.id)
	}
	// Walk from the newest unless the page asked for is the newer side of
	// a cursor; Oldest flips the order shown, not the cursors' meaning.
	fromNewest := after == nil
	if q.Oldest {
		fromNewest = before != nil
	}
	dir := "ASC"
	if fromNewest {
		dir = "DESC"
	}
	text := "a.text"
	if q.NoText {
		text = "''"
	}
	rows, err := d.pool.Query(ctx, `SELECT a.doc, `+text+`, x.doc, a.sort_ns, a.id
		FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
		WHERE `+pc.sql()+` ORDER BY a.sort_ns `+dir+`, a.id `+dir+` LIMIT `+fmt.Sprint(q.Limit), pc.args...)
	if err != nil {
		return nil, err
	}
	var recs []store.Record
	var keys []pageKey
	for rows.Next() {
		var doc, ex []byte
		var txt string
		var k pageKey
		if err := rows.Scan(&doc, &txt, &ex, &k.ns, &k.id); err != nil {
			rows.Close()
			return nil, err
		}
		a, err := decodeArticle(doc, txt)
		if err != nil {
			rows.Close()
			return nil, err
		}
		recs = append(recs, store.Record{Article: a, ExtractionJSON: ex})
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	p := &store.Page{}
	if len(recs) == 0 {
		return p, nil
	}
	newest, oldest := keys[0], keys[len(keys)-1]
	if !fromNewest {
		newest, oldest = oldest, newest
		reverse(recs)
	}
	// recs are newest first now.
	more := func(cmp string, k pageKey) (bool, error) {
		mc := &conds{where: []string{base}, args: append([]any(nil), c.args...)}
		mc.add("(a.sort_ns, a.id) "+cmp+" (?, ?)", k.ns, k.id)
		var ok bool
		err := d.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles a WHERE `+mc.sql()+`)`, mc.args...).Scan(&ok)
		return ok, err
	}
	if ok, err := more("<", oldest); err != nil {
		return nil, err
	} else if ok {
		p.Older = store.Cursor(time.Unix(0, oldest.ns), oldest.id)
	}
	if ok, err := more(">", newest); err != nil {
		return nil, err
	} else if ok {
		p.Newer = store.Cursor(time.Unix(0, newest.ns), newest.id)
	}
	if q.Oldest {
		reverse(recs)
	}
	p.Records = recs
	return p, nil
}

func reverse(r []store.Record) {
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
}

// ArticleDetail returns an article with its extraction, whether its page
// is stored, and its original.
func (d *DB) ArticleDetail(id string) (*store.Detail, error) {
	var doc, ex, odoc []byte
	var text string
	var hasPage bool
	err := d.pool.QueryRow(ctx, `SELECT a.doc, a.text, x.doc, EXISTS (SELECT 1 FROM pages p WHERE p.article_id = a.id),
		(SELECT o.doc FROM articles o WHERE o.id = a.duplicate_of)
		FROM articles a LEFT JOIN extractions x ON x.article_id = a.id WHERE a.id = $1`, id).
		Scan(&doc, &text, &ex, &hasPage, &odoc)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	} else if err != nil {
		return nil, err
	}
	a, err := decodeArticle(doc, text)
	if err != nil {
		return nil, err
	}
	det := &store.Detail{Record: store.Record{Article: a, ExtractionJSON: ex}, HasPage: hasPage}
	if odoc != nil {
		if o, err := decodeArticle(odoc, ""); err == nil {
			det.Original = o
		}
	}
	return det, nil
}

// Copies returns the copies of each original, without their text.
func (d *DB) Copies() (*store.CopyIndex, error) {
	id, err := d.TxID()
	if err != nil {
		return nil, err
	}
	ci := &store.CopyIndex{TxID: id, ByOriginal: map[string][]store.Article{}}
	rows, err := d.pool.Query(ctx, `SELECT doc FROM articles WHERE duplicate_of IS NOT NULL ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var doc []byte
		if err := rows.Scan(&doc); err != nil {
			return nil, err
		}
		c, err := decodeArticle(doc, "")
		if err != nil {
			return nil, err
		}
		ci.ByOriginal[c.DuplicateOf] = append(ci.ByOriginal[c.DuplicateOf], *c)
	}
	return ci, rows.Err()
}

// TxID returns a number that changes whenever an article does.
func (d *DB) TxID() (int, error) {
	var n int64
	err := d.pool.QueryRow(ctx, `SELECT coalesce(max(rev), 0) FROM articles`).Scan(&n)
	return int(n), err
}

// FeedCounts counts the stored articles per feed id.
func (d *DB) FeedCounts() (map[string]store.FeedCount, error) {
	rows, err := d.pool.Query(ctx, `SELECT feed_id, count(*), count(duplicate_of),
		count(*) FILTER (WHERE fetch_error <> ''), max(sort_ns) FROM articles GROUP BY feed_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]store.FeedCount{}
	for rows.Next() {
		var id string
		var c store.FeedCount
		var latest int64
		if err := rows.Scan(&id, &c.Articles, &c.Duplicates, &c.FailedPages, &latest); err != nil {
			return nil, err
		}
		c.Latest = time.Unix(0, latest).UTC()
		out[id] = c
	}
	return out, rows.Err()
}
