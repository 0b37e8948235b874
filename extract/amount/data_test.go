package amount

import (
	"os"
	"strings"
	"testing"
)

func TestLexiconLoads(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.iso); n < 170 {
		t.Errorf("ISO table has %d codes, want at least 170", n)
	}
	for _, c := range []string{"USD", "KRW", "SEK", "EUR", "JPY"} {
		if _, ok := lx.iso[c]; !ok {
			t.Errorf("ISO table lacks %s", c)
		}
	}
}

// TestCodesKnown checks that every code the hand-written tables name is in
// the generated ISO list or declared withdrawn.
func TestCodesKnown(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	check := func(where, code string) {
		if _, ok := lx.iso[code]; !ok {
			t.Errorf("%s: code %q is neither in iso4217.tsv nor in withdrawn.tsv", where, code)
		}
	}
	for first, ps := range lx.names {
		for _, p := range ps {
			if p.ref.code != "" {
				check("names.tsv "+first, p.ref.code)
			} else if _, ok := lx.families[p.ref.family]; !ok {
				t.Errorf("names.tsv %s: unknown family %q", first, p.ref.family)
			}
		}
	}
	for s, sym := range lx.symbols {
		if sym.ref.code != "" {
			check("symbols.tsv "+s, sym.ref.code)
		} else if _, ok := lx.families[sym.ref.family]; !ok {
			t.Errorf("symbols.tsv %s: unknown family %q", s, sym.ref.family)
		}
	}
	for name, fam := range lx.families {
		if fam.def != "" {
			check("families.tsv "+name, fam.def)
		}
		for cc, code := range fam.byCountry {
			check("families.tsv "+name+" "+cc, code)
		}
	}
	for code := range lx.codeFlags {
		check("codes.tsv", code)
	}
}

// TestGeneratedProvenance checks the generated file's header and that it
// records its source, so a hand edit or a stale table shows.
func TestGeneratedProvenance(t *testing.T) {
	b, err := os.ReadFile("iso4217_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	head := strings.SplitN(string(b), "\n", 2)[0]
	if !strings.HasPrefix(head, "// Code generated ") || !strings.HasSuffix(head, "DO NOT EDIT.") {
		t.Errorf("iso4217_gen.go first line %q is not a generated-code header", head)
	}
	if isoSourcePackage != "currency-codes" || isoSourceVersion == "" || isoSourceLicence != "MIT" {
		t.Errorf("provenance = %q %q %q, want currency-codes, a version, MIT", isoSourcePackage, isoSourceVersion, isoSourceLicence)
	}
	if !strings.Contains(iso4217TSV, "\nKRW\t410\t0\t") {
		t.Errorf("iso4217.tsv lacks the KRW line with 0 minor digits")
	}
}
