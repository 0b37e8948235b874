package extracttest

import (
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// SharedCorpus returns <repository root>/../shared/corpus joined with rel,
// or skips the test when that path is absent: the shared corpus lives
// beside the checkout, not in it, and the core suite must pass without it.
// The root is the first directory holding go.mod, walking up from the
// working directory (the package directory under go test).
func SharedCorpus(t testing.TB, rel ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("shared corpus: working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared corpus: no go.mod above the working directory, so no repository root to find ../shared from; skipping")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared", "corpus"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available at %s (it lives in ../shared beside the repository); skipping: %v", p, err)
	}
	return p
}

// TimeMLTexts returns the texts of the shared TimeML corpus (TimeBank and
// AQUAINT), the body of each document's TEXT element with its tags removed
// and its entities decoded, as the timeml scorer reads them; it skips when
// the corpus is absent. Benchmarks use them as news text denser in dates,
// events and organisations than the bundled article.
func TimeMLTexts(t testing.TB) []string {
	t.Helper()
	root := SharedCorpus(t, "timeml")
	tag := regexp.MustCompile(`<[^>]*>`)
	var texts []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		s := string(raw)
		i, j := strings.Index(s, "<TEXT>"), strings.LastIndex(s, "</TEXT>")
		if i < 0 || j < i {
			return fmt.Errorf("%s: no TEXT element", path)
		}
		texts = append(texts, html.UnescapeString(tag.ReplaceAllString(s[i+len("<TEXT>"):j], "")))
		return nil
	})
	if err != nil {
		t.Fatalf("timeml texts: %v", err)
	}
	if len(texts) == 0 {
		t.Fatalf("timeml texts: no .tml files under %s", root)
	}
	return texts
}
