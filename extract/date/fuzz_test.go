package date

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

func FuzzExtract(f *testing.F) {
	seeds := []string{
		"Officials said Wednesday that talks would resume Dec. 31, 2018, at 10 a.m.",
		"since 1991; in mid-November; the 1990s; fiscal 2019; Q2 2018; 12/31/2018; 2018-04-11T14:00",
		"28,500 troops, $1.5 billion, Article 5, Route 66, the 2-1 win",
		"two weeks ago, a year earlier, the past two years, every year, weekly, now",
		"Sept.", "May", "the", "'90s", "1990s", "noon", "a.m.", "5 1/2 hours", "\u2019", "2018-13-45",
		"SEOUL, Dec. 12 (Yonhap) -- talks started Wednesday\u2014 \u00a0Friday morning 12\u00a0p.m.",
		"WASHINGTON, Jan. 5, 2019 (AP) -- talks started Wednesday and resume next month",
		"\xff\xfe invalid \xc3 utf8 Dec. 3",
		"1-3 pm Monday; from 8 p.m. Sunday to 8 a.m. Wednesday; between 10 and 11:30 this morning; 19:00 - 21:00; 11 p.m.-2 a.m.; from 2 p.m. until tomorrow 6 a.m.",
		"from midnight for 30 hours; within 5 minutes; every day at 7:15 p.m.; Tuesdays at 9 a.m.; tonight from 9 to 10:30",
		"the 1957-58 recession, 1999-00, 2009-2010, 5/1-5/7, 2020, 3/4-1/2, from the 9th to the 17th of April, the 15th of next month",
		"almost a hundred years, up to 180 days, around Jan. 15, the next year or so, mid-afternoon yesterday, this past weekend, at present",
	}
	if b, err := os.ReadFile("testdata/article.txt"); err == nil {
		seeds = append(seeds, string(b))
	}
	for _, s := range seeds {
		f.Add(s, int64(1544605200))
		f.Add(s, int64(0))
	}
	e := New()
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var pub time.Time
		if unix != 0 {
			pub = time.Unix(unix%(1<<34), 0).UTC()
		}
		d := &extract.Doc{Text: text, Published: pub, Dateline: extract.FindDateline(text)}
		ms := e.Extract(d)
		prevEnd := 0
		for _, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %q has bad span [%d,%d) in %d bytes", m.Text, m.Start, m.End, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("text[%d:%d] = %q, mention text %q", m.Start, m.End, text[m.Start:m.End], m.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %q cuts a character", m.Text)
			}
			if m.Start < prevEnd {
				t.Fatalf("mention %q at %d overlaps the previous one ending at %d", m.Text, m.Start, prevEnd)
			}
			prevEnd = m.End
			if m.Type != extract.TypeDate || m.Date == nil || m.Date.Value == "" || m.Rule == "" {
				t.Fatalf("mention %+v lacks type, payload, value or rule", m)
			}
			if pub.IsZero() && m.Date.Anchored && !strings.HasSuffix(m.Rule, ruleDatelineAnchor) {
				t.Fatalf("mention %q anchored without a publication time or a dateline anchor", m.Text)
			}
		}
		if again := e.Extract(d); !reflect.DeepEqual(ms, again) {
			t.Fatalf("Extract(%q) is not deterministic", text)
		}
	})
}
