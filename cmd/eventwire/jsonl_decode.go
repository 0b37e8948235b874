package main

import (
	"strings"
	"unicode/utf8"
)

// decodeInputFast reads the usual input line, an object of the fields of
// jsonlInput written in the plain way, without encoding/json's reflection
// and its separate validating pass: each key at most once, spelled exactly
// as the tags, "id" a string, number, true, false or null, the others a
// string or null. It reports false on anything else (other keys, other
// case, escaped keys, nested ids, \u escapes of surrogates, bytes that are
// not UTF-8, any syntax error), and the caller then leaves the line to
// json.Unmarshal, which has the last word; where it reports true, the
// result is what json.Unmarshal gives (TestDecodeInputFast compares them).
func decodeInputFast(line []byte, in *jsonlInput) bool {
	if !utf8.Valid(line) {
		return false
	}
	d := inputScanner{b: line}
	d.space()
	if !d.byte('{') {
		return false
	}
	d.space()
	if d.byte('}') {
		d.space()
		return d.i == len(d.b)
	}
	var seen [5]bool
	for {
		key, ok := d.plainString()
		if !ok {
			return false
		}
		d.space()
		if !d.byte(':') {
			return false
		}
		d.space()
		var field int
		switch string(key) {
		case "id":
			field = 0
		case "text":
			field = 1
		case "html":
			field = 2
		case "url":
			field = 3
		case "published":
			field = 4
		default:
			return false
		}
		if seen[field] {
			return false
		}
		seen[field] = true
		if field == 0 {
			start := d.i
			if !d.scalar() {
				return false
			}
			in.ID = append([]byte(nil), d.b[start:d.i]...)
		} else {
			s, null, ok := d.stringOrNull()
			if !ok {
				return false
			}
			if !null {
				switch field {
				case 1:
					in.Text = &s
				case 2:
					in.HTML = &s
				case 3:
					in.URL = s
				case 4:
					in.Published = s
				}
			}
		}
		d.space()
		if d.byte('}') {
			d.space()
			return d.i == len(d.b)
		}
		if !d.byte(',') {
			return false
		}
		d.space()
	}
}

// inputScanner reads JSON from b at i.
type inputScanner struct {
	b []byte
	i int
}

func (d *inputScanner) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
			continue
		}
		return
	}
}

// byte consumes c when it comes next.
func (d *inputScanner) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// plainString reads a string without escapes and returns its bytes.
func (d *inputScanner) plainString() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.b) {
		switch c := d.b[d.i]; {
		case c == '"':
			d.i++
			return d.b[start : d.i-1], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// stringOrNull reads a string, decoding its escapes, or null.
func (d *inputScanner) stringOrNull() (s string, null, ok bool) {
	if d.i+4 <= len(d.b) && string(d.b[d.i:d.i+4]) == "null" {
		d.i += 4
		return "", true, true
	}
	if !d.byte('"') {
		return "", false, false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		if c == '"' {
			d.i++
			return string(d.b[start : d.i-1]), false, true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", false, false
		}
		d.i++
	}
	// Escapes: decode from here on.
	var sb strings.Builder
	sb.Grow(len(d.b) - start)
	sb.Write(d.b[start:d.i])
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			return sb.String(), false, true
		case c < 0x20:
			return "", false, false
		case c != '\\':
			sb.WriteByte(c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.b) {
			return "", false, false
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			sb.WriteByte(e)
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'u':
			r, ok := d.hex4()
			if !ok || utf8.RuneLen(rune(r)) < 0 { // a surrogate: encoding/json pairs them
				return "", false, false
			}
			sb.WriteRune(rune(r))
		default:
			return "", false, false
		}
	}
	return "", false, false
}

// hex4 reads the four hex digits of a \u escape.
func (d *inputScanner) hex4() (int, bool) {
	if d.i+4 > len(d.b) {
		return 0, false
	}
	r := 0
	for _, c := range d.b[d.i : d.i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | int(c)
	}
	d.i += 4
	return r, true
}

// scalar reads a string (escapes checked, not decoded), a number, true,
// false or null.
func (d *inputScanner) scalar() bool {
	if d.i >= len(d.b) {
		return false
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if d.i+len(lit) <= len(d.b) && string(d.b[d.i:d.i+len(lit)]) == lit {
			d.i += len(lit)
			return true
		}
	}
	if d.b[d.i] == '"' {
		_, _, ok := d.stringOrNull()
		return ok
	}
	// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
	d.byte('-')
	switch {
	case d.byte('0'):
	case d.i < len(d.b) && d.b[d.i] >= '1' && d.b[d.i] <= '9':
		d.digits()
	default:
		return false
	}
	if d.byte('.') && !d.digits() {
		return false
	}
	if d.byte('e') || d.byte('E') {
		if !d.byte('+') {
			d.byte('-')
		}
		if !d.digits() {
			return false
		}
	}
	return true
}

// digits reads one or more digits.
func (d *inputScanner) digits() bool {
	start := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}
