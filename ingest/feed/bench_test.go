package feed

import (
	"fmt"
	"strings"
	"testing"
)

// benchFeed is an RSS 2.0 feed of n wire items with relative links.
func benchFeed(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Wire</title><link>/</link>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Port operator books record quarter %d</title><link>/business/2026/03/story-%d</link><guid isPermaLink="false">bw-%d</guid><pubDate>Sun, 01 Mar 2026 09:15:00 +0000</pubDate><description>ROTTERDAM, March 1 (Bench Wire) - Volumes rose 7.2 percent, the operator said.</description><content:encoded><![CDATA[<p>ROTTERDAM, March 1 (Bench Wire) - The port operator said on Sunday that container volumes rose 7.2 percent to 3.9 million TEU in the quarter.</p>]]></content:encoded></item>`, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	body := benchFeed(50)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(body, "https://wire.example.org/feeds/main.xml"); err != nil {
			b.Fatal(err)
		}
	}
}
