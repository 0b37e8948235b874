package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sample is how much of a text Detect reads: the opening paragraphs say
// the language as well as the whole, at a fraction of the cost.
const sample = 800

// minLetters is the fewest letters a text needs for a reliable answer:
// below it trigram statistics are noise ("Feed text of story 2.").
const minLetters = 40

// Detect returns the ISO 639-1 code of text's language and whether the
// detector is confident; "" when it cannot tell at all.
func Detect(text string) (code string, reliable bool) {
	if len(text) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	letters := 0
	for _, r := range text {
		if r > 0x40 && (r < 0x80 && (r|0x20) >= 'a' && (r|0x20) <= 'z' || r >= 0x80) {
			letters++
		}
	}
	if plainEnglish(text) {
		return "en", letters >= minLetters
	}
	info := whatlanggo.Detect(text)
	code = info.Lang.Iso6391()
	if code == "" {
		return "", false
	}
	return code, letters >= minLetters && info.IsReliable()
}

// Normalize reduces a declared language tag to its ISO 639-1 primary
// subtag in lower case ("en-US" -> "en", "pt_BR" -> "pt"); "" for a tag
// that is none.
func Normalize(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// englishMarkers are English function words that the other languages
// written in Latin letters do not use as words ("was", "is", "an", "to"
// are left out for that reason). Common words of the language, written
// down for eventwire.
var englishMarkers = map[string]bool{
	"the": true, "and": true, "of": true, "that": true, "with": true, "said": true, "from": true,
	"have": true, "has": true, "which": true, "this": true, "were": true, "would": true, "been": true,
	"their": true, "they": true, "its": true, "after": true, "who": true, "there": true, "what": true,
	"about": true, "into": true, "than": true, "them": true,
}

// plainEnglish is a fast path for the common case: running English prose
// has "the" in about one word in fifteen and these markers in more than one
// in ten, which no other language reaches. The trigram detector, many
// times slower, is left for everything else.
func plainEnglish(text string) bool {
	words, markers, the := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		lw := strings.ToLower(w)
		if englishMarkers[lw] {
			markers++
			if lw == "the" {
				the++
			}
		}
	}
	return words >= 25 && markers*100 >= 12*words && the*100 >= 3*words
}
