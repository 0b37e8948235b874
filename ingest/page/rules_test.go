package page

import (
	"reflect"
	"strings"
	"testing"
)

func TestRulesLoad(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatalf("bundled rules: %v", err)
	}
	for _, host := range []string{"en.yna.co.kr", "www.reuters.com", "apnews.com", "www.bbc.co.uk", "www.news.cn", "www.aljazeera.com", "www.koreaherald.com", "www.afp.com"} {
		if rs.site(host) == nil {
			t.Errorf("no site rule for %s", host)
		}
	}
}

func TestSiteLookup(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, host, want string }{
		{"exact", "en.yna.co.kr", "en.yna.co.kr"},
		{"subdomain_falls_back", "news.bbc.co.uk", "bbc.co.uk"},
		{"case_and_dot", "WWW.Reuters.com.", "www.reuters.com"},
		{"public_suffix_never", "example.co.kr", ""},
		{"unknown", "example.com", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if r := rs.site(tc.host); r != nil {
				got = r.host
			}
			if got != tc.want {
				t.Errorf("site(%q) = %q, want %q", tc.host, got, tc.want)
			}
		})
	}
}

func TestForTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"share-bar", []string{"share-bar", "share", "bar"}},
		{"newsCaption x", []string{"newscaption", "news", "caption", "x"}},
		{"ArticleBody__content", []string{"articlebody__content", "article", "body", "content"}},
	}
	for _, tc := range cases {
		var got []string
		forTokens(tc.in, func(s string) { got = append(got, s) })
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("forTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestValueHint(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		in   string
		want int8
	}{
		{"article-body", 1},
		{"social-share", -2},
		{"article-share-tools", -2},
		{"relatedArticles", -2},
		{"entry-content", 1},
		{"entry-meta", 1},
		{"page-header", -1},
		{"productTitle", -1},
		{"commentary-body", 1},
		{"row col-md-8", 0},
	}
	for _, tc := range cases {
		if got := rs.valueHint(tc.in); got != tc.want {
			t.Errorf("valueHint(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestBoilerplate(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		in   string
		want bool
	}{
		{"Advertisement", true},
		{"Back To Top", true},
		{"Share this article", true},
		{"Sign up for our daily newsletter", true},
		{"We use cookies to give you the best experience on our site.", true},
		{"Photo: Jane Doe/Reuters", true},
		{"(AP Photo/Evan Vucci)", true},
		{"Reporting by Jane Doe; Editing by John Roe", true},
		{"Associated Press writer Jane Doe contributed to this report.", true},
		{"(END)", true},
		{"reporter@example.com", true},
		{"© 2024 Example News. All rights reserved.", true},
		{"The minister said the talks would resume in January.", false},
		{"Watchdogs said the merger would hurt consumers.", false},
		{"Play resumed after a two-hour rain delay.", false},
		{"Share prices fell 3% on the news.", false},
		{"The senator told supporters to follow him on Twitter for updates.", false},
		{"The company said in its quarterly newsletter that profits rose.", false},
		{"Related charges were filed against two others.", false},
		{"Photos by local residents showed smoke rising over the city.", false},
		{"Support for the plan was 45%, according to a Reuters/Ipsos poll.", false},
		{"Reporting by the Times found that officials had lied.", false},
		{"Copyright lawsuits against the firm were dismissed.", false},
		{"Related Articles", true},
		{"REUTERS/Kim Hong-Ji", true},
		{"Sign up for our newsletter", true},
		{"Jane Doe covers energy. Follow her on Twitter @janedoe.", true},
	}
	for _, tc := range cases {
		if got := rs.boilerplate.match(strings.ToLower(tc.in)); got != tc.want {
			t.Errorf("boilerplate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLineFilters(t *testing.T) {
	rs, err := New().load()
	if err != nil {
		t.Fatal(err)
	}
	p := &pageState{rules: rs}
	dates := []struct {
		in   string
		want bool
	}{
		{"Updated 3:45 PM ET Tue, Nov 19, 2019", true},
		{"Published: 20 November 2019", true},
		{"11/19/2019", true},
		{"5040", false},
		{"1 Ned Carver 4870 4 2 15 25", false},
		{"On Nov. 19 the council met.", false},
	}
	for _, tc := range dates {
		if got := p.dateOnly(tc.in); got != tc.want {
			t.Errorf("dateOnly(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	bylines := []struct {
		in   string
		want bool
	}{
		{"By Jane Doe", true},
		{"By Jane Doe and John Roe, Associated Press", true},
		{"By the end of the year, prices had doubled across the whole region and beyond it.", false},
		{"By Tuesday it was over.", false},
		{"By JANE DOE", true},
		{"By Jane Doe | Reuters", true},
	}
	for _, tc := range bylines {
		if got := isByline(tc.in, rs.nameParticles); got != tc.want {
			t.Errorf("isByline(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	cases := []struct{ in, site, host, want string }{
		{"N. Korea slams drill | Yonhap News Agency", "Yonhap News Agency", "", "N. Korea slams drill"},
		{"Port strike ends after pay deal - The Harbour Times", "", "", "Port strike ends after pay deal"},
		{"Reuters - Oil falls on supply worries", "Reuters", "", "Oil falls on supply worries"},
		{"Global Voices Online » Ruritania: Two reporters sentenced in absentia", "", "globalvoicesonline.org", "Ruritania: Two reporters sentenced in absentia"},
		{"Q&A - what the new rules mean for renters in the city", "", "news.example", "Q&A - what the new rules mean for renters in the city"},
	}
	for _, tc := range cases {
		if got := stripSiteName(tc.in, tc.site, tc.host); got != tc.want {
			t.Errorf("stripSiteName(%q, %q, %q) = %q, want %q", tc.in, tc.site, tc.host, got, tc.want)
		}
	}
}
