package canon

import (
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// trackingParams are query parameters that identify a campaign or a click,
// not a document. Keys are lower case; prefixes end with "_".
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "yclid": true, "_ga": true, "ref": true, "ref_src": true, "cmpid": true,
	"ocid": true, "taid": true, "smid": true, "partner": true, "ito": true, "cmp": true,
}

var trackingPrefixes = []string{"utm_", "at_", "pk_", "mtm_"}

func isTracking(k string) bool {
	k = strings.ToLower(k)
	if trackingParams[k] {
		return true
	}
	for _, p := range trackingPrefixes {
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
