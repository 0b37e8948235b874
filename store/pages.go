package store

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"
)

// Pages compresses raw pages for storage, as both backends keep them
// (gzip at BestSpeed). It reuses its gzip writers, since a new one
// allocates about a megabyte; the zero value is ready to use and safe for
// concurrent use.
type Pages struct {
	writers sync.Pool
}

// Compress returns p gzipped.
func (ps *Pages) Compress(p []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := ps.writers.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(&buf, gzip.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		zw.Reset(&buf)
	}
	defer ps.writers.Put(zw)
	if _, err := zw.Write(p); err != nil {
		return nil, fmt.Errorf("store: compress page: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("store: compress page: %w", err)
	}
	return buf.Bytes(), nil
}

// DecompressPage returns a page stored by Compress.
func DecompressPage(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("store: decompress page: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("store: decompress page: %w", err)
	}
	return b, nil
}
