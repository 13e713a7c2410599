package inbox

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// emojiAlt is the text of an image that stands for an emoji, or "". Gmail
// and other webmails insert an emoji the owner picks as a picture of it
// with the emoji as its alt text; the emoji is what they typed. Any other
// image is a picture, whose name or description is no part of the text.
func emojiAlt(n *html.Node) string {
	alt := strings.TrimSpace(attr(n, "alt"))
	if alt == "" || len(alt) > 64 {
		return ""
	}
	for _, c := range alt {
		if !unicode.Is(unicode.So, c) && !joinsEmoji(c) && c != '\u200d' && c != '\u20e3' {
			return ""
		}
	}
	return alt
}

// sigImage is an image inside a signature the markup marks, by the names a
// plain part writes it with in place of the picture: Gmail's "[image:
// logo]" from its alt text or, without one, its file name, Outlook's
// "[logo]" or "[cid:image001.png@01D9A1B2.C3D4E5F0]".
type sigImage struct {
	names []string // the placeholders, each as placeholderKey gives it
	lead  bool     // before all the signature's text, where a logo over the name stands
}

// signatureImages lists the images in run, the elements of one signature,
// in their order. Emoji pictures are the signature's text and are left out.
func signatureImages(run []*html.Node) []sigImage {
	var images []sigImage
	seenText := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			seenText = seenText || strings.TrimSpace(n.Data) != ""
		case n.Type == html.ElementNode && n.Data == "img":
			if emojiAlt(n) != "" {
				seenText = true
				return
			}
			if names := imageNames(n); len(names) > 0 {
				images = append(images, sigImage{names: names, lead: !seenText})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range run {
		walk(n)
	}
	return images
}

// imageNames are the placeholders a plain part may write for the image n.
func imageNames(n *html.Node) []string {
	var names []string
	if alt := strings.Join(strings.Fields(attr(n, "alt")), " "); alt != "" {
		names = append(names, placeholderKey("[image: "+alt+"]"), placeholderKey("["+alt+"]"))
	}
	src := strings.TrimSpace(attr(n, "src"))
	if cid, ok := strings.CutPrefix(strings.ToLower(src), "cid:"); ok && cid != "" {
		names = append(names, placeholderKey("[cid:"+cid+"]"))
		src = cid
		if at := strings.IndexByte(src, '@'); at > 0 {
			src = src[:at]
		}
	}
	src, _, _ = strings.Cut(src, "?")
	if file := src[strings.LastIndexByte(src, '/')+1:]; file != "" && !strings.HasPrefix(file, "data:") {
		names = append(names, placeholderKey("[image: "+file+"]"))
	}
	return names
}

// placeholderKey is a line of text as compared with an image's
// placeholders: in lowercase, its spacing made single.
func placeholderKey(t string) string {
	return strings.ToLower(strings.Join(strings.Fields(t), " "))
}
