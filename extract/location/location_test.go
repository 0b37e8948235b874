package location

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// shared is one extractor for all tests, so that the gazetteer loads once.
var shared = New()

func run(t testing.TB, text string) []extract.Mention {
	t.Helper()
	d := &extract.Doc{Text: text, Sentences: extract.Sentences(text), Dateline: extract.FindDateline(text)}
	return shared.Extract(d)
}

func find(ms []extract.Mention, text string) *extract.Mention {
	for i := range ms {
		if ms[i].Text == text {
			return &ms[i]
		}
	}
	return nil
}

// checkAbsent reports every span of absent that ms holds as a mention.
func checkAbsent(t *testing.T, input string, ms []extract.Mention, absent []string) {
	t.Helper()
	for _, a := range absent {
		if m := find(ms, a); m != nil {
			t.Errorf("input %q: got mention %q (%+v), want none", input, a, *m.Location)
		}
	}
}

func describe(ms []extract.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%q=%s/%s/%s ", m.Text, m.Location.Name, m.Location.Kind, m.Location.Country)
	}
	return b.String()
}

func TestExtract(t *testing.T) {
	type want struct {
		text, name, kind, country string
		demonym, dateline         bool
	}
	tests := []struct {
		name   string
		input  string
		want   []want
		absent []string // spans that must not be reported
	}{
		{
			name:   "alternate name of a mid-size city needs the article's support",
			input:  "MANILA (Wire) -- Thousands were evacuated in the provinces of Samar and Leyte. Officials in Bombay and Saigon said flights resumed.",
			want:   []want{{text: "Bombay", name: "Mumbai", kind: "city", country: "IN"}, {text: "Saigon", name: "Ho Chi Minh City", kind: "city", country: "VN"}},
			absent: []string{"Samar"},
		},
		{
			name:  "country_short_and_long_forms",
			input: "Officials from South Korea, the Republic of Korea, S. Korea and the ROK met U.S. and US envoys from the United States and America.",
			want: []want{
				{text: "South Korea", name: "South Korea", kind: KindCountry, country: "KR"},
				{text: "Republic of Korea", name: "South Korea", kind: KindCountry, country: "KR"},
				{text: "S. Korea", name: "South Korea", kind: KindCountry, country: "KR"},
				{text: "ROK", name: "South Korea", kind: KindCountry, country: "KR"},
				{text: "U.S.", name: "United States", kind: KindCountry, country: "US"},
				{text: "US", name: "United States", kind: KindCountry, country: "US"},
				{text: "United States", name: "United States", kind: KindCountry, country: "US"},
				{text: "America", name: "United States", kind: KindCountry, country: "US"},
			},
		},
		{
			name:  "demonyms",
			input: "Korean and American negotiators met in a hotel.",
			want: []want{
				{text: "Korean", name: "South Korea", kind: KindCountry, country: "KR", demonym: true},
				{text: "American", name: "United States", kind: KindCountry, country: "US", demonym: true},
			},
		},
		{
			name:  "comma_pattern_picks_sense",
			input: "The forum moved from Paris, Texas, to Jeju, South Korea, last year.",
			want: []want{
				{text: "Paris", name: "Paris", kind: KindCity, country: "US"},
				{text: "Texas", name: "Texas", kind: KindAdmin1, country: "US"},
				{text: "Jeju", kind: KindAdmin1, country: "KR"},
				{text: "South Korea", name: "South Korea", kind: KindCountry, country: "KR"},
			},
		},
		{
			name:  "paris_alone_is_france",
			input: "Talks resumed in Paris on Monday.",
			want:  []want{{text: "Paris", name: "Paris", kind: KindCity, country: "FR"}},
		},
		{
			name:   "longest_name_wins",
			input:  "He moved to New York City in 1990.",
			want:   []want{{text: "New York City", name: "New York City", kind: KindCity, country: "US"}},
			absent: []string{"York", "New York"},
		},
		{
			name:   "person_names_are_not_places",
			input:  "Analyst Jordan Smith and former ambassador Chang Won-sam spoke to reporters.",
			absent: []string{"Jordan", "Chang"},
		},
		{
			name:   "given_name_before_place_is_a_person",
			input:  "The film by Neil Jordan opened on Friday, and Jordan said he was pleased.",
			absent: []string{"Jordan"},
		},
		{
			name:   "organisations_are_not_places",
			input:  "The Bank of Korea and the US State Department issued statements.",
			absent: []string{"Korea", "US"},
		},
		{
			name:   "common_words_need_context",
			input:  "The Mobile unit said the results were Nice but the vote would Split the party.",
			absent: []string{"Mobile", "Nice", "Split"},
		},
		{
			name:  "common_word_place_with_region",
			input: "Floods hit Mobile, Alabama, on Sunday.",
			want: []want{
				{text: "Mobile", name: "Mobile", kind: KindCity, country: "US"},
				{text: "Alabama", name: "Alabama", kind: KindAdmin1, country: "US"},
			},
		},
		{
			name:  "dateline_place_marked",
			input: "SEOUL, Dec. 12 (Yonhap) -- Talks ended in Seoul.",
			want: []want{
				{text: "SEOUL", name: "Seoul", kind: KindCity, country: "KR", dateline: true},
				{text: "Seoul", name: "Seoul", kind: KindCity, country: "KR"},
			},
		},
		{
			name:  "news_regions_and_water",
			input: "Tension on the Korean Peninsula and in the Middle East rose as ships crossed the South China Sea.",
			want: []want{
				{text: "Korean Peninsula", name: "Korean Peninsula", kind: KindRegion},
				{text: "Middle East", name: "Middle East", kind: KindRegion},
				{text: "South China Sea", name: "South China Sea", kind: KindWater},
			},
		},
		{
			name:   "title_before_place_name",
			input:  "President Jackson met Mr. Lincoln.",
			absent: []string{"Jackson", "Lincoln"},
		},
		{
			name:  "sports_table_town_is_team",
			input: "BALTIMORE 70 63 .526 4\nJapan 2 Syria 1",
			want: []want{
				{text: "Japan", name: "Japan", kind: KindCountry, country: "JP"},
				{text: "Syria", name: "Syria", kind: KindCountry, country: "SY"},
			},
			absent: []string{"BALTIMORE"},
		},
		{
			name:   "acronym_is_not_a_town",
			input:  "NATO foreign ministers met on Monday.",
			absent: []string{"NATO"},
		},
		{
			name:  "county_takes_its_region",
			input: "A fire in Metcalfe County, Kentucky, destroyed two barns.",
			want: []want{
				{text: "Metcalfe County", name: "Metcalfe County", kind: KindAdmin2, country: "US"},
				{text: "Kentucky", name: "Kentucky", kind: KindAdmin1, country: "US"},
			},
		},
		{
			name:  "suffix_picks_the_region",
			input: "Fires spread across Washington State on Friday.",
			want:  []want{{text: "Washington State", name: "Washington", kind: KindAdmin1, country: "US"}},
		},
		{
			name:  "state_abbreviation",
			input: "The plant in Lewisburg, W.Va., closed.",
			want: []want{
				{text: "Lewisburg", name: "Lewisburg", kind: KindCity, country: "US"},
				{text: "W.Va.", name: "West Virginia", kind: KindAdmin1, country: "US"},
			},
		},
		{
			name:  "accents_folded",
			input: "Flights from Istanbul and São Paulo landed in Zaïre.",
			want: []want{
				{text: "Istanbul", name: "Istanbul", kind: KindCity, country: "TR"},
				{text: "São Paulo", name: "São Paulo", kind: KindCity, country: "BR"},
				{text: "Zaïre", name: "DR Congo", kind: KindCountry, country: "CD"},
			},
		},
		{
			name:  "full_stop_is_not_a_title_regression",
			input: "They signed the Special Measures Agreement. Seoul's share rose. Officials in Seoul said so.",
			want:  []want{{text: "Seoul", name: "Seoul", kind: KindCity, country: "KR"}},
		},
		{
			name:   "currency_prefix_is_not_a_country",
			input:  "The fine was US$460 million.",
			absent: []string{"US"},
		},
		{
			name:   "lower_case_word_is_not_a_place",
			input:  "they said china and turkey were on the menu.",
			absent: []string{"china", "turkey"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := run(t, tt.input)
			for _, w := range tt.want {
				m := find(ms, w.text)
				if m == nil {
					t.Errorf("input %q: no mention %q; got %s", tt.input, w.text, describe(ms))
					continue
				}
				l := m.Location
				if w.name != "" && l.Name != w.name || l.Kind != w.kind || w.country != "" && l.Country != w.country ||
					l.Demonym != w.demonym || l.Dateline != w.dateline {
					t.Errorf("input %q: %q = %+v, want name %q kind %q country %q demonym %v dateline %v",
						tt.input, w.text, *l, w.name, w.kind, w.country, w.demonym, w.dateline)
				}
			}
			checkAbsent(t, tt.input, ms, tt.absent)
		})
	}
}

func TestOneSensePerName(t *testing.T) {
	text := "Georgia's capital Tbilisi hosted talks. Later, Georgia said it would join."
	ms := run(t, text)
	var countries []string
	for _, m := range ms {
		if m.Text == "Georgia" {
			countries = append(countries, m.Location.Country)
		}
	}
	if len(countries) != 2 || countries[0] != countries[1] {
		t.Errorf("input %q: Georgia resolved to %v, want the same country twice", text, countries)
	}
}

func TestSpansHold(t *testing.T) {
	for _, a := range extracttest.Articles(t) {
		name, text := a.Path, a.Text
		for _, m := range run(t, text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at [%d,%d) does not hold", name, m.Text, m.Start, m.End)
			}
			if m.Type != extract.TypeLocation || m.Location == nil || m.Rule == "" || m.Confidence <= 0 || m.Confidence > 1 {
				t.Errorf("%s: mention %q malformed: %+v", name, m.Text, m)
			}
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	text := "Talks in Seoul and Washington went on while Tokyo watched."
	want := describe(run(t, text))
	x := New() // a fresh extractor: the first calls race to load
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &extract.Doc{Text: text}
			if got := describe(x.Extract(d)); got != want {
				errs <- got
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Extract(%q) = %s, want %s", text, got, want)
	}
}

func TestGolden(t *testing.T) {
	for _, a := range extracttest.Articles(t) {
		t.Run(filepath.Base(a.Path), func(t *testing.T) {
			got, err := json.MarshalIndent(run(t, a.Text), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			again, _ := json.MarshalIndent(run(t, a.Text), "", "  ")
			if string(again)+"\n" != string(got) {
				t.Errorf("%s: output differs between two runs", a.Path)
			}
			extracttest.Golden(t, a.Golden, got, *update)
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"SEOUL, Dec. 12 (Yonhap) -- South Korea and the U.S. met in Jeju, South Korea.",
		"Paris, Texas and New York City; Chang Won-sam; Bank of Korea.",
		"Côte d'Ivoire, São Paulo, Île-de-France, U.S.A., S. Korea",
		"NEW YORK 74 59 .556\nJapan 2 Syria 1",
		"\xff\xfeKorea\u2019s U.S.",
		"EDMONTON, Ky. -- a man of Paris, Mo., and of Ëlk Ridge, W.Va.; Also, Missouri; Washington state, the state of New York",
		",Ky. of ,Texas in A B, Ohio",
		"GLASGOW, Ky. -- a Metcalfe County man on Hutcheson Rd. near I-64, Highway 9 and St. Mark's Cathedral; Rue de la Paix-Nord; Essex beat Kent",
		"St. Street of Hospital -Avenue I- Highway Route 12345 Rue Stade ' s Park",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		ms := run(t, text)
		again := run(t, text)
		if describe(ms) != describe(again) || len(ms) != len(again) {
			t.Fatalf("input %q: output not deterministic", text)
		}
		extracttest.CheckMentions(t, text, ms)
		prevEnd := 0
		for _, m := range ms {
			if m.Start < prevEnd {
				t.Fatalf("input %q: mention %q overlaps the previous one", text, m.Text)
			}
			prevEnd = m.End
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "cost_sharing.txt"))
	if err != nil {
		b.Fatal(err)
	}
	if _, _, err := shared.Gazetteer(); err != nil {
		b.Fatal(err)
	}
	start := extracttest.CPUTime()
	extracttest.BenchExtract(b, shared, string(text))
	extracttest.ReportCPU(b, start, len(text))
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	start := extracttest.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, the measure to compare on a shared machine.
	if c := extracttest.CPUTime() - start; c > 0 {
		b.ReportMetric(float64(c)/float64(b.N), "cpu-ns/op")
	}
}

// TestPlaceInRegion covers "Town, Region" where the gazetteer has no town of
// that name in the region, and "X state" readings.
func TestPlaceInRegion(t *testing.T) {
	type want struct{ text, name, kind, country, admin1 string }
	tests := []struct {
		name   string
		input  string
		want   []want
		absent []string
	}{
		{
			name:  "famous namesake loses to the region written after it",
			input: "A 40-year-old man from Paris, Mo., was charged on Friday. Deputies said the Paris man had fled.",
			want: []want{
				{"Paris", "Paris", KindCity, "US", "Missouri"},
				{"Mo.", "Missouri", KindAdmin1, "US", "Missouri"},
			},
		},
		{
			name:  "dateline town with a state abbreviation",
			input: "EDMONTON, Ky. (Wire) -- A barn fire destroyed hay bales outside Edmonton on Tuesday.",
			want:  []want{{"EDMONTON", "Edmonton", KindCity, "US", "Kentucky"}, {"Edmonton", "Edmonton", KindCity, "US", "Kentucky"}},
		},
		{
			name:  "town missing from the gazetteer after a preposition",
			input: "The driver, a welder from Quillbrook, West Virginia, was not hurt.",
			want:  []want{{"Quillbrook", "Quillbrook", KindCity, "US", "West Virginia"}},
		},
		{
			name:   "common word opening a sentence is not a town",
			input:  "Also, Missouri lawmakers voted on the budget.",
			want:   []want{{"Missouri", "Missouri", KindAdmin1, "US", "Missouri"}},
			absent: []string{"Also"},
		},
		{
			name:   "a list of regions is not a town in a region",
			input:  "Snow fell in Alberta, Saskatchewan and Manitoba overnight.",
			want:   []want{{"Alberta", "Alberta", KindAdmin1, "CA", "Alberta"}, {"Saskatchewan", "Saskatchewan", KindAdmin1, "CA", "Saskatchewan"}},
			absent: []string{},
		},
		{
			name:   "a region that starts a longer name does not qualify",
			input:  "The health officer, Michael Ortiz, said Dallas, Fort Worth and Austin reported cases.",
			absent: []string{"health officer"},
		},
		{
			name:  "a town that fits its region keeps its gazetteer reading",
			input: "Flooding closed roads in Paris, Texas, and in Springfield, Illinois.",
			want: []want{
				{"Paris", "Paris", KindCity, "US", "Texas"},
				{"Springfield", "Springfield", KindCity, "US", "Illinois"},
			},
		},
		{
			name:  "a list of states reads as states",
			input: "Recalled eggs from farms in Michigan and New Jersey were sold in Virginia, West Virginia and Wyoming, and in Alberta, Ontario and New Brunswick.",
			want: []want{
				{"Wyoming", "Wyoming", KindAdmin1, "US", "Wyoming"},
				{"New Brunswick", "New Brunswick", KindAdmin1, "CA", "New Brunswick"},
			},
		},
		{
			name:  "a list of countries is not a town in the next country",
			input: "Officials in Mexico, China, Japan and Brazil reported cases.",
			want: []want{
				{"China", "China", KindCountry, "CN", ""},
				{"Japan", "Japan", KindCountry, "JP", ""},
			},
		},
		{
			name:   "a stoplisted word is not a country's other-language name",
			input:  "The letter was posted on Waiheke Island, police in Auckland said.",
			absent: []string{"Island"},
		},
		{
			name:  "Washington state and the state of New York",
			input: "Apple growers in Washington state and dairy farms in the state of New York asked for aid, officials in Washington said.",
			want: []want{
				{"Washington", "Washington", KindAdmin1, "US", "Washington"},
				{"New York", "New York", KindAdmin1, "US", "New York"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := run(t, tt.input)
			for _, w := range tt.want {
				m := find(ms, w.text)
				if m == nil {
					t.Errorf("input %q: no mention %q; got %s", tt.input, w.text, describe(ms))
					continue
				}
				l := m.Location
				if l.Name != w.name || l.Kind != w.kind || l.Country != w.country || l.Admin1 != w.admin1 {
					t.Errorf("input %q: %q = %+v, want %+v", tt.input, w.text, *l, w)
				}
			}
			checkAbsent(t, tt.input, ms, tt.absent)
			for _, m := range ms {
				if strings.HasPrefix(m.Rule, "location/pattern/place-in-region") && m.Location.GeonameID != 0 {
					t.Errorf("input %q: %q is a town the gazetteer lacks but carries geonameid %d", tt.input, m.Text, m.Location.GeonameID)
				}
			}
		})
	}
}

func TestTownName(t *testing.T) {
	for in, want := range map[string]string{"EDMONTON": "Edmonton", "SÃO  TOMÉ": "São Tomé", "WINSTON-SALEM": "Winston-Salem", "Beaver": "Beaver", "ÉCLUSE": "Écluse"} {
		if got := townName(in); got != want {
			t.Errorf("townName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNotPlaces covers place names that stand for something else: a
// disease named after a place, and a person given an age.
func TestNotPlaces(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		absent  []string
		present []string
	}{
		{"disease named for a river", "Three crows found in the county carried West Nile virus, health officials said.", []string{"Nile"}, nil},
		{"fever", "Health workers in Kampala confirmed a case of Congo fever.", []string{"Congo"}, []string{"Kampala"}},
		{"a place before a capitalised Virus stays", "Nigeria reported new cases on Monday.", nil, []string{"Nigeria"}},
		{"age after a surname that is a town", "Burton, 39, runs a farm near Dallas. Burton said prices fell.", []string{"Burton"}, []string{"Dallas"}},
		{"age after a given name that is a country", "Georgia, 14, skated in Calgary. Georgia said she trains daily.", []string{"Georgia"}, []string{"Calgary"}},
		{"influenza strain", "The vaccine covers an A/California/7/2009-like virus, officials in Ottawa said.", []string{"California"}, []string{"Ottawa"}},
		{"dollar sign before the country", "Crop losses reached $US 1.5 billion in Brazil.", []string{"US"}, []string{"Brazil"}},
		{"news agency", "Officials told Agence France-Presse that Voice of America staff left Kabul.", []string{"France", "America"}, []string{"Kabul"}},
		{"capitals and towns in the news are not stopwords", "She met reporters at a central Athens hotel before flying to Bethlehem, West Bank.", nil, []string{"Athens", "Bethlehem"}},
		{"a year after a city is no age", "Officials met in Paris, 1919, to redraw borders.", nil, []string{"Paris"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := run(t, tt.input)
			checkAbsent(t, tt.input, ms, tt.absent)
			for _, p := range tt.present {
				if find(ms, p) == nil {
					t.Errorf("input %q: no mention %q; got %s", tt.input, p, describe(ms))
				}
			}
		})
	}
}

// TestUnknownTownDoesNotSwallowAKnownPlace is the fuzzing regression
// "EDMONTON AA,VA.": the unknown-town rule took "EDMONTON AA" as a town of
// Virginia over the gazetteer's "EDMONTON", giving overlapping mentions and
// a made-up "Edmonton Aa, Virginia".
func TestUnknownTownDoesNotSwallowAKnownPlace(t *testing.T) {
	for _, text := range []string{
		"EDMONTON AA,VA.",
		"A report from Paris Xy,Texas was filed.",
	} {
		ms := run(t, text)
		extracttest.CheckMentions(t, text, ms)
		prevEnd := 0
		for _, m := range ms {
			if m.Start < prevEnd {
				t.Errorf("%q: mention %q overlaps the one before: %s", text, m.Text, describe(ms))
			}
			prevEnd = max(prevEnd, m.End)
			if m.Rule == "location/pattern/place-in-region" {
				t.Errorf("%q: made-up town %q (%s)", text, m.Location.Name, describe(ms))
			}
		}
	}
}
