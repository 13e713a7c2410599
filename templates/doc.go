// Package templates holds helpline's embedded HTML templates, its stylesheet
// and the look of its mail (the hermes theme, and the confirmation and
// welcome mails). Their words come from the Words a caller hands in, in the
// site's language.
//
// It imports nothing of helpline's: callers hand it plain values to render.
package templates
