// Package storetest is the test suite that every store backend passes:
// store's bbolt database and store/postgres run the same cases through
// Run, so that the commands see one behaviour whichever --db they are
// given.
//
// It does not test what only one backend has: bbolt's lock files and
// chunked reads, PostgreSQL's migrations and cross-process leases (those
// backends test them themselves).
package storetest
