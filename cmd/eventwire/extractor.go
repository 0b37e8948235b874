package main

import (
	"github.com/eventwire/eventwire/extract/standard"
	"github.com/eventwire/eventwire/store"
)

// extractorInfo names the pipeline that run and reextract record with every
// extraction: name, version and rules fingerprint.
func extractorInfo() (store.ExtractorInfo, error) {
	rules, err := standard.Rules()
	if err != nil {
		return store.ExtractorInfo{}, err
	}
	return store.ExtractorInfo{Name: standard.Name, Version: standard.Version, Rules: rules}, nil
}
