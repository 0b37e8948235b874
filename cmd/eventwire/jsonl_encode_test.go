package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/standard"
)

// TestExtractOutputAppendJSON: the hand-written line of extract --jsonl is
// json.Marshal's, byte for byte, whatever the id, text, error and lists.
func TestExtractOutputAppendJSON(t *testing.T) {
	text := "WASHINGTON <AP> & co \u2028 \xff said on Monday it would pay $5 million (4.6 million euros), " +
		"about 12 percent more, to 300 workers in Ohio. President Joe Biden met the minister in Paris on 3 May 2024."
	res := standard.New().Run(text, time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC))
	if len(res.Mentions) < 4 || len(res.Events) == 0 {
		t.Fatalf("the test text gives %d mentions and %d events; want some of each", len(res.Mentions), len(res.Events))
	}
	html := "<p>a & b \u2029</p>\x01"
	tests := []struct {
		name string
		out  extractOutput
	}{
		{"number id", extractOutput{ID: json.RawMessage(`7`), Mentions: res.Mentions, Events: res.Events}},
		{"string id with html", extractOutput{ID: json.RawMessage(`"a<b>&c\u2028"`), Mentions: res.Mentions, Events: res.Events}},
		{"raw separators in id", extractOutput{ID: json.RawMessage("\"x\u2028y\u2029\""), Mentions: []extract.Mention{}, Events: []extract.Event{}}},
		{"object id with spaces", extractOutput{ID: json.RawMessage(`{ "k" : [1, 2 ] , "s":"<" }`), Mentions: res.Mentions}},
		{"null id and nil lists", extractOutput{ID: json.RawMessage(`null`)}},
		{"missing id", extractOutput{}},
		{"text", extractOutput{ID: json.RawMessage(`"p"`), Text: &html, Mentions: res.Mentions, Events: res.Events}},
		{"error", extractOutput{ID: json.RawMessage(`1`), Mentions: []extract.Mention{}, Events: []extract.Event{},
			Error: "time \"<\xff>\": bad"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := json.Marshal(tc.out)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tc.out.appendJSON([]byte("junk")[:0])
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("got  %s (%v)\nwant %s", got, err, want)
			}
		})
	}
}

// TestHandleLineUnsupported: a value encoding/json refuses still gets the
// error line json.Marshal's failure gives, and a good line after it, with
// the same scratch buffer, is whole.
func TestHandleLineUnsupported(t *testing.T) {
	nan := math.NaN()
	fn := func(in *jsonlInput) any {
		out := extractOutput{ID: in.ID, Mentions: []extract.Mention{{Type: "amount", Amount: &extract.Amount{Value: 1}}}}
		if *in.Text == "nan" {
			out.Mentions[0].Confidence = nan
		}
		return out
	}
	var buf []byte
	bad := handleLine([]byte(`{"id":1,"text":"nan"}`), fn, &buf)
	if !bytes.HasPrefix(bad, []byte(`{"error":"encode output: json: `)) || !bytes.Contains(bad, []byte("NaN")) {
		t.Errorf("NaN line: %s", bad)
	}
	good := handleLine([]byte(`{"id":2,"text":"ok"}`), fn, &buf)
	want := `{"id":2,"mentions":[{"type":"amount","text":"","start":0,"end":0,"cstart":0,"cend":0,"sentence":0,` +
		`"confidence":0,"rule":"","kind":"","value":1}],"events":null}`
	if string(good) != want {
		t.Errorf("good line:\n got %s\nwant %s", good, want)
	}
	again := handleLine([]byte(`{"id":3,"text":"ok"}`), fn, &buf)
	if string(good) != want || !strings.HasPrefix(string(again), `{"id":3,`) {
		t.Errorf("the scratch buffer is shared with a line given out: %s then %s", good, again)
	}
}
