package canon

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tracking dropped", "https://News.Example.com/a/b?utm_source=x&id=3&fbclid=y#top", "https://news.example.com/a/b?id=3"},
		{"query sorted", "http://example.com/x?b=2&a=1", "http://example.com/x?a=1&b=2"},
		{"default port", "https://example.com:443/x", "https://example.com/x"},
		{"empty path", "https://example.com", "https://example.com/"},
		{"unparsable kept", "::not a url", "::not a url"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestChoose(t *testing.T) {
	tests := []struct{ name, page, declared, want string }{
		{"same site", "https://m.example.co.uk/story?utm_medium=rss", "https://www.example.co.uk/story", "https://www.example.co.uk/story"},
		{"relative", "https://example.com/a/1", "/a/1-title", "https://example.com/a/1-title"},
		{"other site refused", "https://syndicator.example.net/copy", "https://origin.example.org/story", "https://syndicator.example.net/copy"},
		{"none", "https://example.com/a", "", "https://example.com/a"},
		{"javascript refused", "https://example.com/a", "javascript:alert(1)", "https://example.com/a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Choose(tc.page, tc.declared); got != tc.want {
				t.Errorf("Choose(%q, %q) = %q, want %q", tc.page, tc.declared, got, tc.want)
			}
		})
	}
}

func TestTrackingList(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"utm_campaign", true}, {"UTM_Source", true}, {"fbclid", true}, {"_ga", true},
		{"id", false}, {"page", false}, {"utm", false}, {"q", false},
	}
	for _, tc := range tests {
		if got := isTracking(tc.key); got != tc.want {
			t.Errorf("isTracking(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}
