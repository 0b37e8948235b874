package location

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// token is a word (letters, digits and marks) or one punctuation
// character: text.Token in the shape the matcher and filters read.
type token struct {
	start, end int
	word       bool
	// space is true when whitespace separates this token from the previous.
	space bool
	// upper: the token starts with an upper-case letter; caps: it has two
	// or more letters and no lower-case one.
	upper, caps bool
	// lineStart: the token opens a line.
	lineStart bool
	// lineMixed: the token's line has a word with a lower-case letter, so
	// capitals there carry information (not a headline or a table).
	lineMixed bool
}

// tokensOf returns the document's tokens (d.Tokens, or text.Tokenize when
// the caller gave none) appended to buf.
func tokensOf(d *extract.Doc, buf []token) []token {
	src := d.Tokens
	if src == nil {
		src = text.Tokenize(d.Text, nil)
	}
	return appendTokens(buf, src)
}

func appendTokens(buf []token, src []text.Token) []token {
	for _, t := range src {
		buf = append(buf, token{start: t.Start, end: t.End, word: t.Word, space: t.Space, upper: t.Upper,
			caps: t.Caps, lineStart: t.LineStart, lineMixed: t.LineMixed})
	}
	return buf
}

// appendKey appends the normalized form of one token: lower case, curly
// apostrophes straightened, preceded by a space when the text had one.
func appendKey(key []byte, text string, t token, first bool) []byte {
	if !first && t.space {
		key = append(key, ' ')
	}
	s := text[t.start:t.end]
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

// normalizeCuts returns the key of a name and the key length after each
// token.
func normalizeCuts(name string) (string, []int) {
	key, cuts := appendNormalized(nil, nil, name)
	return string(key), cuts
}

// appendNormalized appends the key of name to key and the key length after
// each token to cuts.
func appendNormalized(key []byte, cuts []int, name string) ([]byte, []int) {
	var buf [16]text.Token // most names are a few words: no allocation
	toks := text.Tokenize(name, buf[:0])
	for i, t := range toks {
		key = appendKey(key, name, token{start: t.Start, end: t.End, space: t.Space}, i == 0)
		cuts = append(cuts, len(key))
	}
	return key, cuts
}

func normalize(name string) string {
	k, _ := normalizeCuts(name)
	return k
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
