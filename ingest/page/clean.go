package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkTag reports elements that never hold article text.
func junkTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
		atom.Input, atom.Button, atom.Select, atom.Textarea, atom.Option, atom.Label,
		atom.Nav, atom.Aside, atom.Footer, atom.Figure, atom.Figcaption, atom.Dialog,
		atom.Link, atom.Meta, atom.Head, atom.Frameset, atom.Frame, atom.Map, atom.Area, atom.Picture, atom.Source:
		return true
	}
	return false
}

// hidden reports elements a reader never sees. aria-hidden alone counts
// only on small blocks: pages mark their whole content aria-hidden while a
// cookie or login dialog is open.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" && textRunes(n) < 200 {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// protectedTag reports elements that class hints never prune.
func protectedTag(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return false
}

type negEntry struct {
	n    *html.Node
	para int
}

// clean removes junk elements and hidden ones from the tree, and lists the
// elements whose class or id marks them as widgets together with the
// paragraph text they hold. It returns the paragraph text under n, in runes.
func (p *pageState) clean(n *html.Node, negs *[]negEntry) int {
	para := 0
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if junkTag(c.DataAtom) || hidden(c) {
				n.RemoveChild(c)
				break
			}
			p.elements++
			l := p.clean(c, negs)
			if c.DataAtom == atom.Span && hoverCard(c) {
				n.RemoveChild(c)
				break
			}
			if c.DataAtom == atom.Header && textRunes(c) < 500 {
				// A story's header: headline, byline, date, kicker.
				n.RemoveChild(c)
				break
			}
			if c.DataAtom == atom.P || c.DataAtom == atom.Pre {
				l = textRunes(c)
			}
			para += l
			if h := p.hint(c); (h == -2 || h == -1 && containerTag(c.DataAtom)) && !protectedTag(c.DataAtom) && !embedsPost(c) {
				*negs = append(*negs, negEntry{c, l})
			}
		}
		c = next
	}
	return para
}

// hint weighs an element's class and id (the lowest of their valueHint,
// else +1 for a likely article), caching per attribute value:
// pages repeat the same class names many times.
func (p *pageState) hint(n *html.Node) int {
	h := 0
	for _, a := range n.Attr {
		if (a.Key != "class" && a.Key != "id") || a.Val == "" {
			continue
		}
		v, ok := p.hints[a.Val]
		if !ok {
			v = p.rules.valueHint(a.Val)
			if p.hints == nil {
				p.hints = make(map[string]int8, 64)
			}
			p.hints[a.Val] = v
		}
		switch {
		case v < 0:
			h = min(h, int(v))
		case v > 0 && h == 0:
			h = 1
		}
	}
	return h
}

// textRunes counts the runes of n's text with runs of white space as one.
func textRunes(n *html.Node) int {
	cnt := 0
	space := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				for _, r := range c.Data {
					if isSpace(r) {
						if !space {
							cnt++
							space = true
						}
						continue
					}
					cnt++
					space = false
				}
			} else if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(n)
	return cnt
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x3000:
		return true
	}
	return false
}

// embedsPost reports a wrapper of an embedded social post (a tweet is a
// <blockquote> inside a "social-embed" block): quoted posts are part of
// the story.
func embedsPost(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Blockquote {
				return true
			}
			if c.DataAtom == atom.Div && embedsPost(c) {
				return true
			}
		}
	}
	return false
}

// hoverCard reports an inline box that pops up over a linked name (a
// picture and links to the person's page and stories): the name's link
// stays in the text, the card does not.
func hoverCard(n *html.Node) bool {
	inPara := false
	for a := n.Parent; a != nil && !inPara; a = a.Parent {
		if a.DataAtom == atom.P {
			inPara = true
		} else if blockTag(a.DataAtom) {
			break
		}
	}
	if !inPara {
		return false
	}
	img, links := false, 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Img:
				img = true
			case atom.A:
				links++
			}
			walk(c)
		}
	}
	walk(n)
	return img && links >= 2
}

// containerTag reports elements that group blocks. Weak furniture names
// ("title", "meta", "header") prune only these: on a paragraph or a
// phrase ("p.title", "span#productTitle") they are too weak to drop text.
func containerTag(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Form, atom.Center:
		return true
	}
	return false
}

// linkRunes counts the runes of n's text, and of the part inside links,
// skipping pruned blocks.
func (p *pageState) linkRunes(n *html.Node) (text, links int) {
	var walk func(n *html.Node, inA bool)
	walk = func(n *html.Node, inA bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				k := 0
				for _, r := range c.Data {
					if !isSpace(r) {
						k++
					}
				}
				text += k
				if inA {
					links += k
				}
			case html.ElementNode:
				if !p.pruned[c] {
					walk(c, inA || c.DataAtom == atom.A)
				}
			}
		}
	}
	walk(n, n.DataAtom == atom.A)
	return text, links
}
