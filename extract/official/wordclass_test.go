package official

import (
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/extracttest"
)

// randomText joins n words drawn from pool, some capitalized, upper- or
// lower-cased, hyphenated or followed by punctuation, so that the tokens
// hit every table as written and in other cases.
func randomText(r *rand.Rand, pool []string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		w := pool[r.Intn(len(pool))]
		switch r.Intn(6) {
		case 0:
			w = strings.ToLower(w)
		case 1:
			w = strings.ToUpper(w[:1]) + w[1:]
		case 2:
			w = strings.ToUpper(w)
		case 3:
			w += "-" + pool[r.Intn(len(pool))]
		}
		b.WriteString(w)
		b.WriteString([]string{" ", " ", " ", ", ", ". ", "\n", "'s "}[r.Intn(7)])
	}
	return b.String()
}

// wordPool returns words of every table of lx, in a fixed order.
func wordPool(lx *lexicon) []string {
	var pool []string
	add := func(w string) {
		if w != "" && !strings.ContainsFunc(w, unicode.IsSpace) {
			pool = append(pool, w)
		}
	}
	for _, set := range []map[string]bool{lx.honorific, lx.orgWords, lx.nonName, lx.titles, lx.modifiers, lx.portfolio, lx.eastAsian} {
		for w := range set {
			add(w)
		}
	}
	for w := range lx.cues {
		add(w)
	}
	for w := range lx.titleAbbr {
		add(w)
	}
	for name := range lx.countries {
		for _, w := range strings.Fields(name) {
			add(w)
		}
	}
	n := 0
	for w := range lx.given {
		if n++; n > 300 {
			break
		}
		add(w)
	}
	sort.Strings(pool)
	return append(pool, "Zvorak", "lieutenant-colonel", "Vice-President", "al-Rashid", "Émile", "ÉTAT")
}

// TestTokenInfoMatchesTables checks that what analysis.is, cueAt and
// lowerCueAt answer from their per-token cache is what the tables answer
// word by word.
func TestTokenInfoMatchesTables(t *testing.T) {
	lx := testExtractor().lexicon()
	pool := wordPool(lx)
	r := rand.New(rand.NewSource(18))
	for round := 0; round < 40; round++ {
		text := randomText(r, pool, 200)
		a := newAnalysis(lx, &extract.Doc{Text: text}, nil)
		for k := -1; k <= len(a.toks); k++ {
			w, lw := a.word(k), ""
			if k >= 0 && k < len(a.toks) {
				lw = a.lower[k]
			}
			titleWord := lx.titles[lw]
			if h := strings.LastIndexByte(lw, '-'); !titleWord && h > 0 {
				titleWord = lx.titles[lw[h+1:]] && (lx.titles[lw[:h]] || lx.modifiers[lw[:h]])
			}
			_, country := lx.countries[w]
			want := map[wordClass]bool{
				wcGiven: lx.given[w], wcNames: lx.names[w], wcEastAsian: lx.eastAsian[w],
				wcOrgWord: lx.orgWords[w], wcHonorific: lx.honorific[w], wcTitleAbbr: lx.titleAbbr[w] != "",
				wcCountry: country, wcNonName: lx.nonName[lw], wcTitle: lx.titles[lw],
				wcModifier: lx.modifiers[lw], wcPortfolio: lx.portfolio[lw], wcTitleWord: titleWord,
			}
			for cls, v := range want {
				if got := a.is(k, cls); got != v {
					t.Fatalf("token %d %q (lower %q): class %b = %v, the tables say %v", k, w, lw, cls, got, v)
				}
			}
			for c := cueAct; c <= cueTempmod; c <<= 1 {
				if got := a.cueAt(k, c); got != lx.cue(c, w) {
					t.Fatalf("token %d %q: cue %b = %v, the table says %v", k, w, c, got, !got)
				}
				if got := a.lowerCueAt(k, c); got != lx.cue(c, lw) {
					t.Fatalf("token %d %q: lower-case cue %b = %v, the table says %v", k, lw, c, got, !got)
				}
			}
		}
	}
}

// TestCountryAtMatchesFullScan checks countryAt, which reads past one word
// only from the first word of a country name of several words, against
// the scan of every length.
func TestCountryAtMatchesFullScan(t *testing.T) {
	lx := testExtractor().lexicon()
	var pool []string
	for name := range lx.countries {
		pool = append(pool, strings.Fields(name)...)
	}
	sort.Strings(pool)
	pool = append(pool, "the", "and", "of", "Republic", "Islands")
	r := rand.New(rand.NewSource(5))
	found := 0
	for round := 0; round < 60; round++ {
		a := newAnalysis(lx, &extract.Doc{Text: randomText(r, pool, 150)}, nil)
		for s := range a.toks {
			want := s
			for L := 1; L <= lx.maxCountry && s+L <= len(a.toks); L++ {
				if a.toks[s+L-1].kind != tWord || (L > 1 && a.toks[s+L-1].nlBefore) {
					break
				}
				if _, ok := lx.countries[a.span(s, s+L)]; ok {
					want = s + L
				}
			}
			if got := a.countryAt(s); got != want {
				t.Fatalf("countryAt(%q...) = %q, the full scan says %q", a.span(s, min(s+4, len(a.toks))), a.span(s, got), a.span(s, want))
			}
			if want > s+1 {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no country name of several words in the random texts: the test tests nothing")
	}
}

// TestScratchReuseKeepsOutput runs one extractor over documents long and
// short in turn, so that each reuses the buffers of a larger or smaller
// one, and checks every output against an analysis with new buffers.
func TestScratchReuseKeepsOutput(t *testing.T) {
	ex := New()
	lx := ex.lexicon()
	var texts []string
	for _, art := range extracttest.Articles(t) {
		texts = append(texts, art.Text)
	}
	if len(texts) < 2 {
		t.Fatal("need two articles or more in testdata")
	}
	sort.Slice(texts, func(i, j int) bool { return len(texts[i]) > len(texts[j]) })
	order := append(append([]string{}, texts...), texts[len(texts)-1], texts[0], texts[len(texts)/2])
	for i, text := range order {
		d := &extract.Doc{Text: text}
		got := ex.Extract(d)
		a := newAnalysis(lx, d, nil)
		a.findNames()
		a.resolve()
		if want := a.mentions(); !reflect.DeepEqual(got, want) {
			t.Fatalf("document %d (%d bytes): reused buffers give %d mentions, new buffers %d", i, len(text), len(got), len(want))
		}
	}
}

// TestPhraseEndsMatchFullScan checks titleHeadAt, titleHeadEndingAt and
// portfolioEndingAt, which read past one word only from a word that can
// start or end a phrase of several words, against the scan of every length.
func TestPhraseEndsMatchFullScan(t *testing.T) {
	lx := testExtractor().lexicon()
	var pool []string
	for _, set := range []map[string]bool{lx.titles, lx.portfolio} {
		for p := range set {
			pool = append(pool, strings.Fields(p)...)
		}
	}
	sort.Strings(pool)
	pool = append(pool, "the", "of", "secretaries", "ministers", "Kim")
	// key returns the words [s, e) joined as the tables' keys are, or ""
	// when they are not words (of one line, if oneLine is set).
	key := func(a *analysis, s, e int, oneLine bool) string {
		for k := s; k < e; k++ {
			if !a.isWord(k) || oneLine && k > s && a.toks[k].nlBefore {
				return ""
			}
		}
		return string(a.joinLower(s, e))
	}
	// Every phrase of the tables once, then random texts.
	var phrases []string
	for _, set := range []map[string]bool{lx.titles, lx.portfolio} {
		for p := range set {
			phrases = append(phrases, p)
		}
	}
	sort.Strings(phrases)
	texts := []string{strings.Join(phrases, " and ")}
	r := rand.New(rand.NewSource(7))
	for round := 0; round < 40; round++ {
		texts = append(texts, randomText(r, pool, 150))
	}
	multi := 0
	for _, text := range texts {
		a := newAnalysis(lx, &extract.Doc{Text: text}, nil)
		for k := 0; k <= len(a.toks); k++ {
			head, ending, port := -1, -1, -1
			if a.isRoleNoun(k) {
				head = k + 1
			}
			for L := 1; L <= lx.maxTitle; L++ {
				if k+L <= len(a.toks) {
					if p := key(a, k, k+L, true); p != "" && (lx.titles[p] || lx.titles[string(singularKey([]byte(p)))]) {
						head = k + L
					}
				}
				if k-L >= 0 {
					if p := key(a, k-L, k, true); p != "" && lx.titles[p] {
						ending = k - L
					}
				}
			}
			for L := 1; L <= lx.maxPort && k-L >= 0; L++ {
				if p := key(a, k-L, k, false); p != "" && lx.portfolio[p] {
					port = k - L
				}
			}
			if head > k+1 {
				multi++
			}
			if got := a.titleHeadAt(k); got != head {
				t.Fatalf("titleHeadAt(%d %q) = %d, the full scan says %d", k, a.word(k), got, head)
			}
			if got := a.titleHeadEndingAt(k); got != ending {
				t.Fatalf("titleHeadEndingAt(%d %q) = %d, the full scan says %d", k, a.word(k-1), got, ending)
			}
			if got := a.portfolioEndingAt(k); got != port {
				t.Fatalf("portfolioEndingAt(%d %q) = %d, the full scan says %d", k, a.word(k-1), got, port)
			}
		}
	}
	if multi == 0 {
		t.Fatal("no title head of several words in the random texts: the test tests nothing")
	}
}

// TestTitleAffOfMatchesToLower checks the key-buffer lookup against
// strings.ToLower on every title of the table, in other cases too.
func TestTitleAffOfMatchesToLower(t *testing.T) {
	lx := testExtractor().lexicon()
	a := newAnalysis(lx, &extract.Doc{Text: "x"}, nil)
	n := 0
	for title := range lx.titleAff {
		for _, v := range []string{title, strings.ToUpper(title), strings.ToUpper(title[:1]) + title[1:], title + "s", "É" + title} {
			if got, want := a.titleAffOf(v), lx.titleAff[strings.ToLower(v)]; got != want {
				t.Fatalf("titleAffOf(%q) = %q, the table says %q", v, got, want)
			}
			if a.titleAffOf(v) != "" {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no title found an affiliation: the test tests nothing")
	}
}

// refTokenInfo is what the tables say of a token, word by word from the
// tables themselves: the reference for lexicon.tokenInfo and its indexes.
func refTokenInfo(lx *lexicon, w, lw string) tokenInfo {
	var cls wordClass
	on := func(c wordClass, ok bool) {
		if ok {
			cls |= c
		}
	}
	full, abbr := lx.titleAbbr[w]
	_, country := lx.countries[w]
	countryStart := false
	for name := range lx.countries {
		if i := strings.IndexFunc(name, unicode.IsSpace); i > 0 && name[:i] == w {
			countryStart = true
			break
		}
	}
	titleFirst, titleLast, portLast := false, false, false
	for t := range lx.titles {
		if i := strings.IndexByte(t, ' '); i >= 0 {
			titleFirst = titleFirst || t[:i] == lw
			titleLast = titleLast || t[strings.LastIndexByte(t, ' ')+1:] == lw
		}
	}
	for t := range lx.portfolio {
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			portLast = portLast || t[i+1:] == lw
		}
	}
	titleWord := lx.titles[lw]
	if h := strings.LastIndexByte(lw, '-'); h > 0 {
		titleWord = titleWord || lx.titles[lw[h+1:]] && (lx.titles[lw[:h]] || lx.modifiers[lw[:h]])
	}
	on(wcGiven, lx.given[w])
	on(wcNames, lx.names[w])
	on(wcEastAsian, lx.eastAsian[w])
	on(wcOrgWord, lx.orgWords[w])
	on(wcHonorific, lx.honorific[w])
	on(wcTitleAbbr, full != "")
	on(wcAbbrKey, abbr)
	pairLast := false
	for k := range lx.titleAbbr {
		for i := range len(k) {
			pairLast = pairLast || k[i] == ' ' && k[i+1:] == w
		}
	}
	on(wcAbbrPairLast, pairLast)
	on(wcCountry, country)
	on(wcCountryStart, countryStart)
	on(wcNonName, lx.nonName[lw])
	on(wcTitle, lx.titles[lw])
	on(wcModifier, lx.modifiers[lw])
	on(wcPortfolio, lx.portfolio[lw])
	on(wcAppoint, appointVerb[lw])
	on(wcTitleWord, titleWord)
	on(wcTitleFirst, titleFirst)
	on(wcTitleLast, titleLast)
	on(wcPortfolioLast, portLast)
	return tokenInfo{cls: cls, cueWritten: lx.cues[w], cueLower: lx.cues[lw], known: true}
}

// TestTokenInfoOfEveryKey checks lexicon.tokenInfo, which answers from
// byWord, lowerWord and single in one lookup or none, against the tables
// for every key of every word table in lower case, title case, capitals
// and mixed case, and for tokens that are no words; and the abbreviation
// and name-cue filters that read the same indexes.
func TestTokenInfoOfEveryKey(t *testing.T) {
	lx := testExtractor().lexicon()
	keys := map[string]bool{}
	for _, set := range []map[string]bool{lx.given, lx.names, lx.eastAsian, lx.orgWords, lx.honorific, lx.nonName, lx.titles, lx.modifiers, lx.portfolio} {
		for w := range set {
			keys[w] = true
		}
	}
	for w := range lx.titleAbbr {
		keys[w] = true
	}
	for w := range lx.countries {
		keys[w] = true
		keys[strings.Fields(w)[0]] = true
	}
	for w := range lx.cues {
		keys[w] = true
	}
	for w := range appointVerb {
		keys[w] = true
	}
	// A sample of the keys in every form: the reference scans the tables
	// and is slow.
	var sample []string
	for w := range keys {
		sample = append(sample, w)
	}
	sort.Strings(sample)
	r := rand.New(rand.NewSource(18))
	r.Shuffle(len(sample), func(i, j int) { sample[i], sample[j] = sample[j], sample[i] })
	sample = append(sample[:min(len(sample), 1500)], "lieutenant-colonel", "Vice-President", "VICE-PRESIDENT", "vice-Premier", "Émile", "ÉTAT", "état", "Zvorak", "mr.", "MR.", "Mr.", "jr.", "JR.")
	for w := range lx.lowered {
		sample = append(sample, w) // every key that a lower-case word can match
	}
	m := 0
	for _, k := range sample {
		if k == "" {
			continue
		}
		forms := []string{k, strings.ToLower(k), strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:], strings.ToUpper(k[:1]) + strings.ToLower(k[1:])}
		if len(k) > 1 {
			forms = append(forms, strings.ToLower(k[:1])+strings.ToUpper(k[1:2])+k[2:])
		}
		for _, w := range forms {
			lw := strings.ToLower(w)
			want := refTokenInfo(lx, w, lw)
			if got := lx.tokenInfo(w, lw, true); got != want {
				t.Fatalf("tokenInfo(%q, %q) = %+v, the tables say %+v", w, lw, got, want)
			}
			if want.cls != 0 || want.cueLower != 0 {
				m++
			}
			if got, want := lx.written(w), (wordEntry{cls: want.cls & (wcGiven | wcNames | wcEastAsian | wcOrgWord | wcHonorific | wcTitleAbbr | wcAbbrKey | wcAbbrPairLast | wcCountry | wcCountryStart), cue: want.cueWritten}); got != want {
				t.Fatalf("written(%q) = %+v, the tables say %+v", w, got, want)
			}
			if lx.cues[w]&(cueParticle|cueSuffix) != 0 && lx.nameCue[w[0]]&(1<<min(len(w), 15)) == 0 {
				t.Fatalf("nameCue rules out %q, a particle or suffix", w)
			}
		}
	}
	if m == 0 {
		t.Fatal("no word in any table: the test tests nothing")
	}
	// Tokens that are no words have no lower case.
	nonWords := []string{"'s", "’s", "1990", "3.5", "—", "«", "’"}
	for b := 0; b < utf8.RuneSelf; b++ {
		nonWords = append(nonWords, string(rune(b)))
	}
	for _, w := range nonWords {
		if got, want := lx.tokenInfo(w, "", false), refTokenInfo(lx, w, ""); got != want {
			t.Fatalf("tokenInfo(%q, \"\") = %+v, the tables say %+v", w, got, want)
		}
	}
}

// TestIsAbbrevMatchesTables checks isAbbrev, which looks up one small set
// behind a first-byte filter, against the four tables it stands for, for
// every key of them and of the word tables in several cases, with and
// without a final period.
func TestIsAbbrevMatchesTables(t *testing.T) {
	lx := testExtractor().lexicon()
	a := newAnalysis(lx, &extract.Doc{Text: "x"}, nil)
	ref := func(w string) bool {
		core := w[:len(w)-1]
		if len(core) == 1 {
			return core[0] >= 'A' && core[0] <= 'Z'
		}
		if strings.Contains(core, ".") {
			return true
		}
		if lx.honorific[w] || lx.cue(cueSuffix, w) || lx.orgWords[w] {
			return true
		}
		if _, ok := lx.titleAbbr[w]; ok {
			return true
		}
		switch core {
		case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Mt", "Ft", "St":
			return true
		}
		return false
	}
	var words []string
	for _, set := range []map[string]bool{lx.honorific, lx.orgWords, lx.nonName, lx.titles, lx.eastAsian} {
		for w := range set {
			words = append(words, w)
		}
	}
	for w := range lx.titleAbbr {
		words = append(words, w)
	}
	for w := range lx.cues {
		words = append(words, w)
	}
	words = append(words, "Mr", "said", "K", "U.S", "Jan", "É", "Émile")
	yes := 0
	for _, k := range words {
		if k == "" {
			continue
		}
		for _, w := range []string{k, k + ".", strings.ToLower(k) + ".", strings.ToUpper(k) + ".", strings.ToUpper(k[:1]) + k[1:] + "."} {
			if len(w) < 2 {
				continue
			}
			want := ref(w)
			if got := a.isAbbrev(w); got != want {
				t.Fatalf("isAbbrev(%q) = %v, the tables say %v", w, got, want)
			}
			if want {
				yes++
			}
		}
	}
	if yes == 0 {
		t.Fatal("no abbreviation: the test tests nothing")
	}
}

// TestTitleAbbrPairAndNameToks checks two shortcuts against what they
// stand for, over every key of titleAbbr and random texts: prenominal's
// class test before the two-word lookup, and the nameTok answers of
// markLines (isName).
func TestTitleAbbrPairAndNameToks(t *testing.T) {
	lx := testExtractor().lexicon()
	var keys []string
	for k := range lx.titleAbbr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	texts := []string{strings.Join(keys, " Kim Lee said. ")}
	pool := append(wordPool(lx), keys...)
	r := rand.New(rand.NewSource(11))
	for round := 0; round < 30; round++ {
		texts = append(texts, randomText(r, pool, 200))
	}
	pairs := 0
	for _, text := range texts {
		a := newAnalysis(lx, &extract.Doc{Text: text}, nil)
		for k := range a.toks {
			if a.isName[k] != a.nameTok(k) {
				t.Fatalf("isName says %v of token %d %q, nameTok %v", a.isName[k], k, a.word(k), !a.isName[k])
			}
			if k < 2 {
				continue
			}
			want := lx.titleAbbr[a.word(k-2)+" "+a.word(k-1)] != ""
			if got := a.is(k-1, wcAbbrPairLast) && a.titleAbbrPair(k-2) != ""; got != want {
				t.Fatalf("title abbreviation %q %q: %v, the table says %v", a.word(k-2), a.word(k-1), got, want)
			}
			if want {
				pairs++
			}
		}
	}
	if pairs == 0 {
		t.Fatal("no title abbreviation of two words: the test tests nothing")
	}
}
