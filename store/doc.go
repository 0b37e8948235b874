// Package store holds eventwire's records (feeds, articles, extractions,
// retries, runs), the Store interface through which every command reads
// and writes them, and what the backends share: article ids, sort keys
// and paging cursors, the queries of the viewer, copies between
// databases.
//
// Two backends implement Store: store/bolt, an embedded bbolt file (the
// default: nothing to install), and store/postgres, a PostgreSQL database
// that several "eventwire run" processes on several machines share. The
// suite in store/storetest holds both to one behaviour.
//
// It does not open databases itself: cmd/eventwire chooses the backend
// from --db (a path is bbolt, a postgres:// URL PostgreSQL).
//
// A backend reports a database it cannot read safely with a *DamagedError
// (errors.Is ErrDamaged) and a path that is no file with a *NotFileError,
// so that commands tell the user what to do instead of crashing;
// CheckReport is what a backend's consistency check found.
package store
