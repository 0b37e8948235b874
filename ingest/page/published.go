package page

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	exttext "github.com/eventwire/eventwire/extract/text"
)

// stamp is one candidate publication time.
type stamp struct {
	t        time.Time
	source   string
	dateOnly bool // the source gave a day, not a time
	zoneless bool // no zone was written and none was known
}

// fillTimes sets Published (with its source) and Modified.
func (p *pageState) fillTimes(r *Result) {
	var cands []stamp
	add := func(v, source string) {
		if s, ok := p.parseStamp(v, source); ok {
			cands = append(cands, s)
		}
	}
	// 1. JSON-LD datePublished of article-like objects, then of any.
	var ldArticle, ldAny string
	ldNodes(p.head.ldjson, func(m map[string]any) bool {
		v, ok := m["datePublished"].(string)
		if !ok || v == "" {
			return true
		}
		if ldAny == "" {
			ldAny = v
		}
		if isArticleType(m["@type"]) {
			ldArticle = v
			return false
		}
		return true
	})
	if ldArticle == "" {
		ldArticle = ldAny
	}
	add(ldArticle, "json-ld:datePublished")
	// 2. Meta properties, by suffix.
	for _, m := range p.metaBySuffix(p.rules.publishedKeys, "date", "dc.date") {
		if s, ok := p.parseStamp(m.val, "meta:"+m.name); ok {
			cands = append(cands, s)
			break
		}
	}
	// 3. The site's own time element.
	if p.siteTime != "" {
		if s, ok := p.parseStamp(p.siteTime, "site:time"); ok {
			cands = append(cands, s)
		} else if t, ok := findDateInText(p.rules.textDate, p.siteTime, p.loc); ok {
			cands = append(cands, stamp{t: t, source: "site:time", zoneless: p.loc == nil})
		}
	}
	// 4. <time datetime>, the marked one first.
	for _, pass := range []bool{true, false} {
		found := false
		for _, te := range p.head.times {
			if te.hint == pass {
				if s, ok := p.parseStamp(te.datetime, "time"); ok {
					cands = append(cands, s)
					found = true
					break
				}
			}
		}
		if found {
			break
		}
	}
	// Modified feeds the dateline's year, so it comes first.
	var mod string
	ldNodes(p.head.ldjson, func(m map[string]any) bool {
		if v, ok := m["dateModified"].(string); ok && v != "" {
			mod = v
			return !isArticleType(m["@type"])
		}
		return true
	})
	if s, ok := p.parseStamp(mod, ""); ok {
		r.Modified = s.t
	} else {
		for _, m := range p.metaBySuffix(p.rules.modifiedKeys) {
			if s, ok := p.parseStamp(m.val, ""); ok {
				r.Modified = s.t
				break
			}
		}
	}
	// Only when the page states no time: 5. the dateline, in the site's
	// zone, 6. the URL path. (Both give a day, never a time, so they
	// cannot refine an earlier day-only source.)
	if len(cands) == 0 {
		urlStamp, urlOK := p.urlDate()
		if s, ok := p.datelineDate(r.Text, urlStamp, urlOK, r.Modified); ok {
			cands = append(cands, s)
		}
		if urlOK {
			cands = append(cands, urlStamp)
		}
	}
	if len(cands) == 0 {
		return
	}
	best := cands[0]
	if best.dateOnly {
		// A later source with a time on the same day is more precise.
		for _, c := range cands[1:] {
			if !c.dateOnly && !c.zoneless && sameDay(c.t, best.t, p.loc) {
				best = c
				break
			}
		}
	}
	r.Published, r.PublishedSource, r.ZoneUnknown = best.t, best.source, best.zoneless
}

func sameDay(a, b time.Time, loc *time.Location) bool {
	if loc != nil {
		a = a.In(loc)
	} else {
		a = a.In(b.Location())
	}
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// metaBySuffix lists the metas, in key order then page order, whose key
// ends with one of keys ("og:article:published_time" matches
// "published_time"), then those whose key is one of exact.
func (p *pageState) metaBySuffix(keys []string, exact ...string) []metaKV {
	var out []metaKV
	for _, k := range keys {
		for _, m := range p.head.metas {
			if strings.HasSuffix(m.key, k) && (len(m.key) == len(k) || !isLetter(m.key[len(m.key)-len(k)-1])) {
				out = append(out, m)
			}
		}
	}
	for _, k := range exact {
		for _, m := range p.head.metas {
			if m.key == k {
				out = append(out, m)
			}
		}
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// parseStamp reads a time; without a written zone it uses the site's
// zone, else UTC marked zoneless.
func (p *pageState) parseStamp(v, source string) (stamp, bool) {
	t, zoned, dateOnly, ok := parseTime(v, p.loc)
	if !ok {
		return stamp{}, false
	}
	return stamp{t: t, source: source, dateOnly: dateOnly, zoneless: !zoned && p.loc == nil}, true
}

var zonedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02T15:04:05 -0700",
	"2006-01-02T15:04:05-07",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon Jan 2 15:04:05 -0700 2006",
	time.RFC850,
	"Mon Jan 2 2006 15:04:05 GMT-0700", // JavaScript's Date.toString
	"Mon Jan 02 2006 15:04:05 GMT-0700",
}

var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006.01.02 15:04:05",
	"2006.01.02 15:04",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04PM",
	"Jan 2, 2006 3:04 PM",
	"Jan. 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
	"2 January 2006 15:04",
	"Mon, 2 Jan 2006 15:04:05",
}

var dateLayouts = []string{
	"2006-01-02", "2006/01/02", "2006.01.02", "20060102",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Mon, Jan 2, 2006", "Mon, 2 Jan 2006",
}

// parseTime reads the time formats pages use. zoned is false when the
// text carried no zone (loc, or UTC when loc is nil, was assumed).
func parseTime(v string, loc *time.Location) (t time.Time, zoned, dateOnly, ok bool) {
	v = strings.TrimSpace(v)
	if i := strings.Index(v, " ("); i > 0 && strings.HasSuffix(v, ")") {
		v = v[:i] // "... GMT+0000 (Coordinated Universal Time)"
	}
	if len(v) < 6 || len(v) > 64 {
		return time.Time{}, false, false, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil && (len(v) == 10 || len(v) == 13) {
		// Unix seconds or milliseconds.
		if len(v) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		return t, true, false, plausible(t)
	}
	if strings.HasSuffix(v, " UTC") || strings.HasSuffix(v, " GMT") {
		v = v[:len(v)-4] + " +0000"
		if t, ok := tryLayouts(v, zonedLayouts, nil); ok {
			return t, true, false, plausible(t)
		}
		v = v[:len(v)-6]
		if t, ok := tryLayouts(v, localLayouts, time.UTC); ok {
			return t, true, false, plausible(t)
		}
	}
	if t, ok := tryLayouts(v, zonedLayouts, nil); ok {
		name, off := t.Zone()
		if off != 0 || name == "UTC" || name == "GMT" || name == "" || name == "Z" {
			return t, true, false, plausible(t)
		}
		// An unknown abbreviation ("EST") parses as a zero offset: wrong,
		// so read it as zone-less below.
	}
	zl := loc
	if zl == nil {
		zl = time.UTC
	}
	if i := strings.LastIndexByte(v, ' '); i > 0 && isZoneAbbr(v[i+1:]) {
		v = v[:i]
	}
	if t, ok := tryLayouts(v, localLayouts, zl); ok {
		return t, false, false, plausible(t)
	}
	if t, ok := tryLayouts(v, dateLayouts, zl); ok {
		return t, false, true, plausible(t)
	}
	return time.Time{}, false, false, false
}

// isZoneAbbr reports a zone abbreviation ("EST", "KST"); their offsets
// are ambiguous, so the time is read as zone-less.
func isZoneAbbr(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func tryLayouts(v string, layouts []string, loc *time.Location) (time.Time, bool) {
	for _, l := range layouts {
		var t time.Time
		var err error
		if loc == nil {
			t, err = time.Parse(l, v)
		} else {
			t, err = time.ParseInLocation(l, v, loc)
		}
		if err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func plausible(t time.Time) bool {
	y := t.Year()
	return y >= 1990 && y <= 2100
}

// urlDatePatterns find /2019/11/20/, /2023-11/17/, -2019-11-20- and
// /20191120/ in a URL path.
var urlDatePatterns = []string{
	`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)`,
	`/((?:19|20)\d\d)-(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:/|$)`,
	`[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`,
	`/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|$)`,
}

// urlDate reads a date from the page URL's path: the site rule's pattern
// first, then /2019/11/20/, /2023-11/17/, -2019-11-20- and /20191120/.
func (p *pageState) urlDate() (stamp, bool) {
	if p.base == nil {
		return stamp{}, false
	}
	path := p.base.EscapedPath()
	res := p.rules.urlDate
	if p.site != nil && p.site.urlDate != nil {
		res = append([]*regexp.Regexp{p.site.urlDate}, res...)
	}
	for _, re := range res {
		m := re.FindStringSubmatch(path)
		if m == nil {
			continue
		}
		var y, mo, d int
		if len(m) == 2 && len(m[1]) == 8 {
			y, _ = strconv.Atoi(m[1][:4])
			mo, _ = strconv.Atoi(m[1][4:6])
			d, _ = strconv.Atoi(m[1][6:])
		} else if len(m) >= 4 {
			y, _ = strconv.Atoi(m[1])
			mo, _ = strconv.Atoi(m[2])
			d, _ = strconv.Atoi(m[3])
		}
		if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		loc := p.loc
		if loc == nil {
			loc = time.UTC
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
		if t.Day() != d {
			continue
		}
		return stamp{t: t, source: "url", dateOnly: true, zoneless: p.loc == nil}, true
	}
	return stamp{}, false
}

// datelineDate reads "SEOUL, Dec. 12 (Yonhap) --". The year comes from the
// dateline, else the URL, else the modified time, else the clock; a date
// that would lie in the future belongs to the year before.
func (p *pageState) datelineDate(text string, urlStamp stamp, urlOK bool, modified time.Time) (stamp, bool) {
	src := p.dateline
	if src == "" {
		if len(text) > 600 {
			text = text[:600]
		}
		src = text
	}
	d := exttext.FindDateline(src)
	if d == nil || d.Month == 0 {
		return stamp{}, false
	}
	mon, day := d.Month, d.Day
	loc := p.loc
	if loc == nil {
		loc = time.UTC
	}
	year := d.Year
	if year == 0 {
		var ref time.Time
		switch {
		case urlOK:
			ref = urlStamp.t
		case !modified.IsZero():
			ref = modified
		case !p.opts.Now.IsZero():
			ref = p.opts.Now
		default:
			ref = time.Now()
		}
		ref = ref.In(loc)
		year = ref.Year()
		if time.Date(year, mon, day, 0, 0, 0, 0, loc).After(ref.AddDate(0, 0, 2)) {
			year--
		}
	}
	t := time.Date(year, mon, day, 0, 0, 0, 0, loc)
	if t.Day() != day || !plausible(t) {
		return stamp{}, false
	}
	return stamp{t: t, source: "dateline", dateOnly: true, zoneless: p.loc == nil}, true
}

// textDatePattern finds "y m d [H:M[:S]]" or "d m y" numbers in a line.
const textDatePattern = `(\d{1,4})\s*([./年-]|\s)\s*(\d{1,2})\s*(?:[./月-]|\s)\s*(\d{1,4})日?(?:\D{1,4}?(\d{1,2}):(\d{2})(?::(\d{2}))?)?`

// findDateInText reads a date written inside a line of text: "2023 11/17
// 20:52:15", "2018年6月18日 10:01", "Date 19.01.2020" (day first when the
// year comes last with dots or dashes; month first with slashes).
func findDateInText(re *regexp.Regexp, s string, loc *time.Location) (time.Time, bool) {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	c, _ := strconv.Atoi(m[4])
	var y, mo, d int
	switch {
	case len(m[1]) == 4:
		y, mo, d = a, b, c
	case len(m[4]) == 4 && m[2] == "/":
		y, mo, d = c, a, b
	case len(m[4]) == 4:
		y, mo, d = c, b, a
	default:
		return time.Time{}, false
	}
	hh, mm, ss := 0, 0, 0
	if m[5] != "" {
		hh, _ = strconv.Atoi(m[5])
		mm, _ = strconv.Atoi(m[6])
		ss, _ = strconv.Atoi(m[7])
	}
	if loc == nil {
		loc = time.UTC
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc)
	if t.Day() != d || !plausible(t) {
		return time.Time{}, false
	}
	return t, true
}
