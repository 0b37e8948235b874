package event

import "strings"

// Closed-class words the rules look at. They are grammar, not lexicon: a
// handful per role, fixed by English rather than by any corpus.

// isDeterminer: a determiner makes the next word a noun ("the meeting", "a sign").
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "their", "its", "his", "her", "our", "your", "my", "this",
		"these", "those", "first", "second", "third", "last", "next", "latest", "new",
		"further", "another", "each", "every", "no", "any", "some", "such", "much", "more",
		"fresh", "recent", "previous", "several", "many", "two", "three", "four", "five":
		return true
	}
	return false
}

// isArticle: a determiner that opens a noun phrase in an apposition ("Lee, a
// veteran diplomat, ...").
func isArticle(w string) bool {
	switch w {
	case "a", "an", "the", "his", "her", "its", "their", "whose", "both":
		return true
	}
	return false
}

// isPreposition: a preposition whose object is not a subject or direct object.
func isPreposition(w string) bool {
	switch w {
	case "in", "at", "on", "to", "from", "of", "for", "near", "into", "onto", "across",
		"over", "off", "outside", "inside", "through", "throughout", "via", "toward",
		"towards", "against", "among", "between", "within", "without", "under", "upon",
		"beyond", "with", "by", "along", "about", "like", "than", "around", "behind", "after",
		"before", "since", "during", "amid", "despite", "including", "following", "per",
		"until", "till", "except", "besides", "beside", "concerning", "regarding":
		return true
	}
	return false
}

// isLocative: a locative preposition makes a country a place ("in Japan", "to Britain").
func isLocative(w string) bool {
	switch w {
	case "in", "at", "on", "near", "from", "to", "into", "across", "outside", "inside",
		"throughout", "off", "around", "over", "through", "toward", "towards", "via", "within",
		"along", "of":
		return true
	}
	return false
}

// isClauseWord: these words start a new clause: the rules do not look for an event's
// subject or object across them.
func isClauseWord(w string) bool {
	switch w {
	case "that", "which", "who", "whom", "whose", "but", "while", "because", "although",
		"though", "whereas", "if", "unless", "when", "where", "whether", "how", "what", "why", "as",
		"after", "before", "since", "until", "once":
		return true
	}
	return false
}

// isRelativeWord: these words open a relative clause whose subject is the noun before it.
func isRelativeWord(w string) bool {
	switch w {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// isBeForm: a form of be (or get) before a participle make the verb passive ("was appointed").
func isBeForm(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "being", "am", "got", "get", "gets",
		"getting", "'s", "’s":
		return true
	}
	return false
}

// isHaveForm: a form of have: "has been arrested" is passive, "has arrested" is not.
func isHaveForm(w string) bool {
	switch w {
	case "has", "have", "had", "having":
		return true
	}
	return false
}

// isModal: a modal verb before a bare verb.
func isModal(w string) bool {
	switch w {
	case "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "’ll", "'d", "’d":
		return true
	}
	return false
}

// isNegator: a word that negates the verb after it.
func isNegator(w string) bool {
	switch w {
	case "not", "never", "n't", "no", "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't",
		"hadn't", "wasn't", "weren't", "isn't", "aren't", "cannot", "can't", "couldn't", "shouldn't",
		"didn’t", "don’t", "doesn’t", "won’t", "wouldn’t", "hasn’t", "haven’t", "hadn’t", "wasn’t",
		"weren’t", "isn’t", "aren’t", "can’t", "couldn’t", "shouldn’t", "nor", "neither":
		return true
	}
	return false
}

// isIrregularParticiple: participles that do not end in -ed or -en.
func isIrregularParticiple(w string) bool {
	switch w {
	case "met", "paid", "spent", "held", "cut", "told", "said", "made", "sent", "struck",
		"hit", "won", "lost", "set", "shelled", "named", "risen", "grown", "shot", "fought",
		"sold", "bought", "beat", "led", "freed", "brought", "caught", "found", "kept",
		"left", "put", "run", "seen", "taken", "thrown", "sought", "built", "quit", "hung":
		return true
	}
	return false
}

// isIrregularPast: past tense forms that do not end in -ed.
func isIrregularPast(w string) bool {
	switch w {
	case "rose", "fell", "grew", "sank", "shrank", "began", "broke", "took", "gave", "came", "went", "ran", "spoke",
		"wrote", "drove", "rode", "flew", "threw", "swore", "tore", "stole", "froze", "chose", "hid", "fought",
		"sought", "bought", "brought", "caught", "thought", "led", "fled", "met", "paid", "said", "told", "sold",
		"held", "won", "lost", "sent", "spent", "built", "left", "kept", "swept", "hit", "cut", "put", "set",
		"quit", "struck", "hung", "shot", "forgave", "sang", "drank", "died", "stood", "withdrew", "overtook":
		return true
	}
	return false
}

// isParticiple reports whether w can be a past participle.
func isParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || isIrregularParticiple(w)
}

// isQuote reports whether s is a quotation mark.
func isQuote(s string) bool {
	return s == `"` || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’" || s == "«" || s == "»"
}

// isDash reports whether s is a dash that sets off a phrase.
func isDash(s string) bool {
	return s == "—" || s == "–" || s == "--" || s == "-"
}

// isConditional: a clause opened by one of these is a condition.
func isConditional(w string) bool {
	switch w {
	case "if", "unless", "whether", "lest":
		return true
	}
	return false
}

// isAdverb: adverbs that stand inside a verb group ("has also signed",
// "reportedly killed"); any lower-case word in -ly that is no noun or
// adjective of the common kind counts too.
func isAdverb(w string) bool {
	switch w {
	case "also", "still", "already", "just", "then", "again", "later", "earlier", "once", "now",
		"previously", "recently", "jointly", "even", "only", "soon", "yet", "ever", "first",
		"together", "further", "instead", "too", "thus", "however", "meanwhile", "subsequently",
		"allegedly", "reportedly", "apparently", "eventually", "finally", "formally", "officially",
		"publicly", "separately", "immediately", "swiftly", "quickly", "briefly", "repeatedly",
		"twice", "promptly", "narrowly", "overwhelmingly", "unanimously", "fatally", "seriously",
		"critically", "badly", "severely", "sharply", "strongly", "openly", "effectively":
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ly") {
		switch w {
		case "family", "rally", "supply", "reply", "apply", "assembly", "italy", "early", "daily", "weekly",
			"monthly", "yearly", "holy", "belly", "bully", "jelly", "comply", "multiply", "imply", "anomaly",
			"monopoly", "ally", "july", "fly", "elderly", "lonely", "friendly", "likely", "unlikely", "only",
			"costly", "deadly", "orderly", "silly", "ugly", "lovely", "timely", "kelly", "emily", "sicily",
			"napoli", "manly", "wily", "burly", "curly", "jolly", "hilly", "chilly", "woolly":
			return false
		}
		return true
	}
	return false
}

// isAuxiliary: auxiliaries and adverbs that stand between a determiner-less
// subject and its verb ("the two sides will meet", "has also signed").
func isAuxiliary(w string) bool {
	return isModal(w) || isBeForm(w) || isHaveForm(w) || isNegator(w) || isAdverb(w) ||
		w == "to" || w == "do" || w == "does" || w == "did" || w == "and" || w == "or"
}

// isAuxiliaryAt is isAuxiliary for the word item at items[j], from its
// cached flags (isAdverb(w) || isAuxiliary(w) is the same test: isAuxiliary
// holds isAdverb).
func isAuxiliaryAt(items []item, j int) bool {
	if wordFlags(items, j)&(fModal|fBe|fHave|fNeg|fAdverb) != 0 {
		return true
	}
	w := items[j].word
	return w == "to" || w == "do" || w == "does" || w == "did" || w == "and" || w == "or"
}

// isSingularDeterminer: a determiner that cannot head a plural subject, so
// "a sharp increase" is a noun where "the allies meet" has a verb.
func isSingularDeterminer(w string) bool {
	switch w {
	case "a", "an", "another", "each", "every", "this", "no", "any":
		return true
	}
	return false
}

// isParticle: words that follow a verb without starting its object ("step
// down", "pull out").
func isParticle(w string) bool {
	switch w {
	case "up", "down", "out", "off", "back", "away", "over", "forward", "ahead", "through", "aside":
		return true
	}
	return false
}

// isCommonVerb: frequent verb forms that are no event triggers; they end a
// noun phrase the rules read leftwards, so that "the man who shot him was
// killed" does not take "him" as a subject.
func isCommonVerb(w string) bool {
	switch w {
	case "is", "was", "were", "are", "has", "have", "had", "did", "does", "do", "be", "been", "being",
		"became", "become", "becomes", "remained", "remains", "remain", "appeared", "appears", "seemed",
		"seems", "came", "comes", "went", "goes", "took", "takes", "got", "gets", "made", "makes", "gave",
		"gives", "found", "finds", "left", "leaves", "kept", "keeps", "showed", "shows", "shown", "saw", "sees",
		"brought", "brings", "put", "puts", "used", "uses", "wanted", "wants", "tried", "tries", "included",
		"includes", "helped", "helps", "knew", "knows", "thought", "thinks", "believed", "believes",
		"expected", "expects", "feared", "fears", "hoped", "hopes", "needed", "needs", "seen", "taken",
		"given", "known", "done", "lives", "lived", "worked", "works", "owns", "owned", "ran", "runs",
		"won", "lost", "led", "leads", "holds", "held", "sent", "faces", "faced", "caused", "causes":
		return true
	}
	return false
}

// Pronoun features.
type pronoun struct {
	gender byte // 'm', 'f', 'n' (it), 0 (they, I, we: any)
	plural bool
	first  bool // I, we: the speaker of the quote
}

// pronounOf returns the features of a personal pronoun that can stand for
// an actor, and false for any other word.
func pronounOf(w string) (pronoun, bool) {
	if k := apostrophe(w); k > 0 {
		// "we've", "they're", "he's", "I'm": the pronoun with its
		// auxiliary, which the tokens keep in one word.
		switch w[k:] {
		case "'s", "’s", "'ve", "’ve", "'re", "’re", "'m", "’m", "'d", "’d", "'ll", "’ll":
			w = w[:k]
		}
	}
	switch w {
	case "he", "him", "his", "himself":
		return pronoun{gender: 'm'}, true
	case "she", "her", "hers", "herself":
		return pronoun{gender: 'f'}, true
	case "it", "its", "itself":
		return pronoun{gender: 'n'}, true
	case "they", "them", "their", "themselves":
		return pronoun{plural: true}, true
	case "i", "me", "my":
		return pronoun{first: true}, true
	case "we", "us", "our":
		return pronoun{first: true, plural: true}, true
	}
	return pronoun{}, false
}

// apostrophe returns the place of the first "'" or "’" in w, or -1: what
// strings.IndexAny(w, "'’") returns, without its slow path for a set with a
// rune beyond ASCII (pronounOf asks it of most words of a sentence).
func apostrophe(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || w[i] == 0xE2 && strings.HasPrefix(w[i:], "’") {
			return i
		}
	}
	return -1
}

// isPossessivePronoun: a pronoun that qualifies a noun ("his lawyer").
func isPossessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their", "my", "our", "your":
		return true
	}
	return false
}

// isHabitual: adverbs that make an event a habit.
func isHabitual(w string) bool {
	switch w {
	case "usually", "often", "regularly", "routinely", "always", "frequently", "typically", "generally",
		"traditionally", "annually", "normally", "sometimes", "occasionally", "customarily", "habitually", "repeatedly":
		return true
	}
	return false
}

// isPlanningAdjective: a modifier that makes an event noun unasserted ("a
// planned visit", "possible talks").
func isPlanningAdjective(w string) (string, bool) {
	switch w {
	case "planned", "proposed", "upcoming", "scheduled", "future", "expected", "prospective", "forthcoming",
		"impending", "looming", "anticipated", "intended":
		return "future", true
	case "possible", "potential", "likely", "threatened", "feared":
		return "possible", true
	case "hoped-for", "desired":
		return "hoped", true
	}
	return "", false
}

// closedClassWords lists every word of the closed classes above (the
// -ly adverbs aside), so that a lexicon can map each to its flags once.
const closedClassWords = `'d 'll 's a about across after again against allegedly along already also although always am amid
among an and annually another any apparently appeared appears are aren't aren’t around as at badly
be became because become becomes been before behind being believed believes beside besides between
beyond briefly brings brought but by came can can't cannot can’t caused causes comes concerning
could couldn't couldn’t critically customarily despite did didn't didn’t do does doesn't doesn’t
don't done don’t during each earlier effectively even eventually ever every except expected expects
faced faces fatally feared fears finally finds first five following for formally found four
frequently fresh from further gave generally get gets getting given gives goes got habitually had
hadn't hadn’t has hasn't hasn’t have haven't haven’t having held helped helps her his holds hoped
hopes how however if immediately in included includes including inside instead into is isn't isn’t
its jointly just keeps kept knew known knows last later latest leads leaves led left lest like lived
lives lost made makes many may meanwhile might more much must my n't narrowly near needed needs
neither never new next no nor normally not now occasionally of off officially often on once only
onto openly or our outside over overwhelmingly owned owns per previous previously promptly publicly
put puts quickly ran recent recently regarding regularly remain remained remains repeatedly
reportedly routinely runs saw second seemed seems seen sees sent separately seriously several
severely shall sharply should shouldn't shouldn’t showed shown shows since so some sometimes soon
still strongly subsequently such swiftly taken takes than that the their then these thinks third
this those though thought three through throughout thus till to together too took toward towards
traditionally tried tries twice two typically unanimously under unless until upon used uses usually
via wanted wants was wasn't wasn’t went were weren't weren’t what when where whereas whether which
while who whom whose why will with within without won won't won’t worked works would wouldn't
wouldn’t yet your ’d ’ll ’s`

// Closed classes of a word, computed once per item (classify) so that the
// rules that walk a sentence test a bit instead of comparing strings.
const (
	fPrep uint16 = 1 << iota
	fClause
	fModal
	fBe
	fHave
	fNeg
	fCommonVerb
	fAdverb
	fNotNP // other words that end a noun phrase: to, and, or, but, do, than, so
	// Not closed classes of their own: flags that spare a string
	// comparison; fClosed leaves them out.
	fDeterminer
	fHabitual
	fConditional
)

// fClosed is the closed classes that end a noun phrase or a verb group,
// the flags the rules read as a whole ("no closed class").
const fClosed = fPrep | fClause | fModal | fBe | fHave | fNeg | fCommonVerb | fAdverb | fNotNP

// fClassified marks an item whose flags have been computed.
const fClassified uint16 = 1 << 15

// wordFlags returns the closed classes of the word item at items[j],
// computing them on first use.
func wordFlags(items []item, j int) uint16 {
	it := &items[j]
	if it.flags&fClassified != 0 || it.kind != itemWord {
		return it.flags &^ fClassified
	}
	it.flags = classFlags(it.word) | fClassified
	return it.flags &^ fClassified
}

// classFlags computes the closed classes of a word.
func classFlags(w string) uint16 {
	var f uint16
	if isPreposition(w) {
		f |= fPrep
	}
	if isClauseWord(w) {
		f |= fClause
	}
	if isModal(w) {
		f |= fModal
	}
	if isBeForm(w) {
		f |= fBe
	}
	if isHaveForm(w) {
		f |= fHave
	}
	if isNegator(w) {
		f |= fNeg
	}
	if isCommonVerb(w) {
		f |= fCommonVerb
	}
	if isAdverb(w) {
		f |= fAdverb
	}
	switch w {
	case "to", "and", "or", "but", "nor", "do", "does", "did", "than", "so":
		f |= fNotNP
	}
	if isDeterminer(w) {
		f |= fDeterminer
	}
	if isHabitual(w) {
		f |= fHabitual
	}
	if isConditional(w) {
		f |= fConditional
	}
	return f
}

// classify sets the flags of a sentence's word items, and where each
// stands in the lexicon's vocabulary: one map look-up per word. It
// appends to at the indexes of the items that matches must look at (words
// with trigger entries, of three letters or more, not starting with a
// digit), so that matches need not walk the sentence again.
func (lex *lexicon) classify(items []item, at []int32) []int32 {
	for i := range items {
		it := &items[i]
		if it.kind != itemWord {
			continue
		}
		k, ok := lex.vocab[it.word]
		if !ok {
			it.info, it.flags = infoUnknown, adverbFlag(it.word)|fClassified
			continue
		}
		wi := &lex.infos[k]
		it.info, it.flags = k, wi.flags|fClassified
		if len(wi.entries) > 0 && len(it.word) >= 3 && it.word[0] > '9' {
			at = append(at, int32(i))
		}
	}
	return at
}

// isPrepAt and isClauseAt are isPreposition and isClauseWord for the word
// item at items[j], from its cached flags.
func isPrepAt(items []item, j int) bool { return wordFlags(items, j)&fPrep != 0 }

func isClauseAt(items []item, j int) bool { return wordFlags(items, j)&fClause != 0 }

// isDeterminerAt, isHabitualAt and isConditionalAt are isDeterminer,
// isHabitual and isConditional for the item at items[j]: false for a
// mention or a punctuation mark, as the word tests give for them.
func isDeterminerAt(items []item, j int) bool { return wordFlags(items, j)&fDeterminer != 0 }

func isHabitualAt(items []item, j int) bool { return wordFlags(items, j)&fHabitual != 0 }

func isConditionalAt(items []item, j int) bool { return wordFlags(items, j)&fConditional != 0 }
