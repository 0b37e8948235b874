package page

import "bytes"

// dropRawElements cuts <script> (except JSON-LD), <style> and <svg>
// elements out of the page before parsing. They hold no article text, and
// tokenizing their contents is a large share of the parser's time on
// script-heavy news pages. An element whose end tag is missing is left in
// place for the parser to handle.
func dropRawElements(src []byte) []byte {
	var out []byte
	last, i := 0, 0
	for {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			break
		}
		start := i + k
		i = start + 1
		var name string
		switch {
		case hasTagAt(src, i, "script"):
			name = "script"
		case hasTagAt(src, i, "style"):
			name = "style"
		case hasTagAt(src, i, "svg"):
			name = "svg"
		default:
			continue
		}
		gt := bytes.IndexByte(src[i:], '>')
		if gt < 0 {
			break
		}
		openEnd := i + gt + 1
		if name == "script" && containsFold(src[start:openEnd], "ld+json") {
			i = openEnd
			continue
		}
		end := findEndTag(src, openEnd, name)
		if end < 0 {
			break
		}
		if out == nil {
			out = make([]byte, 0, len(src))
		}
		out = append(out, src[last:start]...)
		last, i = end, end
	}
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// hasTagAt reports whether src[i:] starts with name (any case) followed
// by a byte that ends a tag name.
func hasTagAt(src []byte, i int, name string) bool {
	if i+len(name) >= len(src) {
		return false
	}
	for j := 0; j < len(name); j++ {
		if src[i+j]|0x20 != name[j] {
			return false
		}
	}
	switch src[i+len(name)] {
	case ' ', '\t', '\n', '\r', '\f', '>', '/':
		return true
	}
	return false
}

// findEndTag returns the offset just past </name ...> at or after i, or -1.
func findEndTag(src []byte, i int, name string) int {
	for {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			return -1
		}
		i += k + 1
		if i < len(src) && src[i] == '/' && hasTagAt(src, i+1, name) {
			gt := bytes.IndexByte(src[i:], '>')
			if gt < 0 {
				return -1
			}
			return i + gt + 1
		}
	}
}

func containsFold(b []byte, lower string) bool {
	n := len(lower)
	for i := 0; i+n <= len(b); i++ {
		ok := true
		for j := 0; j < n; j++ {
			if b[i+j]|0x20 != lower[j] && b[i+j] != lower[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
