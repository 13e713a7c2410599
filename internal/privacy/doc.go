// Package privacy is what the site does for a person's rights over their
// data: everything it holds about an address, as JSON for them to take
// away, and forgetting it, by the owner's command or by the signed link
// at the foot of every mail to them.
//
// It stores through data and imports nothing else of ours but the token
// signer and the words of the site.
package privacy
