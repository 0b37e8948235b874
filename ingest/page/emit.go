package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	exttext "github.com/eventwire/eventwire/extract/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// emitter turns chosen blocks into paragraphs: one per block element
// (paragraph, heading, list item, quote, cell), whitespace collapsed,
// widgets and page furniture dropped.
type emitter struct {
	p     *pageState
	paras []string
	buf   []byte
	runes int // runes in buf
	links int // runes in buf inside links
	space bool
	inA   int
	kind  atom.Atom // the block element buf belongs to
	lists []bool    // per open list: true when it is mostly links (a menu)
}

func newEmitter(p *pageState) *emitter {
	return &emitter{p: p, space: true}
}

func (e *emitter) text() string {
	e.flush()
	return strings.Join(e.paras, "\n\n")
}

func (e *emitter) walk(n *html.Node) {
	if n.Type != html.ElementNode || e.p.pruned[n] {
		return
	}
	a := n.DataAtom
	switch a {
	case atom.Br:
		e.newline()
		return
	case atom.Hr, atom.Img:
		return
	}
	blk := blockTag(a)
	if a == atom.Td || a == atom.Th {
		// Cells of a row read as one line.
		blk = false
		e.add(" ")
	}
	if blk {
		e.flush()
		e.kind = a
	}
	if a == atom.A {
		e.inA++
	}
	if a == atom.Ul || a == atom.Ol {
		text, links := e.p.linkRunes(n)
		e.lists = append(e.lists, text > 0 && links*10 >= text*7)
		defer func() { e.lists = e.lists[:len(e.lists)-1] }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			e.add(c.Data)
		case html.ElementNode:
			e.walk(c)
		}
	}
	if a == atom.A {
		e.inA--
	}
	if blk {
		e.kind = a
		e.flush()
	}
}

func (e *emitter) add(s string) {
	for _, r := range s {
		if isSpace(r) {
			if !e.space {
				e.buf = append(e.buf, ' ')
				e.space = true
				e.runes++
				if e.inA > 0 {
					e.links++
				}
			}
			continue
		}
		if r == 0x200B || r == 0xFEFF || r == 0xAD || r == utf8.RuneError {
			continue // zero-width and soft hyphen; U+FFFD from bad input
		}
		e.buf = utf8.AppendRune(e.buf, r)
		e.space = false
		e.runes++
		if e.inA > 0 {
			e.links++
		}
	}
}

func (e *emitter) newline() {
	for len(e.buf) > 0 && e.buf[len(e.buf)-1] == ' ' {
		e.buf = e.buf[:len(e.buf)-1]
	}
	if len(e.buf) > 0 && e.buf[len(e.buf)-1] != '\n' {
		e.buf = append(e.buf, '\n')
		e.runes++
	}
	e.space = true
}

func (e *emitter) flush() {
	b := e.buf
	runes, links, kind := e.runes, e.links, e.kind
	e.buf, e.runes, e.links, e.space = b[:0], 0, 0, true
	t := strings.TrimSpace(string(b))
	if t == "" {
		return
	}
	if strings.IndexByte(t, '\n') >= 0 {
		t = e.p.cleanLines(t)
		if t == "" {
			return
		}
	}
	if !e.keep(t, runes, links, kind) {
		return
	}
	e.paras = append(e.paras, t)
}

// cleanLines trims the lines of a block broken by <br> and drops the
// junk ones ("reporter@example.com", "(END)").
func (p *pageState) cleanLines(t string) string {
	lines := strings.Split(t, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && (utf8.RuneCountInString(l) >= maxJunkRunes || !p.junkLine(l)) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// keep decides whether a block is article text.
func (e *emitter) keep(t string, runes, links int, kind atom.Atom) bool {
	p := e.p
	if kind == atom.H1 {
		return false // the headline
	}
	if links > 0 && runes < 400 {
		// Navigation, related links, tag lists. A paragraph is prose
		// unless it is nearly all link ("Read more: <a>...</a>").
		// A list item is prose unless its list is a menu.
		if kind == atom.Li && len(e.lists) > 0 && !e.lists[len(e.lists)-1] {
			if links*20 >= runes*19 {
				return false
			}
		} else if links*5 >= runes*4 || kind != atom.P && links*2 >= runes && runes-links < 40 {
			return false
		}
	}
	if runes < maxJunkRunes && p.junkLine(t) {
		return false
	}
	return true
}

// maxJunkRunes bounds the blocks that junkLine judges: longer ones are
// prose. The widget patterns bound their own lengths too.
const maxJunkRunes = 300

// junkLine reports a short line that is page furniture: a widget phrase,
// the headline again, a byline, a time stamp or a bare dateline.
func (p *pageState) junkLine(t string) bool {
	if p.rules.boilerplate.match(strings.ToLower(t)) {
		return true
	}
	if p.isTitle(t) {
		return true
	}
	if isByline(t, p.rules.nameParticles) {
		if p.byline == "" {
			p.byline = t
		}
		return true
	}
	if p.dateOnly(t) {
		return true
	}
	if mayBeDateline(t) {
		if d := exttext.FindDateline(t); d != nil && d.Start == 0 && strings.TrimSpace(t[d.End:]) == "" {
			if p.dateline == "" {
				p.dateline = t
			}
			return true
		}
	}
	return !hasLetterOrDigit(t)
}

func hasLetterOrDigit(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isByline reports a short "By Jane Doe" line: after "By", only
// capitalized words, agency names and name particles ("By Jane Doe and
// John Roe, Associated Press"), so that "By Tuesday it was over." stays.
func isByline(t string, particles map[string]bool) bool {
	l := strings.ToLower(t)
	for _, pre := range []string{"by ", "written by ", "words by ", "story by ", "text by ", "by: "} {
		if !strings.HasPrefix(l, pre) {
			continue
		}
		words := strings.Fields(t[len(pre):])
		if len(words) == 0 || len(words) > 12 {
			return false
		}
		for _, w := range words {
			w = strings.Trim(w, ",.;:|()")
			if w == "" || particles[strings.ToLower(w)] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	return false
}

// dateOnly reports a line that is only a date or time stamp ("Updated
// 3:45 PM ET Tue, Nov 19, 2019"), which belongs to the page, not the story.
func (p *pageState) dateOnly(t string) bool {
	if len(t) > 120 || strings.IndexAny(t, "0123456789") < 0 {
		return false
	}
	digits, strong := false, strings.Contains(t, "/")
	for _, f := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return isSpace(r) || r == ',' || r == '|' || r == '/' || r == '(' || r == ')' || r == '•' || r == '·' || r == '–' || r == '—'
	}) {
		f = strings.Trim(f, ".:-")
		if f == "" {
			continue
		}
		if f[0] >= '0' && f[0] <= '9' {
			rest := strings.TrimLeft(f, "0123456789:.-h")
			if rest != "" && !p.rules.dateWords[rest] {
				return false
			}
			if strings.ContainsAny(f, ":-") || rest != "" {
				strong = true
			}
			digits = true
			continue
		}
		if !p.rules.dateWords[f] {
			return false
		}
		if len(f) > 2 {
			strong = true
		}
	}
	return digits && strong
}

// mayBeDateline is a cheap test before the dateline pattern: a
// dateline-only block ends with its separator.
func mayBeDateline(t string) bool {
	t = strings.TrimRight(t, " ")
	return strings.HasSuffix(t, "-") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, ":")
}
