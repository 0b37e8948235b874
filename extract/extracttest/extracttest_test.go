package extracttest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// recorder stands in for a *testing.T so that the helpers' failures and
// skips can be observed; Fatalf and Skipf end the goroutine as the real
// ones do.
type recorder struct {
	testing.TB
	failed, fatal, skipped bool
	msg                    string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.failed, r.msg = true, fmt.Sprintf(format, args...)
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed, r.fatal, r.msg = true, true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func (r *recorder) Skipf(format string, args ...any) {
	r.skipped, r.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func record(f func(tb testing.TB)) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

func TestCheckMentions(t *testing.T) {
	const text = "Talks in Zürich ended."
	span := func(start, end int) extract.Mention {
		m := extract.Mention{Start: start, End: end}
		if start >= 0 && start <= end && end <= len(text) {
			m.Text = text[start:end]
		}
		return m
	}
	zurich := strings.Index(text, "Zürich")
	tests := []struct {
		name string
		text string
		ms   []extract.Mention
		want string // part of the failure message, "" for none
	}{
		{"no_mentions", text, nil, ""},
		{"ascii_and_multibyte", text, []extract.Mention{span(0, 5), span(zurich, zurich+len("Zürich"))}, ""},
		{"empty_span", text, []extract.Mention{span(3, 3)}, "is empty or outside"},
		{"negative_start", text, []extract.Mention{{Start: -1, End: 2}}, "is empty or outside"},
		{"past_the_end", text, []extract.Mention{{Start: 2, End: len(text) + 1}}, "is empty or outside"},
		{"text_mismatch", text, []extract.Mention{{Start: 0, End: 5, Text: "talks"}}, "mention text"},
		{"start_inside_rune", text, []extract.Mention{span(zurich+2, zurich+len("Zürich"))}, "cuts a rune"},
		{"end_inside_rune", text, []extract.Mention{span(zurich, zurich+2)}, "cuts a rune"},
		{"second_mention_reported", text, []extract.Mention{span(0, 5), span(9, 8)}, "mention 1"},
		{"invalid_input_not_held_to_utf8", "a\xff\xfeb", []extract.Mention{{Start: 1, End: 3, Text: "\xff\xfe"}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := record(func(tb testing.TB) { CheckMentions(tb, tc.text, tc.ms) })
			switch {
			case tc.want == "" && r.failed:
				t.Errorf("CheckMentions(%q, %+v) failed: %s", tc.text, tc.ms, r.msg)
			case tc.want != "" && !r.fatal:
				t.Errorf("CheckMentions(%q, %+v) passed, want a failure with %q", tc.text, tc.ms, tc.want)
			case tc.want != "" && !strings.Contains(r.msg, tc.want):
				t.Errorf("CheckMentions(%q, %+v) failed with %q, want it to say %q", tc.text, tc.ms, r.msg, tc.want)
			}
		})
	}
}

func TestGolden(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "case.golden.json")
	body := []byte("[\n  1,\n  2\n]\n")

	if r := record(func(tb testing.TB) { Golden(tb, path, body, false) }); !r.fatal || !strings.Contains(r.msg, "go test -update") {
		t.Errorf("missing golden file: fatal %v, message %q, want a fatal failure naming go test -update", r.fatal, r.msg)
	}
	if r := record(func(tb testing.TB) { Golden(tb, path, body, true) }); r.failed {
		t.Fatalf("update: %s", r.msg)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != string(body) {
		t.Fatalf("update wrote %q (%v), want %q", b, err, body)
	}
	if r := record(func(tb testing.TB) { Golden(tb, path, body, false) }); r.failed {
		t.Errorf("same bytes: %s", r.msg)
	}
	r := record(func(tb testing.TB) { Golden(tb, path, []byte("[\n  1,\n  3\n]\n"), false) })
	if !r.failed || r.fatal {
		t.Errorf("different bytes: failed %v fatal %v, want a non-fatal failure", r.failed, r.fatal)
	}
	for _, want := range []string{path, "line 3", `"  2"`, `"  3"`, "go test -update"} {
		if !strings.Contains(r.msg, want) {
			t.Errorf("different bytes: message %q does not contain %q", r.msg, want)
		}
	}
}

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
	}{
		{"changed_line", "a\nb\nc\n", "a\nB\nc\n", "line 2:\n want \"b\"\n got  \"B\""},
		{"got_longer", "a\n", "a\nb\n", "line 2:\n want \"\"\n got  \"b\""},
		{"missing_final_newline", "a\n", "a", "line 2:\n want \"\"\n got  (end of file)"},
		{"same", "a\n", "a\n", "no line differs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := firstDiff([]byte(tc.want), []byte(tc.got)); d != tc.diff {
				t.Errorf("firstDiff(%q, %q) = %q, want %q", tc.want, tc.got, d, tc.diff)
			}
		})
	}
}

func TestSharedCorpus(t *testing.T) {
	r := record(func(tb testing.TB) { SharedCorpus(tb, "no-such-dir", "no-such-file.txt") })
	if !r.skipped || !strings.Contains(r.msg, "no-such-file.txt") {
		t.Errorf("absent file: skipped %v, message %q, want a skip naming the path", r.skipped, r.msg)
	}
	var got string
	r = record(func(tb testing.TB) { got = SharedCorpus(tb) })
	if r.skipped {
		t.Skipf("the shared corpus is absent here: %s", r.msg)
	}
	if r.failed || filepath.Base(got) != "corpus" || filepath.Base(filepath.Dir(got)) != "shared" {
		t.Fatalf("SharedCorpus() = %q (%s), want a path ending in shared/corpus", got, r.msg)
	}
	if fi, err := os.Stat(got); err != nil || !fi.IsDir() {
		t.Errorf("SharedCorpus() = %q, which is not a directory: %v", got, err)
	}
}

func TestArticles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if r := record(func(tb testing.TB) { Articles(tb) }); !r.fatal || !strings.Contains(r.msg, "no test articles") {
		t.Errorf("no testdata: fatal %v, message %q, want a fatal failure saying there are no test articles", r.fatal, r.msg)
	}
	if err := os.Mkdir("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"b_second.txt": "Second.", "a_first.txt": "First.", "a_first.golden.json": "[]\n"} {
		if err := os.WriteFile(filepath.Join("testdata", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []Article
	if r := record(func(tb testing.TB) { got = Articles(tb) }); r.failed {
		t.Fatalf("Articles: %s", r.msg)
	}
	want := []Article{
		{"a_first", filepath.Join("testdata", "a_first.txt"), filepath.Join("testdata", "a_first.golden.json"), "First."},
		{"b_second", filepath.Join("testdata", "b_second.txt"), filepath.Join("testdata", "b_second.golden.json"), "Second."},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Articles() in %s = %+v, want %+v", dir, got, want)
	}
}

// FuzzFirstDiff checks that firstDiff finds a difference exactly when the
// texts differ; its seeds come through FuzzSeeds, testdata included.
func FuzzFirstDiff(f *testing.F) {
	FuzzSeeds(f, "", "a\nb", "\n\n", "ü\n")
	f.Fuzz(func(t *testing.T, s string) {
		if d := firstDiff([]byte(s), []byte(s)); d != "no line differs" {
			t.Fatalf("firstDiff(%q, itself) = %q", s, d)
		}
		if d := firstDiff([]byte(s), []byte(s+"\n")); d == "no line differs" {
			t.Fatalf("firstDiff(%q, with a newline added) found no difference", s)
		}
	})
}

type countingExtractor struct{ calls int }

func (c *countingExtractor) Name() string { return "counting" }

func (c *countingExtractor) Extract(*extract.Doc) []extract.Mention {
	c.calls++
	return nil
}

func TestBenchExtract(t *testing.T) {
	const text = "SEOUL, Dec. 12 -- Talks began."
	var ex countingExtractor
	r := testing.Benchmark(func(b *testing.B) {
		ex.calls = 0
		BenchExtract(b, &ex, text)
	})
	if r.N == 0 || ex.calls != r.N+1 || r.Bytes != int64(len(text)) {
		t.Errorf("BenchExtract: N %d, last run's calls %d, bytes %d; want calls N+1 (one warm-up) and bytes %d", r.N, ex.calls, r.Bytes, len(text))
	}
}
