// Package store keeps eventwire's feeds, articles, raw pages, extractions
// and run records in an embedded bbolt database.
//
// Buckets: meta (schema version), feeds (id -> Feed), articles (id ->
// Article, text included), pages (id -> gzip-compressed raw page, written
// once), extractions (id -> Extraction), idx_published (published time + id
// -> nil, for range export), idx_url (canonical URL -> id), idx_guid (feed
// id + GUID -> id), idx_content (text hash -> id, for syndicated
// duplicates), runs (start time -> Run). An article id is the hex of a
// SHA-256 of its canonical URL, so ids are stable across runs and machines.
//
// Each Put is its own transaction. A feed's validators and cursor are saved
// by the caller only after the feed's articles are committed, so a crash
// re-polls instead of skipping.
//
// A damaged file is reported, not trusted: Open refuses a path that is not
// a regular file (*NotFileError), an empty file, one shorter than its pages
// or whose free list is broken (*DamagedError, errors.Is ErrDamaged),
// before bbolt maps it; every transaction runs with faults turned into
// panics and panics into a *DamagedError, so a command reports the damage
// and exits instead of crashing. Check reads everything and runs bbolt's
// consistency check.
//
// # Caveats
//
// bbolt allows one writer process: Open waits for the file lock for
// Options.LockTimeout and then fails with ErrLocked. Iteration holds one read
// transaction for its whole length and streams: it never loads the database
// into memory, but a long export keeps old pages from being reused.
package store
