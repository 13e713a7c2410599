package inbox

// richAnswers are answers formatted in each client, in the markup its
// editor writes and, where it sends one, the plain part it derives.
var richAnswers = []richAnswer{
	// Gmail writes each line as a div, an empty one as <div><br></div>, and
	// nests a list as a list inside the outer one.
	{client: "gmail", name: "bold and italic",
		html:      `<div>Hi Lena,</div><div><br></div><div>Calf pain after <b>long</b> runs is <i>usually</i> load, not injury.</div><div><br></div><div>Maren</div>`,
		plain:     "Hi Lena,\n\nCalf pain after *long* runs is *usually* load, not injury.\n\nMaren",
		want:      "Hi Lena,\n\nCalf pain after long runs is usually load, not injury.\n\nMaren",
		wantPlain: "Hi Lena,\n\nCalf pain after *long* runs is *usually* load, not injury.\n\nMaren"},
	{client: "gmail", name: "bulleted list",
		html:      `<div>For two weeks:</div><ul><li style="margin-left:15px">easy runs only</li><li style="margin-left:15px">calf raises every day</li><li style="margin-left:15px">no hills</li></ul><div>Then build up again.</div>`,
		plain:     "For two weeks:\n\n   - easy runs only\n   - calf raises every day\n   - no hills\n\nThen build up again.",
		want:      "For two weeks:\n\n- easy runs only\n- calf raises every day\n- no hills\n\nThen build up again.",
		wantPlain: "For two weeks:\n\n   - easy runs only\n   - calf raises every day\n   - no hills\n\nThen build up again."},
	{client: "gmail", name: "nested list",
		html:      `<div>The plan:</div><ul><li style="margin-left:15px">strength</li><ul><li style="margin-left:15px">calf raises</li><li style="margin-left:15px">squats</li></ul><li style="margin-left:15px">rest days</li></ul>`,
		plain:     "The plan:\n\n   - strength\n      - calf raises\n      - squats\n   - rest days",
		want:      "The plan:\n\n- strength\n  - calf raises\n  - squats\n- rest days",
		wantPlain: "The plan:\n\n   - strength\n      - calf raises\n      - squats\n   - rest days"},
	{client: "gmail", name: "numbered list",
		html:      `<div>In this order:</div><ol><li style="margin-left:15px">rest three days</li><li style="margin-left:15px">walk for a week</li><li style="margin-left:15px">run easy</li></ol>`,
		plain:     "In this order:\n\n   1. rest three days\n   2. walk for a week\n   3. run easy",
		want:      "In this order:\n\n1. rest three days\n2. walk for a week\n3. run easy",
		wantPlain: "In this order:\n\n   1. rest three days\n   2. walk for a week\n   3. run easy"},
	{client: "gmail", name: "links",
		html:      `<div>Read <a href="https://example.org/calf-study" target="_blank">the study on calf load</a> or <a href="https://example.org/faq" target="_blank">https://example.org/faq</a>.</div>`,
		plain:     "Read the study on calf load <https://example.org/calf-study> or\nhttps://example.org/faq.",
		want:      "Read the study on calf load (https://example.org/calf-study) or https://example.org/faq.",
		wantPlain: "Read the study on calf load <https://example.org/calf-study> or\nhttps://example.org/faq."},
	{client: "gmail", name: "cited study",
		html:  `<div>A study put it well:</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Runners who rested two weeks lost no fitness.</blockquote><div>So rest.</div>`,
		plain: "A study put it well:\n\n> Runners who rested two weeks lost no fitness.\n\nSo rest.",
		want:  "A study put it well:\n\n> Runners who rested two weeks lost no fitness.\n\nSo rest."},
	{client: "gmail", name: "sheet of paces",
		html: `<div>Your paces:</div><table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="100"><col width="100"></colgroup><tbody><tr style="height:21px"><td style="overflow:hidden;padding:2px 3px;vertical-align:bottom">easy</td><td style="overflow:hidden;padding:2px 3px;vertical-align:bottom">6:30/km</td></tr><tr style="height:21px"><td style="overflow:hidden;padding:2px 3px;vertical-align:bottom">tempo</td><td style="overflow:hidden;padding:2px 3px;vertical-align:bottom">5:10/km</td></tr></tbody></table><div>Stay there.</div>`,
		want: "Your paces:\n\neasy | 6:30/km\ntempo | 5:10/km\n\nStay there."},
	{client: "gmail", name: "emoji and inline image",
		html: `<div>Good luck <img data-emoji="🏃" class="an1" alt="🏃" aria-label="🏃" src="https://fonts.gstatic.com/s/e/notoemoji/15.0/1f3c3/32.png" loading="lazy"> and rest!</div><div><img src="cid:ii_m1calf01" alt="calf.png" width="320" height="240"><br></div><div>That is the stretch.</div>`,
		want: "Good luck 🏃 and rest!\n\nThat is the stretch."},
	{client: "gmail", name: "code and right to left",
		html: `<div>Work it out as <font face="monospace">pace = time / distance</font>.</div><div><br></div><div dir="rtl">בהצלחה במרוץ</div>`,
		want: "Work it out as pace = time / distance.\n\nבהצלחה במרוץ"},
	{client: "gmail", name: "study cited last",
		html:  `<div>The study put it well:</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Runners who rested two weeks lost no fitness.</blockquote>`,
		plain: "The study put it well:\n\n> Runners who rested two weeks lost no fitness.",
		want:  "The study put it well:\n\n> Runners who rested two weeks lost no fitness."},
	{client: "gmail", name: "heading pasted, rule and bare address",
		html:      `<h3 style="margin:0px">Rest first</h3><div>Two weeks, no running.</div><hr><div>More at <a href="http://example.org/rest">example.org/rest</a></div>`,
		plain:     "Rest first\nTwo weeks, no running.\n------------------------------\nMore at example.org/rest <http://example.org/rest>",
		want:      "Rest first\n\nTwo weeks, no running.\n\nMore at example.org/rest",
		wantPlain: "Rest first\nTwo weeks, no running.\n------------------------------\nMore at example.org/rest <http://example.org/rest>"},

	// Outlook writes paragraphs of Word: MsoNormal lines, list items as
	// MsoListParagraph with the bullet in a span for clients without lists,
	// tables as MsoTableGrid with a paragraph in each cell.
	{client: "outlook", name: "bulleted list",
		html: `<p class=MsoNormal>For two weeks:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>easy runs only<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>no hills<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Then build up again.<o:p></o:p></p>
`,
		plain:     "For two weeks:\n\n  *   easy runs only\n  *   no hills\n\nThen build up again.",
		want:      "For two weeks:\n· easy runs only\n· no hills\n\nThen build up again.",
		wantPlain: "For two weeks:\n\n  *   easy runs only\n  *   no hills\n\nThen build up again."},
	{client: "outlook", name: "nested and numbered lists",
		html: `<p class=MsoNormal>The plan:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>strength<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l1 level2 lfo2'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>calf raises<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l1 level2 lfo2'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>squats<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>rest days<o:p></o:p></p>
`,
		plain:     "The plan:\n\n  1.  strength\n     *   calf raises\n     *   squats\n  2.  rest days",
		want:      "The plan:\n1. strength\n   - calf raises\n   - squats\n2. rest days",
		wantPlain: "The plan:\n\n  1.  strength\n     *   calf raises\n     *   squats\n  2.  rest days"},
	{client: "outlook", name: "link with other text",
		html:      `<p class=MsoNormal>Read <a href="https://example.org/calf-study">the study on calf load</a>.<o:p></o:p></p>`,
		plain:     "Read the study on calf load<https://example.org/calf-study>.",
		want:      "Read the study on calf load (https://example.org/calf-study).",
		wantPlain: "Read the study on calf load<https://example.org/calf-study>."},
	{client: "outlook", name: "table of paces",
		html: `<p class=MsoNormal>Your paces:<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=300 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Run<o:p></o:p></b></p></td><td width=300 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Pace<o:p></o:p></b></p></td></tr>
<tr><td width=300 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal>easy<o:p></o:p></p></td><td width=300 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal>6:30/km<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Stay there.<o:p></o:p></p>
`,
		plain:     "Your paces:\n\nRun\n\nPace\n\neasy\n\n6:30/km\n\n\nStay there.",
		want:      "Your paces:\n\nRun | Pace\neasy | 6:30/km\n\nStay there.",
		wantPlain: "Your paces:\n\nRun\n\nPace\n\neasy\n\n6:30/km\n\nStay there."},
	{client: "outlook", name: "heading, rule and break in a paragraph",
		html: `<h2>Rest first<o:p></o:p></h2>
<p class=MsoNormal>Two weeks off,<br>then easy miles.<o:p></o:p></p>
<div class=MsoNormal align=center style='text-align:center'><hr size=2 width="100%" align=center></div>
<p class=MsoNormal>Maren<o:p></o:p></p>
`,
		want: "Rest first\n\nTwo weeks off,\nthen easy miles.\n\nMaren"},
	{client: "outlook", name: "emoji and inline image",
		html: `<p class=MsoNormal>Good luck <span style='font-family:"Segoe UI Emoji",sans-serif'>&#127939;</span><o:p></o:p></p>
<p class=MsoNormal><img width=320 height=240 style='width:3.3333in;height:2.5in' id="Picture_x0020_1" src="cid:image001.png@01DB1234.5678ABC0"><o:p></o:p></p>
<p class=MsoNormal>That is the stretch.<o:p></o:p></p>
`,
		want: "Good luck 🏃\n\nThat is the stretch."},

	// Outlook on the web writes divs, inside list items too.
	{client: "outlook web", name: "list and table",
		html: `<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">For two weeks:</div>` +
			`<ul data-editing-info="{&quot;orderedStyleType&quot;:1,&quot;unorderedStyleType&quot;:1}" style="margin-top: 0px; margin-bottom: 0px;">` +
			`<li style="font-family: Aptos, sans-serif; font-size: 12pt;"><div role="presentation" class="elementToProof">easy runs only</div></li>` +
			`<li style="font-family: Aptos, sans-serif; font-size: 12pt;"><div role="presentation" class="elementToProof">no hills</div></li></ul>` +
			`<table style="border-collapse: collapse;"><tbody><tr><td style="border: 1px solid;"><div class="elementToProof">easy</div></td>` +
			`<td style="border: 1px solid;"><div class="elementToProof">6:30/km</div></td></tr></tbody></table>` +
			`<div class="elementToProof">Maren</div>`,
		plain:     "For two weeks:\n\n  *   easy runs only\n  *   no hills\n\neasy\n6:30/km\nMaren",
		want:      "For two weeks:\n\n- easy runs only\n- no hills\n\neasy | 6:30/km\n\nMaren",
		wantPlain: "For two weeks:\n\n  *   easy runs only\n  *   no hills\n\neasy\n6:30/km\nMaren"},

	// Apple Mail writes divs, lists of class MailOutline, and quotes its
	// history with type=cite; the owner's own quote is an indent, read as
	// the owner's text.
	{client: "apple", name: "lists",
		html:      `<div>For two weeks:</div><ul class="MailOutline"><li>easy runs only</li><li>calf raises<ul><li>three sets</li></ul></li></ul><ol class="MailOutline"><li>rest</li><li>run</li></ol><div>Maren</div>`,
		plain:     "For two weeks:\n\n\t• easy runs only\n\t• calf raises\n\t\t◦ three sets\n\n\t1.\trest\n\t2.\trun\n\nMaren",
		want:      "For two weeks:\n\n- easy runs only\n- calf raises\n  - three sets\n\n1. rest\n2. run\n\nMaren",
		wantPlain: "For two weeks:\n\n\t• easy runs only\n\t• calf raises\n\t\t◦ three sets\n\n\t1.\trest\n\t2.\trun\n\nMaren"},
	{client: "apple", name: "link and indented citation",
		html:      `<div>From <a href="https://example.org/calf-study" class="">the calf study</a>:</div><blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;"><div>Two weeks of rest cost no fitness.</div></blockquote><div><br></div><div>Maren</div>`,
		plain:     "From the calf study <https://example.org/calf-study>:\n\nTwo weeks of rest cost no fitness.\n\nMaren",
		want:      "From the calf study (https://example.org/calf-study):\nTwo weeks of rest cost no fitness.\n\nMaren",
		wantPlain: "From the calf study <https://example.org/calf-study>:\n\nTwo weeks of rest cost no fitness.\n\nMaren"},
	{client: "apple", name: "bold, emoji and inline image",
		html:  `<div><b>Rest</b> is training too 💪</div><div><br></div><div><img apple-inline="yes" id="A1B2" src="cid:A1B2-C3D4@example.org" class=""></div><div>That is the stretch.</div>`,
		plain: "Rest is training too 💪\n\n\nThat is the stretch.",
		want:  "Rest is training too 💪\n\nThat is the stretch."},

	// Thunderbird writes paragraphs, proper nested lists, links it found
	// in the text as moz-txt-link-freetext, and its own pre for plain text.
	{client: "thunderbird", name: "lists",
		html:      "<p>The plan:</p>\n<ol>\n  <li>strength\n    <ul>\n      <li>calf raises</li>\n      <li>squats</li>\n    </ul>\n  </li>\n  <li>rest days</li>\n</ol>\n<p>Maren</p>\n",
		plain:     "The plan:\n\n 1. strength\n      * calf raises\n      * squats\n 2. rest days\n\nMaren",
		want:      "The plan:\n\n1. strength\n   - calf raises\n   - squats\n2. rest days\n\nMaren",
		wantPlain: "The plan:\n\n 1. strength\n      * calf raises\n      * squats\n 2. rest days\n\nMaren"},
	{client: "thunderbird", name: "links",
		html:      "<p>See <a class=\"moz-txt-link-freetext\" href=\"https://example.org/faq\">https://example.org/faq</a> and <a href=\"https://example.org/calf-study\">the study</a>.</p>\n",
		plain:     "See https://example.org/faq and the study <https://example.org/calf-study>.",
		want:      "See https://example.org/faq and the study (https://example.org/calf-study).",
		wantPlain: "See https://example.org/faq and the study <https://example.org/calf-study>."},
	{client: "thunderbird", name: "heading, quote and rule",
		html:      "<h2>Rest first</h2>\n<p>As the study says:</p>\n<blockquote>\n  <p>Rest cost no fitness.</p>\n</blockquote>\n<hr width=\"100%\" size=\"2\">\n<p>Then run easy for two weeks.</p>\n",
		plain:     "Rest first\n\nAs the study says:\n\n    Rest cost no fitness.\n\n------------------------------------------------------------------------\n\nThen run easy for two weeks.",
		want:      "Rest first\n\nAs the study says:\n\n> Rest cost no fitness.\n\nThen run easy for two weeks.",
		wantPlain: "Rest first\n\nAs the study says:\n\n    Rest cost no fitness.\n\n------------------------------------------------------------------------\n\nThen run easy for two weeks."},
	{client: "thunderbird", name: "table",
		html: "<p>Your paces:</p>\n<table width=\"100%\" border=\"1\" cellspacing=\"2\" cellpadding=\"2\">\n  <tbody>\n    <tr>\n      <td valign=\"top\">easy<br>\n      </td>\n      <td valign=\"top\">6:30/km<br>\n      </td>\n    </tr>\n    <tr>\n      <td valign=\"top\">tempo<br>\n      </td>\n      <td valign=\"top\">5:10/km<br>\n      </td>\n    </tr>\n  </tbody>\n</table>\n<p>Maren</p>\n",
		want: "Your paces:\n\neasy | 6:30/km\ntempo | 5:10/km\n\nMaren"},
	{client: "thunderbird", name: "preformatted",
		html:  "<pre class=\"moz-quote-pre\" wrap=\"\">Your week:\n  Mon  rest\n  Tue  6 km easy\n</pre>\n<p>Maren</p>\n",
		plain: "Your week:\n  Mon  rest\n  Tue  6 km easy\n\nMaren",
		want:  "Your week:\n  Mon  rest\n  Tue  6 km easy\n\nMaren"},
	{client: "thunderbird", name: "study cited last",
		html:  "<p>The study put it well:</p>\n<blockquote>Runners who rested two weeks lost no fitness.</blockquote>\n",
		plain: "The study put it well:\n\n    Runners who rested two weeks lost no fitness.",
		want:  "The study put it well:\n\n> Runners who rested two weeks lost no fitness."},

	// iOS Mail writes lines as divs of dir=auto or breaks inside one.
	{client: "ios", name: "lines and bold",
		html:  `<div dir="auto">Two weeks <b>easy</b>.<br><br>Then build up.<br>Maren</div>`,
		plain: "Two weeks easy.\n\nThen build up.\nMaren",
		want:  "Two weeks easy.\n\nThen build up.\nMaren"},
	{client: "ios", name: "list and link",
		html:      `<div dir="auto">Do this:</div><div dir="auto"><ul><li>rest</li><li>stretch</li></ul><div dir="auto"><a href="https://example.org/calf-study">The study</a></div></div>`,
		plain:     "Do this:\n\n\t• rest\n\t• stretch\n\nThe study <https://example.org/calf-study>",
		want:      "Do this:\n\n- rest\n- stretch\n\nThe study (https://example.org/calf-study)",
		wantPlain: "Do this:\n\n\t• rest\n\t• stretch\n\nThe study <https://example.org/calf-study>"},
	{client: "ios", name: "bare address",
		html:  `<div dir="auto">All of it is here: <a href="https://example.org/calf-guide">https://example.org/calf-guide</a></div>`,
		plain: "All of it is here: https://example.org/calf-guide",
		want:  "All of it is here: https://example.org/calf-guide"},
	{client: "ios", name: "right to left with emoji",
		html:  `<div dir="rtl">בהצלחה במרוץ 🏃‍♀️</div><div dir="rtl"><br></div><div dir="rtl">מרן</div>`,
		plain: "בהצלחה במרוץ 🏃‍♀️\n\nמרן",
		want:  "בהצלחה במרוץ 🏃‍♀️\n\nמרן"},
}
