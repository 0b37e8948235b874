package page

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

// boilerplate matches whole short blocks against the widget phrases of
// generic.json. One big alternation of bounded wildcards runs slowly in
// Go's regexp, so literal phrases go in a set and each pattern is its own
// regexp, tried only when the block holds the pattern's required literal.
type boilerplate struct {
	exact    map[string]bool
	patterns []bpPattern
}

type bpPattern struct {
	// needles: every match contains one of them; none means no filter.
	needles []string
	// all: literals every match contains.
	all []string
	// prefixes: a match starts with one of them; nil means any start.
	prefixes []string
	re       *regexp.Regexp
}

func compileBoilerplate(list []string) (boilerplate, error) {
	b := boilerplate{exact: map[string]bool{}}
	for _, src := range list {
		if regexp.QuoteMeta(src) == src {
			b.exact[src] = true
			continue
		}
		re, err := regexp.Compile(`^(?:` + src + `)$`)
		if err != nil {
			return b, fmt.Errorf("boilerplate %q: %w", src, err)
		}
		b.patterns = append(b.patterns, bpPattern{needles: requiredLiterals(src), all: literalParts(src), prefixes: leadingLiterals(src), re: re})
	}
	return b, nil
}

// requiredLiterals returns literals one of which every
// match must contain: a literal, or an alternation of literal-led
// branches, among the top-level parts of the pattern. It returns nil when
// it finds none.
func requiredLiterals(src string) []string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	var best []string
	score := 0 // the shortest needle's length: longer is more selective
	for _, part := range parts {
		for part.Op == syntax.OpCapture && len(part.Sub) == 1 {
			part = part.Sub[0]
		}
		var needles []string
		switch part.Op {
		case syntax.OpLiteral:
			needles = []string{literal(part)}
		case syntax.OpAlternate:
			for _, alt := range part.Sub {
				l := leadingLiteral(alt)
				if l == "" {
					needles = nil
					break
				}
				needles = append(needles, l)
			}
		}
		if len(needles) == 0 {
			continue
		}
		short := len(needles[0])
		for _, n := range needles {
			short = min(short, len(n))
		}
		if short > score {
			best, score = needles, short
		}
	}
	return best
}

func literal(r *syntax.Regexp) string {
	if r.Flags&syntax.FoldCase != 0 {
		return ""
	}
	return string(r.Rune)
}

// leadingLiteral returns the literal an expression must start with.
func leadingLiteral(r *syntax.Regexp) string {
	for r.Op == syntax.OpCapture && len(r.Sub) == 1 {
		r = r.Sub[0]
	}
	switch r.Op {
	case syntax.OpLiteral:
		return literal(r)
	case syntax.OpConcat:
		if len(r.Sub) > 0 {
			return leadingLiteral(r.Sub[0])
		}
	}
	return ""
}

// literalParts returns the literal top-level parts of a pattern, which
// every match contains.
func literalParts(src string) []string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	var out []string
	if re.Op != syntax.OpConcat {
		return nil
	}
	for _, part := range re.Sub {
		for part.Op == syntax.OpCapture && len(part.Sub) == 1 {
			part = part.Sub[0]
		}
		if part.Op == syntax.OpLiteral {
			if l := literal(part); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// leadingLiterals returns the literals one of which a match must start
// with, when the pattern starts with a literal or an alternation of
// literal-led branches; else nil.
func leadingLiterals(src string) []string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	head := re
	if re.Op == syntax.OpConcat && len(re.Sub) > 0 {
		head = re.Sub[0]
	}
	for head.Op == syntax.OpCapture && len(head.Sub) == 1 {
		head = head.Sub[0]
	}
	var out []string
	if head.Op == syntax.OpAlternate {
		for _, alt := range head.Sub {
			l := leadingLiteral(alt)
			if l == "" {
				return nil
			}
			out = append(out, l)
		}
		return out
	}
	if l := leadingLiteral(head); l != "" {
		return []string{l}
	}
	return nil
}

// match reports whether lower, a lower-cased block, is widget text.
func (b *boilerplate) match(lower string) bool {
	if b.exact[lower] {
		return true
	}
	for i := range b.patterns {
		p := &b.patterns[i]
		if p.prefixes != nil && !hasAnyPrefix(lower, p.prefixes) {
			continue
		}
		missing := false
		for _, l := range p.all {
			if !strings.Contains(lower, l) {
				missing = true
				break
			}
		}
		if missing {
			continue
		}
		if len(p.needles) > 0 {
			found := false
			for _, n := range p.needles {
				if strings.Contains(lower, n) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
		}
		if p.re.MatchString(lower) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
