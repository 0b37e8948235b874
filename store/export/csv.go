package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/eventwire/eventwire/store"
)

var (
	articleColumns = []string{"id", "url", "canonical_url", "feed_id", "feed_url", "guid", "item_published",
		"title", "byline", "published", "published_source", "modified", "fetched_at", "http_status", "content_type",
		"charset", "charset_source", "lang", "dateline_place", "dateline_agency", "page_sha256", "text_sha256",
		"duplicate_of", "text_source", "fetch_error", "truncated", "extractor_name", "extractor_version", "text"}
	mentionColumns = []string{"article", "i", "type", "text", "start", "end", "cstart", "cend", "sentence",
		"confidence", "rule", "timex_type", "value", "mod", "range_start", "range_end", "anchored",
		"kind", "currency", "unit", "approx", "min", "max", "equivalent_of",
		"name", "location_kind", "country", "admin1", "geonameid", "lat", "lon", "demonym", "dateline",
		"entity", "title", "title_start", "title_end", "affiliation", "extractor_version"}
	eventColumns = []string{"article", "i", "type", "cameo", "trigger", "trigger_start", "trigger_end",
		"sentence", "sentence_start", "sentence_end", "when_value", "when_range_start", "when_range_end",
		"confidence", "rule", "source_url", "published", "extractor_version", "slot", "mention", "role"}
)

func csvHeader(o Options) []string {
	switch o.Records {
	case Mentions:
		return mentionColumns
	case Events:
		return eventColumns
	}
	if o.NoText {
		return articleColumns[:len(articleColumns)-1]
	}
	return articleColumns
}

func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func itoa(n int) string { return strconv.Itoa(n) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func articleRow(a *store.Article, noText bool) []string {
	var place, agency string
	if a.Dateline != nil {
		place, agency = a.Dateline.Place, a.Dateline.Agency
	}
	row := []string{a.ID, a.URL, a.CanonicalURL, a.Feed.ID, a.Feed.URL, a.Feed.GUID, ts(a.Feed.ItemPublished),
		a.Title, a.Byline, ts(a.Published), a.PublishedSource, ts(a.Modified), ts(a.FetchedAt), itoa(a.HTTP.Status), a.HTTP.ContentType,
		a.HTTP.Charset, a.HTTP.CharsetSource, a.Lang, place, agency, a.PageSHA256, a.TextSHA256,
		a.DuplicateOf, a.TextSource, a.FetchError, strconv.FormatBool(a.Truncated), a.Extractor.Name, itoa(a.Extractor.Version)}
	if !noText {
		row = append(row, a.Text)
	}
	return row
}

func mentionRow(a *store.Article, ex *store.Extraction, i int) []string {
	m := &ex.Mentions[i]
	row := make(map[string]string, len(mentionColumns))
	row["article"], row["i"], row["type"], row["text"] = a.ID, itoa(i), m.Type, m.Text
	row["start"], row["end"], row["cstart"], row["cend"] = itoa(m.Start), itoa(m.End), itoa(m.CStart), itoa(m.CEnd)
	row["sentence"], row["confidence"], row["rule"] = itoa(m.Sentence), ftoa(m.Confidence), m.Rule
	row["extractor_version"] = itoa(ex.Extractor.Version)
	if d := m.Date; d != nil {
		row["timex_type"], row["value"], row["mod"], row["anchored"] = d.TimexType, d.Value, d.Mod, strconv.FormatBool(d.Anchored)
		if d.Range != nil {
			row["range_start"], row["range_end"] = d.Range.Start, d.Range.End
		}
	}
	if am := m.Amount; am != nil {
		row["kind"], row["value"], row["currency"], row["unit"] = am.Kind, ftoa(am.Value), am.Currency, am.Unit
		row["approx"] = strconv.FormatBool(am.Approx)
		if am.Min != nil {
			row["min"] = ftoa(*am.Min)
		}
		if am.Max != nil {
			row["max"] = ftoa(*am.Max)
		}
		if am.EquivalentOf != nil {
			row["equivalent_of"] = itoa(*am.EquivalentOf)
		}
	}
	if l := m.Location; l != nil {
		row["name"], row["location_kind"], row["country"], row["admin1"] = l.Name, l.Kind, l.Country, l.Admin1
		if l.GeonameID != 0 {
			row["geonameid"] = itoa(l.GeonameID)
		}
		row["lat"], row["lon"] = ftoa(l.Lat), ftoa(l.Lon)
		row["demonym"], row["dateline"] = strconv.FormatBool(l.Demonym), strconv.FormatBool(l.Dateline)
	}
	if p := m.Person; p != nil {
		row["name"], row["entity"], row["title"], row["affiliation"], row["country"] = p.Name, itoa(p.Entity), p.Title, p.Affiliation, p.Country
		if p.TitleSpan != nil {
			row["title_start"], row["title_end"] = itoa(p.TitleSpan[0]), itoa(p.TitleSpan[1])
		}
	}
	out := make([]string, len(mentionColumns))
	for k, c := range mentionColumns {
		out[k] = row[c]
	}
	return out
}

// eventRows flattens one event: one row per mention it refers to (slot who,
// when, where or amount, with the participant role where there is one), or a
// single row with an empty slot when it refers to none.
func eventRows(a *store.Article, ex *store.Extraction, i int) [][]string {
	e := &ex.Events[i]
	cameo := ""
	if e.Cameo != nil {
		cameo = *e.Cameo
	}
	var wv, rs, re string
	if e.WhenResolved != nil {
		wv = e.WhenResolved.Value
		if e.WhenResolved.Range != nil {
			rs, re = e.WhenResolved.Range.Start, e.WhenResolved.Range.End
		}
	}
	base := []string{a.ID, itoa(i), e.Type, cameo, e.Trigger.Text, itoa(e.Trigger.Start), itoa(e.Trigger.End),
		itoa(e.Sentence.I), itoa(e.Sentence.Start), itoa(e.Sentence.End), wv, rs, re,
		ftoa(e.Confidence), e.Rule, a.URL, ts(a.Published), itoa(ex.Extractor.Version)}
	roles := map[int]string{}
	for _, p := range e.Participants {
		roles[p.Mention] = p.Role
	}
	var rows [][]string
	add := func(slot string, refs []int) {
		for _, m := range refs {
			rows = append(rows, append(append([]string(nil), base...), slot, itoa(m), roles[m]))
		}
	}
	add("who", e.Who)
	add("when", e.When)
	add("where", e.Where)
	add("amount", e.Amounts)
	if len(rows) == 0 {
		rows = append(rows, append(append([]string(nil), base...), "", "", ""))
	}
	return rows
}

// inert escapes cells that a spreadsheet would run as a formula, as OWASP
// recommends against CSV injection: a cell that begins with =, +, -, @, a
// tab or a carriage return gets a leading apostrophe, which spreadsheets
// show as text ("=HYPERLINK(...)" in a headline stays a headline). A plain
// decimal number ("-73.5", a longitude) is left alone: it can run nothing,
// and must stay a number. The row is changed in place.
func inert(row []string) []string {
	for i, c := range row {
		if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) || isDecimal(c) {
			continue
		}
		row[i] = "'" + c
	}
	return row
}

// isDecimal reports whether s is a signed decimal number written the way
// this package writes them: digits, at most one point, no exponent.
func isDecimal(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point && digits > 0 && i < len(s)-1:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}
