// Package templates holds helpline's embedded HTML templates, its stylesheet
// and the look of its mail (the hermes theme settings and the text of each
// kind of mail).
//
// It imports nothing of helpline's: callers hand it plain values to render.
package templates
