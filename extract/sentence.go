package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period without ending a sentence when a
// capitalised word follows. Lower-case keys, without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "no": true, "nos": true, "vs": true, "v": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true, "fig": true, "gov't": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "u.s.a": true, "a.m": true, "p.m": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "dept": true, "est": true, "approx": true,
	"pres": true, "supt": true, "insp": true, "det": true, "cpl": true, "pvt": true, "messrs": true,
}

// Sentences splits wire English into sentences: at ., ! or ? followed by
// space and a capital, digit or quote (closing quotes and brackets stay with
// the sentence), and at every line break. Abbreviations ("Dec.", "U.S.",
// "Mr.") and initials ("Richard K. Winter") do not end a sentence. Spans
// exclude surrounding white space.
func Sentences(text string) []Sentence {
	var out []Sentence
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start && isSpaceByte(text[e-1]) {
			e--
		}
		if e > start {
			out = append(out, Sentence{start, e})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i)
			i += size
			continue
		}
		if start < 0 {
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			start = i
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + size
			// Keep closing quotes and brackets, and runs of terminators.
			for j < len(text) {
				c, cs := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '.' || c == '!' || c == '?' {
					j += cs
					continue
				}
				break
			}
			if j < len(text) && !isSpaceByte(text[j]) {
				i = j
				continue
			}
			k := j
			for k < len(text) && text[k] == ' ' || k < len(text) && text[k] == '\t' {
				k++
			}
			if k < len(text) && text[k] != '\n' {
				next, _ := utf8.DecodeRuneInString(text[k:])
				if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '\'' || next == '(' || next == '‘') {
					i = j
					continue
				}
				if r == '.' && j == i+size && isAbbreviation(text[start:i]) {
					i = j
					continue
				}
			}
			emit(j)
			i = j
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isAbbreviation reports whether the word ending the text before a period is
// an abbreviation or an initial.
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 && !isSpaceByte(before[k-1]) && before[k-1] != '(' && before[k-1] != '"' {
		k--
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial
	}
	return abbreviations[strings.ToLower(w)]
}
