package event

// Closed-class words the argument rules look at. They are grammar, not
// lexicon: a handful per role, fixed by English rather than by any corpus.

// isDeterminer: a determiner makes the next word a noun ("the meeting", "a sign").
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "their", "its", "his", "her", "our", "your", "my", "this",
		"these", "those", "first", "second", "third", "last", "next", "latest", "new",
		"further", "another", "each", "every", "no", "any", "some", "such", "much", "more":
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
		"before", "since", "during", "amid", "despite":
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
		"though", "whereas", "if", "unless", "when", "where", "whether", "how", "what", "why", "as":
		return true
	}
	return false
}

// isRelativeWord: these words open a relative clause whose subject is the noun before it.
func isRelativeWord(w string) bool {
	switch w {
	case "who", "which", "that":
		return true
	}
	return false
}

// isBeForm: a form of be (or get) before a participle make the verb passive ("was appointed").
func isBeForm(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "being", "am", "got", "get", "gets",
		"getting":
		return true
	}
	return false
}

// isIrregularParticiple: participles that do not end in -ed or -en.
func isIrregularParticiple(w string) bool {
	switch w {
	case "met", "paid", "spent", "held", "cut", "told", "said", "made", "sent", "struck",
		"hit", "won", "lost", "set", "shelled", "named", "risen", "grown":
		return true
	}
	return false
}

// isQuote reports whether s is a quotation mark.
func isQuote(s string) bool {
	return s == `"` || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}

// isSubordinator: a verb after one of these is in a subordinate clause
// ("before the session ended") and yields to the main verb.
func isSubordinator(w string) bool {
	switch w {
	case "before", "after", "until", "when", "while", "because", "since", "as", "although",
		"though", "if", "once", "whether", "unless":
		return true
	}
	return false
}

// isAuxiliary: auxiliaries and adverbs that stand between a determiner-less
// subject and its verb ("the two sides will meet", "has also signed").
func isAuxiliary(w string) bool {
	switch w {
	case "will", "would", "can", "could", "may", "might", "must", "should", "shall", "to",
		"not", "also", "has", "have", "had", "is", "was", "are", "were", "be", "been", "do",
		"does", "did", "never", "already", "just", "still", "then", "again", "and", "or":
		return true
	}
	return false
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
