// Package postgres keeps eventwire's database in PostgreSQL, for those who
// outgrow one bbolt file: several "eventwire run" processes, on one machine
// or many, poll one set of feeds at once, and researchers query the
// articles, mentions and events with SQL.
//
// The schema is in migrations/ (applied by Migrate, "eventwire migrate");
// Open refuses a database whose schema is older or newer than this code's.
// Mentions and events are rows with their main fields as columns, beside
// the extraction as stored (a json column, byte for byte, from which export
// writes); articles likewise have columns and a jsonb document of the
// export record.
//
// Several passes share the work through leases: a pass claims due feeds
// with SELECT ... FOR UPDATE SKIP LOCKED and holds each for a while,
// renewing as it goes; a pass that dies lets its leases run out and its
// feeds go back to the others. Requests to one host are spaced across all
// passes by a per-host next-allowed time in the host_slots table
// (Reserve). An article is stored once whoever stores it: its id is the
// primary key and every write is an INSERT ... ON CONFLICT.
//
// It does not do: connection pooling beyond pgxpool's, replication,
// partitioning, or the bbolt backend's lock files (PostgreSQL's own
// concurrency replaces them: readers never wait for writers).
//
// # Caveats
//
// Times are stored in microseconds; the nanosecond sort time is kept in a
// bigint so that the order matches bbolt's. Text search in Articles lowers
// case with the database's ctype, which may differ from Go's for
// non-ASCII letters.
package postgres
