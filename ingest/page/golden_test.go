package page

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// TestGolden strips the hand-written wire-style pages in testdata and
// compares the whole Result with testdata/NAME.golden.json.
func TestGolden(t *testing.T) {
	now := time.Date(2025, 1, 5, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name, file, url string
		opts            Options
	}{
		{"site_rule_dateline_year_from_url", "wire_site_rule_dateline.html", "https://en.yna.co.kr/view/AEN20241212000300315", Options{}},
		{"dateline_year_before_now_zone_unknown", "wire_site_rule_dateline.html", "https://wire.example/story/123", Options{Now: now}},
		{"jsonld_graph_widgets_dropped", "jsonld_graph_widgets.html", "https://harbour.example/news/port-strike-ends", Options{}},
		{"feed_selector_wins", "jsonld_graph_widgets.html", "https://harbour.example/news/port-strike-ends", Options{Selector: "div.article-body"}},
		{"meta_zoneless_with_location", "meta_zoneless_time.html", "https://peninsula.example/news/8812", Options{Location: mustLoc(t, "Asia/Seoul")}},
		{"meta_zoneless_zone_unknown", "meta_zoneless_time.html", "https://peninsula.example/news/8812", Options{}},
		{"time_element_split_body", "time_element_split_body.html", "https://valley.example/news/floods", Options{}},
		{"url_date_only", "url_date_only.html", "https://city.example/2024/05/13/council-approves-bus-lanes/", Options{}},
	}
	s := New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			r, err := s.Strip(src, tc.url, tc.opts)
			if err != nil {
				t.Fatalf("Strip(%s): %v", tc.file, err)
			}
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", tc.name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Strip(%s, %s) =\n%s\nwant\n%s", tc.file, tc.url, got, want)
			}
			// The same page twice gives the same result.
			r2, err := s.Strip(src, tc.url, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := json.MarshalIndent(r2, "", "  ")
			if !bytes.Equal(append(again, '\n'), got) {
				t.Errorf("second Strip(%s) differs:\n%s\nfirst:\n%s", tc.file, again, got)
			}
		})
	}
}
