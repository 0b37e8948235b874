package amount

//go:generate go run gen.go gen_cldr.go
