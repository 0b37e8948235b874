package bolt

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventwire/eventwire/store"
)

func ids(recs []store.Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Article.Title)
	}
	return out
}

func TestContainsFold(t *testing.T) {
	tests := []struct {
		name, s, needle string
		want            bool
	}{
		{"ascii", "Seoul Talks", "talks", true},
		{"ascii at end", "abc", "bc", true},
		{"longer needle", "ab", "abc", false},
		{"absent", "Seoul Talks", "busan", false},
		{"non-ASCII", "Zürich", "zür", true},
		{"non-ASCII upper", "ZÜRICH", "zürich", true},
		{"empty needle", "x", "", true},
		{"punctuation first", "the $5 fee", "$5", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := containsFold(tc.s, tc.needle); got != tc.want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", tc.s, tc.needle, got, tc.want)
			}
		})
	}
}

// TestArticleTextIsLastField guards articleHead: it cuts a stored article
// at its "text" key, which works only while Text is the last field
// encoded.
func TestArticleTextIsLastField(t *testing.T) {
	rt := reflect.TypeOf(store.Article{})
	last := rt.Field(rt.NumField() - 1)
	if tag := strings.Split(last.Tag.Get("json"), ",")[0]; tag != "text" {
		t.Fatalf("Article's last field is %s (json %q): articleHead in query.go needs Text last; move the new field above it", last.Name, tag)
	}
	a := article("https://x.example/1", time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), `He wrote ,"text":"x" and ,\"text\": too`)
	a.Title = `a "quoted" ,"text": title`
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var got store.Article
	if err := decodeHead(b, &got); err != nil {
		t.Fatal(err)
	}
	a.Text = ""
	if !reflect.DeepEqual(&got, a) {
		t.Errorf("decodeHead = %+v\nwant %+v", got, *a)
	}
}

func TestSearchRawPrefilter(t *testing.T) {
	db := openTest(t)
	pub := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, x := range []struct{ url, title, text string }{
		{"https://x.example/ports-and-docks", "Harbour", "Ships & crews <left> \"early\" on Monday."},
		{"https://x.example/2", "Crews", "Naïve STRIKE at Café Lumière."},
		{"https://x.example/3", "Rail", `A back\slash and a "quote".`},
	} {
		a := article(x.url, pub.Add(time.Duration(i)*time.Hour), x.text)
		a.Title, a.TextSHA256 = x.title, fmt.Sprintf("%064x", i)
		if err := db.PutArticle(a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	for search, want := range map[string][]string{
		"ships & crews": {"Harbour"}, "<left>": {"Harbour"}, `"early"`: {"Harbour"}, "crews": {"Crews", "Harbour"},
		"docks":        nil, // only in the URL
		"naïve strike": {"Crews"}, "CAFÉ": {"Crews"}, `back\slash`: {"Rail"}, `"quote"`: {"Rail"}, "monday.": {"Harbour"},
	} {
		p, err := db.Articles(store.Query{Search: search})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(p.Records); !slices.Equal(got, want) {
			t.Errorf("search %q = %q, want %q", search, got, want)
		}
	}
}

func TestContainsFoldBytes(t *testing.T) {
	for _, tc := range []struct {
		b, needle string
		want      bool
	}{{"Seoul TALKS", "talks", true}, {"abc", "abc", true}, {"ab", "abc", false}, {"xTx", "t", true}, {"xyz", "q", false},
		{"tAlKs", "talks", true}, {"talk", "talks", false}, {"a Ta", "ta", true}, {"", "a", false}, {"$5 fee", "$5", true}} {
		if got := containsFoldBytes([]byte(tc.b), tc.needle); got != tc.want {
			t.Errorf("containsFoldBytes(%q, %q) = %v, want %v", tc.b, tc.needle, got, tc.want)
		}
	}
}
