package npmpack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func tarball(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

func integrity(b []byte) string {
	s := sha512.Sum512(b)
	return "sha512-" + base64.StdEncoding.EncodeToString(s[:])
}

func TestUntar(t *testing.T) {
	tgz := tarball(t, map[string]string{"package/a.txt": "alpha\n", "package/b.json": "{}"})
	got, err := Untar(tgz, "package/a.txt")
	if err != nil || string(got["package/a.txt"]) != "alpha\n" || len(got) != 1 {
		t.Errorf("Untar = %q, %v; want only package/a.txt", got, err)
	}
	if _, err := Untar(tgz, "package/missing.txt"); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("Untar of an absent file: error %v, want one saying it is missing", err)
	}
	if _, err := Untar([]byte("not gzip"), "x"); err == nil {
		t.Error("Untar accepted bytes that are not a gzipped tarball")
	}
}

func TestVerify(t *testing.T) {
	tgz := tarball(t, map[string]string{"package/a.txt": "alpha"})
	p := Package{Name: "x", Version: "1.0.0", Integrity: integrity(tgz)}
	if err := p.Verify(tgz); err != nil {
		t.Errorf("Verify of the pinned tarball: %v", err)
	}
	if err := p.Verify(append(tgz, 0)); err == nil {
		t.Error("Verify accepted a changed tarball")
	}
	p.Shasum = "0000"
	if err := p.Verify(tgz); err == nil {
		t.Error("Verify ignored a wrong shasum")
	}
}

func TestFetchUsesAVerifiedCache(t *testing.T) {
	tgz := tarball(t, map[string]string{"package/a.txt": "alpha"})
	dir := t.TempDir()
	p := Package{Name: "@scope/x", Version: "1.0.0", Integrity: integrity(tgz)}
	if err := os.WriteFile(filepath.Join(dir, "@scope_x-1.0.0.tgz"), tgz, 0o644); err != nil {
		t.Fatal(err)
	}
	// A verified cached copy is used without npm: PATH holds no npm here.
	t.Setenv("PATH", "")
	files, err := p.Files(dir, "package/a.txt")
	if err != nil || string(files["package/a.txt"]) != "alpha" {
		t.Fatalf("Files from the cache = %q, %v", files, err)
	}
	// A cached copy that fails the check is not used; without npm, Fetch
	// must then fail rather than return it.
	if err := os.WriteFile(filepath.Join(dir, "@scope_x-1.0.0.tgz"), append(tgz, 0), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Fetch(dir); err == nil {
		t.Error("Fetch returned a cached tarball that fails verification")
	}
}
