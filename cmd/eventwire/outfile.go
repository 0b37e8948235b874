package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// outFile is an output file written in full or not at all: the data goes
// to a temporary file beside it, which replaces the file only when Commit
// succeeds. A failed export (a locked, missing or damaged database, a full
// disk, an interrupted run) leaves the previous file as it was.
//
// A target that exists and is not a regular file (/dev/stdout, a named
// pipe) cannot be replaced; it is written directly.
type outFile struct {
	*os.File
	path   string
	direct bool
}

func createOut(path string) (*outFile, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("%s is a directory", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &outFile{File: f, path: path, direct: true}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &outFile{File: f, path: path}, nil
}

// Commit flushes the temporary file to disk and renames it over the
// target, with the target's permissions if it existed (else 0644).
func (o *outFile) Commit() error {
	if o.direct {
		return o.Close()
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(o.path); err == nil {
		mode = fi.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		o.Abort()
		return err
	}
	err := o.Chmod(mode)
	if err == nil {
		err = o.Sync()
	}
	if cerr := o.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.Name(), o.path)
	}
	if err != nil {
		os.Remove(o.Name())
	}
	return err
}

// Abort removes the temporary file; the target is untouched.
func (o *outFile) Abort() {
	o.Close()
	if !o.direct {
		os.Remove(o.Name())
	}
}
