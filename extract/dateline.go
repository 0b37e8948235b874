package extract

import (
	"regexp"
	"strings"
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
	Agency               string
}

var datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)` +
	`(?:,? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?))?` +
	`(?: ?\(([A-Za-z][A-Za-z .&-]{0,30})\))? ?(?:--|—|–|-|:)\s*`)

// FindDateline finds a dateline at the start of the text or of its first
// paragraph within the first 400 bytes. It returns nil when there is none.
func FindDateline(text string) *Dateline {
	for off := 0; off < len(text) && off < 400; {
		rest := text[off:]
		if m := datelineRE.FindStringSubmatchIndex(rest); m != nil && (m[6] >= 0 || m[4] >= 0 || hasSep(rest[m[2+1]:m[1]])) {
			d := &Dateline{Start: off + m[0], End: off + m[1], PlaceStart: off + m[2], PlaceEnd: off + m[3]}
			d.Place = text[d.PlaceStart:d.PlaceEnd]
			if m[4] >= 0 {
				d.DateStart, d.DateEnd = off+m[4], off+m[5]
				d.Date = text[d.DateStart:d.DateEnd]
			}
			if m[6] >= 0 {
				d.Agency = text[off+m[6] : off+m[7]]
			}
			if d.Agency == "" && d.Date == "" && len(d.Place) < 3 {
				return nil
			}
			return d
		}
		// Try the next line (a headline or kicker may come first).
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return nil
}

func hasSep(s string) bool {
	return strings.Contains(s, "--") || strings.Contains(s, "—") || strings.Contains(s, "–")
}
