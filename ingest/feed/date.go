package feed

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

//go:embed datenames.tsv
var dateNamesData string

// dateNames maps lower-case month, weekday and zone names to their number
// (months 1-12, weekdays 0-6, zones their UTC offset in minutes).
type dateNames struct {
	month, day, zone map[string]int
}

var loadDateNames = sync.OnceValue(func() *dateNames {
	n := &dateNames{month: map[string]int{}, day: map[string]int{}, zone: map[string]int{}}
	for line := range strings.Lines(dateNamesData) {
		f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		num, err := strconv.Atoi(f[1])
		if err != nil {
			panic(fmt.Sprintf("feed: datenames.tsv: bad number in %q", line))
		}
		m := map[string]map[string]int{"month": n.month, "day": n.day, "zone": n.zone}[f[0]]
		if m == nil {
			panic(fmt.Sprintf("feed: datenames.tsv: unknown kind in %q", line))
		}
		for _, name := range strings.Fields(f[2]) {
			m[name] = num
		}
	}
	return n
})

// ParseDate reads a feed date that gofeed could not: RFC 822 and RFC 3339
// variants with month and weekday names in other languages ("Seg, 24 Set
// 2018 19:42:40 -0300"), "Sept", a zone glued to the time
// ("21:46:23+0900"), ordinal dots ("3. März 2025") and "de" ("24 de
// setembro de 2018"). A time without a zone is read as UTC. It needs a
// day, a month and a year: "July" alone is no date and gives an error.
func ParseDate(s string) (time.Time, error) {
	raw := s
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04:05 -0700", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	names := loadDateNames()
	toks := dateTokens(strings.ToLower(s))
	var (
		day, year, month = -1, -1, -1
		clock            string
		offset           *int
	)
	// A name first in the string is a weekday when a later one is a
	// month too ("mar, 24 set 2018": Tuesday, September).
	monthAt := -1
	for i, tok := range toks {
		if m, ok := names.month[tok]; ok {
			if monthAt == 0 || monthAt < 0 {
				month, monthAt = m, i
			}
			if i > 0 {
				break
			}
		}
	}
	for i, tok := range toks {
		switch {
		case i == monthAt:
		case isDigits(tok) && len(tok) == 4:
			year, _ = strconv.Atoi(tok)
		case isDigits(tok) && len(tok) <= 2 && day < 0:
			day, _ = strconv.Atoi(tok)
		case tok[0] == '+' || tok[0] == '-':
			off, ok := parseOffset(tok)
			if !ok {
				return time.Time{}, fmt.Errorf("feed date %q: zone %q not understood", raw, tok)
			}
			offset = &off
		case strings.Contains(tok, ":") || isClockH(tok):
			c, off, ok := splitClock(tok)
			if !ok {
				return time.Time{}, fmt.Errorf("feed date %q: time %q not understood", raw, tok)
			}
			clock = c
			if off != nil {
				offset = off
			}
		default:
			if z, ok := names.zone[tok]; ok {
				offset = &z
				continue
			}
			if _, ok := names.day[tok]; ok || isFiller(tok) {
				continue
			}
			return time.Time{}, fmt.Errorf("feed date %q: %q not understood", raw, tok)
		}
	}
	if day < 1 || month < 1 || year < 1 {
		return time.Time{}, fmt.Errorf("feed date %q: want a day, a month and a year", raw)
	}
	h, mi, sec := 0, 0, 0
	if clock != "" {
		p := strings.Split(clock, ":")
		h, _ = strconv.Atoi(p[0])
		mi, _ = strconv.Atoi(p[1])
		if len(p) > 2 {
			sec, _ = strconv.Atoi(p[2])
		}
	}
	loc := time.UTC
	if offset != nil && *offset != 0 {
		loc = time.FixedZone("", *offset*60)
	}
	t := time.Date(year, time.Month(month), day, h, mi, sec, 0, loc)
	if t.Day() != day || h > 23 || mi > 59 || sec > 60 {
		return time.Time{}, fmt.Errorf("feed date %q: no such day or time", raw)
	}
	return t, nil
}

// dateTokens splits a lower-cased date on spaces and commas, dropping
// ordinal and abbreviation dots ("3.", "sept.") and splitting a zone glued
// to a time stays for splitClock.
func dateTokens(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '/' })
	out := f[:0]
	for _, t := range f {
		t = strings.TrimRight(t, ".")
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// splitClock splits "21:46:23+0900", "21:46", "21h46" into the clock
// "HH:MM[:SS]" and an offset in minutes, if one is glued on.
func splitClock(tok string) (string, *int, bool) {
	var off *int
	if i := strings.IndexAny(tok, "+-z"); i > 0 {
		zone := tok[i:]
		tok = tok[:i]
		o := 0
		if zone != "z" {
			var ok bool
			if o, ok = parseOffset(zone); !ok {
				return "", nil, false
			}
		}
		off = &o
	}
	tok = strings.Replace(tok, "h", ":", 1)
	p := strings.Split(tok, ":")
	if len(p) < 2 || len(p) > 3 {
		return "", nil, false
	}
	for _, x := range p {
		if !isDigits(x) || len(x) > 2 {
			return "", nil, false
		}
	}
	return tok, off, true
}

func isClockH(tok string) bool {
	i := strings.IndexByte(tok, 'h')
	return i > 0 && isDigits(tok[:i]) && isDigits(tok[i+1:])
}

// parseOffset reads "+0900", "+09:00", "-03", in minutes.
func parseOffset(z string) (int, bool) {
	if len(z) < 2 || z[0] != '+' && z[0] != '-' {
		return 0, false
	}
	d := strings.ReplaceAll(z[1:], ":", "")
	if !isDigits(d) || len(d) != 2 && len(d) != 4 {
		return 0, false
	}
	h, _ := strconv.Atoi(d[:2])
	m := 0
	if len(d) == 4 {
		m, _ = strconv.Atoi(d[2:])
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	o := h*60 + m
	if z[0] == '-' {
		o = -o
	}
	return o, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isFiller reports the small words between a date's parts: "24 de
// setembro de 2018", "le 3 mars", "am 3. März", "at 10:00".
func isFiller(tok string) bool {
	switch tok {
	case "de", "del", "le", "den", "am", "um", "à", "a", "at", "of", "the", "el", "il", "op", "kl", "o", "w":
		return true
	}
	return false
}
