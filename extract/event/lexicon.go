package event

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed triggers.txt
var triggersData string

// Parts of speech of a trigger entry.
const (
	posVerb  = "verb"
	posNoun  = "noun"
	posLight = "light"
)

// entry is one trigger form.
type entry struct {
	typ   string
	cameo string // "" when none
	pos   string
	form  string   // lower case, words joined by a space
	rest  []string // the words of a phrase after the first
}

// lexicon maps a lower-case word, or the first word of a phrase, to its
// entries. Phrases hold their other words in form.
type lexicon struct {
	words map[string][]entry
	// maxWords is the length of the longest phrase, in words.
	maxWords int
}

// parseLexicon reads triggers.txt.
func parseLexicon(data string) (*lexicon, error) {
	lex := &lexicon{words: map[string][]entry{}, maxWords: 1}
	n := 0
	for line := range strings.Lines(data) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("triggers.txt:%d: want TYPE CAMEO POS WORD..., got %q", n, line)
		}
		typ, cameo, pos := f[0], f[1], f[2]
		if typ == "-" {
			typ = ""
		}
		if cameo == "-" {
			cameo = ""
		}
		switch pos {
		case posVerb, posNoun, posLight:
		default:
			return nil, fmt.Errorf("triggers.txt:%d: unknown part of speech %q", n, pos)
		}
		if (pos == posLight) != (typ == "") {
			return nil, fmt.Errorf("triggers.txt:%d: light verbs and only they have no type", n)
		}
		for _, w := range f[3:] {
			exact := strings.HasPrefix(w, "=") || pos != posVerb
			w = strings.ToLower(strings.TrimPrefix(w, "="))
			forms := []string{w}
			if !exact {
				forms = inflect(w)
			}
			for _, form := range forms {
				form = strings.ReplaceAll(form, "_", " ")
				words := strings.Fields(form)
				e := entry{typ: typ, cameo: cameo, pos: pos, form: form, rest: words[1:]}
				lex.words[words[0]] = append(lex.words[words[0]], e)
				lex.maxWords = max(lex.maxWords, len(words))
			}
		}
	}
	return lex, nil
}

// inflect returns a regular verb's forms, the lemma first: -s, -ed, -ing.
func inflect(v string) []string {
	switch {
	case strings.HasSuffix(v, "ee"):
		return []string{v, v + "s", v + "d", v + "ing"}
	case strings.HasSuffix(v, "e"):
		return []string{v, v + "s", v + "d", v[:len(v)-1] + "ing"}
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return []string{v, v[:len(v)-1] + "ies", v[:len(v)-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		return []string{v, v + "es", v + "ed", v + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}
