package view

import (
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
)

// The fixture database: stories written for these tests in wire style.

const lisbonText = `LISBON, May 6 (Harbour Wire) -- Portugal's Finance Minister Ana Costa met officials of the Bank of Portugal on Tuesday to discuss a 2.4 billion euro ($2.6 billion) rescue of the national airline, the ministry said.

The talks in Lisbon lasted three hours. Costa told reporters that the state & its lenders would sign the agreement "within weeks" and that 1,200 jobs were at stake.

Union leader Rui Matos said cabin crews would strike on Friday if the plan cut wages. Flights from Humberto Delgado airport ran normally.`

// hostileText is untrusted text as a feed or page could deliver it.
const hostileText = `<script>document.documentElement.setAttribute("data-pwned","text")</script> Officials in <b>Quito</b> said on Monday <img src=x onerror="document.documentElement.setAttribute('data-pwned','img')"> that the vote "will go ahead" & </textarea></title><script>document.documentElement.setAttribute('data-pwned','textarea')</script>.`

const hostileTitle = `<script>document.documentElement.setAttribute('data-pwned','title')</script>Quito vote`

const hostileFeedName = `<script>document.documentElement.setAttribute('data-pwned','feed')</script>Evil Desk`

var fixturePublished = time.Date(2025, 5, 6, 17, 5, 0, 0, time.FixedZone("WEST", 3600))

// fixture is a database built for the tests and what it holds.
type fixture struct {
	path     string
	lisbon   *store.Article
	copy     *store.Article
	hostile  *store.Article
	plain    []*store.Article // feed 2, oldest first
	mentions []extract.Mention
}

// mentionAt makes a mention of the nth occurrence (from 0) of s in text.
func mentionAt(text, typ, s string, nth int) extract.Mention {
	off := 0
	for range nth {
		off += strings.Index(text[off:], s) + len(s)
	}
	i := off + strings.Index(text[off:], s)
	if i < off {
		panic(fmt.Sprintf("%q not in text %d times", s, nth+1))
	}
	return extract.Mention{Type: typ, Text: s, Start: i, End: i + len(s), CStart: i, CEnd: i + len(s), Confidence: 0.9, Rule: typ + "/fixture"}
}

func lisbonExtraction() *store.Extraction {
	t := lisbonText
	m := func(typ, s string, nth int) extract.Mention { return mentionAt(t, typ, s, nth) }
	loc := func(s string, nth int, name, country string) extract.Mention {
		x := m("location", s, nth)
		x.Location = &extract.Location{Name: name, Kind: "city", Country: country}
		return x
	}
	date := func(s, value, tt string) extract.Mention {
		x := m("date", s, 0)
		x.Date = &extract.Date{TimexType: tt, Value: value, Anchored: true}
		return x
	}
	person := func(typ, s, name, title string, entity int) extract.Mention {
		x := m(typ, s, 0)
		x.Person = &extract.Person{Name: name, Entity: entity, Title: title}
		return x
	}
	amount := func(s string, v float64, cur, unit string) extract.Mention {
		x := m("amount", s, 0)
		x.Amount = &extract.Amount{Kind: "money", Value: v, Currency: cur, Unit: unit}
		if unit != "" {
			x.Amount.Kind = "quantity"
		}
		return x
	}
	bank := m("organization", "Bank of Portugal", 0)
	embedded := loc("Portugal", 1, "Portugal", "PT")
	embedded.Location.Kind = "country"
	embedded.Rule = "location/embedded"
	usd := amount("$2.6 billion", 2.6e9, "USD", "")
	eq := 7
	usd.Amount.EquivalentOf = &eq
	// A mention whose offsets were stored wrong: listed, not highlighted.
	skew := m("date", "Tuesday", 0)
	skew.Start, skew.End = skew.Start+2, skew.End+2
	skew.Rule = "date/fixture-skewed"
	ms := []extract.Mention{
		loc("LISBON", 0, "Lisbon", "PT"),                                    // 0
		date("May 6", "2025-05-06", "DATE"),                                 // 1
		loc("Portugal", 0, "Portugal", "PT"),                                // 2
		person("official", "Ana Costa", "Ana Costa", "Finance Minister", 1), // 3
		bank,                                  // 4
		embedded,                              // 5
		date("Tuesday", "2025-05-06", "DATE"), // 6
		amount("2.4 billion euro", 2.4e9, "EUR", ""), // 7
		usd,                                     // 8
		loc("Lisbon", 0, "Lisbon", "PT"),        // 9
		date("three hours", "PT3H", "DURATION"), // 10
		person("official", "Costa", "Ana Costa", "Finance Minister", 1), // 11
		amount("1,200 jobs", 1200, "", "jobs"),                          // 12
		person("person", "Rui Matos", "Rui Matos", "", 2),               // 13
		date("Friday", "2025-05-09", "DATE"),                            // 14
		person("person", "Humberto Delgado", "Humberto Delgado", "", 3), // 15
		m("facility", "Humberto Delgado airport", 0),                    // 16: a type the viewer has no colour for
		skew, // 17
	}
	// "Costa" also occurs inside "Ana Costa"; the second mention is the
	// later one.
	ms[11] = person("official", "Costa", "Ana Costa", "Finance Minister", 1)
	ms[11].Start, ms[11].End = strings.Index(t, "Costa told"), strings.Index(t, "Costa told")+len("Costa")
	ms[11].CStart, ms[11].CEnd = ms[11].Start, ms[11].End
	cameo := "036"
	trig := func(s string) extract.Span {
		i := strings.Index(t, s)
		return extract.Span{Text: s, Start: i, End: i + len(s), CStart: i, CEnd: i + len(s)}
	}
	evs := []extract.Event{
		{Type: "meet", Cameo: &cameo, Trigger: trig("met"), Who: []int{3, 4}, When: []int{6}, Where: []int{0}, Amounts: []int{7, 8},
			Participants: []extract.Participant{{Mention: 3, Role: "agent"}, {Mention: 4, Role: "counterpart"}},
			WhenResolved: &extract.Resolved{Value: "2025-05-06"}, Confidence: 0.85, Rule: "event/meet/fixture"},
		{Type: "agree", Trigger: trig("sign"), Who: []int{11}, Amounts: []int{}, Confidence: 0.6, Rule: "event/agree/fixture"},
		{Type: "strike", Trigger: trig("strike"), Who: []int{13}, When: []int{14}, Where: []int{}, Amounts: []int{},
			Participants: []extract.Participant{{Mention: 13, Role: "agent"}}, WhenResolved: &extract.Resolved{Value: "2025-05-09"},
			Confidence: 0.7, Rule: "event/strike/fixture"},
	}
	return &store.Extraction{Extractor: store.ExtractorInfo{Name: "fixture", Version: 2}, Mentions: ms, Events: evs,
		ExtractedAt: fixturePublished.Add(time.Minute)}
}

func hostileExtraction() *store.Extraction {
	t := hostileText
	who := mentionAt(t, "person", `<script>document`, 0)
	who.Person = &extract.Person{Name: `"><script>document.documentElement.setAttribute('data-pwned','attr')</script>`, Entity: 1}
	quito := mentionAt(t, "location", "Quito", 0)
	quito.Location = &extract.Location{Name: "Quito", Kind: "city", Country: "EC"}
	monday := mentionAt(t, "date", "Monday", 0)
	monday.Date = &extract.Date{TimexType: "DATE", Value: "2025-05-05"}
	i := strings.Index(t, "said")
	return &store.Extraction{Extractor: store.ExtractorInfo{Name: "fixture", Version: 2},
		Mentions: []extract.Mention{who, quito, monday},
		Events: []extract.Event{{Type: "state", Trigger: extract.Span{Text: "said", Start: i, End: i + 4, CStart: i, CEnd: i + 4}, Who: []int{1},
			When: []int{2}, Confidence: 0.5, Rule: `event/<script>document.documentElement.setAttribute('data-pwned','rule')</script>`}}}
}

// newFixture writes the fixture database and returns it closed.
func newFixture(t testing.TB) *fixture {
	t.Helper()
	f := &fixture{path: filepath.Join(t.TempDir(), "view.db")}
	db, err := bolt.Open(f.path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	added := fixturePublished.Add(-30 * 24 * time.Hour)
	feeds := []*store.Feed{
		{URL: "https://harbour-wire.example/rss", Name: "Harbour Wire", Interval: 30 * time.Minute, Added: added,
			LastPoll: fixturePublished.Add(time.Hour), LastSuccess: fixturePublished.Add(time.Hour), NextPoll: fixturePublished.Add(90 * time.Minute)},
		{URL: "https://coast-desk.example/atom.xml", Name: "Coast Desk", Interval: time.Hour, Added: added,
			LastPoll: fixturePublished.Add(time.Hour), LastSuccess: fixturePublished.Add(time.Hour), NextPoll: fixturePublished.Add(2 * time.Hour)},
		{URL: "javascript:document.documentElement.setAttribute('data-pwned','feed-url')", Name: hostileFeedName, Interval: time.Hour, Added: added,
			LastPoll: fixturePublished, NextPoll: fixturePublished.Add(4 * time.Hour), ErrorCount: 3, ErrorClass: "parse",
			LastError: `feed: parse: unexpected <b>bold</b> <script>document.documentElement.setAttribute('data-pwned','error')</script>`, LastErrorAt: fixturePublished},
	}
	for _, fd := range feeds {
		if err := db.AddFeed(fd); err != nil {
			t.Fatal(err)
		}
	}
	put := func(a *store.Article, page []byte, ex *store.Extraction) {
		t.Helper()
		if err := db.WriteArticle(store.ArticleWrite{Article: a, Page: page, Extraction: ex, CompareText: true}); err != nil {
			t.Fatal(err)
		}
	}
	art := func(url, feed, title, text string, pub time.Time) *store.Article {
		return &store.Article{ID: store.ArticleID(url), URL: url, CanonicalURL: url,
			Feed: store.FeedRef{ID: feed, URL: feeds[0].URL, GUID: url}, Title: title, Published: pub,
			PublishedSource: "meta:article:published_time", FetchedAt: pub.Add(3 * time.Minute), Lang: "en",
			HTTP:       store.HTTPInfo{Status: 200, ContentType: "text/html; charset=utf-8", Charset: "utf-8", CharsetSource: "http"},
			TextSHA256: fmt.Sprintf("%064x", len(url)*31+len(text)), TextSource: "page",
			Extractor: store.ExtractorInfo{Name: "fixture", Version: 2}, Text: text}
	}
	for i, day := range []int{1, 2, 3, 4, 5} {
		pub := time.Date(2025, 5, day, 9, 0, 0, 0, time.UTC)
		text := fmt.Sprintf("PORTO, May %d (Coast Desk) -- Dock workers in Porto unloaded %d ships on shift %d.", day, day+2, i)
		a := art(fmt.Sprintf("https://coast-desk.example/2025/05/%02d/docks", day), "2", fmt.Sprintf("Porto docks, day %d", day), text, pub)
		a.TextSHA256 = fmt.Sprintf("%064x", 1000+i)
		var page []byte = []byte("<html><body><p>" + text + "</p></body></html>")
		if day == 4 {
			a.Lang = "pt"
		}
		if day == 2 {
			a.TextSource, a.FetchError, page = "feed", "fetch: http status 503", nil
		}
		ex := &store.Extraction{Extractor: a.Extractor, Mentions: []extract.Mention{mentionAt(text, "location", "Porto", 0)}}
		ex.Mentions[0].Location = &extract.Location{Name: "Porto", Kind: "city", Country: "PT"}
		put(a, page, ex)
		f.plain = append(f.plain, a)
	}
	f.lisbon = art("https://harbour-wire.example/2025/05/06/airline-rescue", "1", "Portugal weighs 2.4 billion euro airline rescue", lisbonText, fixturePublished)
	f.lisbon.Byline = "By Marta Reis"
	f.lisbon.Dateline = &store.DatelineInfo{Place: "LISBON", Agency: "Harbour Wire"}
	ex := lisbonExtraction()
	f.mentions = ex.Mentions
	put(f.lisbon, []byte("<html><head><title>Airline rescue</title></head><body><article><p>"+lisbonText+"</p></article></body></html>"), ex)
	f.copy = art("https://coast-desk.example/2025/05/06/airline-rescue-syndicated", "2", "Portugal weighs airline rescue (syndicated)", lisbonText, fixturePublished.Add(20*time.Minute))
	f.copy.TextSHA256 = f.lisbon.TextSHA256
	put(f.copy, nil, lisbonExtraction())
	f.hostile = art("javascript:document.documentElement.setAttribute('data-pwned','href')", "3", hostileTitle, hostileText, fixturePublished.Add(-2*time.Hour))
	f.hostile.Byline = `<i onmouseover="document.documentElement.setAttribute('data-pwned','byline')">By Nobody</i>`
	f.hostile.TextSHA256 = fmt.Sprintf("%064x", 77)
	put(f.hostile, []byte(`<html><body><script>document.documentElement.setAttribute("data-pwned","raw")</script>`+hostileText+`</body></html>`), hostileExtraction())
	for i, r := range []store.Run{
		{Started: fixturePublished.Add(-time.Hour), Finished: fixturePublished.Add(-time.Hour + 42*time.Second), FeedsPolled: 3, FeedsFailed: 1, ArticlesNew: 7, ArticlesDup: 1, ArticlesFailed: 1},
		{Started: fixturePublished.Add(time.Hour), Finished: fixturePublished.Add(time.Hour + 3*time.Second), FeedsPolled: 3, FeedsNotModified: 2, FeedsFailed: 1, Stopped: "max duration"},
	} {
		if err := db.AddRun(&r); err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	return f
}

// countingOpener opens the fixture read-only and counts opens and closes.
type countingOpener struct {
	path          string
	opens, closes atomic.Int64
}

type countedReader struct {
	*bolt.DB
	o *countingOpener
}

func (c countedReader) Close() error {
	c.o.closes.Add(1)
	return c.DB.Close()
}

func (o *countingOpener) open() (Reader, error) {
	db, err := bolt.Open(o.path, bolt.Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	o.opens.Add(1)
	return countedReader{db, o}, nil
}

// newTestServer serves the fixture.
func newTestServer(t testing.TB, f *fixture, opts Options) (*Server, *httptest.Server) {
	t.Helper()
	if opts.Open == nil {
		opts.Open = func() (Reader, error) {
			return bolt.Open(f.path, bolt.Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond})
		}
	}
	if opts.Now == nil {
		opts.Now = func() time.Time { return fixturePublished.Add(80 * time.Minute) }
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}
