// Package page strips a news page's HTML to its title, byline, publication
// time and main text with goquery.
package page
