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

// TestCLDRNames checks the generated CLDR names: a generated-code header
// with its source, known current codes, one code per name, and the names
// the rules rely on.
func TestCLDRNames(t *testing.T) {
	b, err := os.ReadFile("cldr_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	head := strings.SplitN(string(b), "\n", 2)[0]
	if !strings.HasPrefix(head, "// Code generated ") || !strings.HasSuffix(head, "DO NOT EDIT.") || !strings.Contains(head, "cldr-numbers-full@") {
		t.Errorf("cldr_gen.go first line %q is not a generated-code header naming cldr-numbers-full", head)
	}
	if cldrSourceVersion == "" || cldrSourceLicence != "Unicode-3.0" {
		t.Errorf("provenance = %q %q, want a version and Unicode-3.0", cldrSourceVersion, cldrSourceLicence)
	}
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, line := range lines(cldrNamesTSV) {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("cldr_names.tsv line %q: want 4 fields", line)
		}
		if _, ok := lx.isoExp[f[1]]; !ok {
			t.Errorf("cldr_names.tsv %q: code %s is not a current ISO code with a minor unit", f[0], f[1])
		}
		if prev, dup := seen[f[0]]; dup {
			t.Errorf("cldr_names.tsv: %q listed twice (%s, %s)", f[0], prev, f[1])
		}
		seen[f[0]] = f[1]
	}
	for name, code := range map[string]string{"thai baht": "THB", "peruvian soles": "PEN", "kuwaiti dinar": "KWD",
		"baht": "THB", "reais": "BRL", "złotych": "PLN", "zlotych": "PLN", "bolívares": "VES"} {
		if got := seen[name]; got != code {
			t.Errorf("cldr_names.tsv: %q -> %q, want %s", name, got, code)
		}
	}
	// Shared words go to the hand-written families, common words nowhere.
	for _, name := range []string{"dollars", "dinars", "pesos", "real", "won"} {
		if code, ok := seen[name]; ok {
			t.Errorf("cldr_names.tsv lists %q (%s); a shared or common word must be left out", name, code)
		}
	}
}

func TestMinorFactor(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]float64{"USD": 0.01, "KWD": 0.001, "UAH": 0.01, "XXX": 0.01} {
		if got := lx.minorFactor(code); got != want {
			t.Errorf("minorFactor(%s) = %g, want %g", code, got, want)
		}
	}
}
