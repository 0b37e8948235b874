package official

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelineCountry gives a capitalized national title with no country
// ("Foreign Minister Chung Eui-yong") the country of the dateline.
func (a *analysis) datelineCountry() {
	dl := a.d.Dateline
	if dl == nil || dl.Place == "" || dl.Agency == "" {
		return
	}
	home := a.lx.agencies[dl.Agency]
	if home == "" {
		return // a foreign or international agency names other governments too
	}
	// Most texts have no title left without a country: the dateline's
	// country is read only for one.
	if !slices.ContainsFunc(a.cands, lacksCountry) {
		return
	}
	code, name := "", ""
	for i := range a.d.Mentions {
		m := &a.d.Mentions[i]
		if m.Location != nil && m.Start == dl.PlaceStart && m.Location.Country != "" {
			code = m.Location.Country
			name = a.countryName(code, "")
			break
		}
	}
	if code == "" {
		place, _, _ := strings.Cut(dl.Place, ",")
		if ct, ok := a.lx.countries[titleCase(place)]; ok {
			code, name = ct.code, ct.name
		}
	}
	if code == "" || name == "" || code != home {
		return
	}
	for _, c := range a.cands {
		if !lacksCountry(c) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(c.title)
		head := strings.ToLower(c.title)
		if i := strings.LastIndexByte(head, ' '); i >= 0 && !a.lx.cue(cueNational, head) {
			head = head[i+1:]
		}
		if unicode.IsUpper(r) && a.lx.cue(cueNational, head) {
			c.affil, c.country, c.affilMention = name, code, nil
		}
	}
}

// lacksCountry reports a candidate with a title and no affiliation or
// country, which datelineCountry may give the dateline's.
func lacksCountry(c *candidate) bool {
	return c.hasTitle && c.affil == "" && c.country == "" && c.title != ""
}

// titleCase turns "SEOUL" into "Seoul" and "NEW YORK" into "New York".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}
