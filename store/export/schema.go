package export

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
)

//go:embed schema/*.schema.json
var schemas embed.FS

// SchemaFiles returns the embedded JSON Schema files by name
// ("article.schema.json", "mention.schema.json", "event.schema.json",
// "event-mention.schema.json" and the shared "defs.schema.json").
func SchemaFiles() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := fs.WalkDir(schemas, "schema", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := schemas.ReadFile(p)
		if err != nil {
			return fmt.Errorf("export: read schema %s: %w", p, err)
		}
		out[d.Name()] = b
		return nil
	})
	return out, err
}

// SchemaFor names the schema file of a record kind.
func SchemaFor(records string) string {
	switch records {
	case Mentions:
		return "mention.schema.json"
	case Events:
		return "event.schema.json"
	case EventMentions:
		return "event-mention.schema.json"
	}
	return "article.schema.json"
}

// MentionTypes lists the mention types the schema allows, from the
// embedded defs.schema.json, so that a filter naming another type can be
// refused.
func MentionTypes() ([]string, error) {
	b, err := schemas.ReadFile("schema/defs.schema.json")
	if err != nil {
		return nil, fmt.Errorf("export: read schema: %w", err)
	}
	var s struct {
		Defs struct {
			Mention struct {
				Properties struct {
					Type struct {
						Enum []string `json:"enum"`
					} `json:"type"`
				} `json:"properties"`
			} `json:"mention"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("export: parse schema: %w", err)
	}
	return s.Defs.Mention.Properties.Type.Enum, nil
}
