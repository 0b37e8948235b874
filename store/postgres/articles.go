package postgres

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/eventwire/eventwire/store"
)

// Seen returns the id stored under a canonical URL or a feed's GUID.
func (d *DB) Seen(canonicalURL, feedID, guid string) (string, error) {
	var id string
	err := d.pool.QueryRow(ctx, `SELECT id FROM (
		SELECT id, 0 AS o FROM articles WHERE $1 <> '' AND canonical_url = $1
		UNION ALL SELECT article_id, 1 FROM article_guids WHERE $3 <> '' AND feed_id = $2 AND guid = $3) s
		ORDER BY o LIMIT 1`, canonicalURL, feedID, guid).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// PutArticle stores an article, its page and its extraction at once,
// leaving the content index alone.
func (d *DB) PutArticle(a *store.Article, page []byte, ex *store.Extraction) error {
	return d.WriteArticle(store.ArticleWrite{Article: a, Page: page, Extraction: ex})
}

// WriteArticle stores an article with its page, extraction and retry
// entry in one transaction, keeping the content index as
// store.ArticleWrite says: the first article filed under a hash holds it,
// a later one becomes its copy, and an article written again under
// another hash, as a copy or not compared gives up the hash it held.
func (d *DB) WriteArticle(w store.ArticleWrite) error {
	a := w.Article
	key := w.ContentKey()
	if w.Retry != nil {
		w.Retry.ID = a.ID
	}
	var gz, exJSON []byte
	var err error
	if w.Page != nil {
		if gz, err = d.pages.Compress(w.Page); err != nil {
			return err
		}
	}
	if w.Extraction != nil {
		if exJSON, err = json.Marshal(w.Extraction); err != nil {
			return fmt.Errorf("store: encode extraction: %w", err)
		}
	}
	return d.write(func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM content_hashes WHERE article_id = $1 AND text_sha256 <> $2`, a.ID, key); err != nil {
			return err
		}
		if key != "" {
			// The no-op update locks and returns the row that holds the
			// hash: a concurrent first writer of the same text is waited
			// for, so that exactly one article holds each text.
			var owner string
			err := tx.QueryRow(ctx, `INSERT INTO content_hashes (text_sha256, article_id) VALUES ($1, $2)
				ON CONFLICT (text_sha256) DO UPDATE SET text_sha256 = EXCLUDED.text_sha256 RETURNING article_id`,
				key, a.ID).Scan(&owner)
			if err != nil {
				return err
			}
			if owner != a.ID {
				a.DuplicateOf = owner
			}
		}
		b := &pgx.Batch{}
		if err := queueArticle(b, a); err != nil {
			return err
		}
		if gz != nil {
			b.Queue(`INSERT INTO pages (article_id, gz) VALUES ($1, $2) ON CONFLICT (article_id) DO NOTHING`, a.ID, gz)
			b.Queue(`DELETE FROM retries WHERE article_id = $1`, a.ID)
		}
		if w.Retry != nil {
			if err := queueRetry(b, w.Retry); err != nil {
				return err
			}
		}
		if exJSON != nil {
			if err := queueExtraction(b, a.ID, exJSON); err != nil {
				return err
			}
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// queueArticle queues the upsert of an article and its GUID.
func queueArticle(b *pgx.Batch, a *store.Article) error {
	text := a.Text
	a.Text = ""
	doc, err := json.Marshal(a)
	a.Text = text
	if err != nil {
		return fmt.Errorf("store: encode article: %w", err)
	}
	var dup any
	if a.DuplicateOf != "" {
		dup = a.DuplicateOf
	}
	st := a.SortTime()
	b.Queue(`INSERT INTO articles (id, url, canonical_url, feed_id, feed_guid, title, byline, published, published_source,
		fetched_at, sort_time, sort_ns, undated, lang, duplicate_of, text_sha256, text_source, fetch_error,
		extractor_version, extractor_rules, doc, text)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
		ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url,
		feed_id = EXCLUDED.feed_id, feed_guid = EXCLUDED.feed_guid, title = EXCLUDED.title, byline = EXCLUDED.byline,
		published = EXCLUDED.published, published_source = EXCLUDED.published_source, fetched_at = EXCLUDED.fetched_at,
		sort_time = EXCLUDED.sort_time, sort_ns = EXCLUDED.sort_ns, undated = EXCLUDED.undated, lang = EXCLUDED.lang,
		duplicate_of = EXCLUDED.duplicate_of, text_sha256 = EXCLUDED.text_sha256, text_source = EXCLUDED.text_source,
		fetch_error = EXCLUDED.fetch_error, extractor_version = EXCLUDED.extractor_version,
		extractor_rules = EXCLUDED.extractor_rules, doc = EXCLUDED.doc, text = EXCLUDED.text,
		rev = nextval('article_rev')`,
		a.ID, a.URL, a.CanonicalURL, a.Feed.ID, a.Feed.GUID, a.Title, a.Byline, tm(a.Published), a.PublishedSource,
		tm(a.FetchedAt), st, store.SortNanosOf(st), a.Undated(), a.Lang, dup, a.TextSHA256, a.TextSource, a.FetchError,
		a.Extractor.Version, a.Extractor.Rules, doc, text)
	if a.Feed.GUID != "" {
		b.Queue(`INSERT INTO article_guids (feed_id, guid, article_id) VALUES ($1, $2, $3)
			ON CONFLICT (feed_id, guid) DO UPDATE SET article_id = EXCLUDED.article_id`, a.Feed.ID, a.Feed.GUID, a.ID)
	}
	return nil
}

func queueRetry(b *pgx.Batch, r *store.Retry) error {
	doc, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("store: encode retry: %w", err)
	}
	b.Queue(`INSERT INTO retries (article_id, url, host, attempts, next_try, last_error, gave_up, doc)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (article_id) DO UPDATE SET url = EXCLUDED.url, host = EXCLUDED.host, attempts = EXCLUDED.attempts,
		next_try = EXCLUDED.next_try, last_error = EXCLUDED.last_error, gave_up = EXCLUDED.gave_up, doc = EXCLUDED.doc`,
		r.ID, r.URL, r.Host, r.Attempts, r.NextTry, r.LastError, r.GaveUp, doc)
	return nil
}

// queueExtraction queues the replacement of an article's extraction and
// of its mention and event rows.
func queueExtraction(b *pgx.Batch, id string, exJSON []byte) error {
	cols, err := decodeColumns(exJSON)
	if err != nil {
		return fmt.Errorf("store: extraction of %s: %w", id, err)
	}
	b.Queue(`INSERT INTO extractions (article_id, extractor_name, extractor_version, extractor_rules, extracted_at, doc)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (article_id) DO UPDATE SET extractor_name = EXCLUDED.extractor_name,
		extractor_version = EXCLUDED.extractor_version, extractor_rules = EXCLUDED.extractor_rules,
		extracted_at = EXCLUDED.extracted_at, doc = EXCLUDED.doc`,
		id, cols.Extractor.Name, cols.Extractor.Version, cols.Extractor.Rules, tm(cols.ExtractedAt), string(exJSON))
	b.Queue(`DELETE FROM mentions WHERE article_id = $1`, id)
	b.Queue(`DELETE FROM events WHERE article_id = $1`, id)
	if len(cols.Mentions) > 0 {
		m := mentionArrays(cols.Mentions)
		b.Queue(`INSERT INTO mentions (article_id, i, type, text, start_byte, end_byte, cstart, cend, sentence, confidence,
			rule, timex_type, timex_value, kind, amount_value, currency, unit, name, country, lat, lon, title, affiliation)
			SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[],
			$9::int[], $10::float8[], $11::text[], $12::text[], $13::text[], $14::text[], $15::float8[], $16::text[],
			$17::text[], $18::text[], $19::text[], $20::float8[], $21::float8[], $22::text[], $23::text[])`,
			append([]any{id}, m...)...)
	}
	if len(cols.Events) > 0 {
		e := eventArrays(cols.Events)
		b.Queue(`INSERT INTO events (article_id, i, type, cameo, cameo_root, trigger, trigger_start, trigger_end,
			sentence, confidence, rule, when_value, who, "when", "where", amounts)
			SELECT $1, i, type, cameo, cameo_root, trigger, ts, te, sentence, confidence, rule, when_value,
			who::int[], wh::int[], wr::int[], am::int[]
			FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[],
			$10::float8[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
			AS u(i, type, cameo, cameo_root, trigger, ts, te, sentence, confidence, rule, when_value, who, wh, wr, am)`,
			append([]any{id}, e...)...)
	}
	return nil
}

// Article returns a stored article.
func (d *DB) Article(id string) (*store.Article, error) {
	var doc []byte
	var text string
	err := d.pool.QueryRow(ctx, `SELECT doc, text FROM articles WHERE id = $1`, id).Scan(&doc, &text)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	} else if err != nil {
		return nil, err
	}
	return decodeArticle(doc, text)
}

func decodeArticle(doc []byte, text string) (*store.Article, error) {
	var a store.Article
	if err := json.Unmarshal(doc, &a); err != nil {
		return nil, fmt.Errorf("store: decode article: %w", err)
	}
	a.Text = text
	a.Normalize()
	return &a, nil
}

// Page returns an article's raw page, decompressed.
func (d *DB) Page(id string) ([]byte, error) {
	var gz []byte
	err := d.pool.QueryRow(ctx, `SELECT gz FROM pages WHERE article_id = $1`, id).Scan(&gz)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("page %s: %w", id, store.ErrNotFound)
	} else if err != nil {
		return nil, err
	}
	return store.DecompressPage(gz)
}

// PutExtraction replaces an article's extraction and records its
// extractor on the article.
func (d *DB) PutExtraction(id string, ex *store.Extraction) error {
	exJSON, err := json.Marshal(ex)
	if err != nil {
		return fmt.Errorf("store: encode extraction: %w", err)
	}
	xi, err := json.Marshal(ex.Extractor)
	if err != nil {
		return err
	}
	return d.write(func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE articles SET doc = jsonb_set(doc, '{extractor}', $2::jsonb),
			extractor_version = $3, extractor_rules = $4, rev = nextval('article_rev') WHERE id = $1`,
			id, string(xi), ex.Extractor.Version, ex.Extractor.Rules)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("article %s: %w", id, store.ErrNotFound)
		}
		b := &pgx.Batch{}
		if err := queueExtraction(b, id, exJSON); err != nil {
			return err
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// StaleIDs returns up to limit ids of articles extracted by an older
// extractor than cur, in id order after the one given.
func (d *DB) StaleIDs(cur store.ExtractorInfo, after string, limit int) ([]string, error) {
	rows, err := d.pool.Query(ctx, `SELECT id FROM articles WHERE id > $1
		AND (extractor_version < $2 OR extractor_version = $2 AND extractor_rules <> $3)
		ORDER BY id LIMIT $4`, after, cur.Version, cur.Rules, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

// ArticleCount counts the stored articles.
func (d *DB) ArticleCount() (int, error) {
	var n int
	err := d.pool.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n)
	return n, err
}

// Counts counts the records, and the articles per feed.
func (d *DB) Counts() (store.Counts, error) {
	var c store.Counts
	err := d.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM feeds), (SELECT count(*) FROM articles),
		(SELECT count(*) FROM pages), (SELECT count(*) FROM extractions), (SELECT count(*) FROM runs),
		(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind = 'r' AND n.nspname = current_schema())`).
		Scan(&c.Feeds, &c.Articles, &c.Pages, &c.Extractions, &c.Runs, &c.Duplicates, &c.FileBytes)
	if err != nil {
		return c, err
	}
	c.PerFeed = map[string]store.FeedCount{}
	rows, err := d.pool.Query(ctx, `SELECT feed_id, count(*), count(duplicate_of),
		count(*) FILTER (WHERE text_source = 'feed') FROM articles GROUP BY feed_id`)
	if err != nil {
		return c, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var fc store.FeedCount
		if err := rows.Scan(&id, &fc.Articles, &fc.Duplicates, &fc.FailedPages); err != nil {
			return c, err
		}
		c.PerFeed[id] = fc
	}
	return c, rows.Err()
}
