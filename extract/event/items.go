package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
)

type itemKind uint8

const (
	itemWord itemKind = iota
	itemPunct
	itemMention
)

// item is one unit of a sentence as the rules see it: a word, a punctuation
// mark, or a whole mention ("South Korea", "960 billion won").
type item struct {
	kind       itemKind
	start, end int    // byte offsets into the text
	word       string // lower-case word, or the punctuation mark
	upper      bool   // the word starts with a capital letter
	mention    int    // index into Doc.Mentions, for itemMention
	possessive bool   // a mention followed by 's, which the item covers
	location   bool   // a location mention
	flags      uint16 // the word's closed classes (words.go), set by wordFlags
}

// splitItems cuts text[start:end] into items. ms are indexes of the
// sentence's mentions, sorted by start; a mention that overlaps an earlier
// one is left out of the items.
func splitItems(text string, start, end int, ms []int, mentions []extract.Mention, out []item) []item {
	out = out[:0]
	mi := 0
	p := start
	for p < end {
		for mi < len(ms) && mentions[ms[mi]].Start < p {
			mi++ // overlaps an item already cut
		}
		if mi < len(ms) && mentions[ms[mi]].Start == p {
			m := &mentions[ms[mi]]
			it := item{kind: itemMention, start: m.Start, end: min(m.End, end), mention: ms[mi], location: m.Location != nil}
			q := it.end
			for _, s := range [...]string{"'s", "’s", "'", "’"} {
				if strings.HasPrefix(text[q:end], s) && (q+len(s) == end || !isWordByte(text[q+len(s)])) {
					it.possessive = true
					it.end = q + len(s)
					break
				}
			}
			out = append(out, it)
			p = it.end
			mi++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[p:end])
		if unicode.IsSpace(r) {
			p += size
			continue
		}
		limit := end
		if mi < len(ms) && mentions[ms[mi]].Start < limit {
			limit = mentions[ms[mi]].Start
		}
		if !isWordRune(r) {
			out = append(out, item{kind: itemPunct, start: p, end: p + size, word: text[p : p+size]})
			p += size
			continue
		}
		q := p + size
		for q < limit {
			if c := text[q]; c < utf8.RuneSelf {
				// ASCII: letters and digits go on, other bytes end the
				// word unless they join two words ("cost-sharing").
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
					q++
					continue
				}
				if (c == '-' || c == '\'' || c == '.') && q+1 < limit && isWordByte(text[q+1]) {
					if r3, _ := utf8.DecodeRuneInString(text[q+1 : limit]); isWordRune(r3) {
						q++
						continue
					}
				}
				break
			}
			r2, s2 := utf8.DecodeRuneInString(text[q:limit])
			if isWordRune(r2) {
				q += s2
				continue
			}
			// Inner hyphens, apostrophes and periods stay in the word
			// ("cost-sharing", "don't", "U.S").
			if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.') && q+s2 < limit {
				if r3, _ := utf8.DecodeRuneInString(text[q+s2 : limit]); isWordRune(r3) {
					q += s2
					continue
				}
			}
			break
		}
		out = append(out, item{kind: itemWord, start: p, end: q, word: lower(text[p:q]), upper: unicode.IsUpper(r)})
		p = q
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// lower lower-cases s, without allocating when it already is or when it
// is one of the words that most often open a sentence.
func lower(s string) string {
	switch s {
	case "The":
		return "the"
	case "He":
		return "he"
	case "She":
		return "she"
	case "It":
		return "it"
	case "They":
		return "they"
	case "In":
		return "in"
	case "A":
		return "a"
	case "But":
		return "but"
	case "On":
		return "on"
	case "This":
		return "this"
	case "At":
		return "at"
	case "We":
		return "we"
	case "I":
		return "i"
	case "Police":
		return "police"
	case "After":
		return "after"
	case "And":
		return "and"
	case "As":
		return "as"
	case "Mr":
		return "mr"
	case "President":
		return "president"
	case "Minister":
		return "minister"
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
