// Package locale holds the words of the site and of every mail in each
// language helpline speaks, and the owner's own words for any of them. A
// Locale picks one language: its messages, plural rules, and the way it
// writes dates and numbers (through golang.org/x/text/message).
//
// Messages are known by an ID; catalog/<language>.toml holds them, one
// file per language, each complete. A message with plural forms chooses
// its form by the count it shows, the first %d of its English text.
//
// It imports nothing of helpline's.
package locale
