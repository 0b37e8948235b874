package canon

import (
	_ "embed"
	"net/url"
	"sort"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"
)

//go:embed tracking.txt
var trackingData string

// trackingList holds the tracking parameters of tracking.txt: exact names
// and prefixes. It is parsed once, on first use, and only read after.
type trackingList struct {
	names    map[string]bool
	prefixes []string
}

var tracking = sync.OnceValue(func() trackingList {
	t := trackingList{names: map[string]bool{}}
	for _, line := range strings.Split(trackingData, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasSuffix(line, "_") && !strings.HasPrefix(line, "_"):
			t.prefixes = append(t.prefixes, line)
		default:
			t.names[line] = true
		}
	}
	return t
})

func isTracking(k string) bool {
	k = strings.ToLower(k)
	t := tracking()
	if t.names[k] {
		return true
	}
	for _, p := range t.prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// Clean normalizes a URL: lower-case scheme and host, default port and
// fragment removed, tracking parameters dropped and the rest sorted. A URL
// that does not parse is returned unchanged.
func Clean(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if isTracking(k) {
				delete(q, k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			for _, v := range q[k] {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k))
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(v))
			}
		}
		u.RawQuery = b.String()
	}
	return u.String()
}

// Choose returns the canonical URL of a page fetched from pageURL that
// declares declared (may be empty or relative): the declared one when it is
// on the same registrable domain, else the page's own.
func Choose(pageURL, declared string) string {
	if declared == "" {
		return Clean(pageURL)
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return Clean(pageURL)
	}
	d, err := base.Parse(strings.TrimSpace(declared))
	if err != nil || (d.Scheme != "http" && d.Scheme != "https") {
		return Clean(pageURL)
	}
	if registrable(d.Hostname()) != registrable(base.Hostname()) {
		return Clean(pageURL)
	}
	return Clean(d.String())
}

func registrable(host string) string {
	host = strings.ToLower(host)
	if r, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return r
	}
	return host
}
