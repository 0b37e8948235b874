package view

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/eventwire/eventwire/store"
)

// filters are the query parameters that the article and event lists take.
// since, until, feed and version mean what export's flags of the same
// names mean; mtype and etype are export's --type for mentions and for
// events; lang, dups (show or hide) and q (text search in titles and
// texts) have no export flag.
type filters struct {
	Since, Until string
	Feed         string
	MType, EType string
	Lang         string
	Dups         string
	Q            string
	Version      string

	since, until time.Time
	version      int
	before       string
	after        string
}

func parseFilters(v url.Values) (filters, error) {
	f := filters{
		Since: strings.TrimSpace(v.Get("since")), Until: strings.TrimSpace(v.Get("until")),
		Feed: strings.TrimSpace(v.Get("feed")), MType: strings.TrimSpace(v.Get("mtype")), EType: strings.TrimSpace(v.Get("etype")),
		Lang: strings.TrimSpace(v.Get("lang")), Dups: v.Get("dups"), Q: v.Get("q"), Version: strings.TrimSpace(v.Get("version")),
		before: v.Get("before"), after: v.Get("after"),
	}
	var err error
	if f.since, err = parseTime(f.Since); err != nil {
		return f, badRequest("since", err)
	}
	if f.until, err = parseTime(f.Until); err != nil {
		return f, badRequest("until", err)
	}
	if f.Version != "" {
		if f.version, err = strconv.Atoi(f.Version); err != nil || f.version < 0 {
			return f, badRequest("version", fmt.Errorf("%q: want a whole number", f.Version))
		}
	}
	switch f.Dups {
	case "", "show", "hide":
	default:
		return f, badRequest("dups", fmt.Errorf("%q: want show or hide", f.Dups))
	}
	return f, nil
}

func badRequest(param string, err error) error {
	return &httpError{http.StatusBadRequest, "parameter " + param, err}
}

// parseTime reads the times export's --since and --until take.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("time %q: want RFC 3339 (2018-12-12T10:00:00+09:00) or a date (2018-12-12)", s)
}

func splitList(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// query is the store query of a list page.
func (f filters) query(limit int) store.Query {
	return store.Query{
		Since: f.since, Until: f.until, FeedID: f.Feed, Version: f.version,
		MentionTypes: splitList(f.MType), EventTypes: splitList(f.EType),
		Lang: f.Lang, HideDuplicates: f.Dups == "hide", Search: f.Q,
		Before: f.before, After: f.after, Limit: limit, NoText: true,
	}
}

// values are the filters as query parameters, without paging.
func (f filters) values() url.Values {
	v := url.Values{}
	for _, p := range [][2]string{{"since", f.Since}, {"until", f.Until}, {"feed", f.Feed}, {"mtype", f.MType},
		{"etype", f.EType}, {"lang", f.Lang}, {"dups", f.Dups}, {"q", f.Q}, {"version", f.Version}} {
		if p[1] != "" {
			v.Set(p[0], p[1])
		}
	}
	return v
}

// link is a path with the filters and extra parameters.
func (f filters) link(path string, extra ...string) string {
	v := f.values()
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// exportParams are the /export parameters, which are export's flags, that
// select what an export of these records with these filters writes.
func (f filters) exportParams(records string) url.Values {
	v := url.Values{}
	v.Set("records", records)
	for _, p := range [][2]string{{"since", f.Since}, {"until", f.Until}, {"feed", f.Feed}, {"extractor-version", f.Version}} {
		if p[1] != "" {
			v.Set(p[0], p[1])
		}
	}
	types := f.MType
	if records == "events" {
		types = f.EType
	}
	if types != "" {
		v.Set("type", types)
	}
	return v
}

// notExported lists the filters in force that export has no flag for.
func (f filters) notExported(records string) []string {
	var out []string
	if f.Lang != "" {
		out = append(out, "language")
	}
	if f.Dups == "hide" {
		out = append(out, "hidden duplicates")
	}
	if f.Q != "" {
		out = append(out, "text search")
	}
	if records == "events" && f.MType != "" {
		out = append(out, "mention type")
	}
	if records != "events" && f.EType != "" {
		out = append(out, "event type")
	}
	return out
}

// exportCommand is the command line that writes what /export with these
// parameters writes.
func exportCommand(v url.Values) string {
	var b strings.Builder
	b.WriteString("eventwire export")
	for _, k := range []string{"records", "format", "since", "until", "feed", "type", "extractor-version"} {
		if x := v.Get(k); x != "" {
			fmt.Fprintf(&b, " --%s %s", k, shellQuote(x))
		}
	}
	if v.Get("no-text") == "1" {
		b.WriteString(" --no-text")
	}
	return b.String()
}

func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,:+/") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
