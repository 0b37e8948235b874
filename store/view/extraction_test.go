package view

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// fields lists an object's keys and values with encoding/json, the
// reference eachField must agree with.
func fieldsByDecoder(raw []byte) ([][2]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	var out [][2]string
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, [2]string{k.(string), string(v)})
	}
	return out, nil
}

func fieldsByScan(raw []byte) ([][2]string, error) {
	var out [][2]string
	err := eachField(raw, func(k string, v []byte) error {
		out = append(out, [2]string{k, string(v)})
		return nil
	})
	return out, err
}

func TestEachField(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		bad  bool
	}{
		{"flat", `{"type":"date","start":3,"end":9,"confidence":0.9,"anchored":true,"mod":null}`, false},
		{"number last", `{"lat":37.5,"lon":-126}`, false},
		{"nested", `{"range":{"start":"2025-03-01","end":"2025-03-31"},"title_span":[1,[2,3]],"x":{}}`, false},
		{"strings with brackets and escapes", `{"text":"a \"}\" [b] \\","k\"ey":"\u00e9,:"}`, false},
		{"spaces", " { \"a\" : 1 , \"b\" :\t[ 1 , 2 ] }\n", false},
		{"empty", `{}`, false},
		{"not an object", `[1,2]`, true},
		{"no colon", `{"a" 1}`, true},
		{"unterminated", `{"a":"b`, true},
		{"missing value", `{"a":}`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := fieldsByScan([]byte(tc.raw))
			if tc.bad {
				if err == nil {
					t.Errorf("eachField(%s) = %q, want an error", tc.raw, got)
				}
				return
			}
			want, _ := fieldsByDecoder([]byte(tc.raw))
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("eachField(%s) = %q, %v; want %q", tc.raw, got, err, want)
			}
		})
	}
}

// FuzzEachField: on any valid JSON object, eachField gives the keys and
// value bytes that encoding/json gives, in the same order.
func FuzzEachField(f *testing.F) {
	f.Add([]byte(`{"type":"location","text":"SEOUL","start":0,"end":5,"lat":37.566,"lon":126.978}`))
	f.Add([]byte(`{"range":{"start":"a","end":"b"},"t":[{"x":"}"}],"e":"\\\""}`))
	f.Add([]byte(` {"a" : -1.5e3 , "b":false}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !json.Valid(raw) || len(bytes.TrimSpace(raw)) == 0 || bytes.TrimSpace(raw)[0] != '{' {
			t.Skip()
		}
		want, err := fieldsByDecoder(raw)
		if err != nil {
			t.Skip()
		}
		got, err := fieldsByScan(raw)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("eachField(%q) = %q, %v; encoding/json gives %q", raw, got, err, want)
		}
	})
}
