package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"testing"
	"time"
)

// TestProcessJSONLStopsWhenCancelled: when the context ends (SIGINT or
// SIGTERM) processJSONL returns at once with the context's error, both
// while a line's extraction runs on (fn does not return for line 2) and
// while it waits for input that does not come (a pipe left open); it
// writes the line finished before, and never a line after the unfinished
// one (line 3 is done but must not jump the queue).
func TestProcessJSONLStopsWhenCancelled(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input string
		close bool // close the input after it
	}{
		{"inside a line", `{"id":1,"text":"a"}` + "\n" + `{"id":2,"text":"block"}` + "\n" + `{"id":3,"text":"c"}` + "\n", true},
		{"waiting for input", `{"id":1,"text":"a"}` + "\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			go func() {
				io.WriteString(pw, tc.input)
				if tc.close {
					pw.Close()
				}
			}()
			defer pw.Close()
			block := make(chan struct{})
			defer close(block)
			seen := make(chan string, 3)
			fn := func(in *jsonlInput) any {
				if *in.Text == "block" {
					seen <- *in.Text
					<-block // a text that takes longer than anyone waits
				}
				defer func() { seen <- *in.Text }()
				return map[string]any{"id": in.ID}
			}
			var out bytes.Buffer // written only by processJSONL's own goroutine, read after it returns
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- processJSONL(ctx, pr, &out, fn) }()
			want := map[string]bool{"a": true}
			if tc.close {
				want = map[string]bool{"a": true, "block": true, "c": true}
			}
			for len(want) > 0 {
				select {
				case s := <-seen:
					delete(want, s)
				case <-time.After(10 * time.Second):
					t.Fatalf("lines %v never reached fn", want)
				}
			}
			time.Sleep(50 * time.Millisecond) // line 1's result is encoded and handed over
			cancel()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("processJSONL returned %v, want context.Canceled", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("processJSONL still running 5 s after the context ended")
			}
			if got, want := out.String(), `{"id":1}`+"\n"; got != want {
				t.Errorf("output %q, want the finished line only, %q", got, want)
			}
		})
	}
}
