package main

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// checkDecodeInputFast: where the fast reader takes a line, json.Unmarshal
// takes it too and gives the same input.
func checkDecodeInputFast(t *testing.T, line []byte) bool {
	t.Helper()
	var fast, slow jsonlInput
	if !decodeInputFast(line, &fast) {
		return false
	}
	if err := json.Unmarshal(line, &slow); err != nil {
		t.Fatalf("%q: the fast reader took a line json.Unmarshal refuses: %v", line, err)
	}
	if !bytes.Equal(fast.ID, slow.ID) || (fast.ID == nil) != (slow.ID == nil) {
		t.Fatalf("%q: id %q, json.Unmarshal gives %q", line, fast.ID, slow.ID)
	}
	fast.ID, slow.ID = nil, nil
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q: fast reader %+v, json.Unmarshal %+v", line, fast, slow)
	}
	return true
}

func TestDecodeInputFast(t *testing.T) {
	keys := []string{`"id"`, `"text"`, `"html"`, `"url"`, `"published"`, `"Text"`, `"ID"`, `"other"`, `"t\u0065xt"`, `"id "`, `""`}
	values := []string{`"a"`, `""`, `"Talks\nbegan.\n\n\"Yes,\" he said \\ \/ \b\f\r\t"`, `"\u0041\u00e9\u2028 é 日本"`, `"\ud83d\ude00"`, `"\ud83d"`,
		`"\u0000"`, `"\uZZZZ"`, `"\x"`, "\"raw\x01ctl\"", "\"bad\xffutf8\"", `"unterminated`, `"\`,
		`0`, `-1`, `12`, `1.5e3`, `-0.25E-2`, `01`, `-`, `1.`, `.5`, `1e`, `1e+`, `2E+7`,
		`true`, `false`, `null`, `nul`, `truex`, `{}`, `{"a":1}`, `[1,2]`, `[]`}
	spaces := []string{"", " ", "\t", "\r\n", "  "}
	rng := rand.New(rand.NewSource(18))
	var lines []string
	lines = append(lines, `{}`, ` {} `, `{`, `}`, `[]`, `null`, `"x"`, `{"id":1}x`, `{"id":1,}`, `{,"id":1}`, `{"id" 1}`, `{"id":1 "text":"a"}`,
		`{"id": "timeml/TimeBank/a.tml", "text": "\nNAIROBI, Kenya (AP) _\n\nSuspected bombs \"exploded\".", "published": "1998-08-07T12:00:00Z"}`,
		`{"id":7,"html":"<p>x</p>","url":"https://example.com/a"}`, `{"id":1,"id":2}`, `{"text":null,"url":null}`)
	for range 20000 {
		var b strings.Builder
		sp := func() { b.WriteString(spaces[rng.Intn(len(spaces))]) }
		sp()
		b.WriteByte('{')
		n := rng.Intn(5)
		for k := range n {
			if k > 0 {
				sp()
				if rng.Intn(30) > 0 {
					b.WriteByte(',')
				}
			}
			sp()
			if rng.Intn(3) > 0 {
				b.WriteString(keys[rng.Intn(5)])
			} else {
				b.WriteString(keys[rng.Intn(len(keys))])
			}
			sp()
			if rng.Intn(30) > 0 {
				b.WriteByte(':')
			}
			sp()
			b.WriteString(values[rng.Intn(len(values))])
		}
		sp()
		if rng.Intn(30) > 0 {
			b.WriteByte('}')
		}
		sp()
		lines = append(lines, b.String())
	}
	taken := 0
	for _, l := range lines {
		if checkDecodeInputFast(t, []byte(l)) {
			taken++
		}
	}
	if taken < len(lines)/10 {
		t.Errorf("the fast reader took only %d of %d lines", taken, len(lines))
	}
	if !checkDecodeInputFast(t, []byte(lines[12])) {
		t.Errorf("the fast reader refused a plain TimeML line: %s", lines[12])
	}
}

func FuzzDecodeInputFast(f *testing.F) {
	for _, s := range []string{`{"id":1,"text":"a\nb"}`, `{"id":"x","html":"<p>","url":"u","published":"2020-01-01"}`, `{"id":-1.5e3}`, `{}`, `{"text":"\u00e9\ud83d\ude00"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkDecodeInputFast(t, line)
	})
}
