package fetch

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Where a body's charset came from (Response.CharsetSource).
const (
	SourceBOM       = "bom"        // a byte order mark
	SourceHTTP      = "http"       // the Content-Type charset parameter
	SourceXML       = "xml"        // the XML declaration's encoding
	SourceMeta      = "meta"       // an HTML <meta charset> or http-equiv
	SourceUTF8Valid = "utf8-valid" // no usable label, or a wrong one, and the bytes are valid UTF-8
	SourceDefault   = "default"    // nothing to go by: UTF-8 for ASCII, else windows-1252
)

// declScanLimit is how far into a body a <meta> charset is looked for. The
// HTML standard stops at 1024 bytes, but real pages put a long <head> of
// scripts and styles before it.
const declScanLimit = 64 << 10

// decoded is a body converted to UTF-8 with the story of how.
type decoded struct {
	body     []byte
	charset  string // what the bytes were decoded from
	source   string // one of the Source constants
	declared string // the label the response carried, when it lost
}

// toUTF8 converts body to UTF-8. Order: a BOM; the HTTP charset; the XML
// declaration, or for pages a <meta> within declScanLimit; then detection.
// Valid UTF-8 containing non-ASCII bytes wins over any label that says
// otherwise, since a legacy multi-byte text is almost never valid UTF-8 by
// accident but mislabelled UTF-8 is common. An XML declaration naming
// another encoding is rewritten to UTF-8 so a feed parser does not decode
// the text a second time.
func toUTF8(body []byte, contentType string, kind Kind) decoded {
	d := detect(body, contentType, kind)
	if !utf8.Valid(d.body) {
		d.body = bytes.ToValidUTF8(d.body, []byte("\uFFFD"))
	}
	d.body = rewriteXMLEncoding(d.body)
	return d
}

func detect(body []byte, contentType string, kind Kind) decoded {
	switch {
	case bytes.HasPrefix(body, []byte{0xef, 0xbb, 0xbf}):
		return decoded{body: body[3:], charset: "utf-8", source: SourceBOM}
	case bytes.HasPrefix(body, []byte{0xfe, 0xff}):
		return decodeWith(body, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "utf-16be", SourceBOM)
	case bytes.HasPrefix(body, []byte{0xff, 0xfe}):
		return decodeWith(body, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "utf-16le", SourceBOM)
	}

	valid := utf8.Valid(body)
	high := hasHighBit(body)

	// Labels in order of authority; a label we cannot decode is skipped.
	var labels []charsetLabel
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		labels = append(labels, charsetLabel{params["charset"], SourceHTTP})
	}
	if name, src := documentLabel(body, kind); name != "" {
		labels = append(labels, charsetLabel{name, src})
	}

	for i, l := range labels {
		enc, name := lookup(l.name)
		if enc == nil {
			continue
		}
		if strings.HasPrefix(name, "utf-16") && l.source != SourceHTTP {
			// A document that can declare itself in ASCII is not UTF-16.
			name = "utf-8"
		}
		if name == "utf-8" {
			switch {
			case valid:
				return decoded{body: body, charset: "utf-8", source: l.source}
			case laterLegacyLabel(labels[i+1:]):
				continue // invalid UTF-8: the document's own label may know better
			case mostlyUTF8(body):
				return decoded{body: body, charset: "utf-8", source: l.source}
			}
			d := decodeWith(body, charmap.Windows1252, "windows-1252", SourceDefault)
			d.declared = l.name
			return d
		}
		if valid && high {
			return decoded{body: body, charset: "utf-8", source: SourceUTF8Valid, declared: l.name}
		}
		return decodeWith(body, enc, name, l.source)
	}

	switch {
	case !high:
		return decoded{body: body, charset: "utf-8", source: SourceDefault}
	case valid:
		return decoded{body: body, charset: "utf-8", source: SourceUTF8Valid}
	case mostlyUTF8(body):
		return decoded{body: body, charset: "utf-8", source: SourceDefault}
	}
	return decodeWith(body, charmap.Windows1252, "windows-1252", SourceDefault)
}

// charsetLabel is a declared charset and where it was declared.
type charsetLabel struct{ name, source string }

// laterLegacyLabel reports whether one of labels names a decodable
// non-UTF-8 charset.
func laterLegacyLabel(labels []charsetLabel) bool {
	for _, l := range labels {
		if enc, name := lookup(l.name); enc != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
			return true
		}
	}
	return false
}

// lookup maps a label to an encoding by the WHATWG table. GBK (which also
// takes the gb2312 label) decodes as GB18030, its superset, since feeds
// labelled gb2312 carry GB18030 four-byte sequences. The "replacement"
// encoding is treated as unknown: it would turn the whole body into one
// U+FFFD.
func lookup(label string) (encoding.Encoding, string) {
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" {
		return nil, ""
	}
	if name == "gbk" || name == "gb18030" {
		return simplifiedchinese.GB18030, "gb18030"
	}
	return enc, name
}

func decodeWith(body []byte, enc encoding.Encoding, name, source string) decoded {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		out, _ = charmap.Windows1252.NewDecoder().Bytes(body)
		name, source = "windows-1252", SourceDefault
	}
	return decoded{body: out, charset: name, source: source}
}

// mostlyUTF8 reports whether the non-ASCII part of b is at least 80 %
// well-formed UTF-8: a UTF-8 text with a stray byte (a truncated character,
// a pasted Latin-1 quote) rather than a text in a legacy charset, whose
// high bytes seldom form UTF-8 sequences.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return good > 0 && bad*4 <= good
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// documentLabel finds the charset a document declares about itself: the
// XML declaration, or for pages without one a <meta> element.
func documentLabel(body []byte, kind Kind) (name, source string) {
	if p, ok := findXMLDecl(body); ok {
		if p.encStart >= 0 {
			return string(body[p.encStart:p.encEnd]), SourceXML
		}
		return "", ""
	}
	if kind == KindPage {
		if n := metaCharset(body); n != "" {
			return n, SourceMeta
		}
	}
	return "", ""
}

// xmlDecl locates an XML declaration and its encoding value in a body.
type xmlDecl struct {
	start, end       int // the declaration, "<?xml" to "?>" inclusive
	encStart, encEnd int // the encoding value without quotes; -1 if none
}

// findXMLDecl looks for "<?xml ... ?>" at the start of body, after
// optional white space.
func findXMLDecl(body []byte) (xmlDecl, bool) {
	start := len(body) - len(bytes.TrimLeft(body, " \t\r\n"))
	rest := body[start:]
	if len(rest) < 6 || !bytes.HasPrefix(rest, []byte("<?xml")) || !isXMLSpace(rest[5]) {
		return xmlDecl{}, false
	}
	if len(rest) > 1024 {
		rest = rest[:1024]
	}
	end := bytes.Index(rest, []byte("?>"))
	if end < 0 {
		return xmlDecl{}, false
	}
	p := xmlDecl{start: start, end: start + end + 2, encStart: -1, encEnd: -1}
	decl := rest[:end]
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return p, true
	}
	j := i + len("encoding")
	for j < len(decl) && isXMLSpace(decl[j]) {
		j++
	}
	if j >= len(decl) || decl[j] != '=' {
		return p, true
	}
	j++
	for j < len(decl) && isXMLSpace(decl[j]) {
		j++
	}
	if j >= len(decl) || (decl[j] != '"' && decl[j] != '\'') {
		return p, true
	}
	q := decl[j]
	k := bytes.IndexByte(decl[j+1:], q)
	if k < 0 {
		return p, true
	}
	p.encStart, p.encEnd = start+j+1, start+j+1+k
	return p, true
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// rewriteXMLEncoding makes an XML declaration say UTF-8, which body now is.
func rewriteXMLEncoding(body []byte) []byte {
	p, ok := findXMLDecl(body)
	if !ok || p.encStart < 0 || strings.EqualFold(string(body[p.encStart:p.encEnd]), "utf-8") {
		return body
	}
	out := make([]byte, 0, len(body)+5)
	out = append(out, body[:p.encStart]...)
	out = append(out, "UTF-8"...)
	return append(out, body[p.encEnd:]...)
}

// metaCharset finds a <meta charset> or <meta http-equiv="content-type"
// content="...; charset=..."> in the first declScanLimit bytes.
func metaCharset(body []byte) string {
	if len(body) > declScanLimit {
		body = body[:declScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" {
				continue
			}
			var charset, content string
			pragma := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					if charset == "" {
						charset = strings.TrimSpace(string(v))
					}
				case "http-equiv":
					pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
			}
			if charset != "" {
				return charset
			}
			if pragma {
				if cs := charsetFromContent(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// charsetFromContent extracts charset=X from a content-type string.
func charsetFromContent(s string) string {
	for {
		i := strings.Index(strings.ToLower(s), "charset")
		if i < 0 {
			return ""
		}
		s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\n\f\r")
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[1:], q)
			if end < 0 {
				return ""
			}
			return s[1 : 1+end]
		}
		end := strings.IndexAny(s, "; \t\n\f\r")
		if end < 0 {
			end = len(s)
		}
		return s[:end]
	}
}
