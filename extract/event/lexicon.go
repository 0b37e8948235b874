package event

import (
	"embed"
	"fmt"
	"slices"
	"strings"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/internal/givennames"
)

var (
	// dataFS holds the hand-written lists the rules read
	// (ATTRIBUTION.md), for the fingerprint; the gendered given names
	// come from extract/internal/givennames.
	//
	//go:embed data/*.txt
	dataFS embed.FS
	//go:embed data/triggers.txt
	triggersData string
	//go:embed data/classes.txt
	classesData string
	//go:embed data/governors.txt
	governorsData string
	//go:embed data/actors.txt
	actorsData string
)

// Parts of speech of a trigger entry.
const (
	posVerb  = "verb"
	posNoun  = "noun"
	posLight = "light" // a verb before an event noun: "held talks"
	posOccur = "occur" // a verb after an event noun: "talks began"
)

// cond is a condition on a trigger entry, checked once the arguments are
// known (triggers.txt explains them).
type cond struct {
	kind    string   // money, amount, obj, notobj, subj, prep
	classes []string // for obj, notobj, subj; the word for prep
}

// entry is one trigger form.
type entry struct {
	typ   string
	cameo string // "" when none
	pos   string
	form  string   // lower case, words joined by a space
	rest  []string // the words of a phrase after the first
	conds []cond
}

// lexicon holds the embedded word lists.
type lexicon struct {
	// words maps a lower-case word, or the first word of a phrase, to its
	// trigger entries.
	words map[string][]entry
	// maxWords is the length of the longest phrase, in words.
	maxWords int
	// classes maps a word to the word classes it is in (classes.txt).
	classes map[string][]string
	// governors maps a word form to how it presents the event it governs.
	governors map[string]governor
	// actorNouns maps a head noun to the kind of actor it describes.
	actorNouns map[string]string
	// givenGender maps a lower-case given name used for one sex only to
	// 'm' or 'f'.
	givenGender map[string]byte
	// closed maps a closed-class word to its flags (words.go).
	closed map[string]uint16
	// vocab maps every word that words, closed or classes knows to its
	// entry in infos, so that classify reads all of them with one look-up
	// per word instead of one per map and rule.
	vocab map[string]int32
	infos []wordInfo
}

// wordInfo is what the lexicon knows of one word, gathered at load.
type wordInfo struct {
	entries []entry  // words[w]
	simple  bool     // simpleEntries(entries)
	intrans bool     // intransitive(entries)
	flags   uint16   // closed[w], or the -ly adverb
	classes []string // classes[w]
	// actorNoun is actorNouns[w], governor and governs governors[w].
	actorNoun string
	governor  governor
	governs   bool
}

// Values of item.info besides an index into infos.
const (
	infoUnread  = 0 // classify has not run on the item
	infoUnknown = 1 // a word the lexicon does not know
)

// indexVocab builds vocab and infos from words, closed and classes.
func (lex *lexicon) indexVocab() {
	n := len(lex.words) + len(lex.closed) + len(lex.classes) + len(lex.actorNouns) + len(lex.governors)
	lex.vocab = make(map[string]int32, n) // sized once: most words are in one list only
	lex.infos = make([]wordInfo, 2, n+2)
	at := func(w string) *wordInfo {
		k, ok := lex.vocab[w]
		if !ok {
			k = int32(len(lex.infos))
			lex.vocab[w] = k
			lex.infos = append(lex.infos, wordInfo{flags: adverbFlag(w)})
		}
		return &lex.infos[k]
	}
	for w, es := range lex.words {
		wi := at(w)
		wi.entries, wi.simple, wi.intrans = es, simpleEntries(es), intransitive(es)
	}
	for w, f := range lex.closed {
		at(w).flags = f
	}
	for w, cs := range lex.classes {
		at(w).classes = cs
	}
	for w, k := range lex.actorNouns {
		at(w).actorNoun = k
	}
	for w, g := range lex.governors {
		wi := at(w)
		wi.governor, wi.governs = g, true
	}
}

// actorNounOf is actorNouns[it.word], read from the item's vocabulary
// entry when it is a word.
func (lex *lexicon) actorNounOf(it *item) string {
	if it.kind != itemWord {
		return lex.actorNouns[it.word]
	}
	return lex.infoOf(it).actorNoun
}

// governorFor is governors[it.word], as actorNounOf.
func (lex *lexicon) governorFor(it *item) (governor, bool) {
	if it.kind != itemWord {
		g, ok := lex.governors[it.word]
		return g, ok
	}
	wi := lex.infoOf(it)
	return wi.governor, wi.governs
}

// governorValue is governors[it.word], zero when it governs nothing.
func (lex *lexicon) governorValue(it *item) governor {
	g, _ := lex.governorFor(it)
	return g
}

// entriesOf is words[it.word], as actorNounOf.
func (lex *lexicon) entriesOf(it *item) []entry {
	if it.kind != itemWord {
		return lex.words[it.word]
	}
	return lex.infoOf(it).entries
}

// adverbFlag is the flag classify gives a word that is no closed-class
// word: an adverb in -ly, else none.
func adverbFlag(w string) uint16 {
	if len(w) > 4 && w[len(w)-2:] == "ly" && isAdverb(w) {
		return fAdverb
	}
	return 0
}

// infoOf returns what the lexicon knows of the word item it, reading it
// from the map when classify has not run on it.
func (lex *lexicon) infoOf(it *item) *wordInfo {
	if it.info == infoUnread {
		if k, ok := lex.vocab[it.word]; ok {
			return &lex.infos[k]
		}
		return &lex.infos[infoUnknown]
	}
	return &lex.infos[it.info]
}

// inClassAt reports whether the word item items[j] is in class c.
func (lex *lexicon) inClassAt(items []item, j int, c string) bool {
	return items[j].kind == itemWord && containsString(lex.infoOf(&items[j]).classes, c)
}

// governor is how a word presents an infinitive or clause it governs.
type governor struct {
	modality string // an extract.Modality*, or "negated"
	object   bool   // the governed event's subject is the governor's object
}

const modalityNegated = "negated"

// newLexicon parses all embedded lists.
func newLexicon() (*lexicon, error) {
	lex, err := parseLexicon(triggersData)
	if err != nil {
		return nil, err
	}
	if lex.classes, err = parseClasses(classesData); err != nil {
		return nil, err
	}
	if lex.governors, err = parseGovernors(governorsData); err != nil {
		return nil, err
	}
	if lex.actorNouns, err = parseActorNouns(actorsData); err != nil {
		return nil, err
	}
	if lex.givenGender, err = givennames.Gender(); err != nil {
		return nil, err
	}
	lex.closed = map[string]uint16{}
	for _, w := range strings.Fields(closedClassWords) {
		lex.closed[w] = classFlags(w)
	}
	lex.indexVocab()
	return lex, nil
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
		if cameo != "" && !validCameo(cameo) {
			return nil, fmt.Errorf("triggers.txt:%d: CAMEO code %q is not 2 to 4 digits under a root 01..20", n, cameo)
		}
		switch pos {
		case posVerb, posNoun, posLight, posOccur:
		default:
			return nil, fmt.Errorf("triggers.txt:%d: unknown part of speech %q", n, pos)
		}
		light := pos == posLight || pos == posOccur
		if light != (typ == "") {
			return nil, fmt.Errorf("triggers.txt:%d: light verbs and only they have no type", n)
		}
		words := f[3:]
		var conds []cond
		for len(words) > 0 && strings.HasPrefix(words[0], "@") {
			c, err := parseCond(words[0])
			if err != nil {
				return nil, fmt.Errorf("triggers.txt:%d: %w", n, err)
			}
			conds = append(conds, c)
			words = words[1:]
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("triggers.txt:%d: no words", n)
		}
		for _, w := range words {
			if first := strings.TrimPrefix(w, "="); len(strings.SplitN(first, "_", 2)[0]) < 3 {
				return nil, fmt.Errorf("triggers.txt:%d: %q: a trigger's first word has at least three letters", n, w)
			}
			exact := strings.HasPrefix(w, "=") || pos != posVerb
			w = strings.ToLower(strings.TrimPrefix(w, "="))
			forms := []string{w}
			if !exact {
				forms = inflect(w)
			}
			for _, form := range forms {
				form = strings.ReplaceAll(form, "_", " ")
				ws := strings.Fields(form)
				e := entry{typ: typ, cameo: cameo, pos: pos, form: form, rest: ws[1:], conds: conds}
				if dupEntry(lex.words[ws[0]], e) {
					continue
				}
				lex.words[ws[0]] = append(lex.words[ws[0]], e)
				lex.maxWords = max(lex.maxWords, len(ws))
			}
		}
	}
	return lex, nil
}

func parseCond(s string) (cond, error) {
	name, arg, _ := strings.Cut(strings.TrimPrefix(s, "@"), "=")
	switch name {
	case "money", "amount", "subjpatient", "predicative":
		if arg != "" {
			return cond{}, fmt.Errorf("condition %q takes no argument", s)
		}
		return cond{kind: name}, nil
	case "obj", "notobj", "subj", "prep", "light":
		if arg == "" {
			return cond{}, fmt.Errorf("condition %q needs an argument", s)
		}
		cs := strings.Split(arg, ",")
		if name == "light" {
			for i := range cs {
				cs[i] = strings.ReplaceAll(cs[i], "_", " ")
			}
		}
		return cond{kind: name, classes: cs}, nil
	}
	return cond{}, fmt.Errorf("unknown condition %q", s)
}

// validCameo reports whether s is a CAMEO code of two to four digits whose
// root is 01..20.
func validCameo(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[:2] >= "01" && s[:2] <= "20"
}

// parseClasses reads classes.txt.
func parseClasses(data string) (map[string][]string, error) {
	out := map[string][]string{}
	n := 0
	for line := range strings.Lines(data) {
		n++
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("classes.txt:%d: want CLASS WORD...", n)
		}
		for _, w := range f[1:] {
			w = strings.ToLower(w)
			if !containsString(out[w], f[0]) {
				out[w] = append(out[w], f[0])
			}
		}
	}
	return out, nil
}

// parseGovernors reads governors.txt.
func parseGovernors(data string) (map[string]governor, error) {
	out := map[string]governor{}
	n := 0
	for line := range strings.Lines(data) {
		n++
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		g := governor{modality: f[0]}
		switch g.modality {
		case extract.ModalityFuture, extract.ModalityHoped, extract.ModalityPossible, extract.ModalityConditional,
			extract.ModalityAsserted, extract.ModalityHabitual, modalityNegated:
		default:
			return nil, fmt.Errorf("governors.txt:%d: unknown modality %q", n, g.modality)
		}
		words := f[1:]
		if len(words) > 0 && words[0] == "@object" {
			g.object = true
			words = words[1:]
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("governors.txt:%d: no words", n)
		}
		for _, w := range words {
			forms := []string{strings.TrimPrefix(w, "=")}
			if !strings.HasPrefix(w, "=") {
				forms = inflect(w)
			}
			for _, form := range forms {
				// A phrase governs through its last word ("called on").
				ws := strings.Split(form, "_")
				out[ws[len(ws)-1]] = g
			}
		}
	}
	return out, nil
}

// parseActorNouns reads actors.txt.
func parseActorNouns(data string) (map[string]string, error) {
	out := map[string]string{}
	n := 0
	for line := range strings.Lines(data) {
		n++
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("actors.txt:%d: want KIND WORD...", n)
		}
		for _, w := range f[1:] {
			if _, dup := out[w]; !dup {
				out[w] = f[0]
			}
		}
	}
	return out, nil
}

// inClass reports whether the lower-case word w is in class c.
func (lex *lexicon) inClass(w, c string) bool {
	return containsString(lex.classes[w], c)
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// inflect returns a regular verb's forms, the lemma first: -s, -ed, -ing.
// A final consonant doubles after a single stressed vowel ("stab",
// "stabbed"; "expel", "expelled").
func inflect(v string) []string {
	if doublesFinal(v) {
		last := v[len(v)-1:]
		return []string{v, v + "s", v + last + "ed", v + last + "ing"}
	}
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

// doublesFinal reports whether a verb doubles its final consonant before
// -ed and -ing: one-syllable words ending in a single vowel and consonant
// ("ban", "stab", "slam"), and the two-syllable verbs stressed on the last
// syllable that the lexicons use.
func doublesFinal(v string) bool {
	switch v {
	case "admit", "commit", "regret", "refer", "prefer", "occur", "patrol", "control", "compel", "expel",
		"propel", "rebel", "permit", "submit", "transmit", "omit", "equip", "abet", "outstrip", "acquit", "kidnap", "worship":
		return true
	}
	if len(v) < 3 || len(v) > 4 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	a, b, c := v[len(v)-3], v[len(v)-2], v[len(v)-1]
	if vowel(a) || !vowel(b) || vowel(c) || strings.IndexByte("wxy", c) >= 0 {
		return false
	}
	// One vowel only: "stab", "slam", but not "visit" (too long) or "quit"
	// (u after q is no vowel; it doubles too, harmlessly).
	for i := 0; i < len(v)-2; i++ {
		if vowel(v[i]) {
			return false
		}
	}
	return true
}

// dupEntry reports whether es already holds an entry of the same type,
// code, part of speech, form and conditions ("=sentenced" beside the forms
// of "sentence"). Entries that differ in their conditions are two readings
// ("charged" with an actor object, "charged with").
func dupEntry(es []entry, e entry) bool {
	for _, x := range es {
		if x.typ == e.typ && x.cameo == e.cameo && x.pos == e.pos && x.form == e.form && slices.EqualFunc(x.conds, e.conds, func(a, b cond) bool {
			return a.kind == b.kind && slices.Equal(a.classes, b.classes)
		}) {
			return true
		}
	}
	return false
}
