package inbox

// ownerAnswer is one answer as the owner typed it: text is everything
// that must be published, sig a "-- " signature typed under it, which
// helpline leaves out by design.
type ownerAnswer struct {
	name, text, sig string
}

// wholeAnswers are answers a running coach's helpline gets from its owner,
// each exactly as typed. Many hold lines that read like mail machinery on
// their own, which is what makes them worth running under every client.
var wholeAnswers = []ownerAnswer{
	// Lists.
	{"dash list", "Hi Lena,\n\nFor a first 10k I would pack:\n\n- a light jacket\n- gels, two of them\n- a spare pair of socks\n\nGood luck!\nMaren", ""},
	{"star list", "Three things to watch:\n* cadence around 170\n* relaxed shoulders\n* breathing through the mouth is fine", ""},
	{"bullet list", "Warm-up before intervals:\n\n• 10 minutes easy jogging\n• leg swings\n• 4 strides of 80 metres\n\nThen start the first rep.", ""},
	{"numbered list", "1. Run easy on Monday.\n2. Intervals on Wednesday.\n3. Long run on Sunday.\n\nRest on the other days.", ""},
	{"lettered list", "Two options:\na) keep the marathon and walk the hills\nb) switch to the half and race it\n\nI would pick b).", ""},
	{"double dash list", "Things I never do the week before a race:\n-- new shoes\n-- a new breakfast\n-- a hard long run\n\nKeep it boring.", ""},
	{"questionnaire answered inline", "Your questions, one by one:\n\nHow many days a week? Three to start.\nHow far? 5 km each time.\nHow fast? Slow enough to talk.\nWhen can I race? After twelve weeks.", ""},
	{"nested list", "Plan for the week:\n- Monday: rest\n- Tuesday: 6 km easy\n  - keep the heart rate under 150\n  - flat route\n- Saturday: parkrun", ""},

	// Prose that reads like mail machinery.
	{"date line", "The club time trial is on\nDate: Saturday 14 June\nPlace: the park gate, 9am\n\nCome and run it as a test.", ""},
	{"to line", "I put this on the notice board:\n\nTo: all beginners\nBring water and a smile.\n\nThat is the whole of it.", ""},
	{"subject line", "You asked what to call the session.\nSubject: long runs\nThat is what I write in my log too.", ""},
	{"from line", "Here is what I copied out for you.\nFrom: my physio's notes\nIce for ten minutes, then gentle stretching.", ""},
	{"on monday wrote", "Good question.\n\nOn Monday my physio wrote: rest.\nSo rest until the swelling is gone.", ""},
	{"sent from the track", "Sent from the track at 6am, so forgive the short answer: yes, run it.", ""},
	{"sent from line mid text", "Yes, the shoes are fine.\n\nSent from the track at 6am, where the coach took my phone away for an hour.\n\nSee you Sunday.", ""},
	{"dashed rule", "Short answer: no.\n\n-----\n\nLong answer: your knee needs two weeks without running, then a slow return.", ""},
	{"em dash name", "Keep going, you are closer than you think.\n\n— Lena", ""},
	{"original message aside", "Original message aside, the real question is whether you sleep enough. Eight hours before a race week.", ""},
	{"forwarded by the club", "Here is the club's advice.\n\nForwarded by the club: no spikes on the indoor track.\n\nI agree with them.", ""},
	{"owner cites the reader", "You wrote:\n> my calves hurt after every run\n\nThat is normal for the first month. Stretch them and drop the pace.", ""},
	{"owner cites twice", "> Should I run every day?\nNo.\n> Even slowly?\nStill no. Two rest days a week.", ""},
	{"regards to your sister", "Rest this week, then start again gently.\n\nRegards to your sister!\n\nShe ran a great race last year.", ""},
	{"thanks mid text", "Thanks,\n\nthat is a good question and many people ask it.\n\nThe answer is to run slower on easy days.\n\nMaren", ""},
	{"thanks then paragraphs", "Run the first half slower than you want to.\n\nThanks,\nfor writing in.\n\nAnd tell me how it went.", ""},
	{"cheers then ps", "Try the 5k plan first.\n\nCheers,\nMaren\n\nP.S. The plan is on the site under Beginners.", ""},
	{"best regards over a name", "Replace your shoes every 700 km or so.\n\nBest regards,\nMaren Holt", ""},
	{"kind regards no name", "Drink before you are thirsty in the heat.\n\nKind regards,", ""},
	{"wrote in prose", "My old coach wrote: \"easy days easy, hard days hard\". I still think he was right.", ""},
	{"on date wrote prose", "On 3 June 2019, my coach wrote to me: run your own race. That is my answer too.", ""},
	{"header words in prose", "Sent: nothing yet, the plan comes next week.\nTo: you, and anyone else starting out.", ""},
	{"header words as a note", "My physio's note, word for word:\n\nFrom: Physio Berg\nTo: runners with sore calves\nSubject: rest\n\nThree days off, then walk-jog.", ""},
	{"forwarded by on its own line", "Forwarded by the club:\nTraining moves to Thursday this week.\n\nSee you there.", ""},
	{"sent from the track last", "Yes, run it.\n\nSent from the track at 6am", ""},
	{"owner's own attribution over a citation", "On Monday my physio wrote:\n> rest the calf for a week\n\nSo rest it, and then start with 20 minutes.", ""},
	{"thanks name ps", "Go for the half.\n\nThanks,\nMaren\n\nP.S. Bring a cap, it will be sunny.", ""},
	{"german header words", "Gesendet habe ich dir den Plan schon.\nBetreff: Halbmarathon in 12 Wochen\n\nSchau in deinen Spam-Ordner.\n\nViele Grüße", ""},
	{"link in angle brackets", "The plan is here: <https://example.org/plans/half>\n\nStart with week 1.", ""},
	{"spanish sent from prose", "Enviado desde la pista a las seis: sí, puedes correr mañana.\n\nSaludos", ""},
	{"underscore rule", "Two parts to this.\n\n________________\n\nFirst: the shoes. Second: the socks.", ""},

	// Shapes of text.
	{"poem lines", "Slow start,\nsteady middle,\nstrong finish.\n\nThat is the whole plan.", ""},
	{"table", "Paces for your goal:\n\n| run      | pace     |\n| easy     | 6:30/km  |\n| tempo    | 5:20/km  |\n| interval | 4:50/km  |", ""},
	{"url list", "Read these:\nhttps://example.org/plans/5k\nhttps://example.org/plans/10k\nhttps://example.org/shoes", ""},
	{"phone number", "Call the sports clinic, they are good with runners:\n+31 20 555 0142\nAsk for the running clinic.", ""},
	{"club address", "Our club meets here:\n\nRunning Club Utrecht\nParkweg 12\n3581 AB Utrecht\n\nTuesdays at 7pm.", ""},
	{"emoji", "You did it! 🎉🏃‍♀️\n\nNow rest for a week 😴", ""},
	{"caps headings", "WARM-UP\n10 minutes jogging.\n\nMAIN SET\n6 x 400 m.\n\nCOOL-DOWN\n10 minutes walking.", ""},
	{"yes only", "Yes.", ""},
	{"no see below", "No — see below.\n\nYour knee needs rest first.", ""},
	{"single word", "Absolutely.", ""},
	{"long paragraph", "The most common mistake I see with new marathoners is that they run every single training run at the same moderate pace, which is too hard to recover from and too easy to make them faster, so they end up tired and no quicker; split your week into truly easy runs and one or two harder sessions and you will notice the difference within a month.", ""},
	{"question back", "Before I answer: how many kilometres do you run a week now?\n\nAnd do you run on roads or trails?", ""},
	{"quote marks", "\"Run slow to run fast\" sounds odd, but it works.", ""},
	{"times and numbers", "Your splits: 5:02, 4:58, 4:55, 5:10.\nAverage 5:01/km. Good pacing!", ""},
	{"colon heading", "Breakfast ideas:\n\nOats with banana.\nToast with honey.\n\nEat it three hours before the start.", ""},
	{"greeting only line", "Hi Tom,\n\nRest.", ""},
	{"indented lines", "Try this drill:\n\n    high knees, 20 metres\n    butt kicks, 20 metres\n    walk back\n\nTwice a week.", ""},
	{"mixed case closing", "That race is flat and fast, go for a PB.\n\nall the best\nMaren", ""},

	// Signatures under the answer.
	{"with signature", "Ice the shin for 10 minutes after each run.", "Maren Holt\nRunning Training Helpline"},
	{"closing and signature", "Yes, you can run while pregnant if your doctor agrees.\n\nWarm wishes,\nMaren", "Maren Holt | Coach\nhttps://example.org"},
	{"list and signature", "Pack list:\n- shoes\n- watch\n- gel", "Maren"},

	// Other languages.
	{"german", "Hallo Jonas,\n\nlauf die ersten zwei Wochen nur locker, dann kommt das Tempo.\n\nViele Grüße\nMaren", ""},
	{"german no name", "Ja, das geht. Aber bitte mit Pausen.\n\nViele Grüße", ""},
	{"german list", "Drei Dinge:\n- genug schlafen\n- langsam anfangen\n- gute Schuhe\n\nLiebe Grüße", ""},
	{"french", "Bonjour Claire,\n\nCours lentement pendant un mois, puis ajoute une séance de fractionné.\n\nBien à vous,\nMaren", ""},
	{"french no name", "Oui, c'est possible.\n\nBien à vous", ""},
	{"spanish", "Hola Marta:\n\nCorre tres días por semana y descansa los demás.\n\nSaludos,\nMaren", ""},
	{"spanish no name", "No, todavía no. Espera dos semanas más.\n\nSaludos", ""},
	{"dutch", "Hoi Sanne,\n\nLoop eerst vijf kilometer rustig, dan pas sneller.\n\nGroeten,\nMaren", ""},
	{"dutch with list", "Voor zondag:\n1. goed ontbijten\n2. rustig starten\n3. genieten\n\nMet vriendelijke groet,\nMaren Holt", ""},
	{"polish", "Cześć Kasia,\n\nbiegaj wolno przez pierwszy miesiąc, a potem dodaj jeden trening szybszy.\n\nPozdrawiam\nMaren", ""},
	{"polish no name", "Tak, możesz biegać w deszczu.\n\nPozdrawiam", ""},
	{"russian", "Здравствуйте, Ольга!\n\nБегайте медленно первые две недели, потом добавьте одну быструю тренировку.\n\nС уважением,\nМарен", ""},
	{"russian no name", "Да, можно.\n\nС уважением", ""},
	{"japanese", "こんにちは、ゆきさん。\n\n最初の一か月はゆっくり走ってください。そのあとでスピード練習を入れましょう。\n\nよろしくお願いします", ""},
	{"japanese with name", "はい、大丈夫です。\n週に三回から始めてください。\n\nよろしくお願いします\nマレン", ""},
	{"chinese", "你好，小李：\n\n前两周慢跑，然后每周加一次间歇跑。\n\n祝好\nMaren", ""},
	{"chinese no name", "可以，但是要先热身。\n\n祝好", ""},
	{"english german mix", "Short answer: yes.\n\nAuf Deutsch: ja, du kannst den Halbmarathon laufen.\n\nViele Grüße\nMaren", ""},
	{"french english mix", "Bien sûr! Run the first 5 km easy, puis accélère.\n\nBien à vous", ""},
	{"spanish with date", "El sábado 14 de junio hay carrera en el parque.\nFecha: sábado 14 de junio\n\nSaludos", ""},
	{"german date line", "Der Termin steht fest.\nDatum: Samstag, 14. Juni\nOrt: Stadtpark\n\nViele Grüße", ""},
	{"german wrote in prose", "Am Montag schrieb mir meine Physiotherapeutin: Pause.\nAlso mach eine Woche Pause.", ""},
	{"french wrote in prose", "Le 3 juin, mon kiné a écrit : repos complet.\nDonc repos.", ""},
	{"japanese list", "持ち物：\n・シューズ\n・水\n・タオル\n\nよろしくお願いします", ""},
	{"chinese list", "准备：\n1. 跑鞋\n2. 水\n3. 毛巾\n\n祝好", ""},
	{"russian list", "План на неделю:\n- понедельник: отдых\n- среда: 5 км\n- суббота: 8 км\n\nС уважением", ""},
	{"dutch signature", "Ja, dat kan prima.", "Maren Holt\nHardloopclub Utrecht"},
	{"polish signature", "Nie, najpierw odpocznij.\n\nPozdrawiam", "Maren"},
}
