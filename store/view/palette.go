package view

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
)

//go:embed types.tsv
var typesTSV string

// typeStyle is how one mention type looks.
type typeStyle struct {
	Type, Label        string
	Background, Border string
	// Summary names the fields whose values sum a mention up.
	Summary []string
	// Class is the CSS class of its highlights and legend chip.
	Class string
}

// palette holds the mention types the viewer knows, in the order of the
// legend, and the neutral style of any other type.
type palette struct {
	order []*typeStyle
	known map[string]*typeStyle
	other *typeStyle
}

var (
	typeName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	colour   = regexp.MustCompile(`^#[0-9a-f]{6}$`)
)

// loadPalette reads a types table: type, label, background, border and
// summary fields, tab-separated; "#" starts a comment line; the type "*"
// is the style of unlisted types and must be present.
func loadPalette(src string) (*palette, error) {
	p := &palette{known: map[string]*typeStyle{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("view: types line %d: %d fields, want 5 (type, label, background, border, summary)", n, len(f))
		}
		s := &typeStyle{Type: f[0], Label: f[1], Background: f[2], Border: f[3], Summary: strings.Fields(f[4])}
		if !colour.MatchString(s.Background) || !colour.MatchString(s.Border) {
			return nil, fmt.Errorf("view: types line %d: colours %q, %q: want #rrggbb in lower case", n, s.Background, s.Border)
		}
		switch {
		case s.Type == "*":
			if p.other != nil {
				return nil, fmt.Errorf("view: types line %d: a second \"*\" row", n)
			}
			s.Class = "t-other"
			p.other = s
		case typeName.MatchString(s.Type):
			if p.known[s.Type] != nil {
				return nil, fmt.Errorf("view: types line %d: type %q twice", n, s.Type)
			}
			s.Class = "t-" + s.Type
			p.known[s.Type] = s
			p.order = append(p.order, s)
		default:
			return nil, fmt.Errorf("view: types line %d: type %q: want lower-case letters, digits, _", n, s.Type)
		}
	}
	if p.other == nil {
		return nil, fmt.Errorf("view: types: no \"*\" row for unlisted types")
	}
	return p, nil
}

// style returns the style of a type, the neutral one if it is not listed.
func (p *palette) style(t string) *typeStyle {
	if s := p.known[t]; s != nil {
		return s
	}
	return p.other
}

// css is the stylesheet of the types: a highlight and a legend chip each.
func (p *palette) css() string {
	var b strings.Builder
	b.WriteString("/* Generated from types.tsv. */\n")
	for _, s := range append(p.order[:len(p.order):len(p.order)], p.other) {
		fmt.Fprintf(&b, ".%s{background:%s;border-bottom:2px solid %s}\n", s.Class, s.Background, s.Border)
		fmt.Fprintf(&b, ".chip.%s{border:1px solid %s}\n", s.Class, s.Border)
	}
	return b.String()
}

// legendEntry is one line of an article's legend.
type legendEntry struct {
	Type, Label, Class string
	Count              int
}

// legend lists the known types, then any other types the mentions have,
// each with its count.
func (p *palette) legend(ms []mention) []legendEntry {
	counts := map[string]int{}
	var others []string
	for _, m := range ms {
		if counts[m.Type] == 0 && p.known[m.Type] == nil {
			others = append(others, m.Type)
		}
		counts[m.Type]++
	}
	var out []legendEntry
	for _, s := range p.order {
		out = append(out, legendEntry{s.Type, s.Label, s.Class, counts[s.Type]})
	}
	for _, t := range others {
		out = append(out, legendEntry{t, t, p.other.Class, counts[t]})
	}
	return out
}
