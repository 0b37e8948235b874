package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// sniffLimit is how much of an input the checks below read.
const sniffLimit = 8 << 10

// checkText refuses input that is no text: a NUL byte, or mostly bytes
// that are not UTF-8, in its first kilobytes. Extracting from a binary file
// would only produce noise, slowly.
func checkText(b []byte) error {
	head := b[:min(len(b), sniffLimit)]
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("the input looks like binary data (it holds NUL bytes), not text")
	}
	bad := 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		}
		i += n
	}
	if len(head) > 0 && bad*10 > len(head) {
		return fmt.Errorf("the input looks like binary data (%d of its first %d bytes are not UTF-8), not text", bad, len(head))
	}
	return nil
}

// looksLikeHTML reports input that opens as an HTML document.
func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 1024)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}
