package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"
	"unicode/utf8"
)

// jsonlInput is one input line of the JSONL mode of strip and extract.
type jsonlInput struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
}

// processJSONL reads one JSON object per line from r, calls fn on each in
// parallel, and writes fn's results to w as JSON lines in input order. A line
// that is not JSON gets an output object with an error. Memory stays bounded:
// at most a few lines per worker are in flight.
//
// When ctx ends (SIGINT, SIGTERM) it returns at once with ctx's error: the
// lines finished before the first unfinished one are written and flushed;
// the lines being read or extracted are dropped, their goroutines left to
// end with the process (the rules cannot be stopped inside a text).
func processJSONL(ctx context.Context, r io.Reader, w io.Writer, fn func(in *jsonlInput) any) error {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		line []byte
		out  chan []byte
	}
	jobs := make(chan job, workers)
	order := make(chan chan []byte, workers*4)
	// free holds the buffers of lines written, for the workers to encode
	// the next lines into: a line's buffer goes to the writer with it.
	free := make(chan []byte, workers*5)
	for i := 0; i < workers; i++ {
		go func() {
			var buf []byte // the worker's output buffer until a line takes it
			for j := range jobs {
				if buf == nil {
					select {
					case buf = <-free:
					default:
					}
				}
				j.out <- handleLine(j.line, fn, &buf) // buffered: never blocks
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReaderSize(r, 1<<20)
		for ctx.Err() == nil {
			line, err := br.ReadBytes('\n')
			if t := bytes.TrimSpace(line); len(t) > 0 {
				ch := make(chan []byte, 1)
				select {
				case order <- ch:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{line: t, out: ch}:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr <- fmt.Errorf("read input: %w", err)
				}
				return
			}
		}
	}()
	bw := bufio.NewWriterSize(w, 1<<16)
	var err error
	write := func(b []byte) {
		if err == nil {
			if _, err = bw.Write(b); err == nil {
				err = bw.WriteByte('\n')
			}
		}
		if cap(b) <= maxFreeLine {
			select {
			case free <- b[:0]: // written: the bufio.Writer keeps no reference
			default:
			}
		}
	}
	var next chan []byte // the result to write next, once taken from order
loop:
	for {
		if next == nil {
			select {
			case ch, ok := <-order:
				if !ok {
					break loop
				}
				next = ch
			case <-ctx.Done():
				break loop
			}
		}
		select {
		case b := <-next:
			write(b)
			next = nil
		case <-ctx.Done():
			break loop
		}
	}
	if ctx.Err() != nil {
		// Write the lines already finished, in order, and no more.
	drain:
		for {
			if next == nil {
				select {
				case ch, ok := <-order:
					if !ok {
						break drain
					}
					next = ch
				default:
					break drain
				}
			}
			select {
			case b := <-next:
				write(b)
				next = nil
			default:
				break drain
			}
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted; the lines after the last one written were not extracted: %w", err)
	}
	select {
	case err := <-readErr:
		return err
	default:
		return nil
	}
}

// jsonAppender is a result that writes its own JSON, the bytes json.Marshal
// would give, without reflection (the output of extract --jsonl, where
// encoding/json took an eighth of the command's time).
type jsonAppender interface {
	appendJSON(dst []byte) ([]byte, error)
}

// maxFreeLine bounds the buffers processJSONL keeps for reuse: a huge
// line's buffer is left to the garbage collector.
const maxFreeLine = 1 << 20

// handleLine decodes one input line, calls fn and encodes its result. buf is
// the calling worker's buffer: the result is encoded into it, and then the
// line takes it (*buf becomes nil), so that the worker can go on while the
// line waits for its turn to be written.
func handleLine(line []byte, fn func(in *jsonlInput) any, buf *[]byte) []byte {
	var in jsonlInput
	var res any
	if err := json.Unmarshal(line, &in); err != nil {
		// A field of the wrong type ("text": 7) spoils the whole decode;
		// the id alone may still be read, and goes back with the error.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		msg := "input line is not a JSON object"
		if json.Unmarshal(line, &idOnly) == nil {
			msg = "input line does not fit {\"id\", \"text\" or \"html\", \"url\", \"published\"}"
		}
		in.ID = idOnly.ID
		res = map[string]any{"id": outputID(in.ID), "error": fmt.Sprintf("%s: %v", msg, err)}
	} else {
		in.ID = outputID(in.ID)
		res = safeCall(&in, fn)
	}
	if a, ok := res.(jsonAppender); ok {
		if b, err := a.appendJSON((*buf)[:0]); err == nil {
			*buf = nil
			return b
		}
		// A value encoding/json refuses: it says why, below.
	}
	b, err := json.Marshal(res)
	if err != nil {
		b, _ = json.Marshal(map[string]any{"id": outputID(in.ID), "error": fmt.Sprintf("encode output: %v", err)})
	}
	return b
}

// outputID is the id to send back: exactly as it came (a number stays a
// number, an object the same object, compacted), so that callers can join
// on it, except that byte sequences that are not UTF-8 (possible only inside
// its strings) become \ufffd escapes: every output line is valid JSON in
// UTF-8. A missing id is null.
func outputID(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 {
		return json.RawMessage("null")
	}
	if utf8.Valid(raw) {
		return raw
	}
	return bytes.ToValidUTF8(raw, []byte(`\ufffd`))
}

// safeCall turns a panic in one line's processing into that line's error, so
// that one bad input never stops a batch of thousands.
func safeCall(in *jsonlInput, fn func(in *jsonlInput) any) (res any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"id": in.ID, "error": fmt.Sprintf("internal error: %v", r)}
		}
	}()
	return fn(in)
}

// parseTime reads a publication time given on the command line or in JSONL:
// RFC 3339, or a bare date (midnight UTC), in the years 1 to 9998, in its
// own offset and in UTC. Year 0 reads as an unknown year to the date rules,
// and a time near the end of 9999 gives dates, and JSON times, past it.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			if y, u := t.Year(), t.UTC().Year(); y < minYear || y > maxYear || u < minYear || u > maxYear {
				return time.Time{}, fmt.Errorf("time %q: the year is out of range (%04d to %d)", s, minYear, maxYear)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("time %q: want RFC 3339 (2018-12-12T10:00:00+09:00) or a date (2018-12-12)", s)
}

// The years parseTime accepts.
const (
	minYear = 1
	maxYear = 9998
)
