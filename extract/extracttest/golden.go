package extracttest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Golden compares got with the golden file at path, or rewrites the file
// when update is set (each package keeps its own -update flag, because
// flags belong to the test binary). A mismatch names the first differing
// line, so that a failure says where to look before anyone reruns with
// -update and reads the whole diff.
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff): %s", path, firstDiff(want, got))
	}
}

// firstDiff describes the first line where want and got part, 1-based; a
// side that has run out of lines shows as end of file.
func firstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	line := func(ls [][]byte, i int) string {
		if i >= len(ls) {
			return "(end of file)"
		}
		return fmt.Sprintf("%q", ls[i])
	}
	for i := 0; i < len(wl) || i < len(gl); i++ {
		if i >= len(wl) || i >= len(gl) || !bytes.Equal(wl[i], gl[i]) {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, line(wl, i), line(gl, i))
		}
	}
	return "no line differs"
}
