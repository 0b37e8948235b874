package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputClearErrors: input a command cannot use gets an error that
// says why, never a silent success.
func TestBadInputClearErrors(t *testing.T) {
	dir := t.TempDir()
	bin := make([]byte, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range bin {
		bin[i] = byte(r.IntN(256))
	}
	binPath := filepath.Join(dir, "blob.bin")
	os.WriteFile(binPath, bin, 0o644)
	htmlPath := filepath.Join(dir, "page.html")
	os.WriteFile(htmlPath, []byte("<!DOCTYPE html><html><head><title>Talks</title></head><body><p>Envoys met in Busan on Wednesday.</p></body></html>"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"extract a binary file", []string{"extract", binPath}, exitFatal, "binary"},
		{"extract html without --html", []string{"extract", htmlPath}, exitUsage, "looks like HTML"},
		{"misspelt subcommand", []string{"feeds", "ad", "https://example.com/rss"}, exitUsage, `unknown command "ad"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) || out != "" {
				t.Errorf("eventwire %v: exit %d, stdout %d bytes, stderr %q; want exit %d mentioning %q", tc.args, code, len(out), stderr, tc.code, tc.want)
			}
		})
	}
	if code, out, _ := runCLI(t, "", "extract", "--html", htmlPath); code != 0 || !strings.Contains(out, "Busan") {
		t.Errorf("extract --html on the page: exit %d, %s", code, out)
	}
}

// TestStripHonoursMetaCharset: a page read from a file is decoded as its
// <meta charset> says.
func TestStripHonoursMetaCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head><body><article><p>PARIS, March 3 (Wire) -- The caf\xe9 owners met the minister on Monday to discuss the d\xe9cret on terraces, officials said.</p></article></body></html>"
	path := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(path, []byte(page), 0o644)
	code, out, stderr := runCLI(t, "", "strip", path)
	if code != 0 || !strings.Contains(out, "café owners") || strings.Contains(out, "\ufffd") {
		t.Errorf("strip of a windows-1252 page: exit %d, %s %s; want \"café\" decoded", code, out, stderr)
	}
}

// TestDBInMissingFolderRefused: every command that opens a database
// refuses a --db whose folder does not exist, and creates nothing.
func TestDBInMissingFolderRefused(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such")
	db := filepath.Join(missing, "x.db")
	feeds := filepath.Join(t.TempDir(), "feeds.yaml")
	os.WriteFile(feeds, []byte("- url: https://example.com/rss\n"), 0o644)
	for _, args := range [][]string{
		{"run"}, {"feeds", "list"}, {"feeds", "add", "https://example.com/rss", "--no-check"}, {"feeds", "import", feeds},
		{"feeds", "remove", "1"}, {"export"}, {"stats"}, {"reextract"},
	} {
		code, _, stderr := runCLI(t, "", append(args, "--db", db)...)
		if code != exitUsage || !strings.Contains(stderr, "does not exist") {
			t.Errorf("eventwire %v --db %s: exit %d, %q; want exit 2 saying the folder does not exist", args, db, code, stderr)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("%s was created", missing)
	}
}
