package store

import (
	"errors"
	"fmt"
	"io/fs"
)

// ErrDamaged matches every *DamagedError with errors.Is.
var ErrDamaged = errors.New("database damaged")

// DamagedError is a database file that cannot be read safely: truncated,
// overwritten, not a bbolt file, or failing a consistency check. Nothing is
// written to it once this is known.
type DamagedError struct {
	Path string
	Err  error // what was found
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("the database at %s is damaged: %v; restore a backup or start a new one (\"eventwire check\" tells more)", e.Path, e.Err)
}

func (e *DamagedError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrDamaged) hold.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// NotFileError is a database path that names something other than a
// regular file: a directory, a named pipe (which would block the open), a
// device such as /dev/null.
type NotFileError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotFileError) Error() string {
	return fmt.Sprintf("the database at %s is %s, not a file: give --db (or $EVENTWIRE_DB) the path of an eventwire database file", e.Path, describeMode(e.Mode))
}

func describeMode(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}
