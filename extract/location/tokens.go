package location

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word (letters, digits and marks) or one punctuation character.
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

// markLines sets lineMixed on every token.
func markLines(text string, toks []token) {
	for i := 0; i < len(toks); {
		j, mixed := i, false
		for ; j < len(toks) && (j == i || !toks[j].lineStart); j++ {
			t := toks[j]
			if t.word && !t.caps && !t.upper && !isDigit(text[t.start]) {
				mixed = true
			} else if t.word && t.upper && !t.caps && t.end-t.start > 1 {
				mixed = true
			}
		}
		for k := i; k < j; k++ {
			toks[k].lineMixed = mixed
		}
		i = j
	}
}

// tokenize splits text into tokens, appending to buf.
func tokenize(text string, buf []token) []token {
	space, line := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				i++
				continue
			case c == '\n':
				space, line = true, true
				i++
				continue
			case isASCIIWord(c):
				j := i
				letters, lower := 0, false
				for j < len(text) {
					b := text[j]
					if b < utf8.RuneSelf {
						if !isASCIIWord(b) {
							break
						}
						if b >= 'a' && b <= 'z' {
							lower = true
							letters++
						} else if b >= 'A' && b <= 'Z' {
							letters++
						}
						j++
						continue
					}
					r, n := utf8.DecodeRuneInString(text[j:])
					if !isWordRune(r) {
						break
					}
					if unicode.IsLower(r) {
						lower = true
					}
					if unicode.IsLetter(r) {
						letters++
					}
					j += n
				}
				buf = append(buf, token{start: i, end: j, word: true, space: space, lineStart: line,
					upper: c >= 'A' && c <= 'Z', caps: letters >= 2 && !lower})
				i, space, line = j, false, false
				continue
			default:
				buf = append(buf, token{start: i, end: i + 1, space: space, lineStart: line})
				i, space, line = i+1, false, false
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		if !isWordRune(r) {
			buf = append(buf, token{start: i, end: i + n, space: space, lineStart: line})
			i, space, line = i+n, false, false
			continue
		}
		j := i
		letters, lower := 0, false
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) {
				break
			}
			if unicode.IsLower(r2) {
				lower = true
			}
			if unicode.IsLetter(r2) {
				letters++
			}
			j += n2
		}
		buf = append(buf, token{start: i, end: j, word: true, space: space, lineStart: line,
			upper: unicode.IsUpper(r), caps: letters >= 2 && !lower})
		i, space, line = j, false, false
	}
	return buf
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
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
	toks := tokenize(name, nil)
	var key []byte
	cuts := make([]int, 0, len(toks))
	for i, t := range toks {
		key = appendKey(key, name, t, i == 0)
		cuts = append(cuts, len(key))
	}
	return string(key), cuts
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
