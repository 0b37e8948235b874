package feed

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// ParseOPML reads the feeds of an OPML file (1.0 or 2.0): every <outline>
// with an xmlUrl attribute, at any depth, named by its title or text; the
// outlines it sits in give its Category. A URL listed twice is kept once.
// Errors are *ListError with the line where the problem is.
func ParseOPML(r io.Reader) ([]Source, error) {
	d := xml.NewDecoder(r)
	// OPML files come out of many tools; bare ampersands and HTML
	// entities in titles are common and harmless.
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel

	var (
		out     []Source
		seen    = map[string]bool{}
		folders []string // names of the enclosing outlines
		depth   int
		sawRoot bool
	)
	fail := func(err error) ([]Source, error) {
		line, _ := d.InputPos()
		return nil, &ListError{Format: "opml", Line: line, Err: err}
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, &ListError{Format: "opml", Line: se.Line, Err: errors.New(se.Msg)}
			}
			return fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if depth == 0 {
				if name != "opml" {
					return fail(fmt.Errorf("root element is <%s>, not <opml>", t.Name.Local))
				}
				sawRoot = true
			}
			depth++
			if name != "outline" {
				continue
			}
			var xmlURL, title, text, selector string
			var interval time.Duration
			for _, a := range t.Attr {
				switch strings.ToLower(a.Name.Local) {
				case "interval":
					// eventwire's own attributes, written by WriteOPML
					// so that an export imports back whole.
					if d, err := time.ParseDuration(strings.TrimSpace(a.Value)); err == nil && d > 0 {
						interval = d
					}
				case "selector":
					selector = strings.TrimSpace(a.Value)
				case "xmlurl":
					xmlURL = strings.TrimSpace(a.Value)
				case "title":
					title = strings.TrimSpace(a.Value)
				case "text":
					text = strings.TrimSpace(a.Value)
				}
			}
			label := title
			if label == "" {
				label = text
			}
			if xmlURL != "" {
				if err := checkFeedURL(xmlURL); err != nil {
					return fail(fmt.Errorf("outline %q: %w", label, err))
				}
				if !seen[xmlURL] {
					seen[xmlURL] = true
					out = append(out, Source{URL: xmlURL, Name: label, Interval: interval, Selector: selector, Category: strings.Join(nonEmpty(folders), "/")})
				}
			}
			folders = append(folders, label)
		case xml.EndElement:
			depth--
			if strings.EqualFold(t.Name.Local, "outline") && len(folders) > 0 {
				folders = folders[:len(folders)-1]
			}
		}
	}
	if !sawRoot {
		return nil, &ListError{Format: "opml", Err: errors.New("no <opml> element")}
	}
	if len(out) == 0 {
		return nil, &ListError{Format: "opml", Err: ErrNoFeeds}
	}
	return out, nil
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
