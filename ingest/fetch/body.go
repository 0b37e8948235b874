package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// readBody reads a response body, decompressing it itself so the size cap
// applies to the decompressed bytes: it never reads more than limit+1 of
// them, so a gzip bomb costs limit bytes of memory, not its expanded size.
// Over the cap it fails with ErrTooLarge, or with truncate returns the
// first limit bytes.
func readBody(resp *http.Response, limit int64, truncate bool) ([]byte, error) {
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	if (enc == "" || enc == "identity") && resp.ContentLength > limit && !truncate {
		return nil, fmt.Errorf("%w: content-length %d over the %d byte cap", ErrTooLarge, resp.ContentLength, limit)
	}
	r, err := decoder(resp.Body, enc)
	if err != nil {
		return nil, err
	}
	if r == nil { // an empty compressed body
		return nil, nil
	}
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit {
		if truncate {
			return body[:limit], nil
		}
		return nil, fmt.Errorf("%w: more than %d bytes after decompression", ErrTooLarge, limit)
	}
	return body, nil
}

// decoder undoes a Content-Encoding. It returns a nil reader for an empty
// compressed body, which some servers send with a 200.
func decoder(body io.Reader, enc string) (io.Reader, error) {
	switch enc {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		return zr, nil
	case "deflate":
		// RFC 9110 says zlib-wrapped, but some servers send raw deflate.
		br := bufio.NewReader(body)
		head, err := br.Peek(2)
		if errors.Is(err, io.EOF) && len(head) == 0 {
			return nil, nil
		}
		if len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate body: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("unsupported content-encoding %q", enc)
}
