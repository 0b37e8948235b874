package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net/http"
	"testing"
)

// gzipZeros is a gzip stream of n zero bytes, written in chunks so the
// test does not hold the expanded bomb in memory either.
func gzipZeros(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	chunk := make([]byte, 1<<20)
	for ; n > 0; n -= len(chunk) {
		if _, err := w.Write(chunk[:min(n, len(chunk))]); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	return buf.Bytes()
}

// compressed compresses data with the named encoding.
func compressed(t testing.TB, enc string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch enc {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "deflate":
		w = zlib.NewWriter(&buf)
	case "raw-deflate":
		w, _ = flate.NewWriter(&buf, flate.DefaultCompression)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return buf.Bytes()
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestReadBodyGzipBombStopsAtCap(t *testing.T) {
	const limit = 1 << 20
	bomb := gzipZeros(t, 64<<20) // 64 MiB of zeros, ~64 KiB compressed
	cr := &countingReader{r: bytes.NewReader(bomb)}
	resp := &http.Response{Header: http.Header{"Content-Encoding": {"gzip"}}, Body: io.NopCloser(cr), ContentLength: int64(len(bomb))}
	body, err := readBody(resp, limit, false)
	if !errors.Is(err, ErrTooLarge) || body != nil {
		t.Fatalf("readBody(bomb) = %d bytes, %v; want ErrTooLarge", len(body), err)
	}
	// Reading limit+1 decompressed bytes of zeros needs about 1/1000 of the
	// compressed stream; reading it all would mean the cap came too late.
	if cr.n > int64(len(bomb))/8 {
		t.Errorf("read %d of %d compressed bytes for a %d byte cap", cr.n, len(bomb), limit)
	}
}

func TestFetchGzipBomb(t *testing.T) {
	bomb := gzipZeros(t, 64<<20)
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	}))
	c := testClient(t, Options{FeedLimit: 1 << 20})
	_, err := c.Fetch(context.Background(), Request{URL: srv.URL, Kind: KindFeed})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Fetch(gzip bomb) = %v, want ErrTooLarge", err)
	}
}

func TestReadBodyEncodings(t *testing.T) {
	text := []byte("<rss><channel><title>Wire</title></channel></rss>")
	tests := []struct {
		name    string
		enc     string
		body    []byte
		want    []byte
		wantErr bool
	}{
		{"identity", "", text, text, false},
		{"gzip", "gzip", compressed(t, "gzip", text), text, false},
		{"x_gzip_upper_case", "X-GZIP", compressed(t, "gzip", text), text, false},
		{"deflate_zlib", "deflate", compressed(t, "deflate", text), text, false},
		{"deflate_raw", "deflate", compressed(t, "raw-deflate", text), text, false},
		{"empty_gzip", "gzip", nil, nil, false},
		{"corrupt_gzip", "gzip", []byte("not gzip at all"), nil, true},
		{"brotli_unsupported", "br", text, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := &http.Response{Header: http.Header{"Content-Encoding": {tt.enc}}, Body: io.NopCloser(bytes.NewReader(tt.body)), ContentLength: -1}
			got, err := readBody(resp, 1<<20, false)
			if (err != nil) != tt.wantErr || !bytes.Equal(got, tt.want) {
				t.Errorf("readBody(%s) = %q, %v; want %q, error %v", tt.enc, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestReadBodyTruncate(t *testing.T) {
	resp := &http.Response{Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(make([]byte, 100))), ContentLength: 100}
	got, err := readBody(resp, 10, true)
	if err != nil || len(got) != 10 {
		t.Errorf("readBody(100 bytes, cap 10, truncate) = %d bytes, %v; want 10, nil", len(got), err)
	}
}
