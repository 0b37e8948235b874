package page

import (
	"math"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageState is one Strip call's working data.
type pageState struct {
	root  *html.Node
	body  *html.Node
	base  *url.URL
	site  *siteRule
	loc   *time.Location
	rules *ruleSet
	opts  *Options

	head   headInfo
	hints  map[string]int8
	pruned map[*html.Node]bool
	stats  map[*html.Node]*nstat

	titleKeys []string // normalized headline variants, never body text
	titleMin  int      // byte lengths outside [titleMin, titleMax] are no headline
	titleMax  int
	byline    string // a "By ..." line seen in the body
	dateline  string // a dateline-only paragraph seen in the body
	siteTime  string // text of the site rule's time element
	elements  int    // elements left after clean, to size maps
}

// extractBody returns the article text and the path that produced it.
func (p *pageState) extractBody(sel *compiledSel) (string, string) {
	p.body = findBody(p.root)
	if p.body == nil {
		return "", "generic"
	}
	var negs []negEntry
	total := p.clean(p.body, &negs)
	p.pruned = make(map[*html.Node]bool, len(negs))
	for _, e := range negs {
		// A widget class on the block that holds most of the page's
		// paragraphs is a naming accident ("has-sidebar"), not a widget.
		if e.para*10 < total*4 || total == 0 {
			p.pruned[e.n] = true
		}
	}
	if sel != nil {
		if t := p.emitSel([]*compiledSel{sel}, nil, 1); t != "" {
			return t, "selector"
		}
	}
	if p.site != nil && len(p.site.body) > 0 {
		// Too little text means the site changed its layout: fall back.
		if t := p.emitSel(p.site.body, p.site.drop, minSiteText); t != "" {
			return t, "site:" + p.site.host
		}
	}
	if p.site != nil {
		for _, d := range p.site.drop {
			for _, n := range d.matchAll(p.body) {
				p.pruned[n] = true
			}
		}
	}
	t := p.generic()
	if utf8.RuneCountInString(t) < 200 && len(p.pruned) > 0 {
		// Class hints can be wrong about a whole page; try without them.
		saved := p.pruned
		p.pruned = map[*html.Node]bool{}
		if t2 := p.generic(); utf8.RuneCountInString(t2) > 2*utf8.RuneCountInString(t)+100 {
			t = t2
		}
		p.pruned = saved
	}
	// Pages that render their story with script often carry it whole in
	// JSON-LD articleBody.
	if n := utf8.RuneCountInString(t); n < 1000 {
		if ab := ldString(p.head.ldjson, "articleBody"); utf8.RuneCountInString(ab) > 2*n+200 {
			return ldBodyText(ab), "json-ld"
		}
	}
	return t, "generic"
}

// minSiteText is the least text, in runes, that a site rule's body must
// yield to be believed.
const minSiteText = 250

// ldBodyText turns a JSON-LD articleBody into paragraphs.
func ldBodyText(s string) string {
	var paras []string
	for _, l := range strings.Split(s, "\n") {
		if l = collapse(l); l != "" {
			paras = append(paras, l)
		}
	}
	return strings.Join(paras, "\n\n")
}

func findBody(root *html.Node) *html.Node {
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			for b := c.FirstChild; b != nil; b = b.NextSibling {
				if b.Type == html.ElementNode && b.DataAtom == atom.Body {
					return b
				}
			}
		}
	}
	return nil
}

// emitSel emits the outermost matches of the first body selector that
// yields at least minRunes of text, after pruning the drop selectors'
// matches; it returns "" when none does.
func (p *pageState) emitSel(body, drop []*compiledSel, minRunes int) string {
	for _, d := range drop {
		for _, n := range d.matchAll(p.body) {
			p.pruned[n] = true
		}
	}
	for _, b := range body {
		nodes := b.matchAll(p.body)
		if len(nodes) == 0 {
			continue
		}
		// Chosen blocks are the article: widget classes inside them still
		// count, but not on the blocks themselves.
		for _, n := range nodes {
			delete(p.pruned, n)
		}
		e := newEmitter(p)
		for _, n := range nodes {
			e.walk(n)
		}
		if t := e.text(); utf8.RuneCountInString(t) >= minRunes {
			return t
		}
	}
	return ""
}

// nstat is what the generic algorithm knows about an element.
type nstat struct {
	text, link int     // runes of text, and of text inside links
	score      float64 // paragraph score gathered from descendants
	scored     bool
}

// generic finds the article container by paragraph scores and emits it
// with the siblings that look like more of it.
func (p *pageState) generic() string {
	p.stats = make(map[*html.Node]*nstat, p.elements+1)
	var cands []*html.Node
	p.measure(p.body, &cands)
	if len(cands) == 0 {
		e := newEmitter(p)
		e.walk(p.body)
		return e.text()
	}
	final := func(n *html.Node) float64 {
		s := p.stats[n]
		return s.score * (1 - p.linkDensity(n))
	}
	sort.SliceStable(cands, func(i, j int) bool { return final(cands[i]) > final(cands[j]) })
	top := cands[0]
	topScore := final(top)

	// Several strong candidates under one ancestor: the article is split
	// into blocks (paragraph groups between ads), so take the ancestor.
	var alts []*html.Node
	for _, c := range cands[1:min(len(cands), 5)] {
		if final(c) >= topScore*0.75 {
			alts = append(alts, c)
		}
	}
	if len(alts) >= 2 {
		for a := top.Parent; a != nil && a != p.body.Parent; a = a.Parent {
			k := 0
			for _, c := range alts {
				if contains(a, c) {
					k++
				}
			}
			if k >= 2 {
				top = a
				break
			}
		}
	}
	// Climb while the parent is the better container.
	last := p.scoreOf(top)
	floor := last / 3
	for a := top.Parent; a != nil && a != p.body.Parent; a = a.Parent {
		s, ok := p.stats[a]
		if !ok || !s.scored {
			continue
		}
		ps := s.score
		if ps < floor {
			break
		}
		if ps > last {
			top = a
			break
		}
		last = ps
	}
	for top != p.body && top.Parent != nil && onlyElementChild(top) {
		top = top.Parent
	}
	topScore = p.scoreOf(top) * (1 - p.linkDensity(top))

	chosen := map[*html.Node]bool{top: true}
	if parent := top.Parent; parent != nil && top != p.body {
		threshold := math.Max(10, topScore*0.2)
		cls := attr(top, "class")
		for s := parent.FirstChild; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode || p.pruned[s] || s == top {
				continue
			}
			st := p.stats[s]
			if st == nil {
				continue
			}
			bonus := 0.0
			if cls != "" && attr(s, "class") == cls {
				bonus = topScore * 0.2
			}
			if st.scored && st.score*(1-p.linkDensity(s))+bonus >= threshold {
				chosen[s] = true
				continue
			}
			if s.DataAtom == atom.P {
				ld := p.linkDensity(s)
				if st.text > 80 && ld < 0.25 {
					chosen[s] = true
				} else if st.text > 0 && st.text <= 80 && ld == 0 && endsSentence(s) {
					chosen[s] = true
				}
			}
		}
	}
	// An article split into blocks of one class (paragraph groups between
	// ads and asides) may sit in several places: take the other blocks of
	// the best candidate's class too.
	if best := cands[0]; attr(best, "class") != "" {
		cls, bs := attr(best, "class"), final(best)
		for _, c := range cands[1:] {
			if attr(c, "class") != cls || final(c) < math.Max(10, bs*0.2) || chosen[c] {
				continue
			}
			inside := false
			for n := range chosen {
				if contains(n, c) || contains(c, n) {
					inside = true
					break
				}
			}
			if !inside {
				chosen[c] = true
			}
		}
	}
	e := newEmitter(p)
	if len(chosen) == 1 {
		e.walk(top)
	} else {
		p.walkChosen(p.body, chosen, e)
	}
	return e.text()
}

// walkChosen emits the chosen blocks in document order.
func (p *pageState) walkChosen(n *html.Node, chosen map[*html.Node]bool, e *emitter) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || p.pruned[c] {
			continue
		}
		if chosen[c] {
			e.walk(c)
			continue
		}
		p.walkChosen(c, chosen, e)
	}
}

func (p *pageState) scoreOf(n *html.Node) float64 {
	if s := p.stats[n]; s != nil {
		return s.score
	}
	return 0
}

func (p *pageState) linkDensity(n *html.Node) float64 {
	s := p.stats[n]
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

func onlyElementChild(n *html.Node) bool {
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == n {
			continue
		}
		if s.Type == html.ElementNode {
			return false
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}

func endsSentence(n *html.Node) bool {
	var b strings.Builder
	collectText(n, &b)
	t := strings.TrimSpace(b.String())
	return strings.HasSuffix(t, ".") || strings.Contains(t, ". ")
}

func collectText(n *html.Node, b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else if c.Type == html.ElementNode {
			collectText(c, b)
		}
	}
}

// measure fills p.stats bottom-up and scores paragraphs into their
// ancestors. It returns n's text and link runes, whether n holds a block
// element, and the commas of its text.
func (p *pageState) measure(n *html.Node, cands *[]*html.Node) (text, link, commas int, block bool) {
	direct, directCommas := 0, 0
	space := true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t, cm := countText(c.Data, &space)
			text += t
			commas += cm
			direct += t
			directCommas += cm
		case html.ElementNode:
			if p.pruned[c] {
				continue
			}
			t, l, cm, b := p.measure(c, cands)
			if c.DataAtom == atom.A {
				l = t
			}
			text += t
			link += l
			commas += cm
			if b || blockTag(c.DataAtom) {
				block = true
			} else {
				direct += t
				directCommas += cm
			}
		}
	}
	if st := p.stats[n]; st != nil {
		st.text, st.link = text, link
	} else {
		p.stats[n] = &nstat{text: text, link: link}
	}
	switch {
	case n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Td || n.DataAtom == atom.Blockquote:
		p.scorePara(n, text, commas, link, cands, 1)
	case !block && divLike(n.DataAtom):
		p.scorePara(n, text, commas, link, cands, 1)
	case block && direct >= 25 && divLike(n.DataAtom):
		// Loose text between blocks (<div>text<br><br>text</div>) is a
		// paragraph whose container is n itself.
		p.scorePara(n, direct, directCommas, 0, cands, 0)
	}
	return text, link, commas, block
}

// scorePara credits a paragraph's score to its ancestors, starting skip
// levels up (0: n itself is the container).
func (p *pageState) scorePara(n *html.Node, runes, commas, link int, cands *[]*html.Node, skip int) {
	if runes < 25 || link*2 > runes {
		return
	}
	score := 1 + float64(commas) + math.Min(float64(runes)/100, 3)
	a := n
	for i := 0; i < skip && a != nil; i++ {
		a = a.Parent
	}
	for level := 0; a != nil && level < 5; level, a = level+1, a.Parent {
		if a.Type != html.ElementNode || a.DataAtom == atom.Html {
			break
		}
		st := p.stats[a]
		if st == nil {
			// Ancestors are measured after their children; keep a
			// placeholder that measure completes.
			st = &nstat{}
			p.stats[a] = st
		}
		if !st.scored {
			st.scored = true
			st.score += p.initialScore(a)
			*cands = append(*cands, a)
		}
		div := 1.0
		switch {
		case level == 1:
			div = 2
		case level > 1:
			div = float64(level * 3)
		}
		st.score += score / div
	}
}

func (p *pageState) initialScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	switch h := p.hint(n); {
	case h > 0:
		s += 25
	case h < 0:
		s -= 25
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		s += 10
	}
	return s
}

func countText(s string, space *bool) (runes, commas int) {
	for _, r := range s {
		if isSpace(r) {
			if !*space {
				runes++
				*space = true
			}
			continue
		}
		*space = false
		runes++
		if r == ',' || r == '，' || r == '、' {
			commas++
		}
	}
	return runes, commas
}

func divLike(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Font, atom.Center:
		return true
	}
	return false
}

func blockTag(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main,
		atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Caption, atom.Html:
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
