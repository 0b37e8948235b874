package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealWorld pins what Strip finds on the real wire pages of
// ../shared/corpus/realworld/articles (see its SOURCES.md): the path, the
// publication time and its source, how the text starts, and widget text
// that must not be in it. It skips when ../shared is absent.
func TestRealWorld(t *testing.T) {
	dir := sharedDir(t, "corpus", "realworld", "articles")
	cases := []struct {
		file, url      string
		path           string
		published, src string
		start          string
		absent         []string
	}{
		{"yonhap/yna_co_kr.html", "https://en.yna.co.kr/view/AEN20190820002300325?section=nk/nk",
			"site:en.yna.co.kr", "2019-08-20T09:31:01+09:00", "json-ld:datePublished",
			"SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper", []string{"(END)", "@yna.co.kr", "N. Korea slams S. Korea for joint"}},
		{"xinhua-news-cn/chinese_article_002.html", "http://www.news.cn/fortune/2023-11/17/c_1129981476.htm",
			"site:www.news.cn", "2023-11-17T20:52:15+08:00", "site:time",
			"新华社北京11月17日电", []string{"纠错", "责任编辑", "阅读下一篇"}},
		{"reuters/reuters.com.parasite.html", "https://www.reuters.com/article/us-awards-sag/parasite-scores-upset-at-sag-awards-boosting-oscar-chances-idUSKBN1ZI0EH",
			"site:www.reuters.com", "2020-01-19T12:25:36Z", "json-ld:datePublished",
			"LOS ANGELES (Reuters) - South Korean thriller", []string{"Reporting by", "Editing by", "min read"}},
		{"reuters/zyte-57d46c9d751e.html", "https://www.reuters.com/article/us-global-markets/asian-shares-soft-as-trade-doubts-creep-back-in-idUSKBN1XT00W",
			"site:www.reuters.com", "2019-11-19T21:57:01Z", "json-ld:datePublished",
			"NEW YORK (Reuters) - Oil prices fell sharply on Tuesday", []string{"Reporting by", "Editing by"}},
		{"ap-hosted/zyte-82b6d780c792.html", "https://hosted.ap.org/berkshireeagle/article/6486944b076b4df99a583a3a7c85574d/unpredictable-sondland-faces-questions-about-trump-ukraine",
			"site:hosted.ap.org", "2019-11-20T05:52:20-05:00", "meta:article:published_time",
			"WASHINGTON (AP) — Ambassador Gordon Sondland", []string{"contributed to this report", "Copyright"}},
		{"bbc/zyte-c7e39ac49fa1.html", "https://www.bbc.com/news/world-europe-50473792",
			"site:www.bbc.com", "2019-11-19T17:42:40Z", "json-ld:datePublished",
			"Prosecutors in Sweden have dropped an investigation", []string{"Share this with", "Related Topics", "image copyright"}},
		{"aljazeera/zyte-7916ecca969f.html", "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html",
			"site:www.aljazeera.com", "2019-11-20T08:00:58Z", "time",
			"Two United States service members have been killed", []string{"More:", "Source:"}},
		{"afpbb/japanese_article2.html", "http://www.afpbb.com/articles/-/3178894",
			"site:www.afpbb.com", "2018-06-18T01:01:00Z", "meta:epoch-publish-date",
			"【6月18日 AFP】", []string{"このニュースをシェア", "発信地"}},
		{"dw/dw.com.colonial.html", "https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881",
			"site:www.dw.com", "2020-01-19T00:00:00+01:00", "site:time",
			"Berlin's relationship with its colonial history", []string{"DW recommends", "Permalink", "Feedback"}},
		{"scmp/scmp.com.playbook.html", "https://www.scmp.com/comment/opinion/article/3046526/taiwanese-president-tsai-ing-wens-political-playbook-lesson-carrie-lam",
			"json-ld", "2020-01-20T10:00:08+08:00", "json-ld:datePublished",
			"Taiwanese President Tsai Ing-wen’s spectacular re-election", []string{"Photo: AP"}},
	}
	s := New()
	for _, tc := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(tc.file), ".html"), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Skip(err)
			}
			r, err := s.Strip(src, tc.url, Options{})
			if err != nil {
				t.Fatalf("Strip: %v", err)
			}
			if r.Path != tc.path {
				t.Errorf("path = %q, want %q", r.Path, tc.path)
			}
			if got := r.Published.Format(time.RFC3339); got != tc.published || r.PublishedSource != tc.src {
				t.Errorf("published = %s from %q, want %s from %q", got, r.PublishedSource, tc.published, tc.src)
			}
			if !strings.HasPrefix(r.Text, tc.start) {
				t.Errorf("text starts %q, want %q", r.Text[:min(len(r.Text), 120)], tc.start)
			}
			for _, a := range tc.absent {
				if i := strings.Index(r.Text, a); i >= 0 {
					t.Errorf("text holds %q: ...%s...", a, r.Text[max(0, i-60):min(len(r.Text), i+60)])
				}
			}
		})
	}
}
