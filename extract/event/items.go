package event

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

type itemKind uint8

const (
	itemWord itemKind = iota
	itemPunct
	itemMention
)

// item is one unit of a sentence as the rules see it: a word, a punctuation
// mark, or a whole mention ("South Korea", "960 billion won").
//
// The small fields come first, packed into one 8-byte word, so that an
// item is 56 bytes rather than 64: splitItems writes one per token and
// the rules walk them.
type item struct {
	kind       itemKind
	upper      bool   // the word starts with a capital letter
	flags      uint16 // the word's closed classes (words.go), set by wordFlags
	info       int32  // the word's place in lex.infos, set by classify; infoUnread before
	possessive bool   // a mention followed by 's, which the item covers
	location   bool   // a location mention
	start, end int    // byte offsets into the text
	word       string // lower-case word, or the punctuation mark
	mention    int    // index into Doc.Mentions, for itemMention
}

// splitItems cuts text[start:end] into items from toks, the text's tokens
// (extract/text) that lie in it. ms are indexes of the sentence's mentions,
// sorted by start; a mention that overlaps an earlier one is left out of
// the items. A word joins the tokens that an inner hyphen, apostrophe or
// period glues together ("cost-sharing", "don't", "U.S"), and a mention
// that starts or ends inside a token cuts it there.
//
// ascii says that text is all ASCII, so that every word is read from low
// (when low is not "") without a look at its bytes.
func splitItems(text, low string, ascii bool, toks []textpkg.Token, start, end int, ms []int, mentions []extract.Mention, out []item) []item {
	out = out[:0]
	ascii = ascii && low != ""
	mi, ti := 0, 0
	next := mentionStart(ms, mentions, 0) // the start of ms[mi]
	p := start
	for p < end {
		for next < p {
			mi++ // overlaps an item already cut
			next = mentionStart(ms, mentions, mi)
		}
		if next == p {
			m := &mentions[ms[mi]]
			it := item{kind: itemMention, start: m.Start, end: min(m.End, end), mention: ms[mi], location: m.Location != nil}
			// Every possessive ending starts with ' or ’ (0xE2 ...).
			if q := it.end; q < end && (text[q] == '\'' || text[q] == 0xE2) {
				for _, s := range [...]string{"'s", "’s", "'", "’"} {
					if strings.HasPrefix(text[q:end], s) && (q+len(s) == end || !isWordByte(text[q+len(s)])) {
						it.possessive = true
						it.end = q + len(s)
						break
					}
				}
			}
			out = append(out, it)
			p = it.end
			mi++
			next = mentionStart(ms, mentions, mi)
			continue
		}
		for ti < len(toks) && toks[ti].End <= p {
			ti++
		}
		limit := min(end, next)
		if ti == len(toks) || toks[ti].Start >= limit {
			p = limit // white space up to the next mention or the end
			continue
		}
		t := &toks[ti]
		from := max(t.Start, p)
		if !t.Word {
			out = append(out, item{kind: itemPunct, start: from, end: t.End, word: text[from:t.End]})
			p = t.End
			continue
		}
		q := min(t.End, limit)
		for q == toks[ti].End && ti+2 < len(toks) && glued(text, toks[ti:ti+3], limit) {
			ti += 2
			q = min(toks[ti].End, limit)
		}
		var w string
		if ascii {
			w = low[from:q]
		} else {
			w = lowerAt(text, low, from, q)
		}
		out = append(out, item{kind: itemWord, start: from, end: q, word: w, upper: startsUpper(text[from:q])})
		p = q
	}
	return out
}

// mentionStart is the start of mention ms[mi], or math.MaxInt past the
// last one.
func mentionStart(ms []int, mentions []extract.Mention, mi int) int {
	if mi < len(ms) {
		return mentions[ms[mi]].Start
	}
	return math.MaxInt
}

// sentenceTokens is textpkg.SentenceTokens with a binary search for the
// end too: the tokens' ends rise with their starts, and the walk to the
// sentence's end was a pass over every token of the text.
func sentenceTokens(toks []textpkg.Token, s extract.Sentence) []textpkg.Token {
	lo, _ := slices.BinarySearchFunc(toks, s.Start, func(t textpkg.Token, start int) int { return cmp.Compare(t.Start, start) })
	hi, _ := slices.BinarySearchFunc(toks[lo:], s.End+1, func(t textpkg.Token, end int) int { return cmp.Compare(t.End, end) })
	return toks[lo : lo+hi]
}

// sentenceTokens returns the tokens of sentence s as sentenceTokens
// does, walking on from where the last sentence's tokens ended: Events
// reads the sentences in order, so each token is passed once per document
// rather than once per binary search step.
func (db *docBuilder) sentenceTokens(s extract.Sentence) []textpkg.Token {
	toks := db.tokens
	lo := db.tokAt
	if lo > len(toks) || lo > 0 && toks[lo-1].Start >= s.Start {
		return sentenceTokens(toks, s) // out of order: not from Events
	}
	for lo < len(toks) && toks[lo].Start < s.Start {
		lo++
	}
	hi := lo
	for hi < len(toks) && toks[hi].End <= s.End {
		hi++
	}
	db.tokAt = hi
	return toks[lo:hi]
}

// startsUpper reports whether s starts with an upper-case letter, with a
// test of the first byte for ASCII (most words).
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// glued reports whether t[1] is a hyphen, apostrophe or period that joins
// the words t[0] and t[2] into one ("cost-sharing", "don't", "U.S"), with
// no space around it and the second word before limit.
func glued(text string, t []textpkg.Token, limit int) bool {
	if t[1].Space || t[2].Space || !t[2].Word || t[2].Start >= limit {
		return false
	}
	switch text[t[1].Start:t[1].End] {
	case "-", "'", "’", ".":
		return true
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// lowerAt lower-cases text[from:to]. An ASCII word is read from low, the
// text with its ASCII letters lower-cased at the same offsets (the
// document's Lower), which is what strings.ToLower gives for it; other
// words, or all when low is "", go through lower.
func lowerAt(text, low string, from, to int) string {
	if low == "" {
		return lower(text[from:to])
	}
	for i := from; i < to; i++ {
		if text[i] >= utf8.RuneSelf {
			return lower(text[from:to])
		}
	}
	return low[from:to]
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
