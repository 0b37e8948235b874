package export

import (
	"bytes"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Validator checks records against the embedded JSON Schemas.
type Validator struct {
	schemas map[string]*jsonschema.Schema // by record kind
}

const schemaBase = "https://eventwire.example/schema/"

// NewValidator compiles the embedded schemas.
func NewValidator() (*Validator, error) {
	files, err := SchemaFiles()
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for name, b := range files {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("export: schema %s: %w", name, err)
		}
		if err := c.AddResource(schemaBase+name, doc); err != nil {
			return nil, fmt.Errorf("export: schema %s: %w", name, err)
		}
	}
	v := &Validator{schemas: map[string]*jsonschema.Schema{}}
	for _, kind := range []string{Articles, Mentions, Events, EventMentions} {
		s, err := c.Compile(schemaBase + SchemaFor(kind))
		if err != nil {
			return nil, fmt.Errorf("export: compile schema for %s: %w", kind, err)
		}
		v.schemas[kind] = s
	}
	return v, nil
}

// Validate checks one JSON record of the given kind.
func (v *Validator) Validate(records string, record []byte) error {
	s, ok := v.schemas[records]
	if !ok {
		return fmt.Errorf("export: no schema for records %q", records)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(record))
	if err != nil {
		return fmt.Errorf("export: record is not JSON: %w", err)
	}
	return s.Validate(inst)
}
