package inbox

import "testing"

// TestTrimReplyFooterDash covers the dash an app writes between the
// answer and its footer on the answer's own line, and the dashes that are
// the owner's: one that answers the quote above it ("none") stays over a
// signature, and over a footer a blank line away.
func TestTrimReplyFooterDash(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dash glued to the answer over the footer", "Two weeks of rest \u2014 \nSent from Mailbox", "Two weeks of rest"},
		{"glued dash without trailing space", "Two weeks of rest \u2014\nSent from Mailbox for iPhone", "Two weeks of rest"},
		{"glued dash over a phone footer", "See you Tuesday \u2014\nSent from my iPhone", "See you Tuesday"},
		{"dash on its own line over the footer", "Two weeks.\n\n\u2014\nSent from Mailbox", "Two weeks."},

		// The owner's dashes stay.
		{"dash with a blank line under it", "We leave at six \u2014\n\nSent from my iPhone", "We leave at six \u2014"},
		{"dash run onto the word", "It was three\u2014\nSent from my iPhone", "It was three\u2014"},
		{"dash with no footer under it", "Wait \u2014\nno, Tuesday.", "Wait \u2014\nno, Tuesday."},
		{"dash over a line that is no footer", "Two options \u2014\nSent from Paris.", "Two options \u2014\nSent from Paris."},
		{"dash alone over the footer, nothing typed", "\u2014\nSent from Mailbox", ""},
		{"dash answering a quote, a quote answered above it", "> Pain?\nNo.\n> Swelling?\n-\n\nSent from my iPhone", "> Pain?\nNo.\n> Swelling?\n-"},
		{"dash answering a quote over the owner's signature", "> Pain?\nNo.\n> Swelling?\n-\n-- \nMaren Holt", "> Pain?\nNo.\n> Swelling?\n-"},
		{"dash right over the footer under a quote", "> Pain?\nNo.\n> Swelling?\n-\nSent from Mailbox", "No."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyVirusNotice covers the line a virus scanner adds under the
// answer, with its rule, its address and Gmail's links around it, and the
// owner's own lines about viruses and scanners, which stay.
func TestTrimReplyVirusNotice(t *testing.T) {
	gmailLink := "<https://www.avast.com/sig-email?utm_medium=email&utm_source=link&utm_campaign=sig-email&utm_content=webmail>"
	tests := []struct{ name, in, want string }{
		{"notice under a three-dash rule", "Rest a week.\n\n---\nThis email has been checked for viruses by Avast antivirus software.\nhttps://www.avast.com/antivirus",
			"Rest a week."},
		{"short notice with its address", "Rest a week.\n\n---\nThis email has been checked for viruses by AVG.\nhttp://www.avg.com", "Rest a week."},
		{"notice under the sign-off", "Rest a week.\n\nMaren\n\nThis email has been checked for viruses by AVG antivirus software.\nwww.avg.com",
			"Rest a week.\n\nMaren"},
		{"gmail links around the notice over the quote", "Rest a week.\n\n" + gmailLink + "\nVirus-free.www.avast.com\n" + gmailLink +
			"\n<#DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2>\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n\n> How long?",
			"Rest a week."},
		{"spaced gmail notice", "Rest a week.\n\nVirus-free. www.avast.com", "Rest a week."},
		{"older scanner's lines", "Rest a week.\n\nNo virus found in this message.\nChecked by AVG - www.avg.com\nVersion: 2015.0.5646 / Virus Database: 4365/9876",
			"Rest a week."},
		{"German notice", "Eine Woche Pause.\n\n---\nDiese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.\nhttps://www.avast.com/antivirus",
			"Eine Woche Pause."},
		{"Dutch notice", "Een week rust.\n\n---\nDeze e-mail is gecontroleerd op virussen door AVG.\nhttp://www.avg.com", "Een week rust."},
		{"a gateway's paragraph under a disclaimer",
			"Rest a week.\n\nCheers,\nMaren\n\n\nDisclaimer\n\nThe information contained in this communication from the sender is confidential. " +
				"It is intended solely for use by the recipient and others authorized to receive it.\n\n" +
				"This email has been scanned for viruses and malware, and may have been automatically archived by Example Ltd, " +
				"an innovator in Software as a Service (SaaS) for business. Providing a safer and more useful place for your human " +
				"generated data. Specializing in; Security, archiving and compliance. To find out more Click Here (http://www.example.com/) .",
			"Rest a week.\n\nCheers,\nMaren"},
		{"a mail security service's line", "Rest a week.\n\n______________________________________________________________________\n" +
			"This email has been scanned by the Symantec Email Security.cloud service.\nFor more information please visit http://www.symanteccloud.com\n" +
			"______________________________________________________________________",
			"Rest a week."},

		// The owner's lines about viruses and scanners stay.
		{"advice naming a scanner", "Scan your laptop for viruses with Avast before you upload the plan.",
			"Scan your laptop for viruses with Avast before you upload the plan."},
		{"a check that is no scan", "Rest a week.\n\nThis message was checked by my coach.", "Rest a week.\n\nThis message was checked by my coach."},
		{"a scan by a person", "Rest a week.\n\nThis message was scanned by my coach before I sent it.",
			"Rest a week.\n\nThis message was scanned by my coach before I sent it."},
		{"a link to a scanner with no notice under it", "Try this one:\n<https://www.avast.com/free-antivirus-download>",
			"Try this one:\n<https://www.avast.com/free-antivirus-download>"},
		{"virus-free in a sentence", "Virus-free laptops are rare, so back up your plan.", "Virus-free laptops are rare, so back up your plan."},
		{"a notice the owner quotes under a line that introduces it",
			"Run a full scan. When it is done it shows:\n\nThis email has been checked for viruses by Avast antivirus software.\n\nIf not, take the laptop in.\n\nMaren",
			"Run a full scan. When it is done it shows:\n\nThis email has been checked for viruses by Avast antivirus software.\n\nIf not, take the laptop in.\n\nMaren"},
		{"gmail's notice the owner shows",
			"Avast adds this to your mail:\n\nVirus-free. www.avast.com\n\nSwitch it off in its settings.",
			"Avast adds this to your mail:\n\nVirus-free. www.avast.com\n\nSwitch it off in its settings."},
		{"a notice in the owner's sentence with more under it",
			"When I scan the file it says\nThis message was scanned for viruses and nothing was found, so open it.\nThe plan is in it.",
			"When I scan the file it says\nThis message was scanned for viruses and nothing was found, so open it.\nThe plan is in it."},
		{"gmail's link and notice the owner shows",
			"My mail shows this:\n" + gmailLink + "\nVirus-free.www.avast.com\nIt is only an advert.",
			"My mail shows this:\n" + gmailLink + "\nVirus-free.www.avast.com\nIt is only an advert."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyFooterInBrackets covers a footer the owner's client was set
// to write in brackets or run onto the signature's dashes, and a phone
// called a cell, and the owner's own bracketed lines and lines about a
// cell, which stay.
func TestTrimReplyFooterInBrackets(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"footer in parentheses", "The clinic opens at eight.\n\n(Sent from my phone)", "The clinic opens at eight."},
		{"device footer in parentheses", "Bring the letter.\n\n(sent from mobile device)", "Bring the letter."},
		{"footer naming the model in parentheses", "The clinic opens at eight.\n\n(Sent from my Galaxy S23)", "The clinic opens at eight."},
		{"footer in double angle brackets", "Yes, Friday.\n\n<<Sent by Galaxy>>", "Yes, Friday."},
		{"cell with an apology for typos", "I'll call at noon.\n\nSent from my cell, please excuse any typos.", "I'll call at noon."},
		{"cell alone", "I'll call at noon.\n\nSent from my cell", "I'll call at noon."},
		{"footer glued to the signature dashes", "Thanks, that works.\n--Sent from my iPhone", "Thanks, that works."},
		{"footer on the signature dashes' line", "Thanks, that works.\n\n-- Sent from my iPhone", "Thanks, that works."},
		{"the footer glued to dashes alone", "--Sent from my iPhone", ""},
		{"footer glued to the dashes over the quote", "Thanks, that works.\n--Sent from my iPhone\n\nOn Mon, 1 Jan 2024, Bob <b@example.com> wrote:\n> q", "Thanks, that works."},
		{"a name glued to the dashes stays", "Thanks, that works.\n--Lena", "Thanks, that works.\n--Lena"},
		{"the owner's sentence after dashes stays", "Run easy.\n\n-- sent from the track, more tonight.", "Run easy.\n\n-- sent from the track, more tonight."},

		// The owner's lines stay.
		{"bracketed aside", "The clinic opens at eight.\n\n(sent from the office, not from home)", "The clinic opens at eight.\n\n(sent from the office, not from home)"},
		{"bracketed place", "Here it is.\n\n(sent from Lisbon)", "Here it is.\n\n(sent from Lisbon)"},
		{"bracketed feeling", "Congratulations!\n\n(Sent with love)", "Congratulations!\n\n(Sent with love)"},
		{"cell named in a sentence", "Call me back.\n\nSent from my cell block, they let me write.", "Call me back.\n\nSent from my cell block, they let me write."},
		{"cell asked for", "Call me back.\n\nCall my cell", "Call me back.\n\nCall my cell"},
		{"brackets that do not wrap the line", "See below.\n\n(sent) from my phone, the photo", "See below.\n\n(sent) from my phone, the photo"},
		{"bracketed aside over more of the answer", "Run easy tomorrow.\n(Sent from my phone on the train, more tonight.)\nFor the shoes: get a neutral pair.",
			"Run easy tomorrow.\n(Sent from my phone on the train, more tonight.)\nFor the shoes: get a neutral pair."},
		{"bracketed reason over more of the answer", "The plan is attached.\n(Sent via email because the app keeps crashing on me.)\nRun easy tomorrow.",
			"The plan is attached.\n(Sent via email because the app keeps crashing on me.)\nRun easy tomorrow."},
		{"bracketed note on the copy", "Hi,\n\n(Sent by mail to the club too.)\nRun easy tomorrow, and rest on Friday.",
			"Hi,\n\n(Sent by mail to the club too.)\nRun easy tomorrow, and rest on Friday."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyPrintNotice covers the line a company's mail system writes
// under every mail asking the reader not to print it, in the languages
// offices write it in, and the owner's own words on printing, which stay.
func TestTrimReplyPrintNotice(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"english under the name", "Rest a week.\n\nMaren\n\nPlease consider the environment before printing this e-mail.", "Rest a week.\n\nMaren"},
		{"english with the webdings mark", "Rest a week.\n\nP Please consider the environment before printing this email", "Rest a week."},
		{"german", "Eine Woche Pause.\n\nMaren\n\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.", "Eine Woche Pause.\n\nMaren"},
		{"french", "Une semaine de repos.\n\nMaren\n\nPensez à l'environnement avant d'imprimer ce courriel.", "Une semaine de repos.\n\nMaren"},
		{"dutch", "Een week rust.\n\nMaren\n\nDenk aan het milieu voordat u deze e-mail print.", "Een week rust.\n\nMaren"},

		// The owner's words stay.
		{"printing the handouts", "Print the plan.\n\nPlease consider the environment before printing the handouts for Tuesday.",
			"Print the plan.\n\nPlease consider the environment before printing the handouts for Tuesday."},
		{"asked as a question", "Rest a week.\n\nCould you please consider the environment before printing this email?",
			"Rest a week.\n\nCould you please consider the environment before printing this email?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyMoreFooters covers phone footers in languages and from apps
// the patterns lacked: the Baltic languages', Slovak's other wording,
// Greek's, NetEase's Mail Master and Tuta's two. Lines of the owner's that start
// with the same words, about a parcel or a town, stay.
func TestTrimReplyMoreFooters(t *testing.T) {
	const answer = "Rest a week."
	footers := []string{"Saadetud minu iPhone'ist", "Nosūtīts no mana iPhone", "Išsiųsta iš mano iPhone",
		"Poslané z iPhonu", "Αποστολή από iPhone", "发自网易邮箱大师", "Sent from Tuta", "发自我的小米手机。",
		"发自我的 iPhone", "发自我的iPhone，请原谅错别字", "來自我的iPhone，請原諒錯字", "发自我的手机，回复简短请见谅",
		"Secured with Tuta Mail: https://tuta.com/free-email"}
	for _, f := range footers {
		t.Run(f, func(t *testing.T) {
			if got := TrimReply(answer + "\n\n" + f); got != answer {
				t.Errorf("TrimReply(%q) = %q, want %q", f, got, answer)
			}
		})
	}
	owners := []string{"Saadetud pakk jõudis kohale.", "Išsiųsta iš Vilniaus vakar.", "Nosūtīts no Rīgas pirmdien.",
		"Poslané z Bratislavy včera.", "Αποστολή από την Αθήνα την Τρίτη.", "发自北京的包裹已经到了。",
		"Sent from Tuta's office, the form is attached", "我的邮箱地址变了",
		"来自你邮箱的问题我收到了，下面是回答。", "发自内心地说，你的邮箱设置没问题。", "Saadetud fail avaneb ka iPhone'is.",
		"发自内心地说，这封邮件写得很好。", "来自学校的邮件：周六停课。", "從我的手機傳送照片，然後再寄給你。",
		"来自学校的邮件，周六停课。", "发自我的手机的照片，你收到了吗？", "发自我的手机，然后：请查收。",
		"Secured with a padlock, the shed is safe."}
	for _, o := range owners {
		t.Run("keeps "+o, func(t *testing.T) {
			if got := TrimReply(answer + "\n\n" + o); got != answer+"\n\n"+o {
				t.Errorf("TrimReply(%q) = %q, want the line kept", o, got)
			}
		})
	}
}
