package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

// smallDB writes a database with one feed and a few hundred articles, so
// that its pages reach past the first few kilobytes, and returns its path.
func smallDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ok.db")
	db, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddFeed(&store.Feed{URL: "https://wire.example/rss"}); err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 3, 12, 6, 0, 0, 0, time.UTC)
	for i := range 200 {
		u := fmt.Sprintf("https://wire.example/story/%d", i)
		a := &store.Article{ID: store.ArticleID(u), URL: u, CanonicalURL: u, Feed: store.FeedRef{ID: "1", URL: "https://wire.example/rss"},
			Title: fmt.Sprintf("Story %d", i), Published: pub.Add(time.Duration(i) * time.Minute), FetchedAt: pub, TextSource: "page",
			TextSHA256: fmt.Sprintf("%064x", i), Text: strings.Repeat("SEOUL -- A story. ", 20)}
		if err := db.PutArticle(a, []byte("<html>page</html>"), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func editedCopy(t *testing.T, src string, edit func([]byte) []byte) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "edited.db")
	if err := os.WriteFile(dst, edit(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestBrokenDatabaseExits1: a database path that is not a sound database
// gives every command one clear line and exit 1 (not 2, the usage code,
// which an "invalid argument" from mmap used to give), without a panic, a
// fault or a hang.
func TestBrokenDatabaseExits1(t *testing.T) {
	good := smallDB(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	paths := []struct{ name, path, want string }{
		{"empty file", empty, "is damaged: the file is empty"},
		{"named pipe", fifo, "is a named pipe"},
		{"dev null", os.DevNull, "is a character device"},
		{"directory", dir, "is a directory"},
		{"truncated", editedCopy(t, good, func(b []byte) []byte { return b[:len(b)/3] }), "is damaged: the file is truncated"},
		{"overwritten", editedCopy(t, good, func(b []byte) []byte {
			for i := 2 * 4096; i < len(b); i++ {
				b[i] = 0xa5
			}
			return b
		}), "is damaged"},
	}
	commands := [][]string{{"stats"}, {"export"}, {"feeds", "list"}, {"run"}, {"reextract"}, {"check"}}
	for _, p := range paths {
		for _, c := range commands {
			t.Run(p.name+"/"+strings.Join(c, " "), func(t *testing.T) {
				type result struct {
					code           int
					stdout, stderr string
				}
				done := make(chan result, 1)
				go func() {
					code, out, errs := runCLI(t, "", append(c, "--db", p.path)...)
					done <- result{code, out, errs}
				}()
				var r result
				select {
				case r = <-done:
				case <-time.After(30 * time.Second):
					t.Fatalf("eventwire %v --db %s has not returned after 30 s", c, p.path)
				}
				lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
				if r.code != exitFatal || !strings.Contains(r.stderr, p.want) || len(lines) != 1 {
					t.Errorf("eventwire %v on %s: exit %d, stderr %q; want exit 1 and one line saying %q", c, p.name, r.code, r.stderr, p.want)
				}
			})
		}
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("the empty database was written to")
	}
}

func TestUsageIsJudgedByTheStartOfTheMessage(t *testing.T) {
	for _, tc := range []struct {
		msg   string
		usage bool
	}{
		{`unknown command "x" for "eventwire"`, true},
		{`invalid argument "x" for "--concurrency" flag: strconv.ParseInt: parsing "x": invalid syntax`, true},
		{`accepts 1 arg(s), received 2`, true},
		{`store: open /dev/null: invalid argument`, false},
		{`export: write out.csv: invalid argument`, false},
	} {
		if got := isCobraUsage(errors.New(tc.msg)); got != tc.usage {
			t.Errorf("isCobraUsage(%q) = %v, want %v", tc.msg, got, tc.usage)
		}
	}
}

func TestCheckCommand(t *testing.T) {
	good := smallDB(t)
	code, out, stderr := runCLI(t, "", "check", "--db", good)
	if code != exitOK || !strings.Contains(out, "ok: no damage found") || !strings.Contains(out, "articles       200 records") {
		t.Fatalf("check of a sound database: exit %d\n%s%s", code, out, stderr)
	}
	// Damage in the middle of the file: the file opens, check finds it.
	bad := editedCopy(t, good, func(b []byte) []byte {
		for i := len(b) / 2; i < len(b)/2+8192; i++ {
			b[i] = 0x5a
		}
		return b
	})
	code, out, stderr = runCLI(t, "", "check", "--db", bad)
	if code != exitFatal || !strings.Contains(out, "problem: ") || !strings.Contains(stderr, "is damaged") {
		t.Fatalf("check of a damaged database: exit %d\nstdout %s\nstderr %s", code, out, stderr)
	}
}

// TestExportOutKeepsPreviousFile: an export that fails leaves the previous
// export as it was; one that succeeds replaces it, leaving no temporary
// file behind.
func TestExportOutKeepsPreviousFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "events.jsonl")
	if err := os.WriteFile(out, []byte("previous export\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	good := smallDB(t)
	for _, db := range []string{filepath.Join(dir, "missing.db"), os.DevNull,
		editedCopy(t, good, func(b []byte) []byte { return b[:len(b)/2] })} {
		code, _, stderr := runCLI(t, "", "export", "--db", db, "--out", out)
		if code == exitOK {
			t.Fatalf("export from %s succeeded", db)
		}
		if b, _ := os.ReadFile(out); string(b) != "previous export\n" {
			t.Fatalf("after a failed export from %s (%s): the file holds %q, want the previous export", db, strings.TrimSpace(stderr), b)
		}
	}
	if code, _, stderr := runCLI(t, "", "export", "--db", good, "--no-text", "--out", out); code != exitOK {
		t.Fatalf("export: %s", stderr)
	}
	b, _ := os.ReadFile(out)
	if n := strings.Count(string(b), "\n"); n != 200 {
		t.Errorf("export wrote %d lines, want 200", n)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o640 {
		t.Errorf("export changed the file's mode to %v, want 0640 kept", fi.Mode().Perm())
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the folder: %v, want only the export", names)
	}
}

// TestWriteErrorOnStdoutFails: output that could not be written (a full
// disk, /dev/full) fails the command.
func TestWriteErrorOnStdoutFails(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	db := smallDB(t)
	for _, args := range [][]string{{"stats", "--db", db}, {"feeds", "list", "--db", db}, {"check", "--db", db}, {"export", "--db", db}} {
		var errb strings.Builder
		code := run(args, strings.NewReader(""), full, &errb)
		if code != exitFatal || !strings.Contains(errb.String(), "no space left") {
			t.Errorf("eventwire %v > /dev/full: exit %d, stderr %q; want exit 1 saying why", args, code, errb.String())
		}
	}
}

// TestJSONLContract: the id comes back as it came, whatever its type and
// even when the line is otherwise bad; every output line is valid JSON in
// UTF-8; a published time out of range is an error for that line.
func TestJSONLContract(t *testing.T) {
	in := strings.Join([]string{
		`{"id":42,"text":"Seoul paid $5 on Monday."}`,
		`{"id":12345678901234567890,"text":"x"}`,
		`{"id":{"k":[1,2.50]},"text":"x"}`,
		`{"id":"a` + "\xff" + `b","text":"x"}`,
		`{"id":7,"text":7}`,
		`{"id":"z` + "\xfe" + `","html":7}`,
		`{"text":"no id"}`,
		`not json`,
		`{"id":"y0","text":"Monday","published":"0000-01-01"}`,
		`{"id":"y9999","text":"Monday","published":"9999-12-31"}`,
		`{"id":"shift","text":"Monday","published":"9998-12-31T23:00:00-05:00"}`,
		`{"id":"ok","text":"Monday","published":"9998-12-01"}`,
		`{"id":"t` + "\xc3" + `","text":"bad ` + "\xe2\x82" + ` bytes"}`,
	}, "\n") + "\n"
	want := []struct {
		id    string // the id as it must come back, in JSON
		error string // a part of the error, "" for none
	}{
		{`42`, ""},
		{`12345678901234567890`, ""},
		{`{"k":[1,2.50]}`, ""},
		{`"a\ufffdb"`, ""},
		{`7`, "does not fit"},
		{`"z\ufffd"`, "does not fit"},
		{`null`, ""},
		{`null`, "not a JSON object"},
		{`"y0"`, "out of range"},
		{`"y9999"`, "out of range"},
		{`"shift"`, "out of range"},
		{`"ok"`, ""},
		{`"t\ufffd"`, ""},
	}
	for _, cmd := range []string{"extract", "strip"} {
		code, out, stderr := runCLI(t, in, cmd, "--jsonl")
		if code != exitOK {
			t.Fatalf("%s --jsonl: exit %d: %s", cmd, code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != len(want) {
			t.Fatalf("%s --jsonl: %d output lines for %d input lines:\n%s", cmd, len(lines), len(want), out)
		}
		for i, l := range lines {
			if !utf8.ValidString(l) || !json.Valid([]byte(l)) {
				t.Errorf("%s line %d is not valid UTF-8 JSON: %q", cmd, i, l)
				continue
			}
			var got struct {
				ID    json.RawMessage `json:"id"`
				Error string          `json:"error"`
			}
			json.Unmarshal([]byte(l), &got)
			if string(got.ID) != want[i].id {
				t.Errorf("%s line %d: id %s, want %s", cmd, i, got.ID, want[i].id)
			}
			if cmd == "extract" && ((want[i].error == "") != (got.Error == "") || !strings.Contains(got.Error, want[i].error)) {
				t.Errorf("%s line %d: error %q, want %q", cmd, i, got.Error, want[i].error)
			}
		}
	}
}
