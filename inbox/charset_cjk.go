package inbox

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese, Japanese and Korean mail sent without a charset, or under
// US-ASCII, is in one of the 8-bit double-byte charsets of its country:
// GBK or Big5, Shift_JIS or EUC-JP, EUC-KR. Read as windows-1252 it comes
// out as runs of accented letters and signs ("¤j®a»¡"). Each charset
// decodes most of the others' bytes without a flaw, into characters no one
// writes, so the one the text is in is the one that gives the language's
// commonest characters: a handful of them make up a large share of any
// running text in it, and almost none of a wrong charset's output.

// cjkCandidates are the charsets tried, each with the characters that are
// frequent in text written in it: the particles and grammatical words of
// the language, in its script. Kana count as common only in the Japanese
// charsets: Big5 and EUC-KR hold kana too, at other bytes (in Big5 where
// a Latin Ç or Æ before an accented letter stands: "ÇÃ", "ÇÕ"), and no
// Chinese or Korean text is made of them.
var cjkCandidates = []struct {
	charset, common string
	kana            bool
}{
	// The Japanese charsets come first: GBK holds kana at the
	// same bytes as EUC-JP, and of two equal readings of text with kana
	// the Japanese one is right.
	{"shift_jis", japaneseCommon, true},
	{"euc-jp", japaneseCommon, true},
	{"gbk", "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日", false},
	{"big5", "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日", false},
	{"euc-kr", "이다는의에을를하고가한지기서로사도것인으리나수있습니들게해요", false},
}

// japaneseCommon are the kanji Japanese children learn first, the ones
// running text is most made of; kana count as common beside them.
const japaneseCommon = "日一人年大十二本中長出三時行見月分後前生五間上東四今金九入学高円子外八六下来気小七山話女北午百書先名川千水半男西電校語土木聞食車何南万毎白天母火右読友左休父雨。、"

// minCJKChars is the fewest CJK characters a guess is made on: fewer are
// as likely to be a Latin text's accented letters paired up by chance.
const minCJKChars = 4

// cjk8bit reads b, 8-bit text in no declared charset, as the Chinese,
// Japanese or Korean it is, and names the charset; ok is false for
// anything else, which the caller reads as before. Of the charsets that
// decode b without a flaw, the one whose text holds the largest share of
// its language's common characters wins, and only when that share is at
// least one character in ten.
func cjk8bit(b []byte) (text, charset string, ok bool) {
	if utf8WithStrays(b) {
		return "", "", false
	}
	best := 0.0
	for _, c := range cjkCandidates {
		out, converted := convertCharset(b, c.charset)
		if !converted || bytes.ContainsRune(out, '\uFFFD') {
			continue
		}
		cjk, common, inRuns, inWord := scoreCJK([]rune(string(out)), c.common, c.kana)
		// Words of these languages are runs of two characters or
		// more; a wrong charset's characters stand one by one among
		// Latin letters, where an apostrophe or a dash of windows-1252
		// paired with the letter after it. Latin text read as pairs puts
		// most of them inside its words, an accent and the letter after
		// it; CJK text beside a brand name or two puts few there.
		if cjk < minCJKChars || inRuns*3 < cjk*2 || inWord*4 > cjk+inWord {
			continue
		}
		if share := float64(common) / float64(cjk); share >= 0.1 && share > best {
			text, charset, ok, best = string(out), c.charset, true, share
		}
	}
	return text, charset, ok
}

// inLatinWord reports whether rs[i] has a Latin letter on either side. A
// CJK character there is a Latin-1 accent and the letter after it read as
// one double-byte character ("p輑v" for Estonian "päev", "J鰎g" for
// "Jörg"): CJK text seldom puts one character inside a Latin word.
func inLatinWord(rs []rune, i int) bool {
	isLatin := func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }
	return i > 0 && i+1 < len(rs) && isLatin(rs[i-1]) && isLatin(rs[i+1])
}

// utf8WithStrays reports UTF-8 text with a stray byte or a few in it: at
// least four of every five of its 8-bit bytes stand in well-formed UTF-8
// sequences. A double-byte charset's pairs form such sequences by chance,
// its kana and Hangul more than half the time, but never so many.
func utf8WithStrays(b []byte) bool {
	in, stray, _ := utf8Bytes(b)
	return in > 0 && in >= 4*stray
}

// scoreCJK counts the CJK characters of rs, less two for each letter of
// another script or half-width katakana among them, the ones in common
// (kana too when kana is set), those that stand in runs of two or more,
// and apart from these, those inside a Latin word (inLatinWord).
func scoreCJK(rs []rune, common string, kana bool) (cjk, inCommon, inRuns, inWord int) {
	run := 0
	for i, r := range rs {
		switch {
		case r >= 0xff61 && r <= 0xff9f:
			// Half-width katakana are single bytes of Shift_JIS where
			// Latin text has its accented capitals, and few Japanese
			// write them.
			cjk -= 2
		case isCJK(r) && inLatinWord(rs, i):
			inWord++
		case isCJK(r):
			cjk++
			run++
			if strings.ContainsRune(common, r) || kana && unicode.In(r, unicode.Hiragana, unicode.Katakana) {
				inCommon++
			}
			continue
		case r >= 0x80 && r < 0x3000 && !unicode.IsPunct(r) && !unicode.IsSpace(r):
			// A letter of another script among the CJK characters is
			// a byte pair the charset read as something no text in it
			// holds.
			cjk -= 2
		}
		if run >= 2 {
			inRuns += run
		}
		run = 0
	}
	if run >= 2 {
		inRuns += run
	}
	return cjk, inCommon, inRuns, inWord
}
