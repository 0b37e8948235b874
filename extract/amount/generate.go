package amount

//go:generate go run gen.go
