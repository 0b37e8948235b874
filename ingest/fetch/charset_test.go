package fetch

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const (
	koText = "서울 증시가 반도체 수출 호조에 상승 마감했다"
	zhText = "新华社北京电 国务院今天发布通知"
	frText = "Café société: la grève «historique» coûte 12 € à l’État"
)

func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestToUTF8(t *testing.T) {
	longHead := []byte("<!doctype html><html><head><script>" + strings.Repeat("var x = 1; ", 200) + "</script>")
	tests := []struct {
		name         string
		body         []byte
		contentType  string
		kind         Kind
		wantCharset  string
		wantSource   string
		wantDeclared string
		want         string // a substring of the output
	}{
		{"euc_kr_http_label", cat([]byte("<p>"), encode(t, korean.EUCKR, koText)), "text/html; charset=EUC-KR", KindPage, "euc-kr", SourceHTTP, "", koText},
		{"euc_kr_meta_label", cat([]byte(`<html><head><meta charset="euc-kr"></head><body>`), encode(t, korean.EUCKR, koText)), "text/html", KindPage, "euc-kr", SourceMeta, "", koText},
		{"euc_kr_http_equiv", cat([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>`), encode(t, korean.EUCKR, koText)), "", KindPage, "euc-kr", SourceMeta, "", koText},
		{"windows_1252_http_label", encode(t, charmap.Windows1252, "<p>"+frText), "text/html; charset=windows-1252", KindPage, "windows-1252", SourceHTTP, "", frText},
		{"latin1_label_is_windows_1252", encode(t, charmap.Windows1252, "<p>"+frText), "text/html; charset=ISO-8859-1", KindPage, "windows-1252", SourceHTTP, "", frText},
		{"windows_1252_undeclared", encode(t, charmap.Windows1252, "<p>"+frText), "text/html", KindPage, "windows-1252", SourceDefault, "", frText},
		{"utf8_declaring_euc_kr_in_http", []byte("<p>" + koText), "text/html; charset=euc-kr", KindPage, "utf-8", SourceUTF8Valid, "euc-kr", koText},
		{"utf8_declaring_windows_1252_in_prolog", []byte(`<?xml version="1.0" encoding="windows-1252"?><rss><title>` + frText + `</title></rss>`), "application/rss+xml", KindFeed, "utf-8", SourceUTF8Valid, "windows-1252", `encoding="UTF-8"?><rss><title>` + frText},
		{"utf8_undeclared", []byte("<p>" + zhText), "", KindPage, "utf-8", SourceUTF8Valid, "", zhText},
		{"ascii_undeclared", []byte("<p>plain"), "", KindPage, "utf-8", SourceDefault, "", "<p>plain"},
		{"meta_after_first_1024_bytes", cat(longHead, []byte(`<meta charset="windows-1252"></head><body>`), encode(t, charmap.Windows1252, frText)), "text/html", KindPage, "windows-1252", SourceMeta, "", frText},
		{"meta_ignored_in_feeds", cat([]byte(`<rss><description>&lt;meta charset="euc-kr"&gt;</description><title>`), encode(t, charmap.Windows1252, frText)), "", KindFeed, "windows-1252", SourceDefault, "", frText},
		{"gb2312_prolog_rewritten", cat([]byte(`<?xml version="1.0" encoding="GB2312"?><rss><title>`), encode(t, simplifiedchinese.GBK, zhText), []byte("</title></rss>")), "text/xml", KindFeed, "gb18030", SourceXML, "", `<?xml version="1.0" encoding="UTF-8"?><rss><title>` + zhText},
		{"gb2312_label_gb18030_bytes", cat([]byte(`<?xml version='1.0' encoding='gb2312'?><t>`), encode(t, simplifiedchinese.GB18030, "€ 𠀀 "+zhText)), "", KindFeed, "gb18030", SourceXML, "", "€ 𠀀 " + zhText},
		{"http_label_beats_prolog", cat([]byte(`<?xml version="1.0" encoding="iso-8859-1"?><t>`), encode(t, korean.EUCKR, koText)), "application/xml; charset=euc-kr", KindFeed, "euc-kr", SourceHTTP, "", `encoding="UTF-8"?><t>` + koText},
		{"utf8_bom", cat([]byte{0xef, 0xbb, 0xbf}, []byte("<p>"+koText)), "text/html; charset=windows-1252", KindPage, "utf-8", SourceBOM, "", "<p>" + koText},
		{"utf16le_bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), `<?xml version="1.0" encoding="UTF-16"?><t>`+koText), "", KindFeed, "utf-16le", SourceBOM, "", `<?xml version="1.0" encoding="UTF-8"?><t>` + koText},
		{"invalid_utf8_labelled_utf8_falls_to_meta", cat([]byte(`<meta charset="windows-1252"><p>`), encode(t, charmap.Windows1252, frText)), "text/html; charset=utf-8", KindPage, "windows-1252", SourceMeta, "", frText},
		{"invalid_utf8_labelled_utf8_kept", []byte("<p>caf\xe9 " + koText), "text/html; charset=utf-8", KindPage, "utf-8", SourceHTTP, "", "caf\uFFFD " + koText},
		{"latin1_labelled_utf8_undeclared", encode(t, charmap.Windows1252, "<p>"+frText), "text/html; charset=UTF-8", KindPage, "windows-1252", SourceDefault, "UTF-8", frText},
		{"mostly_utf8_undeclared", []byte("<p>" + koText + " \xff " + koText), "", KindPage, "utf-8", SourceDefault, "", koText + " \uFFFD " + koText},
		{"unknown_label_ignored", encode(t, charmap.Windows1252, "<p>"+frText), "text/html; charset=x-klingon", KindPage, "windows-1252", SourceDefault, "", frText},
		{"replacement_label_ignored", []byte("<p>" + koText), "text/html; charset=iso-2022-kr", KindPage, "utf-8", SourceUTF8Valid, "", koText},
		{"utf16_meta_means_utf8", []byte(`<meta charset="utf-16"><p>` + koText), "", KindPage, "utf-8", SourceMeta, "", koText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := toUTF8(tt.body, tt.contentType, tt.kind)
			if got.charset != tt.wantCharset || got.source != tt.wantSource || got.declared != tt.wantDeclared {
				t.Errorf("toUTF8(%q, %q): charset %q source %q declared %q, want %q %q %q",
					trunc(tt.body), tt.contentType, got.charset, got.source, got.declared, tt.wantCharset, tt.wantSource, tt.wantDeclared)
			}
			if !utf8.Valid(got.body) {
				t.Errorf("output is not valid UTF-8: %q", trunc(got.body))
			}
			if !strings.Contains(string(got.body), tt.want) {
				t.Errorf("output %q does not contain %q", trunc(got.body), tt.want)
			}
		})
	}
}

func trunc(b []byte) string {
	if len(b) > 120 {
		return string(b[:60]) + "…" + string(b[len(b)-60:])
	}
	return string(b)
}

// TestFetchGB2312FeedThroughGofeed checks the whole path: a transcoded
// feed's prolog is rewritten, so gofeed does not decode it a second time.
func TestFetchGB2312FeedThroughGofeed(t *testing.T) {
	feed := cat([]byte(`<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>`),
		encode(t, simplifiedchinese.GBK, zhText),
		[]byte(`</title><item><title>`), encode(t, simplifiedchinese.GBK, "国务院"), []byte(`</title><link>http://example.cn/1</link></item></channel></rss>`))
	for _, ct := range []string{"application/rss+xml", "application/rss+xml; charset=gb2312"} {
		t.Run(ct, func(t *testing.T) {
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", ct)
				w.Write(feed)
			}))
			resp, err := testClient(t, Options{}).Fetch(context.Background(), Request{URL: srv.URL, Kind: KindFeed})
			if err != nil {
				t.Fatal(err)
			}
			f, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			if f.Title != zhText || len(f.Items) != 1 || f.Items[0].Title != "国务院" {
				t.Errorf("titles %q / %v, want %q / 国务院", f.Title, f.Items, zhText)
			}
		})
	}
}

func TestRewriteXMLEncoding(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"double_quotes", `<?xml version="1.0" encoding="ISO-8859-1"?><a/>`, `<?xml version="1.0" encoding="UTF-8"?><a/>`},
		{"single_quotes_spaces", "\n <?xml version='1.0' encoding = 'koi8-r' standalone='yes'?><a/>", "\n <?xml version='1.0' encoding = 'UTF-8' standalone='yes'?><a/>"},
		{"already_utf8", `<?xml version="1.0" encoding="utf-8"?><a/>`, `<?xml version="1.0" encoding="utf-8"?><a/>`},
		{"no_encoding", `<?xml version="1.0"?><a/>`, `<?xml version="1.0"?><a/>`},
		{"not_at_start", `<a/><?xml version="1.0" encoding="koi8-r"?>`, `<a/><?xml version="1.0" encoding="koi8-r"?>`},
		{"unterminated", `<?xml version="1.0" encoding="koi8-r"`, `<?xml version="1.0" encoding="koi8-r"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(rewriteXMLEncoding([]byte(tt.in))); got != tt.want {
				t.Errorf("rewriteXMLEncoding(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<p>plain"), "text/html", false)
	f.Add(encode(f, korean.EUCKR, koText), "text/html; charset=euc-kr", false)
	f.Add([]byte(`<?xml version="1.0" encoding="gb2312"?><t>`+zhText), "", true)
	f.Add([]byte(`<meta charset="koi8-r"><p>`+"\xf0\xd2\xc9"), "", false)
	f.Add([]byte{0xff, 0xfe, '<', 0, 'a', 0, 0xd8}, "", true)
	f.Add([]byte("\xef\xbb\xbf<?xml version='1.0' encoding='utf-16'?>\xff"), "text/xml; charset=\"utf-8\"", true)
	f.Add([]byte("caf\xe9 \xc3\xa9"), "text/plain; charset=utf-8", false)
	f.Fuzz(func(t *testing.T, body []byte, contentType string, feed bool) {
		kind := KindPage
		if feed {
			kind = KindFeed
		}
		in := append([]byte(nil), body...)
		got := toUTF8(body, contentType, kind)
		if !bytes.Equal(in, body) {
			t.Fatal("input modified")
		}
		if !utf8.Valid(got.body) {
			t.Fatalf("invalid UTF-8 out of %q (%q): %q", body, contentType, got.body)
		}
		if got.charset == "" || got.source == "" {
			t.Fatalf("empty charset %q or source %q", got.charset, got.source)
		}
		if p, ok := findXMLDecl(got.body); ok && p.encStart >= 0 && !strings.EqualFold(string(got.body[p.encStart:p.encEnd]), "utf-8") {
			t.Fatalf("XML declaration still says %q", got.body[p.encStart:p.encEnd])
		}
		again := toUTF8(body, contentType, kind)
		if !bytes.Equal(again.body, got.body) || again.charset != got.charset || again.source != got.source {
			t.Fatal("not deterministic")
		}
		if utf8.Valid(body) && !bytes.HasPrefix(body, []byte{0xef, 0xbb, 0xbf}) && got.charset == "utf-8" {
			if _, ok := findXMLDecl(body); !ok && !bytes.Equal(got.body, body) {
				t.Fatalf("valid UTF-8 changed: %q -> %q", body, got.body)
			}
		}
	})
}
