package inbox

// The parts of the signature blocks people set in their mail clients, in
// the languages the owners of helpline write in. A client set to leave out
// the "-- " line writes them straight under the answer.

// sigLocale is what a signature holds in one language.
type sigLocale struct {
	lang string
	// names are the owner's name as a signature sets it: with pronouns,
	// letters after it, a nickname.
	names []string
	// titles and orgs are laid out in several ways by the generator.
	titles, orgs []string
	// phones are whole phone lines, labelled as people label them.
	phones []string
	// addresses are a street address in the country's format, one line
	// or several.
	addresses []string
	// webs are sites, booking and calendar links.
	webs []string
	// extras are office hours, a motto and the like: lines under the ways
	// to reach.
	extras []string
	// green is the line asking not to print the mail.
	green string
	// notice is a confidentiality notice.
	notice string
	// closing is the closing the owner types in the language, over their
	// first name.
	closing string
}

// sigSocial are the social lines and images any language's signature
// holds.
var sigSocial = []string{
	"Instagram: @runwithsam | Strava: Sam Rivera",
	"LinkedIn: linkedin.com/in/sam-rivera-coach",
	"Follow us: facebook.com/runclubnord | instagram.com/runclubnord",
	"X/Twitter: @samruns",
}

// sigImages are images of a signature as the plain part writes them.
var sigImages = []string{"[image: logo]", "[cid:image001.png@01DA2B3C.4D5E6F70]", "[image: Run Club Nord logo]"}

var sigLocales = []sigLocale{
	{lang: "en",
		names:  []string{"Sam Rivera", "Sam Rivera (she/her)", "Samantha \"Sam\" Rivera", "Dr. Sam Rivera, DPT", "Sam Rivera MSc CSCS"},
		titles: []string{"Head Coach", "Running Coach & Physiotherapist", "Founder"},
		orgs:   []string{"Run Club North", "Harbour Runners Ltd.", "Rivera Running Co."},
		phones: []string{"Tel: +44 20 7946 0958", "M: +44 7700 900123", "Phone: (555) 010-0199 ext. 204", "Mobile 07700 900123",
			"T: +1 415 555 0132 | M: +1 415 555 0199"},
		addresses: []string{"12 Harbour Road, Leeds LS1 4AP", "Unit 4, Mill Lane\nBristol BS1 5TR\nUnited Kingdom",
			"450 Market Street, Suite 12\nSan Francisco, CA 94105"},
		webs: []string{"www.runclubnorth.co.uk", "https://riverarunning.com", "Book a session: https://calendly.com/samrivera/30min",
			"Schedule a call: https://outlook.office.com/bookwithme/user/3f9a1c@riverarunning.com"},
		extras: []string{"Office hours: Mon–Fri 9:00–17:00", "\"Every mile begins with a single step.\"",
			"My working hours may not be your working hours. Please do not feel obliged to reply outside of yours.",
			"Proud member of UK Athletics"},
		green: "Please consider the environment before printing this email.",
		notice: "This email and any attachments are confidential and intended solely for the addressee. " +
			"If you have received this message in error, please notify the sender and delete it.",
		closing: "Best regards,"},
	{lang: "de",
		names:  []string{"Sam Rivera", "Dr. med. Sam Rivera", "Sam Rivera (sie/ihr)", "Samuel „Sam“ Rivera"},
		titles: []string{"Lauftrainerin", "Geschäftsführer", "Physiotherapeutin B.Sc."},
		orgs:   []string{"Laufschule Nord GmbH", "Lauftreff Isar e.V."},
		phones: []string{"Tel.: +49 30 1234567", "Mobil: 0171 2345678", "Telefon 089 / 12 34 56-78", "Fax: +49 30 1234568",
			"T +49 40 123 45 67 | M +49 170 123 45 67"},
		addresses: []string{"Hafenstraße 12\n20457 Hamburg", "Kolumbusstr. 5, 81543 München", "Laufschule Nord GmbH | Hafenstraße 12 | 20457 Hamburg"},
		webs:      []string{"www.laufschule-nord.de", "https://lauftreff-isar.de", "Termin buchen: https://calendly.com/samrivera/erstgespraech"},
		extras: []string{"Sprechzeiten: Mo–Fr 9–17 Uhr", "Geschäftsführerin: Sam Rivera", "Amtsgericht Hamburg HRB 98765",
			"USt-IdNr.: DE123456789"},
		green: "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
		notice: "Diese E-Mail enthält vertrauliche Informationen und ist nur für den bezeichneten Empfänger bestimmt. " +
			"Wenn Sie diese Nachricht irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie sie.",
		closing: "Viele Grüße"},
	{lang: "fr",
		names:  []string{"Sam Rivera", "Dr Sam Rivera", "Sam Rivera (elle)"},
		titles: []string{"Entraîneuse d'athlétisme", "Kinésithérapeute du sport", "Responsable des inscriptions"},
		orgs:   []string{"Club de course de Lyon", "Association Courir Ensemble"},
		phones: []string{"Tél. : +33 1 23 45 67 89", "Mob. : 06 12 34 56 78", "Tél : 04 78 12 34 56 | Port. : 06 98 76 54 32"},
		addresses: []string{"12 rue de la République\n69002 Lyon", "3, avenue Jean Jaurès, 75019 Paris",
			"Club de course de Lyon – 8 quai Saint-Antoine – 69002 Lyon"},
		webs:   []string{"www.courir-ensemble.fr", "https://clubdecourse-lyon.fr", "Prendre rendez-vous : https://calendly.com/samrivera/seance"},
		extras: []string{"Permanence : du lundi au vendredi, 9h–17h", "« Courir, c'est rêver les yeux ouverts. »"},
		green:  "Avant d'imprimer ce courriel, pensez à l'environnement.",
		notice: "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. " +
			"Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
		closing: "Cordialement,"},
	{lang: "es",
		names:     []string{"Sam Rivera", "Dra. Sam Rivera", "Samuel (Sam) Rivera"},
		titles:    []string{"Entrenadora de atletismo", "Fisioterapeuta deportivo", "Directora técnica"},
		orgs:      []string{"Club de Corredores Madrid", "Correr Juntos S.L."},
		phones:    []string{"Tel.: +34 912 345 678", "Móvil: 612 34 56 78", "Tel. 91 234 56 78 ext. 12", "Móvil +34 612 345 678"},
		addresses: []string{"Calle de Alcalá, 123, 2º B\n28009 Madrid", "Avda. Diagonal 456, 08006 Barcelona"},
		webs:      []string{"www.corredoresmadrid.es", "https://correrjuntos.com", "Reserva tu cita: https://calendly.com/samrivera/cita"},
		extras:    []string{"Horario de atención: lunes a viernes de 9:00 a 14:00", "«Correr es de valientes»"},
		green:     "Antes de imprimir este correo, piense en el medio ambiente.",
		notice: "Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. " +
			"Si ha recibido este mensaje por error, por favor notifíquelo al remitente y elimínelo.",
		closing: "Un saludo,"},
	{lang: "nl",
		names:     []string{"Sam Rivera", "Sam Rivera (zij/haar)", "drs. Sam Rivera"},
		titles:    []string{"Hardlooptrainer", "Sportfysiotherapeut", "Medewerker ledenadministratie"},
		orgs:      []string{"Loopgroep Zeeland", "Atletiekvereniging De Spurt"},
		phones:    []string{"T: +31 20 123 4567", "M: 06 12 34 56 78", "Tel. 0118 954208", "Mobiel: +31 6 12345678"},
		addresses: []string{"Kerkstraat 8\n1017 GC Amsterdam", "Markt 8, 4331 ZG Middelburg", "Postbus 123 | 3500 AC Utrecht"},
		webs:      []string{"www.loopgroep-zeeland.nl", "https://despurt.nl", "Plan een afspraak: https://calendly.com/samrivera/intake"},
		extras:    []string{"Aanwezig op ma, di en do", "KvK 12345678"},
		green:     "Denk aan het milieu voordat u deze e-mail print.",
		notice: "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. " +
			"Heeft u dit bericht per abuis ontvangen, verwijder het dan en laat het de afzender weten.",
		closing: "Met vriendelijke groet,"},
	{lang: "it",
		names:     []string{"Sam Rivera", "Dott.ssa Sam Rivera", "Sam Rivera (lei)"},
		titles:    []string{"Allenatrice di atletica", "Fisioterapista sportiva"},
		orgs:      []string{"Corri Insieme ASD", "Podistica Milano S.r.l."},
		phones:    []string{"Tel. +39 02 1234 5678", "Cell. 333 123 4567", "Tel: 06 1234567 int. 21"},
		addresses: []string{"Via Roma 15\n20121 Milano (MI)", "Corso Vittorio Emanuele II, 45 - 10123 Torino"},
		webs:      []string{"www.corriinsieme.it", "https://podisticamilano.it", "Prenota un appuntamento: https://calendly.com/samrivera/visita"},
		extras:    []string{"Orari: lun–ven 9:00–18:00", "P.IVA 01234567890"},
		green:     "Prima di stampare, pensa all'ambiente.",
		notice: "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. " +
			"Se avete ricevuto questo messaggio per errore, vi preghiamo di avvisare il mittente e di cancellarlo.",
		closing: "Cordiali saluti,"},
	{lang: "pt",
		names:     []string{"Sam Rivera", "Dra. Sam Rivera", "Sam Rivera (ela/dela)"},
		titles:    []string{"Treinadora de corrida", "Fisioterapeuta desportiva"},
		orgs:      []string{"Clube de Corrida do Porto", "Correr Bem Lda."},
		phones:    []string{"Tel.: +351 21 123 4567", "Tlm: 912 345 678", "Telefone: +55 11 91234-5678", "Cel.: (11) 91234-5678"},
		addresses: []string{"Rua de Santa Catarina, 123, 4000-447 Porto", "Av. Paulista, 1000 - Bela Vista\nSão Paulo - SP, 01310-100"},
		webs:      []string{"www.correrbem.pt", "https://clubedecorrida.com.br", "Marque uma consulta: https://calendly.com/samrivera/consulta"},
		extras:    []string{"Horário: segunda a sexta, 9h às 18h", "\"Correr é a melhor terapia.\""},
		green:     "Antes de imprimir, pense no meio ambiente.",
		notice: "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. " +
			"Se recebeu esta mensagem por engano, por favor informe o remetente e apague-a.",
		closing: "Atenciosamente,"},
	{lang: "pl",
		names:     []string{"Sam Rivera", "dr Sam Rivera", "mgr Sam Rivera"},
		titles:    []string{"Trenerka biegania", "Fizjoterapeutka sportowa", "Kierownik ds. szkoleń"},
		orgs:      []string{"Klub Biegacza Warszawa", "Biegamy Razem Sp. z o.o."},
		phones:    []string{"tel. +48 22 123 45 67", "kom. 601 234 567", "Tel.: +48 601 234 567 wew. 15"},
		addresses: []string{"ul. Marszałkowska 10/12\n00-590 Warszawa", "ul. Floriańska 3, 31-019 Kraków"},
		webs:      []string{"www.biegamyrazem.pl", "https://klubbiegacza.waw.pl", "Umów spotkanie: https://calendly.com/samrivera/konsultacja"},
		extras:    []string{"Godziny pracy: pon.–pt. 9:00–17:00", "NIP: 123-456-78-90"},
		green:     "Zanim wydrukujesz tę wiadomość, pomyśl o środowisku.",
		notice: "Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata. " +
			"Jeśli otrzymali Państwo tę wiadomość przez pomyłkę, prosimy o poinformowanie nadawcy i jej usunięcie.",
		closing: "Pozdrawiam,"},
}

// sigAnswerShapes are answers of several shapes; "CLOSING" is the
// locale's closing.
var sigAnswerShapes = []string{
	"Yes, run it easy and stop if the calf pulls.",
	"Hi Lena,\n\nRest for three days, then try twenty minutes easy.\n\nIf it still hurts after a week, see a physio.\n\nThanks,\nSam",
	"Try this for two weeks:\n\n- easy runs only\n- calf raises every evening\n- no hills\n\nSam",
	"Hi Lena,\n\nShorten the long run by a third and add a rest day after it.",
	"Good question. Your shoes are probably fine; it is the jump in distance.\n\nCLOSING\nSam",
	"Hi Lena,\n\n1. Ice after the run.\n2. Stretch gently.\n3. Sleep.\n\nCLOSING\n\nSam",
}

// sigContentAnswers end in a paragraph that reads like a part of a
// signature but is what the reader asked for: it must stay, signature
// under it or not.
var sigContentAnswers = []string{
	"We meet at the track on Saturdays at nine:\n\nSportpark Nord\nKolumbusstraße 12\n80337 München",
	"My physio is good with calves. Ask for Anna:\n\nAnna Berg\nPhysio am Park\nTel. 030 1234567\nwww.physio-am-park.de",
	"Here is the plan I mentioned:\nhttps://example.org/plans/10k-beginner\n\nSam",
	"As my old coach used to say:\n\n\"Every mile begins with a single step.\"\n\nSam",
	"You asked for the club contacts:\n\nLena Berg, beginners: lena@club.example, 0171 2345678\nMark Olsen, trails: mark@club.example, 0172 3456789",
	"You asked when the physio is open. Her office hours are:\n\nMon–Fri 8:00–18:00\nSat 9:00–12:00\n\nSam",
	"The race office can tell you more:\n\nRace Office\nTel: +44 20 7946 0000\nwww.harbour10k.co.uk",
	"Book the gait analysis here, it is worth it:\nhttps://calendly.com/runlab/gait-analysis",
	"Our track is the one behind the school.\n\nSportpark Nord\nKolumbusstraße 12\n80337 München",
	"Remember what Zátopek said.\n\n“If you want to run, run a mile.”\n\nSam",
	"Die Adresse des Lauftreffs, nach der du gefragt hast:\n\nSportpark Nord\nKolumbusstraße 12\n80337 München\nwww.sportpark-nord.de",
	"Voici le kiné que je recommande :\n\nDr Anne Morel\nKinésithérapeute du sport\nTél. : 01 23 45 67 89",
	"El horario del club, como pediste:\n\nLunes a viernes: 18:00–20:00\nSábados: 9:00–11:00",
	"Kontakt do trenera, o który pytałaś:\n\nJan Nowak\ntel. 601 234 567\njan.nowak@klub.example",
	"Para la baja, pide cita en tu centro de salud.\n\nCentro de Salud Retiro\nCalle de Alcalá, 123\n28009 Madrid\n" +
		"Tel. 91 123 45 67\nHorario: lunes a viernes 8–20",
	"Pour le certificat, voyez le cabinet médical.\n\nCabinet médical du Parc\n8 quai Saint-Antoine\n69002 Lyon\n" +
		"Tél. : 04 78 12 34 56",
}
