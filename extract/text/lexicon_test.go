package text

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

const sample = "# a comment\n\nalpha\t1\t\r\nbeta\t2\t \n  \n#x\ngamma\t3\tg\n"

func TestLines(t *testing.T) {
	var got []string
	for n, l := range Lines(sample) {
		got = append(got, fmt.Sprintf("%d:%q", n, l))
	}
	want := []string{`3:"alpha\t1\t"`, `4:"beta\t2\t"`, `7:"gamma\t3\tg"`}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Lines = %v, want %v", got, want)
	}
}

func TestTable(t *testing.T) {
	var rows []string
	err := Table("sample", sample, 3, func(f []string) error {
		rows = append(rows, strings.Join(f, "|"))
		return nil
	})
	if err != nil || fmt.Sprint(rows) != "[alpha|1| beta|2| gamma|3|g]" {
		t.Errorf("Table = %v, %v; want the empty trailing column kept", rows, err)
	}
	err = Table("sample", sample, 2, func([]string) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("Table with the wrong column count: error %v, want one naming line 3", err)
	}
}

func TestWordSetAndSections(t *testing.T) {
	set := WordSet("# c\nSeoul\nBusan\n", true)
	if !set["seoul"] || !set["busan"] || len(set) != 2 {
		t.Errorf("WordSet = %v", set)
	}
	sec, err := Sections("s", "[a]\nx y\n[b]\nz\n", true)
	if err != nil || fmt.Sprint(sec) != "map[a:[x y] b:[z]]" {
		t.Errorf("Sections = %v, %v", sec, err)
	}
	if _, err := Sections("s", "x\n[a]\n", true); err == nil {
		t.Error("Sections accepted an entry before any section")
	}
}

func TestHashFiles(t *testing.T) {
	sum := func(fsys fstest.MapFS) string {
		h := sha256.New()
		if err := HashFiles(h, fsys); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", h.Sum(nil))
	}
	base := fstest.MapFS{"data/a.txt": {Data: []byte("alpha\n")}, "data/b.tsv": {Data: []byte("b\t1\n")}}
	same := fstest.MapFS{"data/b.tsv": {Data: []byte("b\t1\n")}, "data/a.txt": {Data: []byte("alpha\n")}}
	edited := fstest.MapFS{"data/a.txt": {Data: []byte("alpha\nbeta\n")}, "data/b.tsv": {Data: []byte("b\t1\n")}}
	renamed := fstest.MapFS{"data/c.txt": {Data: []byte("alpha\n")}, "data/b.tsv": {Data: []byte("b\t1\n")}}
	if sum(base) != sum(same) {
		t.Error("the same files hash differently")
	}
	if sum(base) == sum(edited) || sum(base) == sum(renamed) {
		t.Error("an edit or a rename left the hash unchanged")
	}
}
