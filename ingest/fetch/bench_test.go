package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
)

func benchPage(b *testing.B) []byte {
	para := "<p>SEOUL, March 1 (Wire) - " + koText + ". The ministry said exports rose 4.2 percent in February.</p>\n"
	return []byte("<!doctype html><html><head><meta charset=\"euc-kr\"><title>t</title></head><body>" +
		strings.Repeat(para, 400) + "</body></html>")
}

func BenchmarkToUTF8(b *testing.B) {
	utf := benchPage(b)
	euc := encode(b, korean.EUCKR, string(utf))
	cases := []struct {
		name string
		body []byte
		ct   string
	}{
		{"utf8_declared_euc_kr", utf, "text/html"},
		{"euc_kr_meta", euc, "text/html"},
		{"euc_kr_http", euc, "text/html; charset=euc-kr"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.body)))
			b.ReportAllocs()
			for b.Loop() {
				toUTF8(c.body, c.ct, KindPage)
			}
		})
	}
}

func BenchmarkFetch(b *testing.B) {
	page := benchPage(b)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	c := New(Options{AllowPrivate: true, HostRate: -1})
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Fetch(context.Background(), Request{URL: srv.URL + "/story"}); err != nil {
			b.Fatal(err)
		}
	}
}
