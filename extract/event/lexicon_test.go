package event

import (
	"fmt"
	textpkg "github.com/eventwire/eventwire/extract/text"
	"slices"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

func TestLexicon(t *testing.T) {
	lex, err := parseLexicon(triggersData)
	if err != nil {
		t.Fatalf("parse embedded triggers.txt: %v", err)
	}
	tests := []struct {
		name, form, typ, cameo, pos string
	}{
		{"regular inflection", "negotiated", "negotiate", "046", posVerb},
		{"e-final inflection", "urging", "appeal", "020", posVerb},
		{"y-final inflection", "pays", "pay", "", posVerb},
		{"doubled consonant", "kidnapped", "abduct", "181", posVerb},
		{"irregular form", "met", "meet", "040", posVerb},
		{"noun", "talks", "negotiate", "046", posNoun},
		{"light verb", "kicked", "", "", posLight},
		{"verb after a noun", "erupted", "", "", posOccur},
		{"statement", "said", "state", "010", posVerb},
		{"four-digit code", "killed", "kill", "1823", posVerb},
		{"every root: 20", "massacred", "massacre", "202", posVerb},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := lex.words[tc.form]
			if !slices.ContainsFunc(es, func(e entry) bool { return e.typ == tc.typ && e.cameo == tc.cameo && e.pos == tc.pos }) {
				t.Errorf("lexicon[%q] = %+v, want an entry %s/%s/%s", tc.form, es, tc.typ, tc.cameo, tc.pos)
			}
		})
	}
	// Every code has a root 01..20, and every root has triggers.
	roots := map[string]bool{}
	for w, es := range lex.words {
		for _, e := range es {
			if e.cameo != "" {
				if !validCameo(e.cameo) {
					t.Errorf("lexicon[%q]: CAMEO code %q is not 2 to 4 digits under a root 01..20", w, e.cameo)
				}
				roots[e.cameo[:2]] = true
			}
		}
	}
	for r := 1; r <= 20; r++ {
		if root := fmt.Sprintf("%02d", r); !roots[root] {
			t.Errorf("no trigger for CAMEO root %s", root)
		}
	}
	for _, typ := range []string{"pay", "trade", "increase", "decrease", "appoint", "resign", "elect", "approve", "disaster", "evacuate", "expire", "die"} {
		found := false
		for _, es := range lex.words {
			for _, e := range es {
				found = found || e.typ == typ && e.cameo == ""
			}
		}
		if !found {
			t.Errorf("no trigger of type %q without a CAMEO code", typ)
		}
	}
}

func TestWordLists(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatalf("parse embedded lists: %v", err)
	}
	if !lex.inClass("hostages", "people") || lex.inClass("report", "people") {
		t.Errorf("classes.txt: hostages should be people, a report not")
	}
	if g := lex.governors["refused"]; g.modality != modalityNegated {
		t.Errorf("governors[refused] = %+v, want negated", g)
	}
	if g := lex.governors["urged"]; g.modality != extract.ModalityHoped || !g.object {
		t.Errorf("governors[urged] = %+v, want hoped with the object as subject", g)
	}
	if lex.actorNouns["ministry"] != "ministry" || lex.actorNouns["minister"] != "title" {
		t.Errorf("actors.txt: ministry = %q, minister = %q", lex.actorNouns["ministry"], lex.actorNouns["minister"])
	}
	for _, tc := range []struct{ name, data string }{
		{"class without words", "people\n"},
	} {
		if _, err := parseClasses(tc.data); err == nil {
			t.Errorf("parseClasses(%s) = nil error, want one", tc.name)
		}
	}
	for _, data := range []string{"someday refuse\n", "future\n", "hoped @object\n"} {
		if _, err := parseGovernors(data); err == nil {
			t.Errorf("parseGovernors(%q) = nil error, want one", data)
		}
	}
	if _, err := parseActorNouns("police\n"); err == nil {
		t.Errorf("parseActorNouns without words = nil error, want one")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ name, data string }{
		{"too few fields", "meet 04 verb\n"},
		{"unknown part of speech", "meet 04 adverb soon\n"},
		{"light verb with a type", "meet - light =held\n"},
		{"verb without a type", "- - verb meet\n"},
		{"code with a root past 20", "meet 21 verb meet\n"},
		{"code of five digits", "meet 04011 verb meet\n"},
		{"unknown condition", "meet 04 verb @when=now meet\n"},
		{"condition without argument", "meet 04 verb @obj meet\n"},
		{"condition without words", "meet 04 verb @money\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseLexicon(tc.data); err == nil {
				t.Errorf("parseLexicon(%q) = nil error, want one", tc.data)
			}
		})
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"sign", []string{"sign", "signs", "signed", "signing"}},
		{"agree", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"pay", []string{"pay", "pays", "payed", "paying"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"approach", []string{"approach", "approaches", "approached", "approaching"}},
		{"stab", []string{"stab", "stabs", "stabbed", "stabbing"}},
		{"expel", []string{"expel", "expels", "expelled", "expelling"}},
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
	}
	for _, tc := range tests {
		if got := inflect(tc.verb); !slices.Equal(got, tc.want) {
			t.Errorf("inflect(%q) = %q, want %q", tc.verb, got, tc.want)
		}
	}
}

func TestClosedClassTable(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// Every listed word has a class, and the table says what the
	// predicates say.
	for w, f := range lex.closed {
		if f == 0 {
			t.Errorf("closedClassWords: %q is in no class (a typo?)", w)
		}
		if f != classFlags(w) {
			t.Errorf("closed[%q] = %b, classFlags = %b", w, f, classFlags(w))
		}
	}
	for _, tc := range []struct {
		w    string
		want uint16
	}{{"against", fPrep}, {"whereas", fClause}, {"might", fModal}, {"been", fBe}, {"hadn't", fNeg},
		{"became", fCommonVerb}, {"reportedly", fAdverb}, {"nor", fNotNP}} {
		if lex.closed[tc.w]&tc.want == 0 {
			t.Errorf("closed[%q] = %b, want bit %b: the word list lags its predicate", tc.w, lex.closed[tc.w], tc.want)
		}
	}
	const officials = "Officials unexpectedly met"
	items := splitItems(officials, "", false, textpkg.Tokenize(officials, nil), 0, len(officials), nil, nil, nil)
	lex.classify(items, nil)
	if items[1].flags&fAdverb == 0 || items[0].flags&^fClassified != 0 {
		t.Errorf("classify: flags %b %b, want an adverb in -ly and no class for a noun", items[1].flags, items[0].flags)
	}
}
