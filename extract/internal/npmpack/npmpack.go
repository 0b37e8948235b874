package npmpack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Package is one pinned npm package version.
type Package struct {
	Name, Version string
	// Integrity is the registry's dist.integrity for the version ("sha512-
	// ..."; npm view NAME@VERSION dist.integrity).
	Integrity string
	// Shasum, when set, is the registry's dist.shasum (SHA-1, hex), checked
	// as well.
	Shasum string
}

// Spec is how npm names the version: "name@version".
func (p Package) Spec() string { return p.Name + "@" + p.Version }

// Verify checks a tarball against the pinned checksums.
func (p Package) Verify(tgz []byte) error {
	sum := sha512.Sum512(tgz)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != p.Integrity {
		return fmt.Errorf("verify %s: integrity %s, want %s", p.Spec(), got, p.Integrity)
	}
	if p.Shasum != "" {
		s1 := sha1.Sum(tgz)
		if got := hex.EncodeToString(s1[:]); got != p.Shasum {
			return fmt.Errorf("verify %s: shasum %s, want %s", p.Spec(), got, p.Shasum)
		}
	}
	return nil
}

// Fetch returns the verified tarball: from cache when a verified copy is
// there, else from npm pack (then saved to cache). cache "" means no cache.
func (p Package) Fetch(cache string) ([]byte, error) {
	var path string
	if cache != "" {
		path = filepath.Join(cache, strings.ReplaceAll(p.Name, "/", "_")+"-"+p.Version+".tgz")
		if b, err := os.ReadFile(path); err == nil && p.Verify(b) == nil {
			return b, nil
		}
	}
	dir, err := os.MkdirTemp("", "npmpack-")
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", p.Spec(), err)
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", p.Spec(), "--pack-destination", dir)
	cmd.Stderr = os.Stderr
	if out, err := cmd.Output(); err != nil {
		return nil, fmt.Errorf("npm pack %s: %w (%s)", p.Spec(), err, bytes.TrimSpace(out))
	}
	tgzs, err := filepath.Glob(filepath.Join(dir, "*.tgz"))
	if err != nil || len(tgzs) != 1 {
		return nil, fmt.Errorf("npm pack %s: want one tarball, found %v (%v)", p.Spec(), tgzs, err)
	}
	b, err := os.ReadFile(tgzs[0])
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", p.Spec(), err)
	}
	if err := p.Verify(b); err != nil {
		return nil, err
	}
	if path != "" {
		_ = os.WriteFile(path, b, 0o644) // a cache that cannot be written only costs a download
	}
	return b, nil
}

// Files fetches the package (see Fetch) and returns the named files of the
// tarball ("package/data/names.txt").
func (p Package) Files(cache string, names ...string) (map[string][]byte, error) {
	tgz, err := p.Fetch(cache)
	if err != nil {
		return nil, err
	}
	files, err := Untar(tgz, names...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Spec(), err)
	}
	return files, nil
}

// maxFile caps one file read out of a tarball.
const maxFile = 256 << 20

// Untar returns the named files of a gzipped tarball; a missing one is an
// error.
func Untar(tgz []byte, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, fmt.Errorf("untar: %w", err)
	}
	need := map[string]bool{}
	for _, n := range names {
		need[n] = true
	}
	out := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("untar: %w", err)
		}
		if !need[h.Name] {
			continue
		}
		b, err := io.ReadAll(io.LimitReader(tr, maxFile))
		if err != nil {
			return nil, fmt.Errorf("untar %s: %w", h.Name, err)
		}
		out[h.Name] = b
	}
	for _, n := range names {
		if _, ok := out[n]; !ok {
			return nil, fmt.Errorf("untar: %s missing", n)
		}
	}
	return out, nil
}
