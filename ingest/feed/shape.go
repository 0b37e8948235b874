package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Limits on a feed's structure, checked before gofeed sees the body. gofeed
// keeps a node for each element it does not know (a tree of maps, for
// namespaced extensions), about a kilobyte apiece: a 10 MiB body of nested
// or repeated elements cost it a gigabyte. Real feeds stay far below both:
// a few dozen items of about ten elements, nested a handful deep.
const (
	MaxDepth    = 64
	MaxElements = 100_000
)

// ErrTooComplex is a feed nested deeper than MaxDepth or holding more than
// MaxElements elements (JSON objects and arrays, in a JSON Feed).
var ErrTooComplex = errors.New("feed structure over the limits")

// checkShape counts the elements of body and their depth, in one pass over
// the bytes and without building anything. XML is read leniently (comments,
// CDATA, processing instructions and quoted attributes are skipped; nothing
// is validated, which is gofeed's job); a JSON body is read token by token.
func checkShape(body []byte) error {
	trimmed := bytes.TrimLeft(body, " \t\r\n\ufeff")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return checkJSONShape(trimmed)
	}
	return checkXMLShape(body)
}

func tooComplex(depth, elements int) error {
	if depth > MaxDepth {
		return fmt.Errorf("%w: nested more than %d deep", ErrTooComplex, MaxDepth)
	}
	return fmt.Errorf("%w: more than %d elements", ErrTooComplex, MaxElements)
}

func checkXMLShape(b []byte) error {
	depth, elements := 0, 0
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			break
		}
		i += lt + 1
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("!--")):
			i = skipPast(b, i, "-->")
		case bytes.HasPrefix(rest, []byte("![CDATA[")):
			i = skipPast(b, i, "]]>")
		case bytes.HasPrefix(rest, []byte("!")), bytes.HasPrefix(rest, []byte("?")):
			i = skipPast(b, i, ">")
		case bytes.HasPrefix(rest, []byte("/")):
			if depth > 0 {
				depth--
			}
			i = skipPast(b, i, ">")
		default:
			end, selfClosing := tagEnd(b, i)
			i = end
			elements++
			if !selfClosing {
				depth++
			}
			if depth > MaxDepth || elements > MaxElements {
				return tooComplex(depth, elements)
			}
		}
	}
	return nil
}

// skipPast returns the index just past the first end at or after i, or
// len(b).
func skipPast(b []byte, i int, end string) int {
	if k := bytes.Index(b[i:], []byte(end)); k >= 0 {
		return i + k + len(end)
	}
	return len(b)
}

// tagEnd finds the '>' closing a start tag that begins at i, past quoted
// attribute values, and whether the tag closes itself ("<br/>").
func tagEnd(b []byte, i int) (int, bool) {
	var quote byte
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1, i > 0 && b[i-1] == '/'
		}
	}
	return len(b), false
}

func checkJSONShape(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	depth, elements := 0, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return nil // not JSON: gofeed says why
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
			elements++
			if depth > MaxDepth || elements > MaxElements {
				return tooComplex(depth, elements)
			}
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
}
