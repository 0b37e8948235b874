package bolt

import (
	"github.com/eventwire/eventwire/store"

	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

var (
	_ store.CopySource = (*DB)(nil)
	_ store.CopySink   = (*DB)(nil)
)

// FeedSequence is the highest feed id ever given.
func (d *DB) FeedSequence() (int, error) {
	var n int
	err := d.view(func(tx *bolt.Tx) error {
		n = int(tx.Bucket(bFeeds).Sequence())
		return nil
	})
	return n, err
}

// DumpArticles returns up to limit articles in id order after the id
// given, with their extractions, compressed pages and retry entries.
func (d *DB) DumpArticles(after string, limit int) ([]store.Dump, error) {
	var out []store.Dump
	var from []byte
	if after != "" {
		from = []byte(after)
	}
	var ids [][]byte
	err := d.scan(bArticles, from, func(k, v []byte) error {
		a := &store.Article{}
		if err := json.Unmarshal(v, a); err != nil {
			return fmt.Errorf("store: decode article %s: %w", k, err)
		}
		a.Normalize()
		out = append(out, store.Dump{Article: a})
		ids = append(ids, bytes.Clone(k))
		if len(out) >= limit {
			return errStopScan
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = d.view(func(tx *bolt.Tx) error {
		for i, id := range ids {
			if v := tx.Bucket(bExtractions).Get(id); v != nil {
				out[i].Extraction = bytes.Clone(v)
			}
			if v := tx.Bucket(bPages).Get(id); v != nil {
				out[i].PageGzip = bytes.Clone(v)
			}
			if h := out[i].Article.TextSHA256; h != "" && string(tx.Bucket(bIdxContent).Get([]byte(h))) == string(id) {
				out[i].HoldsText = true
			}
			if v := tx.Bucket(bRetry).Get(id); v != nil {
				out[i].Retry = &store.Retry{}
				if err := json.Unmarshal(v, out[i].Retry); err != nil {
					return fmt.Errorf("store: decode retry %s: %w", id, err)
				}
			}
		}
		return nil
	})
	return out, err
}

// ImportFeeds stores feeds with their ids, those already there left as
// they are, and makes new ids start after seq.
func (d *DB) ImportFeeds(feeds []store.Feed, seq int) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFeeds)
		for i := range feeds {
			k := feedKey(feeds[i].ID)
			if b.Get(k) == nil {
				if err := putJSON(b, k, &feeds[i]); err != nil {
					return err
				}
			}
			if len(k) == 8 {
				if n := int(int64(bytesUint(k))); n > seq {
					seq = n
				}
			}
		}
		if uint64(seq) > b.Sequence() {
			return b.SetSequence(uint64(seq))
		}
		return nil
	})
}

func bytesUint(k []byte) uint64 {
	var n uint64
	for _, c := range k {
		n = n<<8 | uint64(c)
	}
	return n
}

// ImportRuns stores run summaries not already there.
func (d *DB) ImportRuns(runs []store.Run) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bRuns)
		for i := range runs {
			k := pubKey(runs[i].Started, "")
			if b.Get(k) == nil {
				if err := putJSON(b, k, &runs[i]); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// ImportArticles stores a batch as given and records the copy's
// checkpoint in the meta bucket, in one transaction.
func (d *DB) ImportArticles(source string, batch []store.Dump) error {
	if len(batch) == 0 {
		return nil
	}
	return d.update(func(tx *bolt.Tx) error {
		for _, dm := range batch {
			a := dm.Article
			arts := tx.Bucket(bArticles)
			if old := arts.Get([]byte(a.ID)); old != nil {
				var prev store.Article
				if err := json.Unmarshal(old, &prev); err == nil {
					if err := tx.Bucket(bIdxPub).Delete(pubKey(prev.SortTime(), prev.ID)); err != nil {
						return err
					}
				}
			}
			if err := putJSON(arts, []byte(a.ID), a); err != nil {
				return err
			}
			if dm.HoldsText && a.TextSHA256 != "" {
				if idx := tx.Bucket(bIdxContent); idx.Get([]byte(a.TextSHA256)) == nil {
					if err := idx.Put([]byte(a.TextSHA256), []byte(a.ID)); err != nil {
						return err
					}
				}
			}
			puts := []bucketPut{{bIdxPub, pubKey(a.SortTime(), a.ID), []byte{}}}
			if a.CanonicalURL != "" {
				puts = append(puts, bucketPut{bIdxURL, []byte(a.CanonicalURL), []byte(a.ID)})
			}
			if a.Feed.GUID != "" {
				puts = append(puts, bucketPut{bIdxGUID, guidKey(a.Feed.ID, a.Feed.GUID), []byte(a.ID)})
			}
			if dm.Extraction != nil {
				puts = append(puts, bucketPut{bExtractions, []byte(a.ID), dm.Extraction})
			}
			if dm.PageGzip != nil && tx.Bucket(bPages).Get([]byte(a.ID)) == nil {
				puts = append(puts, bucketPut{bPages, []byte(a.ID), dm.PageGzip})
			}
			for _, p := range puts {
				if err := tx.Bucket(p.bucket).Put(p.k, p.v); err != nil {
					return err
				}
			}
			if dm.Retry != nil {
				if err := putJSON(tx.Bucket(bRetry), []byte(a.ID), dm.Retry); err != nil {
					return err
				}
			}
		}
		return tx.Bucket(bMeta).Put(copyKey(source), []byte(batch[len(batch)-1].Article.ID))
	})
}

// bucketPut is one key to put into a bucket.
type bucketPut struct{ bucket, k, v []byte }

func copyKey(source string) []byte { return []byte("copy\x00" + source) }

// CopyCheckpoint returns the last article id copied from source.
func (d *DB) CopyCheckpoint(source string) (string, error) {
	var id string
	err := d.view(func(tx *bolt.Tx) error {
		id = string(tx.Bucket(bMeta).Get(copyKey(source)))
		return nil
	})
	return id, err
}
