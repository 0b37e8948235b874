package location

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
)

func TestGazetteerMatchesGeneratedStats(t *testing.T) {
	tsvGz, err := os.ReadFile(sourceTable)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(tsvGz))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		kind, _, _ := strings.Cut(sc.Text(), "\t")
		counts[kind]++
	}
	got := fmt.Sprintf("%d countries, %d admin-1 regions, %d admin-2 regions, %d cities", counts[KindCountry], counts[KindAdmin1], counts[KindAdmin2], counts[KindCity])
	if got != gazetteerStats {
		t.Errorf("embedded table has %s, generated file says %s (run go generate)", got, gazetteerStats)
	}
	if len(gazetteerSources) != 5 {
		t.Errorf("gazetteerSources = %v, want the five pinned packages", gazetteerSources)
	}
}

func TestGazetteerCoverage(t *testing.T) {
	g, _, err := shared.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lookup, kind, country string
	}{
		{"country", "South Korea", KindCountry, "KR"},
		{"country_official", "Republic of Korea", KindCountry, "KR"},
		{"country_abbreviation", "ROK", KindCountry, "KR"},
		{"country_dotted", "U.S.", KindCountry, "US"},
		{"country_common", "America", KindCountry, "US"},
		{"demonym", "Korean", KindCountry, "KR"},
		{"admin1", "Gyeonggi Province", KindAdmin1, "KR"},
		{"admin1_short", "Gyeonggi", KindAdmin1, "KR"},
		{"admin1_us", "Texas", KindAdmin1, "US"},
		{"capital", "Seoul", KindCity, "KR"},
		{"city_5000", "Pyeongchang", KindCity, "KR"},
		{"city_suffix", "Hwaseong", KindCity, "KR"},
		{"exonym", "Bombay", KindCity, "IN"},
		{"continent", "Africa", KindContinent, ""},
		{"news_region", "Sahel", KindRegion, ""},
		{"sea", "Yellow Sea", KindWater, ""},
		{"river", "Mekong", KindWater, ""},
		{"island", "Borneo", KindIsland, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := g.Lookup(tt.lookup)
			for _, p := range ps {
				if p.Kind == tt.kind && (tt.country == "" || p.Country == tt.country) {
					if p.Lat == 0 && p.Lon == 0 {
						t.Errorf("Lookup(%q): %+v has no coordinates", tt.lookup, p)
					}
					return
				}
			}
			t.Errorf("Lookup(%q) = %+v, want a %s in %q", tt.lookup, ps, tt.kind, tt.country)
		})
	}
	if n := g.Len(); n < 50000 {
		t.Errorf("gazetteer has %d places, want at least 50000", n)
	}
}

func TestEveryCountryHasNameAndPoint(t *testing.T) {
	g, _, err := shared.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range g.places {
		if p.Kind != KindCountry {
			continue
		}
		n++
		if len(p.Country) != 2 || p.Name == "" {
			t.Errorf("country %+v lacks a code or a name", p)
		}
		if found := g.Lookup(p.Name); len(found) == 0 {
			t.Errorf("country %q is not found by its own name", p.Name)
		}
	}
	if n < 240 {
		t.Errorf("%d countries, want at least 240", n)
	}
}

// TestLoadReport loads a fresh gazetteer and logs the time and the heap it
// holds (go test -v -run TestLoadReport); it fails only if loading fails.
func TestLoadReport(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := New()
	g, d, err := x.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("gazetteer: %d places, %d index keys, loaded in %v, heap held %.1f MiB",
		g.Len(), g.keys.len(), d, float64(after.HeapAlloc-before.HeapAlloc)/(1<<20))
	runtime.KeepAlive(g)
}
