package page

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns a directory under ../shared (next to the repository
// root), skipping the test when it is absent: the corpora are not part of
// the repository.
func sharedDir(tb testing.TB, parts ...string) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	root := wd
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			tb.Skip("repository root not found")
		}
		root = parent
	}
	dir := filepath.Join(append([]string{filepath.Dir(root), "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s absent; the shared corpora are not in the repository", dir)
	}
	return dir
}
