package page

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugPage prints the generic algorithm's candidates for the page
// named by $PAGE_DEBUG (a file, .gz allowed), for tuning by hand.
func TestDebugPage(t *testing.T) {
	f := os.Getenv("PAGE_DEBUG")
	if f == "" {
		t.Skip("PAGE_DEBUG not set")
	}
	r, _ := os.Open(f)
	var rd io.Reader = r
	if strings.HasSuffix(f, ".gz") {
		rd, _ = gzip.NewReader(r)
	}
	b, _ := io.ReadAll(rd)
	st := New()
	st.debug = func(what string, n *html.Node, score float64) {
		var sb strings.Builder
		collectText(n, &sb)
		txt := collapse(sb.String())
		fmt.Printf("%s %.1f <%s class=%q id=%q> %d: %.100s\n", what, score, n.Data, attr(n, "class"), attr(n, "id"), len(txt), txt)
	}
	res, err := st.Strip(b, os.Getenv("PAGE_URL"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(res.Text[:min(len(res.Text), 300)])
}
