package page

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPathological feeds inputs that break naive strippers; each must end
// with a clear error or a plain result, never a panic or a hang.
func TestPathological(t *testing.T) {
	bigWords := strings.Repeat("lorem ipsum dolor sit amet, ", 5<<20/28)
	junk := make([]byte, 1<<16)
	x := uint32(2463534242)
	for i := range junk {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		junk[i] = byte(x)
	}
	cases := []struct {
		name    string
		src     []byte
		wantErr error // nil: no error expected
		anyErr  bool  // some error is expected
		check   func(t *testing.T, r *Result)
	}{
		{name: "nested_divs_100000", src: []byte(strings.Repeat("<div>", 100000) + "deep text" + strings.Repeat("</div>", 100000)), anyErr: true},
		{name: "single_text_node_5MB", src: []byte("<html><body><p>" + bigWords + "</p></body></html>"), check: func(t *testing.T, r *Result) {
			if len(r.Text) < 4<<20 {
				t.Errorf("text has %d bytes, want the whole 5 MB paragraph", len(r.Text))
			}
		}},
		{name: "text_without_markup_5MB", src: []byte(bigWords)},
		{name: "no_body", src: []byte(`<html><head><title>Only a head</title></head></html>`), check: func(t *testing.T, r *Result) {
			if r.Title != "Only a head" || r.Text != "" {
				t.Errorf("got title %q text %q, want the title and no text", r.Title, r.Text)
			}
		}},
		{name: "frameset", src: []byte(`<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>`), check: func(t *testing.T, r *Result) {
			if r.Text != "" {
				t.Errorf("text %q, want none", r.Text)
			}
		}},
		{name: "binary_junk", src: junk, wantErr: ErrNotHTML},
		{name: "nul_in_first_bytes", src: []byte("<html>\x00\x00\x00<body><p>text</p></body></html>"), wantErr: ErrNotHTML},
		{name: "empty", src: nil, check: func(t *testing.T, r *Result) {
			if r.Text != "" || r.Title != "" {
				t.Errorf("got %+v, want an empty result", r)
			}
		}},
		{name: "invalid_utf8", src: []byte("<p>caf\xe9 au lait is served in the morning, with bread and butter, every single day.</p>"), check: func(t *testing.T, r *Result) {
			if !utf8.ValidString(r.Text) {
				t.Errorf("text %q is not valid UTF-8", r.Text)
			}
		}},
		{name: "too_large", src: bytes.Repeat([]byte("a"), MaxInput+1), wantErr: ErrTooLarge},
		{name: "many_siblings", src: []byte("<body>" + strings.Repeat("<p>a short line, with a comma, and more words to score.</p>", 50000) + "</body>")},
	}
	s := New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := s.Strip(tc.src, "https://example.com/news/1", Options{})
			switch {
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			case tc.anyErr:
				if err == nil && r.Text != "" && !strings.Contains(r.Text, "deep text") {
					t.Fatalf("no error and text %q", r.Text)
				}
				if err != nil && err.Error() == "" {
					t.Fatal("empty error message")
				}
				return
			case err != nil:
				t.Fatalf("unexpected error: %v", err)
			}
			if !utf8.ValidString(r.Text) || !utf8.ValidString(r.Title) {
				t.Errorf("invalid UTF-8 in result")
			}
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}

// TestConcurrent strips pages from many goroutines with one Stripper
// (run with -race).
func TestConcurrent(t *testing.T) {
	pages := [][]byte{
		[]byte(`<html><body><article class="story-news"><p>SEOUL, Dec. 12 (Yonhap) -- A story long enough to pass the site rule's minimum length, written out with many words so that the rule is believed and not replaced by the generic path which would also work. More words follow here to pass two hundred and fifty runes easily.</p></article></body></html>`),
		[]byte(`<html><body><div><p>A generic page with a paragraph, some commas, and words.</p><p>Another paragraph, also with commas, to give the scorer something.</p></div></body></html>`),
	}
	urls := []string{"https://en.yna.co.kr/view/AEN20241212000300315", "https://example.com/a"}
	s := New()
	want := make([]string, len(pages))
	for i := range pages {
		r, err := s.Strip(pages[i], urls[i], Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r.Text + "|" + r.Path
	}
	done := make(chan string, 64)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 8; k++ {
				i := (g + k) % len(pages)
				if _, err := s.Strip(pages[i], urls[i], Options{Selector: "p"}); err != nil {
					done <- err.Error()
					continue
				}
				r2, err := s.Strip(pages[i], urls[i], Options{})
				if err != nil {
					done <- err.Error()
					continue
				}
				if got := r2.Text + "|" + r2.Path; got != want[i] {
					done <- "got " + got + " want " + want[i]
					continue
				}
				done <- ""
			}
		}(g)
	}
	for n := 0; n < 64; n++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
