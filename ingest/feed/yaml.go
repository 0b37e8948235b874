package feed

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ParseYAML reads a YAML feed list: a sequence of entries, at the top level
// or under a top-level "feeds:" key. An entry is a URL string or a mapping
// with url (required), name, interval (a Go duration such as "30m") and
// selector (CSS). Unknown keys, bad URLs and a URL listed twice are errors;
// errors are *ListError with the entry's line.
//
//	feeds:
//	  - url: https://example.org/wire.xml
//	    name: Example Wire
//	    interval: 30m
//	  - https://example.com/rss
func ParseYAML(r io.Reader) ([]Source, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(r).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &ListError{Format: "yaml", Err: ErrNoFeeds}
		}
		return nil, &ListError{Format: "yaml", Err: errors.New(strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	list, err := feedList(root)
	if err != nil {
		return nil, err
	}
	var (
		out   []Source
		lines = map[string]int{}
	)
	for _, n := range list {
		s, err := yamlSource(n)
		if err != nil {
			return nil, err
		}
		if first, dup := lines[s.URL]; dup {
			return nil, yamlErr(n, fmt.Errorf("duplicate url %q (first on line %d)", s.URL, first))
		}
		lines[s.URL] = n.Line
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, &ListError{Format: "yaml", Line: root.Line, Err: ErrNoFeeds}
	}
	return out, nil
}

// feedList finds the sequence of entries: root itself or root["feeds"].
func feedList(root *yaml.Node) ([]*yaml.Node, error) {
	switch root.Kind {
	case yaml.SequenceNode:
		return root.Content, nil
	case yaml.MappingNode:
		var list []*yaml.Node
		found := false
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			if k.Value != "feeds" {
				return nil, yamlErr(k, fmt.Errorf("unknown key %q at the top level (want feeds)", k.Value))
			}
			found = true
			switch {
			case v.Kind == yaml.SequenceNode:
				list = v.Content
			case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
			default:
				return nil, yamlErr(v, errors.New("feeds: want a list of feeds"))
			}
		}
		if !found {
			return nil, yamlErr(root, errors.New("want a list of feeds or a feeds: key"))
		}
		return list, nil
	case yaml.ScalarNode:
		if root.Tag == "!!null" {
			return nil, nil
		}
	}
	return nil, yamlErr(root, errors.New("want a list of feeds or a mapping with a feeds: key"))
}

func yamlSource(n *yaml.Node) (Source, error) {
	var s Source
	switch n.Kind {
	case yaml.ScalarNode:
		s.URL = strings.TrimSpace(n.Value)
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind != yaml.ScalarNode {
				return s, yamlErr(v, fmt.Errorf("%s: want a single value", k.Value))
			}
			val := strings.TrimSpace(v.Value)
			switch k.Value {
			case "url":
				s.URL = val
			case "name":
				s.Name = val
			case "selector":
				s.Selector = val
			case "interval":
				d, err := parseInterval(val)
				if err != nil {
					return s, yamlErr(v, err)
				}
				s.Interval = d
			default:
				return s, yamlErr(k, fmt.Errorf("unknown key %q (want url, name, interval, selector)", k.Value))
			}
		}
	default:
		return s, yamlErr(n, errors.New("a feed is a url or a mapping with url, name, interval, selector"))
	}
	if err := checkFeedURL(s.URL); err != nil {
		return s, yamlErr(n, err)
	}
	return s, nil
}

func parseInterval(v string) (time.Duration, error) {
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("interval %q is not a duration like 30m or 2h", v)
	}
	if d < 0 {
		return 0, fmt.Errorf("interval %q is negative", v)
	}
	return d, nil
}

func yamlErr(n *yaml.Node, err error) error {
	return &ListError{Format: "yaml", Line: n.Line, Err: err}
}
