package text

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Dateline is the opening of a wire story: "SEOUL, Dec. 12 (Yonhap) --",
// "WASHINGTON (AP) —". Spans are byte offsets; a zero-width span means the
// part is absent.
type Dateline struct {
	Start, End           int // the whole dateline, separator included
	PlaceStart, PlaceEnd int
	Place                string
	DateStart, DateEnd   int
	Date                 string // as written, "Dec. 12"
	// Month and Day are the date read once for every reader (the page's
	// publication time, the date extractor's anchor): Month is 0 when the
	// date is absent or not a calendar day ("Feb. 30"). Year is the year as
	// written when HasYear; which years are plausible is the reader's call.
	Month   time.Month
	Day     int
	Year    int
	HasYear bool
	Agency  string
}

// Parts of the dateline patterns. The date is "Dec. 12", "March 3",
// "Jan. 5, 2019" or the British "3 March".
const (
	dlMonth  = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
	dlDate   = `(?:,? (` + dlMonth + ` \d{1,2}(?:, \d{4})?|\d{1,2} ` + dlMonth + `(?: \d{4})?))?`
	dlAgency = `(?: ?\(([A-Za-z][A-Za-z .&/-]{0,30})\))?`
	// dlRegion is the state or country after a place: "Ore.", "South Korea".
	dlRegion = `(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?`
)

// datelinePatterns are compiled on first use. Groups: 1 place (with region),
// 2 region, 3 date, 4 agency.
var datelinePatterns = sync.OnceValue(func() [2]*regexp.Regexp {
	return [2]*regexp.Regexp{
		// Upper-case place: "SEOUL, Dec. 12 (Yonhap) --", "LONDON (Reuters) -".
		regexp.MustCompile(`^([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}` + dlRegion + `)` +
			dlDate + dlAgency + ` ?(?:--|—|–|-|:)[ \t]*`),
		// Mixed-case place: "Seoul, South Korea —". It needs a long dash,
		// and the story must go on with a capital or a quote (startsStory).
		regexp.MustCompile(`^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}` + dlRegion + `)` +
			dlDate + dlAgency + ` ?(?:--|—|–)[ \t]*`),
	}
})

// FindDateline finds a dateline at the start of the text or of one of its
// first lines (a headline or kicker may come first) within the first 400
// bytes. It returns nil when there is none.
func FindDateline(text string) *Dateline {
	pats := datelinePatterns()
	for off := 0; off < len(text) && off < 400; {
		rest := text[off:]
		line := rest
		nl := strings.IndexByte(rest, '\n')
		if nl >= 0 {
			line = rest[:nl]
		}
		// A match lies within one line (no part of the patterns matches a
		// line break), opens with a capital and ends in a separator: the
		// second byte says which pattern may match, the separators which
		// lines need not be matched at all. The patterns run on the line
		// alone (the backtracker clears a bit per byte and instruction of
		// its input); after a match at its end, no story starts either way.
		if len(line) >= 2 && line[0] >= 'A' && line[0] <= 'Z' {
			switch c := line[1]; {
			case c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-':
				if strings.IndexByte(line, '-') >= 0 || strings.IndexByte(line, ':') >= 0 || hasLongDash(line) {
					if d := matchDateline(pats[0], line, false); d != nil {
						return d.shift(off)
					}
				}
			case c >= 'a' && c <= 'z':
				if strings.Contains(line, "--") || hasLongDash(line) {
					if d := matchDateline(pats[1], line, true); d != nil {
						return d.shift(off)
					}
				}
			}
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return nil
}

// hasLongDash reports an em or en dash in s.
func hasLongDash(s string) bool {
	return strings.Contains(s, "—") || strings.Contains(s, "–")
}

// matchDateline matches one pattern at the start of s. An upper-case place
// alone needs a long dash ("WASHINGTON —"); a mixed-case one needs a region,
// date or agency besides, since "Trump — who ..." is no dateline.
func matchDateline(re *regexp.Regexp, s string, mixed bool) *Dateline {
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	hasRegion, hasDate, hasAgency := m[4] >= 0, m[6] >= 0, m[8] >= 0
	if mixed {
		if !hasRegion && !hasDate && !hasAgency || !startsStory(s[m[1]:]) {
			return nil
		}
	} else if !hasDate && !hasAgency && !hasSep(s[m[3]:m[1]]) {
		return nil
	}
	d := &Dateline{Start: m[0], End: m[1], PlaceStart: m[2], PlaceEnd: m[3]}
	d.Place = s[m[2]:m[3]]
	if hasDate {
		d.DateStart, d.DateEnd = m[6], m[7]
		d.Date = s[m[6]:m[7]]
		d.parseDate()
	}
	if hasAgency {
		d.Agency = s[m[8]:m[9]]
	}
	if d.Agency == "" && d.Date == "" && len(d.Place) < 3 {
		return nil
	}
	return d
}

// shift moves a dateline found at text[off:] to offsets into text.
func (d *Dateline) shift(off int) *Dateline {
	d.Start += off
	d.End += off
	d.PlaceStart += off
	d.PlaceEnd += off
	if d.DateEnd > 0 {
		d.DateStart += off
		d.DateEnd += off
	}
	return d
}

// startsStory reports whether s begins like a sentence: a capital letter or
// an opening quote.
func startsStory(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= 'A' && c <= 'Z' || c == '"' {
		return true
	}
	return strings.HasPrefix(s, "“")
}

func hasSep(s string) bool {
	return strings.Contains(s, "--") || strings.Contains(s, "—") || strings.Contains(s, "–")
}

// parseDate reads Date ("Dec. 12", "March 3, 2019", "3 March 2019"), which
// the pattern has already shaped: a month word and a day of one or two
// digits in either order, then maybe a four-digit year. The month must be a
// month's name or abbreviation and the day must exist in that month in
// some year (February 29 does).
func (d *Dateline) parseDate() {
	f := make([]string, 0, 3) // month, day, year: on the stack
	for w := range strings.FieldsFuncSeq(d.Date, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		f = append(f, w)
	}
	if len(f) < 2 {
		return
	}
	if f[0][0] >= '0' && f[0][0] <= '9' {
		f[0], f[1] = f[1], f[0] // "3 March" as well as "March 3"
	}
	mon := MonthNamed(f[0])
	day, err := strconv.Atoi(f[1])
	if mon == 0 || err != nil || day < 1 || day > daysIn(mon) {
		return
	}
	d.Month, d.Day = mon, day
	if len(f) >= 3 {
		d.Year, _ = strconv.Atoi(f[2])
		d.HasYear = true
	}
}

// MonthNamed returns the month that word names ("Dec", "december",
// "Sept"), in any case, or 0.
func MonthNamed(word string) time.Month {
	if len(word) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		if strings.EqualFold(word, name) || strings.EqualFold(word, name[:3]) || m == time.September && strings.EqualFold(word, "sept") {
			return m
		}
	}
	return 0
}

// daysIn is the length of month m in a leap year.
func daysIn(m time.Month) int {
	return time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
