package text

// BenchArticle lets the external benchmarks read the wire-style story the
// package's tests use.
const BenchArticle = benchArticle
