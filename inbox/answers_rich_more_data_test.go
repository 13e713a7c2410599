package inbox

// moreRichAnswers are answers formatted in the further clients, each in
// the markup its editor writes for lines, lists, links, tables and bold.
var moreRichAnswers = []richAnswer{
	// Samsung Email writes each line as a div of dir=auto, and a list
	// as a plain list inside one.
	{client: "samsung", name: "bold and list",
		html:      `<div dir="auto">Two weeks <b>easy</b>:</div><div dir="auto"><ul><li>no hills</li><li>calf raises</li></ul></div><div dir="auto">Maren</div>`,
		plain:     "Two weeks *easy*:\n\n  * no hills\n  * calf raises\n\nMaren",
		want:      "Two weeks easy:\n\n- no hills\n- calf raises\n\nMaren",
		wantPlain: "Two weeks *easy*:\n\n  * no hills\n  * calf raises\n\nMaren"},
	// The Gmail app writes lines as divs of dir=auto and the link it
	// found in the text as an anchor.
	{client: "gmail app", name: "link found in the text",
		html:  `<div dir="auto">Read this: <a href="https://example.org/calf-study">https://example.org/calf-study</a></div><div dir="auto"><br></div><div dir="auto">Maren</div>`,
		plain: "Read this: https://example.org/calf-study\n\nMaren",
		want:  "Read this: https://example.org/calf-study\n\nMaren"},

	// The new Outlook writes elementToProof divs, in list items too, and
	// numbers a list from where the owner started it.
	{client: "new outlook", name: "numbered from three and nested",
		html: `<div class="elementToProof">Then:</div><ol start="3" data-editing-info="{&quot;orderedStyleType&quot;:1}" style="margin-top: 0px; margin-bottom: 0px;">` +
			`<li style="font-family: Aptos, sans-serif; font-size: 12pt;"><div role="presentation" class="elementToProof">walk for a week</div></li>` +
			`<li style="font-family: Aptos, sans-serif; font-size: 12pt;"><div role="presentation" class="elementToProof">run easy</div>` +
			`<ul style="margin-top: 0px; margin-bottom: 0px;"><li style="font-family: Aptos, sans-serif; font-size: 12pt;"><div role="presentation" class="elementToProof">flat ground</div></li></ul></li></ol>` +
			`<div class="elementToProof"><br></div><div class="elementToProof"><b>Maren</b></div>`,
		plain:     "Then:\n\n  3.  walk for a week\n  4.  run easy\n     *   flat ground\n\nMaren",
		want:      "Then:\n\n3. walk for a week\n4. run easy\n   - flat ground\n\nMaren",
		wantPlain: "Then:\n\n  3.  walk for a week\n  4.  run easy\n     *   flat ground\n\nMaren"},
	{client: "new outlook", name: "link",
		html:      `<div class="elementToProof">Read <a href="https://example.org/calf-study" id="LPlnk123456" title="https://example.org/calf-study">the study on calf load</a>.</div>`,
		plain:     "Read the study on calf load<https://example.org/calf-study>.",
		want:      "Read the study on calf load (https://example.org/calf-study).",
		wantPlain: "Read the study on calf load<https://example.org/calf-study>."},

	// Outlook for Mac writes Word paragraphs, and its lists as HTML
	// lists of MsoListParagraph items.
	{client: "outlook mac", name: "list",
		html: "<p class=MsoNormal><span style='font-size:11.0pt'>For two weeks:<o:p></o:p></span></p>\n" +
			"<ul style='margin-top:0cm' type=disc>\n<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'><span style='font-size:11.0pt'>easy runs only<o:p></o:p></span></li>\n" +
			"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'><span style='font-size:11.0pt'>no hills<o:p></o:p></span></li>\n</ul>\n" +
			"<p class=MsoNormal><span style='font-size:11.0pt'>Maren<o:p></o:p></span></p>\n",
		plain:     "For two weeks:\n\n  *   easy runs only\n  *   no hills\n\nMaren",
		want:      "For two weeks:\n\n- easy runs only\n- no hills\n\nMaren",
		wantPlain: "For two weeks:\n\n  *   easy runs only\n  *   no hills\n\nMaren"},

	// Yahoo writes each line as a div of its own, in list items too.
	{client: "yahoo", name: "list and bold",
		html: `<div dir="ltr" data-setdir="false">For two weeks:</div><div dir="ltr" data-setdir="false"><ul><li><span><b>easy</b> runs only</span></li><li><span>no hills</span></li></ul></div>` +
			`<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Maren</div>`,
		plain:     "For two weeks:\n   \n   - easy runs only\n   - no hills\n\nMaren",
		want:      "For two weeks:\n\n- easy runs only\n- no hills\n\nMaren",
		wantPlain: "For two weeks:\n\n   - easy runs only\n   - no hills\n\nMaren"},
	{client: "yahoo", name: "numbered list and link",
		html: `<div dir="ltr" data-setdir="false">In this order:</div><ol><li dir="ltr" data-setdir="false">rest three days</li><li dir="ltr" data-setdir="false">run easy</li></ol>` +
			`<div dir="ltr" data-setdir="false">See <a href="https://example.org/calf-study" rel="nofollow" target="_blank">the study</a>.</div>`,
		plain:     "In this order:\n   \n   1. rest three days\n   2. run easy\n\nSee the study.",
		want:      "In this order:\n\n1. rest three days\n2. run easy\n\nSee the study (https://example.org/calf-study).",
		wantPlain: "In this order:\n\n   1. rest three days\n   2. run easy\n\nSee the study."},

	// Yahoo puts a card under an address pasted on a line of its own: a
	// link around tables holding the page's title and description.
	{client: "yahoo", name: "link card",
		html: `<div dir="ltr" data-setdir="false">Read this:</div><div dir="ltr" data-setdir="false"><a href="https://example.org/calf-study" rel="nofollow" target="_blank">https://example.org/calf-study</a></div><div><br></div>` +
			`<div id="ydp3f2aenhancr_card_4411" class="ydp3f2ayahoo-link-enhancr-card" style="max-width:400px" data-url="https://example.org/calf-study" data-type="YENHANCER" data-size="MEDIUM" contenteditable="false">` +
			`<a href="https://example.org/calf-study" class="ydp3f2ayahoo-enhancr-cardlink" rel="nofollow" target="_blank"><table border="0" cellpadding="0" cellspacing="0" style="max-width:400px"><tbody><tr><td width="400">` +
			`<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr><td style="padding:16px 0 16px 12px"></td><td style="vertical-align:middle">` +
			`<h2 class="ydp3f2acard-title" style="font-size:14px">Calf load in runners</h2><p class="ydp3f2acard-description" style="font-size:12px">Two hundred runners, two seasons.</p>` +
			`</td></tr></tbody></table></td></tr></tbody></table></a></div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Maren</div>`,
		want: "Read this:\nhttps://example.org/calf-study\n\nCalf load in runners (https://example.org/calf-study)\n\nTwo hundred runners, two seasons.\n\nMaren"},
	// The new Outlook puts its card for an address in a table: a picture
	// and a title linked, a description and the site's name.
	{client: "new outlook", name: "link card",
		html: `<div class="elementToProof">Read this: <a href="https://example.org/calf-study" id="LPlnk690112">https://example.org/calf-study</a></div>` +
			`<div class="_Entity _EType_OWALinkPreview _EId_OWALinkPreview _EReadonly_1"><div id="LPBorder_GTaHR0cHM6Ly9leGFtcGxl" class="LPBorder690112" style="width: 100%; margin-top: 16px;">` +
			`<table id="LPContainer690112" role="presentation" style="padding: 12px 36px 12px 12px; width: 100%;"><tbody><tr valign="top"><td><div id="LPImageContainer690112">` +
			`<a target="_blank" id="LPImageAnchor690112" href="https://example.org/calf-study"><img id="LPThumbnailImageId690112" alt="" height="120" width="240" src="https://example.org/card.png"></a></div></td>` +
			`<td style="width: 100%;"><div id="LPTitle690112"><a target="_blank" id="LPUrlAnchor690112" href="https://example.org/calf-study">Calf load in runners</a></div>` +
			`<div id="LPDescription690112">Two hundred runners, two seasons.</div><div id="LPMetadata690112">example.org</div></td></tr></tbody></table></div></div>` +
			`<div class="elementToProof"><br></div><div class="elementToProof">Maren</div>`,
		want: "Read this: https://example.org/calf-study\n\nCalf load in runners (https://example.org/calf-study)\nTwo hundred runners, two seasons.\nexample.org\n\nMaren"},

	// AOL writes Yahoo's editor's divs.
	{client: "aol", name: "list",
		html:      `<div dir="ltr">Do this:</div><div dir="ltr"><ul><li dir="ltr">rest</li><li dir="ltr">stretch</li></ul></div><div dir="ltr">Maren</div>`,
		plain:     "Do this:\n   \n   - rest\n   - stretch\n\nMaren",
		want:      "Do this:\n\n- rest\n- stretch\n\nMaren",
		wantPlain: "Do this:\n\n   - rest\n   - stretch\n\nMaren"},

	// Proton writes every line as a div with its font, list items with
	// a span inside, and links with their own attributes.
	{client: "proton", name: "lines, list and link",
		html: `<div style="font-family: Arial, sans-serif; font-size: 14px;">For two weeks:</div>` +
			`<ul data-editing-info="{&quot;orderedStyleType&quot;:1,&quot;unorderedStyleType&quot;:2}"><li style="list-style-type: disc;"><span>easy runs only</span></li><li style="list-style-type: disc;"><span>no hills</span></li></ul>` +
			`<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>` +
			`<div style="font-family: Arial, sans-serif; font-size: 14px;">See <a target="_blank" rel="noreferrer nofollow noopener" href="https://example.org/calf-study">the study</a>.</div>`,
		plain:     "For two weeks:\n\n- easy runs only\n- no hills\n\nSee [the study](https://example.org/calf-study).",
		want:      "For two weeks:\n\n- easy runs only\n- no hills\n\nSee the study (https://example.org/calf-study).",
		wantPlain: "For two weeks:\n\n- easy runs only\n- no hills\n\nSee [the study](https://example.org/calf-study)."},
	{client: "proton", name: "study cited",
		html: `<div style="font-family: Arial, sans-serif; font-size: 14px;">The study put it well:</div>` +
			`<blockquote style="border-left: 3px solid rgb(200, 200, 200); padding-left: 10px; margin: 0px 0px 0px 10px;"><div style="font-family: Arial, sans-serif; font-size: 14px;">Runners who rested two weeks lost no fitness.</div></blockquote>` +
			`<div style="font-family: Arial, sans-serif; font-size: 14px;">So rest.</div>`,
		plain: "The study put it well:\n\n> Runners who rested two weeks lost no fitness.\n\nSo rest.",
		want:  "The study put it well:\n\n> Runners who rested two weeks lost no fitness.\n\nSo rest."},

	// Tutanota writes lines as divs of dir=auto and ends each list item
	// with a break.
	{client: "tutanota", name: "numbered and nested list",
		html: `<div dir="auto">The plan:</div><ol><li dir="auto">strength<br></li><ul><li dir="auto">calf raises<br></li><li dir="auto">squats<br></li></ul><li dir="auto">rest days<br></li></ol>` +
			`<div dir="auto"><br></div><div dir="auto">Maren</div>`,
		want: "The plan:\n\n1. strength\n   - calf raises\n   - squats\n2. rest days\n\nMaren"},
	{client: "tutanota", name: "bold and link",
		html: `<div dir="auto"><b>Rest</b> first, see <a href="https://example.org/rest" rel="noopener noreferrer" target="_blank">the guide</a>.</div>`,
		want: "Rest first, see the guide (https://example.org/rest)."},

	// Fastmail ends each line's div with a break, in list items too.
	{client: "fastmail", name: "list and quote",
		html: `<div>For two weeks:<br></div><ul><li>easy runs only<br></li><li>no hills<br></li></ul><div><br></div>` +
			`<div>The study says:<br></div><blockquote><div>Rest cost no fitness.<br></div></blockquote><div><br></div><div>Maren<br></div>`,
		plain:     "For two weeks:\n * easy runs only\n * no hills\n\nThe study says:\n> Rest cost no fitness.\n\nMaren",
		want:      "For two weeks:\n\n- easy runs only\n- no hills\n\nThe study says:\n\n> Rest cost no fitness.\n\nMaren",
		wantPlain: "For two weeks:\n * easy runs only\n * no hills\n\nThe study says:\n> Rest cost no fitness.\n\nMaren"},

	// Roundcube's editor writes paragraphs, strong and em, and tables
	// with a width on each cell.
	{client: "roundcube", name: "table and strong",
		html: "<p>Your <strong>paces</strong>:</p>\n<table style=\"border-collapse: collapse; width: 100%;\" border=\"1\">\n<tbody>\n<tr>\n<td style=\"width: 50%;\">easy</td>\n<td style=\"width: 50%;\">6:30/km</td>\n</tr>\n" +
			"<tr>\n<td style=\"width: 50%;\">tempo</td>\n<td style=\"width: 50%;\">5:10/km</td>\n</tr>\n</tbody>\n</table>\n<p>Stay <em>there</em>.</p>\n",
		plain:     "Your PACES:\n\n| easy  | 6:30/km |\n| tempo | 5:10/km |\n\nStay _there_.",
		want:      "Your paces:\n\neasy | 6:30/km\ntempo | 5:10/km\n\nStay there.",
		wantPlain: "Your PACES:\n\n| easy  | 6:30/km |\n| tempo | 5:10/km |\n\nStay _there_."},
	{client: "roundcube", name: "lists",
		html:      "<p>The plan:</p>\n<ol>\n<li>strength\n<ul>\n<li>calf raises</li>\n<li>squats</li>\n</ul>\n</li>\n<li>rest days</li>\n</ol>\n<p>Maren</p>\n",
		plain:     "The plan:\n\n 	* strength\n\n 	* calf raises\n 	* squats\n\n 	* rest days\n\nMaren",
		want:      "The plan:\n\n1. strength\n   - calf raises\n   - squats\n2. rest days\n\nMaren",
		wantPlain: "The plan:\n\n 	* strength\n\n 	* calf raises\n 	* squats\n\n 	* rest days\n\nMaren"},

	// SOGo's and Horde's editor writes paragraphs and strong.
	{client: "sogo", name: "paragraphs and list",
		html: "<p>For two weeks:</p><ul><li>easy runs only</li><li>no hills</li></ul><p><strong>Maren</strong></p>",
		want: "For two weeks:\n\n- easy runs only\n- no hills\n\nMaren"},
	{client: "horde", name: "link and list",
		html: "<p>See <a href=\"https://example.org/calf-study\">the study</a>:</p><ol><li>rest</li><li>run</li></ol>",
		want: "See the study (https://example.org/calf-study):\n\n1. rest\n2. run"},

	// Zimbra's editor writes divs and bold as a span's style, and tables
	// with borders on each cell.
	{client: "zimbra", name: "table and bold span",
		html: `<div>Your <span style="font-weight: bold;">paces</span>:</div><table style="border-collapse: collapse;" border="1"><tbody><tr><td style="width: 80px;">easy</td><td style="width: 80px;">6:30/km</td></tr>` +
			`<tr><td style="width: 80px;">tempo</td><td style="width: 80px;">5:10/km</td></tr></tbody></table><div><br></div><div>Stay there.</div>`,
		want: "Your paces:\n\neasy | 6:30/km\ntempo | 5:10/km\n\nStay there."},

	// SnappyMail's editor writes lines apart with breaks.
	{client: "snappymail", name: "breaks and list",
		html: `For two weeks:<br><ul><li>easy runs only</li><li>no hills</li></ul>Maren`,
		want: "For two weeks:\n\n- easy runs only\n- no hills\n\nMaren"},

	// Nextcloud's editor writes paragraphs and its own quote.
	{client: "nextcloud", name: "quote and link",
		html: "<p>The study put it well:</p><blockquote><p>Runners who rested two weeks lost no fitness.</p></blockquote><p>More at <a href=\"https://example.org/rest\">example.org/rest</a>.</p>\n",
		want: "The study put it well:\n\n> Runners who rested two weeks lost no fitness.\n\nMore at example.org/rest."},

	// eM Client writes divs and pasted tables with their widths.
	{client: "em client", name: "table",
		html: `<div>Your paces:</div><table border="1" cellpadding="2" cellspacing="0" width="200"><tbody><tr><td>easy</td><td>6:30/km</td></tr><tr><td>tempo</td><td>5:10/km</td></tr></tbody></table><div><br /></div><div>Maren</div>`,
		want: "Your paces:\n\neasy | 6:30/km\ntempo | 5:10/km\n\nMaren"},

	// Mailbird and Mailspring write divs and plain lists.
	{client: "mailbird", name: "list",
		html: `<div>Do this:</div><ul><li>rest</li><li>stretch</li></ul><div>Maren</div>`,
		want: "Do this:\n\n- rest\n- stretch\n\nMaren"},
	{client: "mailspring", name: "numbered list and bold",
		html: `<div>In this order:</div><ol><li>rest <b>three</b> days</li><li>run easy</li></ol><div><br></div><div>Maren</div>`,
		want: "In this order:\n\n1. rest three days\n2. run easy\n\nMaren"},

	// BlueMail and K-9 write the typed lines with breaks, a list typed
	// as text.
	{client: "bluemail", name: "list typed as text",
		html: `- rest<br>- stretch<br><br>Maren`,
		want: "- rest\n- stretch\n\nMaren"},
	{client: "k-9", name: "numbers typed as text",
		html:  `1. rest<br>2. run easy<br><br>Maren`,
		plain: "1. rest\n2. run easy\n\nMaren",
		want:  "1. rest\n2. run easy\n\nMaren"},

	// FairEmail writes paragraphs of dir=ltr and lists with breaks in them.
	{client: "fairemail", name: "paragraphs and list",
		html: `<p dir="ltr">For two weeks:</p><ul><li dir="ltr">easy runs only</li><li dir="ltr">no hills</li></ul><p dir="ltr"><b>Maren</b></p>`,
		want: "For two weeks:\n\n- easy runs only\n- no hills\n\nMaren"},

	// Yandex, Mail.ru, GMX and iCloud write divs.
	{client: "yandex", name: "list",
		html: `<div>Do this:</div><ul><li>rest</li><li>stretch</li></ul><div> </div><div>Maren</div>`,
		want: "Do this:\n\n- rest\n- stretch\n\nMaren"},
	{client: "mail.ru", name: "bold and link",
		html: `<div><strong>Rest</strong> first, see <a href="https://example.org/rest" target="_blank">the guide</a>.</div>`,
		want: "Rest first, see the guide (https://example.org/rest)."},
	{client: "gmx", name: "list",
		html: `<div>Do this:</div><ul><li>rest</li><li>stretch</li></ul><div>&nbsp;</div><div>Maren</div>`,
		want: "Do this:\n\n- rest\n- stretch\n\nMaren"},
	{client: "icloud", name: "nested list",
		html: `<div>The plan:</div><ul><li>strength<ul><li>calf raises</li></ul></li><li>rest days</li></ul><div>Maren</div>`,
		want: "The plan:\n\n- strength\n  - calf raises\n- rest days\n\nMaren"},

	// Zoho writes its own editor's paragraphs.
	{client: "zoho", name: "paragraphs and table",
		html: `<p>Your paces:</p><table style="border-collapse: collapse;" border="1"><tbody><tr><td>easy</td><td>6:30/km</td></tr></tbody></table><p>Stay there.</p>`,
		want: "Your paces:\n\neasy | 6:30/km\n\nStay there."},

	// HEY's editor writes one div with breaks between paragraphs, and
	// strong, em, lists and quotes of its own.
	{client: "hey", name: "breaks, list and quote",
		html: `<div>Hi Lena,<br><br>Calf pain after <strong>long</strong> runs is <em>usually</em> load.</div><ul><li>rest</li><li>stretch</li></ul>` +
			`<blockquote>Rest cost no fitness.</blockquote><div>Maren</div>`,
		want: "Hi Lena,\n\nCalf pain after long runs is usually load.\n\n- rest\n- stretch\n\n> Rest cost no fitness.\n\nMaren"},
}
