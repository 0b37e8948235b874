package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
	textpkg "github.com/eventwire/eventwire/extract/text"
)

// The tests here hold each fast path of round 18g (ASCII in place,
// buffers, tables) to the computation it replaced.

// genderOfRef is genderOf as it was before its ASCII fast paths: the
// reference the fast paths must agree with.
func (lex *lexicon) genderOfRef(text string, m *extract.Mention) byte {
	if m.Person == nil {
		return 0
	}
	before := strings.ToLower(text[max(0, m.Start-10):m.Start])
	for _, h := range []struct {
		w string
		g byte
	}{{"mr. ", 'm'}, {"mr ", 'm'}, {"sir ", 'm'}, {"lord ", 'm'}, {"king ", 'm'}, {"prince ", 'm'}, {"sheikh ", 'm'},
		{"mrs. ", 'f'}, {"mrs ", 'f'}, {"ms. ", 'f'}, {"ms ", 'f'}, {"miss ", 'f'}, {"dame ", 'f'}, {"lady ", 'f'},
		{"queen ", 'f'}, {"princess ", 'f'}, {"madam ", 'f'}} {
		if strings.HasSuffix(before, h.w) {
			return h.g
		}
	}
	t := strings.ToLower(m.Person.Title)
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "actress", "queen",
			"princess", "duchess", "empress", "countess", "baroness", "mother", "wife", "daughter", "sister",
			"grandmother", "widow", "policewoman", "sportswoman", "anchorwoman", "first-lady":
			return 'f'
		case "spokesman", "chairman", "congressman", "businessman", "councilman", "actor", "king", "prince",
			"duke", "emperor", "count", "baron", "father", "husband", "son", "brother", "grandfather",
			"widower", "policeman", "sportsman", "anchorman", "sultan", "emir", "sheikh", "pope", "cardinal":
			return 'm'
		}
	}
	if f := strings.Fields(m.Person.Name); len(f) > 1 {
		return lex.givenGender[strings.ToLower(strings.TrimSuffix(f[0], "."))]
	}
	return 0
}

// TestGenderOfAgrees compares genderOf with genderOfRef over honorifics,
// title words and given names of the lexicon in several cases and
// spacings, ASCII and not.
func TestGenderOfAgrees(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var given []string
	for w := range lex.givenGender {
		given = append(given, w)
	}
	if len(given) == 0 {
		t.Fatal("no given names")
	}
	cases := func(w string) []string {
		return []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]}
	}
	var befores []string
	for _, h := range honorifics {
		for _, c := range cases(h.w) {
			befores = append(befores, c, "said "+c, "x"+c, strings.TrimSuffix(c, " ")+"\u00a0", "İ"+c, "\u212a"+c[1:])
		}
	}
	befores = append(befores, "", "the ", "\xff\xfemr ", "İNG ", "K\u0130NG ", "MİSS ")
	var titles []string
	for w := range titleGender {
		for _, c := range cases(w) {
			titles = append(titles, c, "vice "+c, c+"-elect", "  "+c+" ", "ex-"+c, "Ünited "+c, c+"s", "very long adjective "+c)
		}
	}
	titles = append(titles, "", "-", " - ", "Finance Minister", "first-lady", "First Lady", "SPOKESWOMAN", "K\u0130NG",
		"superlongtitlewordwithoutgender", "\u212aing")
	var names []string
	for i, w := range given {
		if i%7 != 0 {
			continue
		}
		for _, c := range cases(w) {
			names = append(names, c, c+" Smith", " "+c+"\tSmith", c+". Smith", c+".", "  "+c+"  ", c+"\u00a0Smith", "Ö"+c+" Smith")
		}
	}
	names = append(names, "", " ", "Smith", "J. Smith", "\tJ.\nSmith", "Jean-Claude Juncker", "Élise Lucet", "İsmail Kara",
		"averyveryveryveryverylongfirstnamethatgoeson Smith")
	n := 0
	check := func(b, title, name string) {
		text := b + name
		m := &extract.Mention{Start: len(b), End: len(text), Text: name, Person: &extract.Person{Name: name, Title: title}}
		if got, want := lex.genderOf(text, m), lex.genderOfRef(text, m); got != want {
			t.Fatalf("genderOf(%q, title %q, name %q) = %q, want %q", b, title, name, got, want)
		}
		n++
	}
	// Each list in full against a few of the others.
	few := func(l []string) []string { return []string{l[0], l[len(l)/3], l[len(l)/2], l[len(l)-1], l[len(l)-3]} }
	for _, b := range befores {
		for _, title := range few(titles) {
			for _, name := range few(names) {
				check(b, title, name)
			}
		}
	}
	for _, title := range titles {
		for _, b := range few(befores) {
			for _, name := range few(names) {
				check(b, title, name)
			}
		}
	}
	for _, name := range names {
		for _, b := range few(befores) {
			for _, title := range few(titles) {
				check(b, title, name)
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d cases", n)
	}
}

// TestHasWordAgrees compares the docBuilder's hasWord, with its ASCII
// path, with the package's hasWord.
func TestHasWordAgrees(t *testing.T) {
	db := &docBuilder{}
	names := []string{"", " ", "-", ",", "s", "S", "Seoul Police", "Puerto Rico Police Department", "POLICES", "police,army",
		"the Ministry of Finance", "Finance-Ministry", "  banks  ", "Bank's", "news", "NEWS Corp", "Policía Nacional",
		"İstanbul Police", "\u212aorea Bank", "Ministry,", "a--b", "ss", "Ss", "x,s, S"}
	words := []string{"", "s", "police", "polic", "ministry", "bank", "banks", "bank's", "news", "new", "corp", "a", "b",
		"policía", "istanbul", "korea", "ss", "x"}
	for _, s := range names {
		for _, w := range words {
			if got, want := db.hasWord(s, w), hasWord(s, w); got != want {
				t.Errorf("hasWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestSplitItemsASCII: for ASCII text, splitItems with ascii set cuts the
// same items as without, when it looks at each word's bytes.
func TestSplitItemsASCII(t *testing.T) {
	for _, text := range []string{
		"The Ministry of DEFENCE said on Monday that U.S.-led talks, Mr O'Neil's AK-47 and don't-stop WORDS ended.",
		"SEOUL (AP) _ South Korea's chief negotiator Lee said the two sides will meet again.",
		"",
	} {
		low := textpkg.LowerASCII(text)
		toks := textpkg.Tokenize(text, nil)
		want := splitItems(text, low, false, toks, 0, len(text), nil, nil, nil)
		got := splitItems(text, low, textpkg.IsASCII(text), toks, 0, len(text), nil, nil, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
		if !slices.Equal(splitItems(text, "", true, toks, 0, len(text), nil, nil, nil), splitItems(text, "", false, toks, 0, len(text), nil, nil, nil)) {
			t.Fatalf("%q: with no lower-cased text", text)
		}
	}
}

// TestAdjectiveSuffix compares hasAdjectiveSuffix with a walk over every
// ending, on the lexicon's words and words built from the endings.
func TestAdjectiveSuffix(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	ref := func(w string) bool {
		for _, suf := range adjectiveSuffixes {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
				return true
			}
		}
		return false
	}
	words := []string{"", "a", "al", "xal", "xxal", "xxxal", "l", "-day", "x-day", "xx-day", "xxx-day", "two-day", "ed", "sled", "fled", "ruled"}
	for w := range lex.vocab {
		words = append(words, w)
	}
	for _, suf := range adjectiveSuffixes {
		for _, p := range []string{"", "x", "xx", "xxx", "xxxx", "é", "éé"} {
			words = append(words, p+suf, p+suf+"x", p+suf[1:], p+strings.ToUpper(suf))
		}
	}
	for _, w := range words {
		if got, want := hasAdjectiveSuffix(w), ref(w); got != want {
			t.Errorf("hasAdjectiveSuffix(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAuxiliaryAt compares isAuxiliaryAt, from the flags, with
// isAuxiliary on classified and unclassified items.
func TestAuxiliaryAt(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := append(strings.Fields(closedClassWords), "to", "do", "does", "did", "and", "or", "quickly", "family", "italy",
		"rally", "badly", "ly", "fly", "going", "attack", "")
	for w := range lex.vocab {
		words = append(words, w)
	}
	for _, w := range words {
		classified := []item{{kind: itemWord, word: w}}
		lex.classify(classified, nil)
		raw := []item{{kind: itemWord, word: w}}
		if got, want := isAuxiliaryAt(classified, 0), isAuxiliary(w); got != want {
			t.Errorf("isAuxiliaryAt(%q) = %v, want %v", w, got, want)
		}
		if got, want := isAuxiliaryAt(raw, 0), isAuxiliary(w); got != want {
			t.Errorf("isAuxiliaryAt(%q), unclassified = %v, want %v", w, got, want)
		}
		if got, want := isAdverb(w), wordFlags(classified, 0)&fAdverb != 0; got != want {
			t.Errorf("%q: isAdverb %v, flag %v", w, got, want)
		}
	}
}

// TestIntransitiveCached checks the intransitive flag that indexVocab
// stores for every word and matches for every match against
// intransitive over their entries.
func TestIntransitiveCached(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for w, k := range lex.vocab {
		wi := &lex.infos[k]
		if wi.intrans != intransitive(wi.entries) {
			t.Fatalf("%q: intrans %v", w, wi.intrans)
		}
		if wi.intrans {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no intransitive word in the lexicon")
	}
	phrases := 0
	for _, text := range []string{
		"Protesters clashed with police and the talks broke down, then the leaders met and agreed to withdraw.",
		"The company called off the strike after it called on workers to carry out the plan; prices went up.",
		"Officials said the earthquake struck at dawn and dozens died as the two sides negotiate.",
	} {
		toks := textpkg.Tokenize(text, nil)
		items := splitItems(text, textpkg.LowerASCII(text), true, toks, 0, len(text), nil, nil, nil)
		var ebuf []entry
		ms := lex.matches(items, lex.classify(items, nil), nil, &ebuf)
		if len(ms) == 0 {
			t.Fatalf("%q: no matches", text)
		}
		for _, m := range ms {
			if m.intrans != intransitive(m.entries) {
				t.Fatalf("%q: match %d-%d intrans %v", text, m.first, m.last, m.intrans)
			}
			if m.last > m.first {
				phrases++
			}
		}
	}
	if phrases == 0 {
		t.Log("no phrase match in the samples")
	}
}

// startsOtherVerb is what clauseOf asked before markVerbGroups: whether
// items[k] begins the verb group of a verb trigger other than f's.
func (s *sentence) startsOtherVerb(f *frame, k int) bool {
	for i := range s.cands {
		c := &s.cands[i]
		if c == f.c || c.pos != posVerb {
			continue
		}
		if k == c.first || k < c.first && k >= s.vgs[i] && s.items[k].word != "to" {
			return k > f.c.last
		}
	}
	return false
}

// TestOtherVerbMarks checks otherVerb against startsOtherVerb for every
// candidate and every item after it, in sentences with several verbs.
func TestOtherVerbMarks(t *testing.T) {
	checked := 0
	for _, text := range []string{
		"Police arrested three men who had attacked a bus and said they would charge them, officials said on Monday.",
		"The rebels, who seized the town last week, have agreed to withdraw and will hold talks to end the fighting.",
		"Protesters clashed with troops and to protest the killings they marched, burned tyres and blocked roads.",
		"He did not say whether the army had been ordered to stop shelling the city or would continue to attack it.",
	} {
		d := buildDoc(t, text, "")
		db := newDocBuilder(d, New().lexicon(), d.Sentences, nil)
		for _, st := range d.Sentences {
			items := splitItems(d.Text, db.low, db.ascii, sentenceTokens(db.tokens, st), st.Start, st.End, nil, d.Mentions, nil)
			var ebuf []entry
			ms := db.lex.matches(items, db.lex.classify(items, nil), nil, &ebuf)
			s := &sentence{docBuilder: db, s: st, items: items, matches: ms}
			s.markVerbs()
			s.cands = s.candidates()
			for i := range s.cands {
				s.vgs = append(s.vgs, s.verbGroupStart(s.cands[i].first))
			}
			s.markVerbGroups()
			for i := range s.cands {
				f := &frame{c: &s.cands[i]}
				for k := f.c.last + 1; k < len(items); k++ {
					if got, want := s.otherVerb[k], s.startsOtherVerb(f, k); got != want {
						t.Fatalf("%q: candidate %d, item %d %q: otherVerb %v, startsOtherVerb %v", text, i, k, items[k].word, got, want)
					}
					checked++
				}
			}
		}
	}
	if checked < 50 {
		t.Fatalf("only %d items checked", checked)
	}
}

// TestSentenceRuns holds sentenceRuns' walk to the binary search per
// mention (extract.SentenceAt) it replaced, over random mentions in and
// between sentences, at and past their ends.
func TestSentenceRuns(t *testing.T) {
	text := "One. Two words here.  Three!\n\nFour five six. Seven"
	// Sentences that touch and sentences with a gap between them.
	sents := []extract.Sentence{{Start: 0, End: 4}, {Start: 4, End: 20}, {Start: 22, End: 28}, {Start: 30, End: 45}, {Start: 45, End: 50}}
	for n := range 200 {
		d := &extract.Doc{Text: text}
		for i := range n % 17 {
			start := (i*37 + n*11) % len(text)
			d.Mentions = append(d.Mentions, extract.Mention{Start: start, End: start + 1})
		}
		order := make([]int, len(d.Mentions))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return d.Mentions[a].Start - d.Mentions[b].Start })
		want := make([][]int, len(sents))
		var kept []int
		for _, i := range order {
			m := &d.Mentions[i]
			if s := extract.SentenceAt(sents, m.Start); m.Start >= sents[s].Start && m.Start < sents[s].End {
				want[s] = append(want[s], i)
				kept = append(kept, i)
			}
		}
		gotOrder, per := sentenceRuns(d, sents, slices.Clone(order), make([][]int, len(sents)))
		if !slices.Equal(gotOrder, kept) {
			t.Fatalf("mentions %v: order %v, want %v", d.Mentions, gotOrder, kept)
		}
		for s := range sents {
			if !slices.Equal(per[s], want[s]) {
				t.Fatalf("mentions %v: sentence %d has %v, want %v", d.Mentions, s, per[s], want[s])
			}
		}
	}
}

// TestOrgCacheByDocument checks that org, cached by mention index, gives
// lex.organization's answer for the document at hand, also when the one
// before had as many mentions.
func TestOrgCacheByDocument(t *testing.T) {
	lex := New().lexicon()
	db := &docBuilder{}
	for _, text := range []string{"The Finance Ministry and Acme Corp met.", "Interior Ministry and Globex Bank met."} {
		d := &extract.Doc{Text: text, Sentences: extract.Sentences(text)}
		for _, w := range []string{"Ministry", "Corp", "Bank"} {
			if i := strings.Index(text, w); i >= 0 {
				d.Mentions = append(d.Mentions, extract.Mention{Type: extract.TypeOrganization, Start: 0, End: i + len(w), Text: text[:i+len(w)]})
			}
		}
		db.reset(d, lex, d.Sentences, nil)
		for i := range d.Mentions {
			for range 2 { // read, then cached
				if got, want := db.org(i), lex.organization(&d.Mentions[i]); got != want {
					t.Fatalf("%q: org(%d) = %+v, want %+v", text, i, got, want)
				}
			}
		}
		db.release()
	}
}
