package date

import (
	"strings"
	"testing"
)

// TestRuleTable: every named rule has a distinct name of the form
// "date/<group>/<name>" (or "date/<name>"), which no modifier prefix
// shadows, and the family the table gives it is the one its name's prefix
// says.
func TestRuleTable(t *testing.T) {
	if ruleCount > ruleBaseMask+1 {
		t.Fatalf("%d named rules; the low byte of a ruleID holds %d", ruleCount, ruleBaseMask+1)
	}
	seen := map[string]ruleID{}
	for id := ruleID(0); id < ruleCount; id++ {
		info := ruleTable[id]
		n := info.name
		if !strings.HasPrefix(n, "date/") || len(n) == len("date/") || strings.HasPrefix(n, "date/mod/") ||
			strings.HasSuffix(n, "/") || strings.ContainsAny(n, " \t\"") {
			t.Errorf("rule %d: name %q is not of the form date/...", id, n)
		}
		if old, ok := seen[n]; ok {
			t.Errorf("rules %d and %d share the name %q", old, id, n)
		}
		seen[n] = id
		want := famNone
		for f, p := range familyPrefix {
			if p != "" && strings.HasPrefix(n, p) {
				want = ruleFamily(f)
			}
		}
		if info.family != want {
			t.Errorf("rule %q: family %d, its name says %d", n, info.family, want)
		}
		if id.name() != n {
			t.Errorf("rule %d: name() %q, table %q", id, id.name(), n)
		}
	}
}

// TestRuleIDDerived checks every modified and suffixed rule against the
// strings the rules built before the ids (the modifier as "date/mod/" +
// mod + "-" + the name without "date/", each suffix appended): the names
// are equal and distinct, and the tests the joins make on ids answer as
// the string tests did.
func TestRuleIDDerived(t *testing.T) {
	sufs := []ruleSuffix{sufInYear, sufTime, sufOfYear}
	var seqs [][]ruleSuffix
	var grow func(seq []ruleSuffix)
	grow = func(seq []ruleSuffix) {
		seqs = append(seqs, seq)
		if len(seq) == ruleSuffixSlots {
			return
		}
		for _, x := range sufs {
			grow(append(append([]ruleSuffix(nil), seq...), x))
		}
	}
	grow(nil)
	oldMod := map[ruleModifier]string{modStart: "START", modEnd: "END", modMid: "MID"}
	seen := map[string]ruleID{}
	for base := ruleID(0); base < ruleCount; base++ {
		for _, m := range []ruleModifier{modNone, modStart, modEnd, modMid} {
			for _, seq := range seqs {
				id, want := base, ruleTable[base].name
				if m != modNone {
					id = id.withMod(modifierOf(oldMod[m]))
					want = "date/mod/" + map[string]string{"START": "start", "END": "end", "MID": "mid"}[oldMod[m]] + "-" + want[len("date/"):]
				}
				for _, x := range seq {
					id = id.withSuffix(x)
					want += map[ruleSuffix]string{sufInYear: "-in-year", sufTime: "-time", sufOfYear: "-of-year"}[x]
				}
				got := id.name()
				if got != want {
					t.Fatalf("rule %d, mod %d, suffixes %v: name %q, want %q", base, m, seq, got, want)
				}
				if old, ok := seen[got]; ok && old != id {
					t.Fatalf("ids %#x and %#x share the name %q", old, id, got)
				}
				seen[got] = id
				if id.base() != base || id.mod() != m {
					t.Fatalf("%q: base %d mod %d, want %d %d", got, id.base(), id.mod(), base, m)
				}
				for f := famClock; int(f) < len(familyPrefix); f++ {
					if id.in(f) != strings.HasPrefix(got, familyPrefix[f]) {
						t.Errorf("%q: in(%d) = %v, its prefix %q says otherwise", got, f, id.in(f), familyPrefix[f])
					}
				}
				if len(seq) > 0 && (id.lastSuffix() == sufTime) != strings.HasSuffix(got, "-time") {
					t.Errorf("%q: lastSuffix %d", got, id.lastSuffix())
				}
				if (id == base) != (got == ruleTable[base].name) {
					t.Errorf("%q: equal to its base id %v, names equal %v", got, id == base, got == ruleTable[base].name)
				}
			}
		}
	}
}
