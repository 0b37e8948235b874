// Package bolt keeps eventwire's feeds, articles, raw pages, extractions
// and run records in an embedded bbolt database: the default backend of
// the store.Store interface, one file, nothing to install.
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
// a regular file (*store.NotFileError), an empty file, one shorter than
// its pages or whose free list is broken (*store.DamagedError, errors.Is
// store.ErrDamaged), before bbolt maps it; every transaction runs with
// faults turned into panics and panics into a *store.DamagedError, so a
// command reports the damage and exits instead of crashing. Check reads
// everything and runs bbolt's consistency check.
//
// # Caveats
//
// bbolt locks the whole file for as long as a handle is open: exclusively
// for a writer, shared for readers. A DB therefore opens the file only for
// its transactions and lets it go whenever another process queues for it
// (see access.go): a pass and any number of readers interleave, each
// waiting at most about one chunk of the other's work. The writer role
// (Options without ReadOnly or Shared) is a separate lock file held for
// the DB's life, so that two passes never run at once: the second waits
// Options.LockTimeout and fails with ErrLocked. Files beside the database:
// PATH-writer.lock and PATH-queue.lock; they stay, empty, and may be
// deleted only when no eventwire process runs.
//
// Each lists the matching index keys in one read and then reads the
// articles in chunks of short read transactions, so a long export does
// not hold the file for long; it yields the articles committed before it
// began, each once.
package bolt
