package feed

import (
	"encoding/xml"
	"fmt"
	"io"
	"time"
)

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Created string        `xml:"head>dateCreated,omitempty"`
	Outline []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Type     string `xml:"type,attr"`
	Text     string `xml:"text,attr"`
	Title    string `xml:"title,attr,omitempty"`
	XMLURL   string `xml:"xmlUrl,attr"`
	Interval string `xml:"interval,attr,omitempty"`
	Selector string `xml:"selector,attr,omitempty"`
}

// WriteOPML writes feeds as an OPML 2.0 subscription list, one outline
// per feed, that feed readers import. A feed's interval and selector go
// in attributes of their own ("interval", "selector"), which other readers
// ignore and ParseOPML reads back.
func WriteOPML(w io.Writer, title string, feeds []Source, now time.Time) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	if !now.IsZero() {
		doc.Created = now.UTC().Format(time.RFC1123Z)
	}
	for _, f := range feeds {
		text := f.Name
		if text == "" {
			text = f.URL
		}
		o := opmlOutline{Type: "rss", Text: text, XMLURL: f.URL, Selector: f.Selector}
		if f.Name != "" {
			o.Title = f.Name
		}
		if f.Interval > 0 {
			o.Interval = f.Interval.String()
		}
		doc.Outline = append(doc.Outline, o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
