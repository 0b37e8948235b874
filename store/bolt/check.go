package bolt

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/eventwire/eventwire/store"
	bolt "go.etcd.io/bbolt"
)

// Check reads the whole database: every record of every bucket (decoding
// feeds, articles, extractions and runs), every index entry against the
// record it points to, and then bbolt's own consistency check of the page
// tree and free list. It returns a *store.DamagedError when it found anything,
// with the report filled either way. The records are read in short
// chunks, as Each reads them (a record written meanwhile may be read in
// either form); bbolt's check is one read transaction over the whole file,
// which a running pass waits for.
//
// Every page is first read on this goroutine, under guard, so that a page
// the file does not hold is reported instead of crashing; bbolt's check
// runs only when that found nothing.
func (d *DB) Check() (*store.CheckReport, error) {
	rep := &store.CheckReport{Buckets: map[string]int{}}
	// A damaged page ends the transaction it was read in: each bucket is
	// read in its own, so that one bad bucket does not hide the others.
	damage := func(where string, err error) error {
		var de *store.DamagedError
		if errors.As(err, &de) {
			rep.Add("%s: %v", where, de.Err)
			return nil
		}
		return err
	}
	var names [][]byte
	err := d.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if tx.Bucket(name) == nil {
				rep.Add("bucket %s is missing", name)
			}
		}
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			names = append(names, slices.Clone(name))
			return nil
		})
	})
	if err = damage("root", err); err != nil {
		return rep, err
	}
	for _, name := range names {
		// In short chunks, as every reader reads: a running pass is not
		// held up while the records are decoded.
		n := 0
		err := d.scanTx(name, nil, func(tx *bolt.Tx, k, v []byte) error {
			n++
			checkRecord(tx, rep, string(name), k, v)
			return nil
		})
		rep.Buckets[string(name)] = n
		if err = damage("bucket "+string(name), err); err != nil {
			return rep, err
		}
	}
	if rep.Found == 0 {
		// bbolt reads pages on a goroutine of its own, where a fault
		// cannot be recovered: only after every page was read here.
		err = d.view(func(tx *bolt.Tx) error {
			for e := range tx.Check() {
				rep.Add("bbolt: %v", e)
			}
			return nil
		})
		if err = damage("bbolt check", err); err != nil {
			return rep, err
		}
	}
	if rep.Found > 0 {
		return rep, &store.DamagedError{Path: d.path, Err: fmt.Errorf("%d problems, the first: %s", rep.Found, rep.Problems[0])}
	}
	return rep, nil
}

// checkRecord decodes one record of an eventwire bucket and checks that an
// index entry points to an article that exists.
func checkRecord(tx *bolt.Tx, rep *store.CheckReport, bucket string, k, v []byte) {
	decode := func(what string, into any) {
		if err := json.Unmarshal(v, into); err != nil {
			rep.Add("%s %q does not decode: %v", what, k, err)
		}
	}
	pointsTo := func(id []byte) {
		if arts := tx.Bucket(bArticles); arts != nil && arts.Get(id) == nil {
			rep.Add("%s entry %q points to article %q, which is missing", bucket, k, id)
		}
	}
	switch bucket {
	case string(bFeeds):
		decode("feed", &store.Feed{})
	case string(bArticles):
		var a struct {
			ID string `json:"id"`
		}
		decode("article", &a)
		if a.ID != "" && a.ID != string(k) {
			rep.Add("article %q is stored under key %q", a.ID, k)
		}
	case string(bExtractions):
		decode("extraction", &struct {
			Extractor store.ExtractorInfo `json:"extractor"`
			Mentions  json.RawMessage     `json:"mentions"`
			Events    json.RawMessage     `json:"events"`
		}{})
		pointsTo(k)
	case string(bRuns):
		decode("run", &store.Run{})
	case string(bIdxPub):
		if len(k) <= 8 {
			rep.Add("%s key %x is too short", bucket, k)
			return
		}
		pointsTo(k[8:])
	case string(bIdxURL), string(bIdxGUID), string(bIdxContent):
		pointsTo(v)
	case string(bPages):
		if len(v) < 2 || v[0] != 0x1f || v[1] != 0x8b {
			rep.Add("page %q is not gzip data", k)
		}
	}
}
