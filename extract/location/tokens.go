package location

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// token is the shared token of extract/text: the matcher and the filters
// read the document's tokens as the pipeline made them.
type token = text.Token

// words is a document's tokens with the text they index and its copy with
// ASCII letters lower-cased, in which the word lists are looked up.
type words struct {
	text, low string
	toks      []token
	// upper indexes the words that start upper case (Word and Upper), in
	// order: the matcher, the street, county and place-word patterns start
	// only at such a word, and walk this list instead of every token.
	upper []int32
}

// wordsOf returns the document's words: d.Tokens, or text.Tokenize when
// the caller gave none, with their upper-case words indexed in buf's array.
func wordsOf(d *extract.Doc, buf []int32) words {
	toks := d.Tokens
	if toks == nil {
		toks = text.Tokenize(d.Text, nil)
	}
	// Without a branch on the token, which a predictor gets wrong for
	// every capitalised word: each index is written, and kept when the
	// count moves past it.
	upper := buf[:0]
	if cap(upper) < len(toks) {
		upper = make([]int32, len(toks))
	}
	upper = upper[:len(toks)]
	n := 0
	for i := range toks {
		upper[n] = int32(i)
		n += b2i(toks[i].Word) & b2i(toks[i].Upper)
	}
	return words{text: d.Text, low: d.LowerText(), toks: toks, upper: upper[:n]}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ascii reports whether token i is ASCII, which its lengths tell without
// reading it: a word token (text.Tokenize) as long in bytes as in code
// points is ASCII, since an invalid byte (one byte, one code point) is no
// word rune and ends a word; another token is one code point, ASCII when it
// is one byte under utf8.RuneSelf.
func (ws *words) ascii(i int) bool {
	t := &ws.toks[i]
	if t.Word {
		return t.End-t.Start == t.CEnd-t.CStart
	}
	return t.End-t.Start == 1 && ws.text[t.Start] < utf8.RuneSelf
}

// lower returns text[start:end] lower-cased (strings.ToLower): a slice of
// low when it is ASCII.
func (ws *words) lower(start, end int) string {
	s := ws.low[start:end]
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(ws.text[start:end])
		}
	}
	return s
}

// appendKey appends the normalized form of one token: lower case, curly
// apostrophes straightened, preceded by a space when the text had one.
func appendKey(key []byte, text string, t token, first bool) []byte {
	if !first && t.Space {
		key = append(key, ' ')
	}
	s := text[t.Start:t.End]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '’', 'ʼ', '‘':
			r = '\''
		}
		if f := foldLatin(r); f != "" {
			key = append(key, f...)
		} else {
			key = utf8.AppendRune(key, unicode.ToLower(r))
		}
		i += n
	}
	return key
}

// appendPlainKey appends the key of a name that is ASCII with one space
// between words and no other white space: the name lower-cased, as
// appendNormalized writes it, without tokenizing it. ok is false, and
// what it appended is to be dropped, for any other name.
func appendPlainKey(key []byte, name string) (_ []byte, ok bool) {
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf || c == '\t' || c == '\r' || c == '\n' || c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' '):
			return key, false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		key = append(key, c)
	}
	return key, true
}

// appendNormalized appends the key of name to key and the key length after
// each token to cuts.
func appendNormalized(key []byte, cuts []int, name string) ([]byte, []int) {
	var buf [16]text.Token // most names are a few words: no allocation
	toks := text.Tokenize(name, buf[:0])
	for i, t := range toks {
		key = appendKey(key, name, t, i == 0)
		cuts = append(cuts, len(key))
	}
	return key, cuts
}

// foldLatin maps an accented Latin letter to its base letters, so that
// "Zaïre", "İstanbul" and "Sao Paulo" find "Zaire", "Istanbul" and "São
// Paulo". It returns "" for other runes.
func foldLatin(r rune) string {
	switch {
	case strings.ContainsRune("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", r):
		return "a"
	case strings.ContainsRune("ÇçĆćČčĈĉĊċ", r):
		return "c"
	case strings.ContainsRune("ĎďĐđÐð", r):
		return "d"
	case strings.ContainsRune("ÈÉÊËèéêëĒēĖėĘęĚěĔĕ", r):
		return "e"
	case strings.ContainsRune("ĞğĜĝĠġĢģ", r):
		return "g"
	case strings.ContainsRune("ĤĥĦħ", r):
		return "h"
	case strings.ContainsRune("ÌÍÎÏìíîïİıĪīĮįĬĭĨĩ", r):
		return "i"
	case strings.ContainsRune("Ĵĵ", r):
		return "j"
	case strings.ContainsRune("Ķķ", r):
		return "k"
	case strings.ContainsRune("ŁłĽľĹĺĻļ", r):
		return "l"
	case strings.ContainsRune("ÑñŃńŇňŅņ", r):
		return "n"
	case strings.ContainsRune("ÒÓÔÕÖØòóôõöøŌōŐőŎŏ", r):
		return "o"
	case strings.ContainsRune("ŔŕŘřŖŗ", r):
		return "r"
	case strings.ContainsRune("ŚśŠšŞşȘșŜŝ", r):
		return "s"
	case strings.ContainsRune("ŤťŢţȚțŦŧ", r):
		return "t"
	case strings.ContainsRune("ÙÚÛÜùúûüŪūŮůŰűŬŭŲųŨũ", r):
		return "u"
	case strings.ContainsRune("Ŵŵ", r):
		return "w"
	case strings.ContainsRune("ÝýÿŸŶŷ", r):
		return "y"
	case strings.ContainsRune("ŹźŻżŽž", r):
		return "z"
	case r == 'Æ' || r == 'æ':
		return "ae"
	case r == 'Œ' || r == 'œ':
		return "oe"
	case r == 'ß':
		return "ss"
	case r == 'Þ' || r == 'þ':
		return "th"
	}
	return ""
}
