//go:build !unix

package bolt

import "os"

// On systems without flock the writer role and the queue are not enforced:
// bbolt's own file lock still keeps two writers apart, but readers are not
// queued fairly against a running pass.
func tryLock(*os.File) (bool, error) { return true, nil }

func tryShared(*os.File) (bool, error) { return true, nil }

func unlock(*os.File) error { return nil }
