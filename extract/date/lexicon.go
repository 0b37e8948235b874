package date

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	ltext "github.com/eventwire/eventwire/extract/text"
)

// The word lists are hand-written for eventwire from common knowledge of the
// English calendar (no third-party source); see the header of each file.
//
//go:embed data/*.txt
var lexiconFS embed.FS

// holiday is a date rule: a fixed month and day, the nth weekday of a
// month (nth -1 is the last), or an offset from Easter Sunday.
type holiday struct {
	month, day   int
	nth, weekday int
	easter       bool
	offset       int
}

// lexicon holds the word tables, loaded once per Extractor.
type lexicon struct {
	months   map[string]int
	weekdays map[string]int
	numbers  map[string]int
	ordinals map[string]int
	units    map[string]string
	holidays map[string]holiday
	// holidayFirst maps a holiday's first word to the longest name length
	// in words, so a scan only tries names that can start there.
	holidayFirst map[string]int
	// cues holds the named word sets of cues.txt.
	cues map[string]map[string]bool
	// future, past, be, present and det are the tense cues (tense.txt).
	future, past, be, present, det map[string]bool
	// leads are the function words among the starters (cues.txt "lead").
	leads map[string]bool
	// The word tables of words.txt, one field per table so a rule's lookup
	// stays a single map access.
	approx, pos, posOf, ref       map[string]string
	setAdverb, setUnit, setPlural map[string]string
	partOfDay, dayPart, season    map[string]string
	decade, tens                  map[string]int
	approx2                       map[[2]string]string
	// unitGran maps a calendar unit word to its granularity ("week").
	unitGran map[string]gran
	// setPrefixed maps a prefixed set adverb, split at its hyphen, to its
	// value ("bi"-"weekly" is P2W).
	setPrefixed map[[2]string]string
	// zones and rangeSep are the cues.txt sets "zone" and "range-sep".
	zones, rangeSep map[string]bool
	// starters holds every word that can begin an expression; the scanner
	// skips other words without trying the rules.
	starters map[string]bool
	// member maps a word to the tables that hold it (tables.go).
	member map[string]tableBit
	// words is member as a hash table cheaper to ask (text.WordTable).
	words *ltext.WordTable[tableBit]
	// startBit is the bit of member marking the start words of allRules[k]
	// (start.go), 0 for a start without words.
	startBit []tableBit
	// starts holds, as sets of allRules indexes, the rules each bit of
	// member can begin, those a number can begin and those that begin
	// anywhere (start.go).
	starts starts
}

func readTable(name string, fn func(key, val string) error) error {
	b, err := lexiconFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("date lexicon %s: %w", name, err)
	}
	for n, line := range ltext.Lines(string(b)) {
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("date lexicon %s line %d: no tab", name, n)
		}
		if err := fn(k, strings.TrimSpace(v)); err != nil {
			return fmt.Errorf("date lexicon %s line %d: %w", name, n, err)
		}
	}
	return nil
}

func intTable(name string) (map[string]int, error) {
	m := map[string]int{}
	err := readTable(name, func(k, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil {
			return err
		}
		m[k] = n
		return nil
	})
	return m, err
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{units: map[string]string{}, holidays: map[string]holiday{}, holidayFirst: map[string]int{}}
	var err error
	if lx.months, err = intTable("months.txt"); err != nil {
		return nil, err
	}
	if lx.weekdays, err = intTable("weekdays.txt"); err != nil {
		return nil, err
	}
	if lx.numbers, err = intTable("numbers.txt"); err != nil {
		return nil, err
	}
	if lx.ordinals, err = intTable("ordinals.txt"); err != nil {
		return nil, err
	}
	if err = readTable("units.txt", func(k, v string) error { lx.units[k] = v; return nil }); err != nil {
		return nil, err
	}
	err = readTable("holidays.txt", func(k, v string) error {
		h, err := parseHoliday(v)
		if err != nil {
			return err
		}
		lx.holidays[k] = h
		words := holidayWords(k)
		if len(words) > lx.holidayFirst[words[0]] {
			lx.holidayFirst[words[0]] = len(words)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.cues = map[string]map[string]bool{}
	err = readTable("cues.txt", func(k, v string) error {
		if lx.cues[k] == nil {
			lx.cues[k] = map[string]bool{}
		}
		lx.cues[k][v] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.future, lx.past, lx.be = map[string]bool{}, map[string]bool{}, map[string]bool{}
	lx.present, lx.det = map[string]bool{}, map[string]bool{}
	err = readTable("tense.txt", func(k, v string) error {
		switch v {
		case "future":
			lx.future[k] = true
		case "past":
			lx.past[k] = true
		case "be":
			lx.be[k] = true
		case "present":
			lx.present[k] = true
		case "det":
			lx.det[k] = true
		default:
			return fmt.Errorf("tense cue %q: unknown kind %q", k, v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.leads = lx.cues["lead"]
	lx.zones, lx.rangeSep = lx.cues["zone"], lx.cues["range-sep"]
	if err = loadWords(lx); err != nil {
		return nil, err
	}
	lx.starters = map[string]bool{}
	for w := range lx.cues["starter"] {
		lx.starters[w] = true
	}
	for _, m := range []map[string]int{lx.months, lx.weekdays, lx.numbers, lx.ordinals, lx.holidayFirst} {
		for w := range m {
			lx.starters[w] = true
		}
	}
	for w := range lx.units {
		lx.starters[w] = true
	}
	for w := range lx.setAdverb {
		lx.starters[w] = true
	}
	for w := range lx.ref {
		lx.starters[w] = true
	}
	if err := buildMembership(lx); err != nil {
		return nil, err
	}
	for _, m := range []map[string]string{lx.pos, lx.posOf} {
		for w, mod := range m {
			if modifierOf(mod) == modNone {
				return nil, fmt.Errorf("date lexicon: position word %q: mod %q is none of START, END, MID", w, mod)
			}
		}
	}
	return lx, nil
}

// loadWords reads words.txt into the lexicon's word tables; a table the
// rules need but the file lacks is an error, not a silent empty map.
func loadWords(lx *lexicon) error {
	str := map[string]*map[string]string{
		"approx": &lx.approx, "pos": &lx.pos, "pos-of": &lx.posOf, "ref": &lx.ref,
		"set-adverb": &lx.setAdverb, "set-unit": &lx.setUnit, "set-plural": &lx.setPlural,
		"part-of-day": &lx.partOfDay, "day-part": &lx.dayPart, "season": &lx.season,
	}
	num := map[string]*map[string]int{"decade": &lx.decade, "tens": &lx.tens}
	pairs := map[string]*map[[2]string]string{"approx2": &lx.approx2, "set-prefixed": &lx.setPrefixed}
	err := readTable("words.txt", func(k, v string) error {
		word, val, ok := strings.Cut(v, "\t")
		if !ok {
			return fmt.Errorf("table %s: no value for %q", k, v)
		}
		word, val = strings.TrimSpace(word), strings.TrimSpace(val)
		if m, ok := str[k]; ok {
			if *m == nil {
				*m = map[string]string{}
			}
			(*m)[word] = val
			return nil
		}
		if m, ok := pairs[k]; ok {
			w1, w2, ok := strings.Cut(word, " ")
			if !ok {
				return fmt.Errorf("table %s: %q is not two words", k, word)
			}
			if *m == nil {
				*m = map[[2]string]string{}
			}
			(*m)[[2]string{w1, w2}] = val
			return nil
		}
		if k == "unit-gran" {
			g, ok := granByName(val)
			if !ok {
				return fmt.Errorf("table unit-gran: unknown granularity %q", val)
			}
			if lx.unitGran == nil {
				lx.unitGran = map[string]gran{}
			}
			lx.unitGran[word] = g
			return nil
		}
		if m, ok := num[k]; ok {
			n, err := strconv.Atoi(val)
			if err != nil {
				return fmt.Errorf("table %s: %w", k, err)
			}
			if *m == nil {
				*m = map[string]int{}
			}
			(*m)[word] = n
			return nil
		}
		return fmt.Errorf("unknown table %q", k)
	})
	if err != nil {
		return err
	}
	for k, m := range str {
		if *m == nil {
			return fmt.Errorf("date lexicon words.txt: table %s missing", k)
		}
	}
	for k, m := range num {
		if *m == nil {
			return fmt.Errorf("date lexicon words.txt: table %s missing", k)
		}
	}
	if lx.approx2 == nil {
		return fmt.Errorf("date lexicon words.txt: table approx2 missing")
	}
	for _, set := range []string{"zone", "range-sep", "starter", "sport", "count-noun", "deadline", "street", "measure"} {
		if lx.cues[set] == nil {
			return fmt.Errorf("date lexicon cues.txt: set %s missing", set)
		}
	}
	if lx.unitGran == nil || lx.setPrefixed == nil {
		return fmt.Errorf("date lexicon words.txt: table unit-gran or set-prefixed missing")
	}
	return nil
}

// granByName reads a granularity name of words.txt table unit-gran.
func granByName(name string) (gran, bool) {
	switch name {
	case "century":
		return gCentury, true
	case "decade":
		return gDecade, true
	case "year":
		return gYear, true
	case "half":
		return gHalf, true
	case "quarter":
		return gQuarter, true
	case "season":
		return gSeason, true
	case "month":
		return gMonth, true
	case "week":
		return gWeek, true
	case "weekend":
		return gWeekend, true
	case "day":
		return gDay, true
	}
	return 0, false
}

// holidayWords splits a holiday name the way the tokenizer splits text, so
// that "new year's day" is looked up token by token.
func holidayWords(name string) []string {
	var out []string
	for _, t := range tokenize(name, ltext.LowerASCII(name), nil, nil, nil) {
		out = append(out, t.low)
	}
	return out
}

func parseHoliday(v string) (holiday, error) {
	if rest, ok := strings.CutPrefix(v, "easter"); ok {
		n := 0
		if rest != "" && rest != "+0" {
			var err error
			n, err = strconv.Atoi(strings.TrimPrefix(rest, "+"))
			if err != nil {
				return holiday{}, fmt.Errorf("holiday %q: %w", v, err)
			}
		}
		return holiday{easter: true, offset: n}, nil
	}
	if parts := strings.Split(v, ":"); len(parts) == 3 {
		var h holiday
		var errs [4]error
		// "4:4:11+1": a number of days after the nth weekday (Black Friday)
		month, off, hasOff := strings.Cut(parts[2], "+")
		h.nth, errs[0] = strconv.Atoi(parts[0])
		h.weekday, errs[1] = strconv.Atoi(parts[1])
		h.month, errs[2] = strconv.Atoi(month)
		if hasOff {
			h.offset, errs[3] = strconv.Atoi(off)
		}
		for _, e := range errs {
			if e != nil {
				return holiday{}, fmt.Errorf("holiday %q: %w", v, e)
			}
		}
		return h, nil
	}
	m, d, ok := strings.Cut(v, "-")
	if !ok {
		return holiday{}, fmt.Errorf("holiday %q: bad rule", v)
	}
	mm, err1 := strconv.Atoi(m)
	dd, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil {
		return holiday{}, fmt.Errorf("holiday %q: bad month-day", v)
	}
	return holiday{month: mm, day: dd}, nil
}
