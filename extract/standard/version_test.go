package standard

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden_version.txt after bumping Version")

const versionRecord = "testdata/golden_version.txt"

// goldenHash hashes the extractors' golden outputs (the .json files under
// their testdata, fuzz corpora aside), path and content.
func goldenHash(t *testing.T) (string, int) {
	t.Helper()
	var paths []string
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "fuzz" || d.Name() == "extracttest") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") && strings.Contains(filepath.ToSlash(p), "/testdata/") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	h := sha256.New()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(p), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), len(paths)
}

// TestGoldenNeedsVersionBump fails when an extractor's golden output
// changed but Version did not: stored articles would keep the old output,
// since reextract goes by version. After bumping Version, run
// go test ./extract/standard -run TestGoldenNeedsVersionBump -update.
func TestGoldenNeedsVersionBump(t *testing.T) {
	sum, n := goldenHash(t)
	if n < 10 {
		t.Fatalf("found %d golden files under extract/*/testdata; the walk is wrong", n)
	}
	raw, err := os.ReadFile(versionRecord)
	if err != nil && !*update {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	m := regexp.MustCompile(`(?m)^version (\d+)\ngolden ([0-9a-f]{64})$`).FindStringSubmatch(string(raw))
	recVersion, recSum := "", ""
	if m != nil {
		recVersion, recSum = m[1], m[2]
	}
	cur := fmt.Sprint(Version)
	if *update {
		if recSum != "" && recSum != sum && recVersion == cur {
			t.Fatalf("the golden outputs changed but Version is still %s: bump Version in standard.go first", cur)
		}
		out := "# The extractor version and the SHA-256 of the extractors' golden outputs\n" +
			"# (extract/*/testdata/**/*.json). TestGoldenNeedsVersionBump fails when\n" +
			"# they change while Version stays; after bumping Version, refresh this\n" +
			"# file with: go test ./extract/standard -run TestGoldenNeedsVersionBump -update\n" +
			"version " + cur + "\ngolden " + sum + "\n"
		if err := os.WriteFile(versionRecord, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	switch {
	case m == nil:
		t.Fatalf("%s: no version and golden lines", versionRecord)
	case recSum != sum && recVersion == cur:
		t.Errorf("the golden outputs of %d files changed but standard.Version is still %s: bump it (reextract goes by it), then run with -update", n, cur)
	case recSum != sum || recVersion != cur:
		t.Errorf("%s records version %s, golden %.12s; now version %s, golden %.12s: run with -update", versionRecord, recVersion, recSum, cur, sum)
	}
}

func TestRulesFingerprint(t *testing.T) {
	a, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Rules()
	if len(a) != 64 || a != b {
		t.Errorf("Rules() = %q then %q, want the same 64 hex digits twice", a, b)
	}
}
