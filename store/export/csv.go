package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/store"
)

var (
	articleColumns = []string{"id", "url", "canonical_url", "feed_id", "feed_url", "guid", "item_published",
		"item_title", "item_summary", "title", "byline", "published", "published_offset", "published_source", "modified", "fetched_at", "http_status", "content_type",
		"charset", "charset_source", "lang", "lang_source", "dateline_place", "dateline_agency", "page_sha256", "text_sha256",
		"duplicate_of", "text_source", "fetch_error", "truncated", "extractor_name", "extractor_version", "text"}
	mentionColumns = []string{"article", "i", "type", "text", "start", "end", "cstart", "cend", "sentence",
		"confidence", "rule", "timex_type", "value", "mod", "range_start", "range_end", "anchored",
		"kind", "currency", "unit", "approx", "min", "max", "equivalent_of",
		"name", "location_kind", "country", "admin1", "geonameid", "lat", "lon", "demonym", "dateline", "embedded",
		"entity", "title", "title_start", "title_end", "affiliation", "affiliation_mention",
		"organization_kind", "acronym", "extractor_version"}
	eventColumns = []string{"article", "i", "type", "cameo", "cameo_root", "quad_class", "trigger", "trigger_start", "trigger_end",
		"sentence", "sentence_start", "sentence_end", "negated", "modality", "quoted",
		"actor1_name", "actor1_kind", "actor1_country", "actor1_mention",
		"actor2_name", "actor2_kind", "actor2_country", "actor2_mention",
		"action_geo_name", "action_geo_country", "action_geo_lat", "action_geo_lon", "action_geo_mention", "action_geo_source",
		"when_value", "when_range_start", "when_range_end", "amount_value", "amount_currency", "amount_mention",
		"confidence", "rule", "source_url", "published", "extractor_version"}
)

func csvHeader(o Options) []string {
	switch o.Records {
	case Mentions:
		return mentionColumns
	case Events:
		return eventColumns
	case EventMentions:
		return eventMentionColumns
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

// optFtoa writes an optional number; absent is an empty cell.
func optFtoa(f *float64) string {
	if f == nil {
		return ""
	}
	return ftoa(*f)
}

func articleRow(a *store.Article, noText bool) []string {
	var place, agency string
	if a.Dateline != nil {
		place, agency = a.Dateline.Place, a.Dateline.Agency
	}
	row := []string{a.ID, a.URL, a.CanonicalURL, a.Feed.ID, a.Feed.URL, a.Feed.GUID, ts(a.Feed.ItemPublished),
		a.Feed.ItemTitle, a.Feed.ItemSummary, a.Title, a.Byline, ts(a.Published), a.PublishedOffset, a.PublishedSource, ts(a.Modified), ts(a.FetchedAt), itoa(a.HTTP.Status), a.HTTP.ContentType,
		a.HTTP.Charset, a.HTTP.CharsetSource, a.Lang, a.LangSource, place, agency, a.PageSHA256, a.TextSHA256,
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
		if l.Lat != nil && l.Lon != nil {
			row["lat"], row["lon"] = ftoa(*l.Lat), ftoa(*l.Lon)
		}
		row["demonym"], row["dateline"] = strconv.FormatBool(l.Demonym), strconv.FormatBool(l.Dateline)
		row["embedded"] = strconv.FormatBool(l.Embedded)
	}
	if p := m.Person; p != nil {
		row["name"], row["entity"], row["title"], row["affiliation"], row["country"] = p.Name, itoa(p.Entity), p.Title, p.Affiliation, p.Country
		if p.TitleSpan != nil {
			row["title_start"], row["title_end"] = itoa(p.TitleSpan[0]), itoa(p.TitleSpan[1])
		}
		if p.AffiliationMention != nil {
			row["affiliation_mention"] = itoa(*p.AffiliationMention)
		}
	}
	if o := m.Organization; o != nil {
		row["name"], row["organization_kind"], row["country"] = o.Name, o.Kind, o.Country
		row["acronym"], row["entity"] = o.Acronym, itoa(o.Entity)
	}
	out := make([]string, len(mentionColumns))
	for k, c := range mentionColumns {
		out[k] = row[c]
	}
	return out
}

// eventRow flattens one event into one row: its own fields, the flat
// actor1, actor2 and action_geo, the resolved date and the first money
// amount. The mentions it refers to are the event-mentions table.
func eventRow(a *store.Article, ex *store.Extraction, i int) []string {
	e := &ex.Events[i]
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	row := []string{a.ID, itoa(i), e.Type, str(e.Cameo), str(e.CameoRoot), "", e.Trigger.Text, itoa(e.Trigger.Start), itoa(e.Trigger.End),
		itoa(e.Sentence.I), itoa(e.Sentence.Start), itoa(e.Sentence.End), strconv.FormatBool(e.Negated), e.Modality, strconv.FormatBool(e.Quoted)}
	if e.QuadClass > 0 {
		row[5] = itoa(e.QuadClass)
	}
	for _, ac := range []*extract.Actor{e.Actor1, e.Actor2} {
		if ac == nil {
			row = append(row, "", "", "", "")
			continue
		}
		row = append(row, ac.Name, ac.Kind, ac.Country, itoa(ac.Mention))
	}
	if g := e.ActionGeo; g != nil {
		row = append(row, g.Name, g.Country, optFtoa(g.Lat), optFtoa(g.Lon), itoa(g.Mention), g.Source)
	} else {
		row = append(row, "", "", "", "", "", "")
	}
	var wv, rs, re string
	if e.WhenResolved != nil {
		wv = e.WhenResolved.Value
		if e.WhenResolved.Range != nil {
			rs, re = e.WhenResolved.Range.Start, e.WhenResolved.Range.End
		}
	}
	row = append(row, wv, rs, re)
	var av, ac, am string
	for _, m := range e.Amounts {
		if m >= 0 && m < len(ex.Mentions) {
			if amt := ex.Mentions[m].Amount; amt != nil && amt.Kind == extract.KindMoney {
				av, ac, am = ftoa(amt.Value), amt.Currency, itoa(m)
				break
			}
		}
	}
	row = append(row, av, ac, am)
	return append(row, ftoa(e.Confidence), e.Rule, a.URL, ts(a.Published), itoa(ex.Extractor.Version))
}

// inert escapes cells that a spreadsheet would run as a formula, as OWASP
// recommends against CSV injection: a cell that begins with =, +, -, @, a
// tab or a carriage return gets a leading apostrophe, which spreadsheets
// show as text ("=HYPERLINK(...)" in a headline stays a headline). A plain
// decimal number ("-73.5", a longitude) and a UTC offset ("+09:00", the
// published_offset column) are left alone: they can run nothing, and must
// stay what they are. The row is changed in place.
func inert(row []string) []string {
	for i, c := range row {
		if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) || isDecimal(c) || isOffset(c) {
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

// isOffset reports whether s is a UTC offset as published_offset holds
// it: a sign, two digits, a colon, two digits.
func isOffset(s string) bool {
	if len(s) != 6 || s[0] != '+' && s[0] != '-' || s[3] != ':' {
		return false
	}
	for _, i := range []int{1, 2, 4, 5} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
