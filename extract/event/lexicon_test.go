package event

import (
	"slices"
	"testing"
)

func TestLexicon(t *testing.T) {
	lex, err := parseLexicon(triggersData)
	if err != nil {
		t.Fatalf("parse embedded triggers.txt: %v", err)
	}
	tests := []struct {
		name, form, typ, cameo, pos string
	}{
		{"regular inflection", "negotiated", "negotiate", "04", posVerb},
		{"e-final inflection", "urging", "demand", "02", posVerb},
		{"y-final inflection", "pays", "pay", "", posVerb},
		{"irregular form", "met", "meet", "04", posVerb},
		{"noun", "talks", "negotiate", "04", posNoun},
		{"light verb", "kicked", "", "", posLight},
		{"statement", "said", "state", "01", posVerb},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := lex.words[tc.form]
			if !slices.ContainsFunc(es, func(e entry) bool { return e.typ == tc.typ && e.cameo == tc.cameo && e.pos == tc.pos }) {
				t.Errorf("lexicon[%q] = %+v, want an entry %s/%s/%s", tc.form, es, tc.typ, tc.cameo, tc.pos)
			}
		})
	}
	// Every type maps to at most one CAMEO root per trigger line; a code is
	// two digits.
	for w, es := range lex.words {
		for _, e := range es {
			if e.cameo != "" && (len(e.cameo) != 2 || e.cameo < "01" || e.cameo > "20") {
				t.Errorf("lexicon[%q]: CAMEO code %q is not a root code 01..20", w, e.cameo)
			}
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ name, data string }{
		{"too few fields", "meet 04 verb\n"},
		{"unknown part of speech", "meet 04 adverb soon\n"},
		{"light verb with a type", "meet - light =held\n"},
		{"verb without a type", "- - verb meet\n"},
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
	}
	for _, tc := range tests {
		if got := inflect(tc.verb); !slices.Equal(got, tc.want) {
			t.Errorf("inflect(%q) = %q, want %q", tc.verb, got, tc.want)
		}
	}
}
