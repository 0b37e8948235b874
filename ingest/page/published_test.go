package page

import (
	"net/url"
	"regexp"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	seoul := mustLoc(t, "Asia/Seoul")
	cases := []struct {
		name, in string
		loc      *time.Location
		want     string // RFC 3339, "" for no parse
		zoned    bool
		dateOnly bool
	}{
		{"rfc3339", "2019-08-20T09:31:01+09:00", nil, "2019-08-20T09:31:01+09:00", true, false},
		{"rfc3339_millis_z", "2019-11-18T01:19:34.819Z", nil, "2019-11-18T01:19:34.819Z", true, false},
		{"offset_without_colon", "2019-11-20T10:03:33+0100", nil, "2019-11-20T10:03:33+01:00", true, false},
		{"rfc1123", "Wed, 20 Nov 2019 08:00:58 GMT", nil, "2019-11-20T08:00:58Z", true, false},
		{"javascript_date", "Wed Nov 20 2019 08:00:58 GMT+0000 (Coordinated Universal Time)", nil, "2019-11-20T08:00:58Z", true, false},
		{"zoneless_site_zone", "2024-02-20 07:30:00", seoul, "2024-02-20T07:30:00+09:00", false, false},
		{"zoneless_no_zone_utc", "2024-02-20 07:30", nil, "2024-02-20T07:30:00Z", false, false},
		{"space_utc_suffix", "2024-02-20 07:30:00 UTC", seoul, "2024-02-20T07:30:00Z", true, false},
		{"date_only", "2020-01-19", seoul, "2020-01-19T00:00:00+09:00", false, true},
		{"month_name", "November 20, 2019", nil, "2019-11-20T00:00:00Z", false, true},
		{"epoch_millis", "1529283660000", nil, "2018-06-18T01:01:00Z", true, false},
		{"unknown_abbreviation_is_zoneless", "Mon, 02 Jan 2006 15:04:05 EST", seoul, "2006-01-02T15:04:05+09:00", false, false},
		{"garbage", "yesterday-ish", nil, "", false, false},
		{"implausible_year", "1066-10-14", nil, "", false, false},
		{"bad_month", "2024-13-45", nil, "", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, zoned, dateOnly, ok := parseTime(tc.in, tc.loc)
			if tc.want == "" {
				if ok {
					t.Fatalf("parseTime(%q) = %v, want no time", tc.in, got)
				}
				return
			}
			if !ok {
				t.Fatalf("parseTime(%q) failed, want %s", tc.in, tc.want)
			}
			if g := got.Format(time.RFC3339Nano); g != tc.want || zoned != tc.zoned || dateOnly != tc.dateOnly {
				t.Errorf("parseTime(%q) = %s zoned=%v dateOnly=%v, want %s zoned=%v dateOnly=%v", tc.in, g, zoned, dateOnly, tc.want, tc.zoned, tc.dateOnly)
			}
		})
	}
}

func TestFindDateInText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"xinhua_header", "2023 11/ 17 20:52:15", "2023-11-17T20:52:15Z"},
		{"cjk", "2018年6月18日 10:01 発信地：カノ", "2018-06-18T10:01:00Z"},
		{"day_first_dots", "Date 19.01.2020", "2020-01-19T00:00:00Z"},
		{"month_first_slashes", "Posted 11/19/2019 at 4:30", "2019-11-19T04:30:00Z"},
		{"iso", "updated 2019-11-20 10:37", "2019-11-20T10:37:00Z"},
		{"no_date", "Author Ben Knight", ""},
		{"impossible_day", "2023-02-30", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := findDateInText(regexp.MustCompile(textDatePattern), tc.in, nil)
			g := ""
			if ok {
				g = got.Format(time.RFC3339)
			}
			if g != tc.want {
				t.Errorf("findDateInText(%q) = %q, want %q", tc.in, g, tc.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, url, want string }{
		{"ymd_slashes", "https://www.cnbc.com/2019/11/20/emirates-order.html", "2019-11-20"},
		{"xinhua_month_dir", "http://www.news.cn/fortune/2023-11/17/c_1129981476.htm", "2023-11-17"},
		{"yonhap_site_rule", "https://en.yna.co.kr/view/AEN20190820002300325?section=nk/nk", "2019-08-20"},
		{"dashed_in_slug", "https://example.com/news/story-2021-03-04-title", "2021-03-04"},
		{"compact_dir", "https://english.news.cn/20231117/abc/c.html", "2023-11-17"},
		{"year_month_only", "https://www.aljazeera.com/news/2019/11/helicopter-crash.html", ""},
		{"no_date", "https://example.com/a/b", ""},
		{"invalid_day", "https://example.com/2019/02/31/x", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			u, _ := url.Parse(tc.url)
			p := &pageState{base: u, site: rs.site(u.Hostname()), rules: rs, opts: &Options{}}
			if p.site != nil {
				p.loc = p.site.loc
			}
			s, ok := p.urlDate()
			g := ""
			if ok {
				g = s.t.Format("2006-01-02")
			}
			if g != tc.want {
				t.Errorf("urlDate(%s) = %q, want %q", tc.url, g, tc.want)
			}
		})
	}
}

func TestDatelineDate(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatal(err)
	}
	seoul := mustLoc(t, "Asia/Seoul")
	now := time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		loc        *time.Location
		url        string
		want       string
	}{
		{"year_from_url", "SEOUL, Dec. 12 (Yonhap) -- Text.", seoul, "https://x.example/2019/12/12/a", "2019-12-12T00:00:00+09:00"},
		{"year_before_now", "SEOUL, Dec. 12 (Yonhap) -- Text.", seoul, "", "2024-12-12T00:00:00+09:00"},
		{"year_written", "BEIJING, Nov. 17, 2023 (Xinhua) -- Text.", nil, "", "2023-11-17T00:00:00Z"},
		{"no_date_in_dateline", "WASHINGTON (AP) — Text.", nil, "", ""},
		{"day_first", "LONDON, 3 March 2024 (Reuters) - Text.", nil, "", "2024-03-03T00:00:00Z"},
		{"no_dateline", "The minister said on Dec. 12 that talks would go on.", nil, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &pageState{loc: tc.loc, rules: rs, opts: &Options{Now: now}}
			var us stamp
			var uok bool
			if tc.url != "" {
				p.base, _ = url.Parse(tc.url)
				us, uok = p.urlDate()
			}
			s, ok := p.datelineDate(tc.text, us, uok, time.Time{})
			g := ""
			if ok {
				g = s.t.Format(time.RFC3339)
			}
			if g != tc.want {
				t.Errorf("datelineDate(%q) = %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}
