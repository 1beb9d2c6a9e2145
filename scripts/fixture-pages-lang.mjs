/**
 * Generated detection pages in the seven languages the detector knows (en, de, fr, es, it, nl,
 * pt): privacy policies of made-up sites (full, very short, written in the third person, under a
 * neutral title and URL) and pages that are NOT policies but sit on the same sites and link to
 * the policy in their footer (terms of service, a news report about a privacy fine, a blog post
 * with privacy tips, a shop page). The sentences were written for these tests in the usual
 * wording of such pages in each language. Deterministic; nothing is written to disk:
 * scripts/eval-detect.mjs builds the pages in memory.
 *
 *   import { languagePages } from './fixture-pages-lang.mjs';
 *   languagePages() → [{ name, lang, positive, kind, html }]
 */
import { esc, hash, pick } from './page-kit.mjs';

/**
 * Per language: the site chrome, policy titles and slugs, the policy's topics (heading and
 * first-person sentences), third-person sentences, terms of service, a privacy news report,
 * a blog post about privacy and a shop page.
 */
const L = {
  en: {
    chrome: { menu: ['Products', 'Pricing', 'Blog', 'Support'], banner: 'We use cookies to improve your experience. See our', privacy: 'Privacy Policy', accept: 'Accept', footer: ['About us', 'Careers', 'Terms of Use', 'Contact'] },
    policyTitles: ['Privacy Policy', 'Privacy Notice', 'Privacy Statement', 'Data Protection Policy', 'Cookie and Privacy Statement'],
    slugs: ['/privacy', '/privacy-policy', '/legal/privacy-notice', '/data-protection'],
    topics: [
      ['Information we collect', 'We collect the information you give us when you create an account, such as your name, email address and password.', 'We also collect your IP address, browser type and the pages you visit.'],
      ['How we use your information', 'We use your personal information to provide and improve our services, to answer your requests and to send you service messages.', 'With your consent, we use your email address to send you our newsletter.'],
      ['Sharing with third parties', 'We share your data only with service providers who process it on our behalf, such as our hosting provider.', 'We do not sell your personal information.'],
      ['Cookies', 'We use cookies that are necessary for the site to work and, with your consent, analytics cookies.', 'You can refuse cookies in your browser settings.'],
      ['How long we keep your data', 'We keep your data for as long as your account is open and delete it within 30 days after you close it.'],
      ['Your rights', 'You have the right to access, correct and delete your personal data, and to object to its processing.', 'You may also complain to a data protection authority.'],
      ['Security', 'We protect your information with encryption in transit and strict access controls.'],
      ['Children', 'Our service is not directed to children under 16 and we do not knowingly collect their data.'],
      ['Contact us', 'If you have questions about this policy, contact our data protection officer at privacy@{host}.'],
    ],
    third: [
      'The Company collects personal information that users provide when they register, including name and email address.',
      '{site} uses this information to operate the website and to respond to enquiries.',
      'The Company may disclose personal data to service providers that process it on its behalf.',
      'The Site uses cookies and collects usage data such as IP addresses and pages viewed.',
      'Users may request access to, or deletion of, the personal data that {site} holds about them.',
      'The Company retains personal information only as long as necessary for these purposes.',
    ],
    terms: { title: 'Terms of Service', slug: '/terms', sentences: [
      'By using this website you agree to these terms of service.',
      'You must not misuse the service or help anyone else to do so.',
      'We may suspend or terminate your account if you breach these terms.',
      'The service is provided "as is" without warranties of any kind, and our liability is limited to the amount you paid.',
      'These terms are governed by the laws of the State of Delaware, and any dispute shall be settled by arbitration.',
      'Your use of the service is also subject to our Privacy Policy, which explains how we collect and use your personal information.',
      'All content on the site is our intellectual property and may not be copied without permission.',
    ] },
    news: { titles: ['Regulator fines social network over data collection', 'Social network updates its privacy policy', 'App maker fined for sharing location data'], sentences: [
      'The regulator fined the social network 40 million euros for breaching data protection law.',
      'Investigators found that the app collected personal data, including location, without valid consent.',
      'The company said it disagreed with the decision and would appeal.',
      'Privacy campaigners welcomed the fine but said it was too small to change behaviour.',
      'Under the GDPR, companies must explain how they process personal information and for what purposes.',
      'The watchdog also ordered the firm to stop sharing data with third parties for advertising.',
    ] },
    blog: { titles: ['Five ways to protect your privacy online', 'How to read a privacy policy in five minutes', 'Privacy tips for 2024'], sentences: [
      'Here are five tips to keep your accounts safe online.',
      'Use a password manager and turn on two-factor authentication.',
      'Review the privacy settings of your social media accounts once a year.',
      'Think twice before you accept all cookies on a website.',
      'Read the privacy policy of an app before you share your location with it.',
      'Let me know in the comments which tools you use.',
    ] },
    shop: { titles: ['Blue kettle 1.7 l', 'Cast iron pan 28 cm'], sentences: [
      'This stainless steel kettle boils 1.7 litres in under four minutes.',
      'Free delivery on orders over 50 euros. Returns accepted within 30 days.',
      'Rated 4.6 out of 5 by 312 customers.',
      'Pay securely with card, PayPal or bank transfer.',
      'Sign up for our newsletter and get 10% off; you can unsubscribe at any time.',
      'Warranty: two years, parts and labour.',
    ] },
  },
  de: {
    chrome: { menu: ['Produkte', 'Preise', 'Blog', 'Hilfe'], banner: 'Wir verwenden Cookies, um unsere Website zu verbessern. Mehr in unserer', privacy: 'Datenschutzerklärung', accept: 'Akzeptieren', footer: ['Impressum', 'AGB', 'Karriere', 'Kontakt'] },
    policyTitles: ['Datenschutzerklärung', 'Datenschutzhinweise', 'Datenschutzrichtlinie', 'Datenschutzinformationen'],
    slugs: ['/datenschutz', '/datenschutzerklaerung', '/de/datenschutz', '/rechtliches/datenschutz'],
    topics: [
      ['Welche Daten wir erheben', 'Wir erheben die Daten, die Sie uns bei der Registrierung angeben, etwa Ihren Namen und Ihre E-Mail-Adresse.', 'Außerdem speichern wir Ihre IP-Adresse, den Browsertyp und die aufgerufenen Seiten.'],
      ['Zwecke der Verarbeitung', 'Wir verarbeiten Ihre personenbezogenen Daten, um unseren Dienst bereitzustellen und Ihre Anfragen zu beantworten.', 'Mit Ihrer Einwilligung nutzen wir Ihre E-Mail-Adresse für unseren Newsletter.'],
      ['Weitergabe an Dritte', 'Wir geben Ihre Daten nur an Auftragsverarbeiter weiter, die sie in unserem Auftrag verarbeiten, etwa unseren Hosting-Anbieter.', 'Wir verkaufen Ihre Daten nicht.'],
      ['Cookies', 'Wir setzen technisch notwendige Cookies ein und Analyse-Cookies nur mit Ihrer Einwilligung.', 'Sie können Cookies in Ihrem Browser ablehnen.'],
      ['Speicherdauer', 'Wir speichern Ihre Daten, solange Ihr Konto besteht, und löschen sie 30 Tage nach der Kündigung.'],
      ['Ihre Rechte', 'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Widerspruch gegen die Verarbeitung.', 'Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren.'],
      ['Datensicherheit', 'Wir schützen Ihre Daten durch Verschlüsselung und strenge Zugriffskontrollen.'],
      ['Kinder', 'Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.'],
      ['Kontakt', 'Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@{host}.'],
    ],
    third: [
      'Die {site} erhebt personenbezogene Daten der Nutzer, wenn diese sich registrieren, insbesondere Name und E-Mail-Adresse.',
      'Der Anbieter verarbeitet diese Daten zur Bereitstellung der Website und zur Beantwortung von Anfragen.',
      'Der Anbieter gibt personenbezogene Daten nur an Auftragsverarbeiter weiter.',
      'Die Website verwendet Cookies und speichert Nutzungsdaten wie die IP-Adresse.',
      'Nutzer haben das Recht auf Auskunft über die zu ihrer Person gespeicherten Daten sowie auf deren Löschung.',
      'Die Daten werden gelöscht, sobald sie für den Zweck ihrer Verarbeitung nicht mehr erforderlich sind.',
    ],
    terms: { title: 'Allgemeine Geschäftsbedingungen', slug: '/agb', sentences: [
      'Diese Allgemeinen Geschäftsbedingungen gelten für alle Verträge zwischen uns und unseren Kunden.',
      'Der Vertrag kommt mit unserer Auftragsbestätigung zustande.',
      'Die Haftung für leichte Fahrlässigkeit ist ausgeschlossen, soweit gesetzlich zulässig.',
      'Es gilt die gesetzliche Gewährleistung von zwei Jahren.',
      'Gerichtsstand ist Berlin; es gilt deutsches Recht.',
      'Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung.',
      'Die Kündigung des Abonnements ist jederzeit zum Monatsende möglich.',
    ] },
    news: { titles: ['Datenschutzbehörde verhängt Bußgeld gegen soziales Netzwerk', 'Messenger ändert seine Datenschutzerklärung', 'App-Anbieter muss wegen Standortdaten zahlen'], sentences: [
      'Die Datenschutzbehörde hat gegen das soziale Netzwerk ein Bußgeld von 40 Millionen Euro verhängt.',
      'Die App habe personenbezogene Daten, darunter Standortdaten, ohne wirksame Einwilligung erhoben.',
      'Das Unternehmen kündigte an, Rechtsmittel einzulegen.',
      'Datenschützer begrüßten die Entscheidung, hielten die Strafe aber für zu gering.',
      'Nach der DSGVO müssen Unternehmen erklären, wie und wozu sie Daten verarbeiten.',
      'Die Behörde untersagte zudem die Weitergabe der Daten an Werbepartner.',
    ] },
    blog: { titles: ['Fünf Tipps für mehr Datenschutz im Netz', 'So lesen Sie eine Datenschutzerklärung', 'So schützen Sie Ihre Privatsphäre'], sentences: [
      'Hier sind fünf Tipps, wie Sie Ihre Konten im Netz schützen.',
      'Nutzen Sie einen Passwort-Manager und die Zwei-Faktor-Anmeldung.',
      'Prüfen Sie einmal im Jahr die Privatsphäre-Einstellungen Ihrer sozialen Netzwerke.',
      'Akzeptieren Sie nicht einfach alle Cookies auf einer Website.',
      'Lesen Sie die Datenschutzerklärung einer App, bevor Sie Ihren Standort freigeben.',
      'Schreiben Sie uns in den Kommentaren, welche Werkzeuge Sie verwenden.',
    ] },
    shop: { titles: ['Wasserkocher blau 1,7 l', 'Gusseisenpfanne 28 cm'], sentences: [
      'Dieser Wasserkocher aus Edelstahl kocht 1,7 Liter in unter vier Minuten.',
      'Kostenloser Versand ab 50 Euro. Rückgabe innerhalb von 30 Tagen.',
      'Bewertet mit 4,6 von 5 Sternen von 312 Kunden.',
      'Bezahlen Sie sicher per Karte, PayPal oder Überweisung.',
      'Melden Sie sich zum Newsletter an und erhalten Sie 10 % Rabatt.',
      'Garantie: zwei Jahre auf Teile und Arbeit.',
    ] },
  },
  fr: {
    chrome: { menu: ['Produits', 'Tarifs', 'Blog', 'Aide'], banner: 'Nous utilisons des cookies pour améliorer votre expérience. Voir notre', privacy: 'Politique de confidentialité', accept: 'Accepter', footer: ['Mentions légales', 'CGU', 'Recrutement', 'Contact'] },
    policyTitles: ['Politique de confidentialité', 'Charte de confidentialité', 'Politique de protection des données', 'Déclaration de confidentialité'],
    slugs: ['/confidentialite', '/politique-de-confidentialite', '/fr/donnees-personnelles', '/legal/confidentialite'],
    topics: [
      ['Données que nous collectons', 'Nous collectons les informations que vous nous fournissez lors de la création de votre compte, comme votre nom et votre adresse e-mail.', 'Nous recueillons également votre adresse IP et les pages que vous consultez.'],
      ['Finalités du traitement', 'Nous utilisons vos données personnelles pour fournir nos services et répondre à vos demandes.', 'Avec votre consentement, nous vous envoyons notre lettre d’information.'],
      ['Partage de vos données', 'Nous partageons vos données uniquement avec nos sous-traitants, comme notre hébergeur.', 'Nous ne vendons pas vos données.'],
      ['Cookies', 'Nous déposons des cookies nécessaires au fonctionnement du site et, avec votre accord, des cookies de mesure d’audience.'],
      ['Durée de conservation', 'Nous conservons vos données tant que votre compte est actif, puis nous les supprimons dans un délai de 30 jours.'],
      ['Vos droits', 'Vous disposez d’un droit d’accès, de rectification, d’effacement et d’opposition au traitement de vos données.', 'Vous pouvez introduire une réclamation auprès de la CNIL.'],
      ['Sécurité', 'Nous protégeons vos données par le chiffrement et des contrôles d’accès stricts.'],
      ['Enfants', 'Notre service ne s’adresse pas aux enfants de moins de 15 ans.'],
      ['Contact', 'Pour toute question, écrivez à notre délégué à la protection des données : dpo@{host}.'],
    ],
    third: [
      'La société {site} collecte les données personnelles des utilisateurs lors de leur inscription, notamment leur nom et leur adresse e-mail.',
      'L’éditeur utilise ces données pour gérer le site et répondre aux demandes.',
      'La société peut communiquer les données personnelles à ses sous-traitants.',
      'Le site utilise des cookies et enregistre des données de navigation comme l’adresse IP.',
      'L’utilisateur dispose d’un droit d’accès et de suppression des données le concernant.',
      'Les données sont conservées pendant la durée nécessaire aux finalités du traitement.',
    ],
    terms: { title: 'Conditions générales d’utilisation', slug: '/cgu', sentences: [
      'Les présentes conditions générales d’utilisation régissent l’accès au site.',
      'En utilisant le site, vous acceptez sans réserve les présentes conditions.',
      'L’éditeur ne saurait être tenu responsable des interruptions du service.',
      'Toute reproduction du contenu du site est interdite sans autorisation.',
      'Le droit applicable est le droit français ; tout litige relève des tribunaux de Paris.',
      'Le traitement de vos données est décrit dans notre politique de confidentialité.',
      'Nous pouvons résilier votre compte en cas de manquement aux présentes conditions.',
    ] },
    news: { titles: ['La CNIL sanctionne un réseau social', 'Le réseau social modifie sa politique de confidentialité', 'Amende record pour une application de localisation'], sentences: [
      'La CNIL a infligé une amende de 40 millions d’euros au réseau social pour manquement au RGPD.',
      'L’application collectait des données personnelles, dont la localisation, sans consentement valable.',
      'L’entreprise a annoncé qu’elle ferait appel de la décision.',
      'Les associations de défense de la vie privée ont salué la sanction.',
      'Selon le RGPD, les entreprises doivent expliquer comment elles traitent les données.',
      'Le régulateur a également ordonné l’arrêt du partage des données avec des annonceurs.',
    ] },
    blog: { titles: ['Cinq conseils pour protéger votre vie privée en ligne', 'Comment lire une politique de confidentialité', 'Vie privée : nos astuces'], sentences: [
      'Voici cinq conseils pour protéger vos comptes en ligne.',
      'Utilisez un gestionnaire de mots de passe et la double authentification.',
      'Vérifiez chaque année les paramètres de confidentialité de vos réseaux sociaux.',
      'Réfléchissez avant d’accepter tous les cookies sur un site.',
      'Lisez la politique de confidentialité d’une application avant de partager votre position.',
      'Dites-nous en commentaire quels outils vous utilisez.',
    ] },
    shop: { titles: ['Bouilloire bleue 1,7 l', 'Poêle en fonte 28 cm'], sentences: [
      'Cette bouilloire en inox fait bouillir 1,7 litre en moins de quatre minutes.',
      'Livraison offerte dès 50 euros. Retours acceptés sous 30 jours.',
      'Noté 4,6 sur 5 par 312 clients.',
      'Paiement sécurisé par carte, PayPal ou virement.',
      'Inscrivez-vous à la newsletter et recevez 10 % de réduction.',
      'Garantie : deux ans pièces et main-d’œuvre.',
    ] },
  },
  es: {
    chrome: { menu: ['Productos', 'Precios', 'Blog', 'Ayuda'], banner: 'Usamos cookies para mejorar su experiencia. Consulte nuestra', privacy: 'Política de privacidad', accept: 'Aceptar', footer: ['Aviso legal', 'Términos y condiciones', 'Empleo', 'Contacto'] },
    policyTitles: ['Política de privacidad', 'Aviso de privacidad', 'Política de protección de datos', 'Declaración de privacidad'],
    slugs: ['/privacidad', '/politica-de-privacidad', '/es/aviso-de-privacidad', '/legal/privacidad'],
    topics: [
      ['Datos que recopilamos', 'Recopilamos los datos que nos facilita al crear su cuenta, como su nombre y su correo electrónico.', 'También registramos su dirección IP y las páginas que visita.'],
      ['Finalidad del tratamiento', 'Tratamos sus datos personales para prestar nuestros servicios y atender sus consultas.', 'Con su consentimiento, le enviamos nuestro boletín.'],
      ['Destinatarios', 'Compartimos sus datos solo con proveedores que los tratan por cuenta nuestra, como nuestro proveedor de alojamiento.', 'No vendemos sus datos.'],
      ['Cookies', 'Utilizamos cookies necesarias para el funcionamiento del sitio y, con su consentimiento, cookies analíticas.'],
      ['Conservación', 'Conservamos sus datos mientras su cuenta esté activa y los suprimimos en los 30 días siguientes a su baja.'],
      ['Sus derechos', 'Puede ejercer sus derechos de acceso, rectificación, supresión y oposición al tratamiento.', 'También puede reclamar ante la Agencia Española de Protección de Datos.'],
      ['Seguridad', 'Protegemos sus datos mediante cifrado y controles de acceso.'],
      ['Menores', 'Nuestro servicio no está dirigido a menores de 14 años.'],
      ['Contacto', 'Puede contactar con nuestro delegado de protección de datos en privacidad@{host}.'],
    ],
    third: [
      '{site} recoge los datos personales de los usuarios cuando se registran, en particular su nombre y correo electrónico.',
      'La empresa utiliza estos datos para gestionar el sitio web y responder a las consultas.',
      'La empresa podrá comunicar los datos personales a los encargados del tratamiento.',
      'El sitio web utiliza cookies y registra datos de navegación como la dirección IP.',
      'El usuario puede solicitar el acceso a sus datos personales y su supresión.',
      'Los datos se conservarán durante el tiempo necesario para cumplir la finalidad del tratamiento.',
    ] ,
    terms: { title: 'Términos y condiciones', slug: '/terminos', sentences: [
      'Estos términos y condiciones regulan el uso del sitio web.',
      'Al utilizar el sitio, usted acepta estas condiciones.',
      'No nos hacemos responsables de las interrupciones del servicio.',
      'Queda prohibida la reproducción de los contenidos sin autorización.',
      'La ley aplicable es la española y cualquier disputa se someterá a los tribunales de Madrid.',
      'El tratamiento de sus datos se describe en nuestra política de privacidad.',
      'Podemos cancelar su cuenta si incumple estas condiciones.',
    ] },
    news: { titles: ['Multa millonaria a una red social por recoger datos', 'La red social cambia su política de privacidad', 'Sancionada una aplicación por compartir la ubicación'], sentences: [
      'La agencia de protección de datos ha impuesto una multa de 40 millones de euros a la red social.',
      'La aplicación recogía datos personales, incluida la ubicación, sin un consentimiento válido.',
      'La empresa anunció que recurrirá la decisión.',
      'Las asociaciones de consumidores celebraron la sanción.',
      'Según el RGPD, las empresas deben explicar cómo tratan los datos personales.',
      'La agencia también ordenó dejar de compartir los datos con anunciantes.',
    ] },
    blog: { titles: ['Cinco consejos para proteger su privacidad en internet', 'Cómo leer una política de privacidad', 'Privacidad: nuestros trucos'], sentences: [
      'Estos son cinco consejos para proteger sus cuentas en internet.',
      'Use un gestor de contraseñas y la verificación en dos pasos.',
      'Revise cada año la configuración de privacidad de sus redes sociales.',
      'Piénselo dos veces antes de aceptar todas las cookies.',
      'Lea la política de privacidad de una aplicación antes de compartir su ubicación.',
      'Cuéntenos en los comentarios qué herramientas usa.',
    ] },
    shop: { titles: ['Hervidor azul 1,7 l', 'Sartén de hierro 28 cm'], sentences: [
      'Este hervidor de acero inoxidable hierve 1,7 litros en menos de cuatro minutos.',
      'Envío gratuito a partir de 50 euros. Devoluciones en 30 días.',
      'Valorado con 4,6 sobre 5 por 312 clientes.',
      'Pague con tarjeta, PayPal o transferencia.',
      'Suscríbase al boletín y obtenga un 10 % de descuento.',
      'Garantía: dos años en piezas y mano de obra.',
    ] },
  },
  it: {
    chrome: { menu: ['Prodotti', 'Prezzi', 'Blog', 'Assistenza'], banner: 'Questo sito utilizza cookie per migliorare la tua esperienza. Leggi la nostra', privacy: 'Informativa sulla privacy', accept: 'Accetta', footer: ['Note legali', 'Termini e condizioni', 'Lavora con noi', 'Contatti'] },
    policyTitles: ['Informativa sulla privacy', 'Informativa privacy', 'Informativa sul trattamento dei dati personali', 'Politica sulla privacy'],
    slugs: ['/privacy', '/informativa-privacy', '/it/privacy-policy', '/informativa-sulla-privacy'],
    topics: [
      ['Dati raccolti', 'Raccogliamo i dati che ci fornisci quando crei un account, come nome e indirizzo email.', 'Registriamo inoltre il tuo indirizzo IP e le pagine che visiti.'],
      ['Finalità del trattamento', 'Trattiamo i tuoi dati personali per fornire i nostri servizi e rispondere alle tue richieste.', 'Con il tuo consenso ti inviamo la nostra newsletter.'],
      ['Comunicazione dei dati', 'Condividiamo i tuoi dati solo con i fornitori che li trattano per nostro conto, come il nostro fornitore di hosting.', 'Non vendiamo i tuoi dati.'],
      ['Cookie', 'Utilizziamo cookie tecnici necessari e, con il tuo consenso, cookie analitici.'],
      ['Conservazione dei dati', 'Conserviamo i tuoi dati finché il tuo account è attivo e li cancelliamo entro 30 giorni dalla chiusura.'],
      ['I tuoi diritti', 'Hai il diritto di accesso, rettifica, cancellazione e opposizione al trattamento dei tuoi dati.', 'Puoi proporre reclamo al Garante per la protezione dei dati personali.'],
      ['Sicurezza', 'Proteggiamo i tuoi dati con la crittografia e controlli di accesso.'],
      ['Minori', 'Il nostro servizio non è rivolto ai minori di 14 anni.'],
      ['Contatti', 'Puoi contattare il nostro responsabile della protezione dei dati all’indirizzo privacy@{host}.'],
    ],
    third: [
      '{site} raccoglie i dati personali degli utenti al momento della registrazione, in particolare nome e indirizzo email.',
      'Il titolare utilizza tali dati per gestire il sito e rispondere alle richieste.',
      'Il titolare può comunicare i dati personali ai responsabili del trattamento.',
      'Il sito utilizza cookie e registra dati di navigazione come l’indirizzo IP.',
      'L’interessato può chiedere l’accesso ai propri dati personali e la loro cancellazione.',
      'I dati sono conservati per il tempo necessario alle finalità del trattamento.',
    ],
    terms: { title: 'Termini e condizioni', slug: '/termini', sentences: [
      'I presenti termini e condizioni regolano l’uso del sito.',
      'Utilizzando il sito accetti i presenti termini.',
      'Non siamo responsabili per le interruzioni del servizio.',
      'È vietata la riproduzione dei contenuti senza autorizzazione.',
      'La legge applicabile è quella italiana; il foro competente è quello di Milano.',
      'Il trattamento dei tuoi dati è descritto nella nostra informativa sulla privacy.',
      'Possiamo sospendere il tuo account in caso di violazione dei presenti termini.',
    ] },
    news: { titles: ['Il Garante multa un social network', 'Il social network cambia la sua informativa sulla privacy', 'Sanzione per un’app che condivideva la posizione'], sentences: [
      'Il Garante ha inflitto una multa di 40 milioni di euro al social network per violazione del GDPR.',
      'L’app raccoglieva dati personali, compresa la posizione, senza un consenso valido.',
      'La società ha annunciato ricorso contro la decisione.',
      'Le associazioni dei consumatori hanno accolto con favore la sanzione.',
      'Secondo il GDPR le aziende devono spiegare come trattano i dati personali.',
      'Il Garante ha anche vietato la condivisione dei dati con gli inserzionisti.',
    ] },
    blog: { titles: ['Cinque consigli per proteggere la tua privacy online', 'Come leggere un’informativa sulla privacy', 'Privacy: i nostri trucchi'], sentences: [
      'Ecco cinque consigli per proteggere i tuoi account online.',
      'Usa un gestore di password e l’autenticazione a due fattori.',
      'Controlla ogni anno le impostazioni della privacy dei tuoi social.',
      'Pensaci due volte prima di accettare tutti i cookie.',
      'Leggi l’informativa sulla privacy di un’app prima di condividere la tua posizione.',
      'Scrivici nei commenti quali strumenti usi.',
    ] },
    shop: { titles: ['Bollitore blu 1,7 l', 'Padella in ghisa 28 cm'], sentences: [
      'Questo bollitore in acciaio inox fa bollire 1,7 litri in meno di quattro minuti.',
      'Spedizione gratuita sopra i 50 euro. Resi entro 30 giorni.',
      'Valutato 4,6 su 5 da 312 clienti.',
      'Paga con carta, PayPal o bonifico.',
      'Iscriviti alla newsletter e ricevi il 10 % di sconto.',
      'Garanzia: due anni su parti e manodopera.',
    ] },
  },
  nl: {
    chrome: { menu: ['Producten', 'Prijzen', 'Blog', 'Hulp'], banner: 'Wij gebruiken cookies om uw ervaring te verbeteren. Lees ons', privacy: 'Privacybeleid', accept: 'Accepteren', footer: ['Over ons', 'Algemene voorwaarden', 'Vacatures', 'Contact'] },
    policyTitles: ['Privacybeleid', 'Privacyverklaring', 'Privacyreglement', 'Privacy statement'],
    slugs: ['/privacy', '/privacybeleid', '/nl/privacyverklaring', '/juridisch/privacy'],
    topics: [
      ['Welke gegevens wij verzamelen', 'Wij verzamelen de gegevens die u ons geeft wanneer u een account aanmaakt, zoals uw naam en e-mailadres.', 'Ook slaan wij uw IP-adres en de bezochte pagina’s op.'],
      ['Waarvoor wij uw gegevens gebruiken', 'Wij verwerken uw persoonsgegevens om onze diensten te leveren en uw vragen te beantwoorden.', 'Met uw toestemming sturen wij u onze nieuwsbrief.'],
      ['Delen met derden', 'Wij delen uw gegevens alleen met verwerkers die ze namens ons verwerken, zoals onze hostingpartij.', 'Wij verkopen uw gegevens niet.'],
      ['Cookies', 'Wij gebruiken noodzakelijke cookies en, met uw toestemming, analytische cookies.'],
      ['Bewaartermijn', 'Wij bewaren uw gegevens zolang uw account bestaat en verwijderen ze binnen 30 dagen na opzegging.'],
      ['Uw rechten', 'U heeft het recht op inzage, correctie en verwijdering van uw persoonsgegevens en op bezwaar tegen de verwerking.', 'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.'],
      ['Beveiliging', 'Wij beveiligen uw gegevens met versleuteling en strikte toegangscontrole.'],
      ['Kinderen', 'Onze dienst is niet bedoeld voor kinderen jonger dan 16 jaar.'],
      ['Contact', 'Met vragen kunt u terecht bij onze functionaris voor gegevensbescherming via privacy@{host}.'],
    ],
    third: [
      '{site} verzamelt persoonsgegevens van gebruikers bij registratie, waaronder naam en e-mailadres.',
      'De organisatie gebruikt deze gegevens om de website te beheren en vragen te beantwoorden.',
      'De organisatie kan persoonsgegevens verstrekken aan verwerkers.',
      'De website gebruikt cookies en slaat gebruiksgegevens zoals het IP-adres op.',
      'Gebruikers kunnen verzoeken om inzage in en verwijdering van hun persoonsgegevens.',
      'De gegevens worden niet langer bewaard dan nodig is voor het doel van de verwerking.',
    ],
    terms: { title: 'Algemene voorwaarden', slug: '/voorwaarden', sentences: [
      'Deze algemene voorwaarden zijn van toepassing op elk gebruik van de website.',
      'Door de website te gebruiken gaat u akkoord met deze voorwaarden.',
      'Wij zijn niet aansprakelijk voor onderbrekingen van de dienst.',
      'Het is verboden de inhoud zonder toestemming te kopiëren.',
      'Op deze voorwaarden is Nederlands recht van toepassing; geschillen worden voorgelegd aan de rechtbank Amsterdam.',
      'Hoe wij met uw gegevens omgaan, leest u in ons privacybeleid.',
      'Wij kunnen uw account opschorten als u deze voorwaarden schendt.',
    ] },
    news: { titles: ['Toezichthouder beboet sociaal netwerk', 'Sociaal netwerk past privacybeleid aan', 'Boete voor app die locatie deelde'], sentences: [
      'De Autoriteit Persoonsgegevens heeft het sociale netwerk een boete van 40 miljoen euro opgelegd.',
      'De app verzamelde persoonsgegevens, waaronder locatie, zonder geldige toestemming.',
      'Het bedrijf gaat in beroep tegen het besluit.',
      'Privacyorganisaties zijn blij met de boete.',
      'Volgens de AVG moeten bedrijven uitleggen hoe zij persoonsgegevens verwerken.',
      'De toezichthouder verbood ook het delen van gegevens met adverteerders.',
    ] },
    blog: { titles: ['Vijf tips om je privacy online te beschermen', 'Zo lees je een privacyverklaring', 'Privacy: onze tips'], sentences: [
      'Hier zijn vijf tips om je accounts online te beschermen.',
      'Gebruik een wachtwoordmanager en tweestapsverificatie.',
      'Controleer elk jaar de privacy-instellingen van je sociale media.',
      'Denk twee keer na voordat je alle cookies accepteert.',
      'Lees het privacybeleid van een app voordat je je locatie deelt.',
      'Laat in de reacties weten welke tools jij gebruikt.',
    ] },
    shop: { titles: ['Waterkoker blauw 1,7 l', 'Gietijzeren pan 28 cm'], sentences: [
      'Deze roestvrijstalen waterkoker kookt 1,7 liter in minder dan vier minuten.',
      'Gratis verzending vanaf 50 euro. Retourneren binnen 30 dagen.',
      'Beoordeeld met 4,6 van 5 door 312 klanten.',
      'Betaal met iDEAL, creditcard of PayPal.',
      'Meld je aan voor de nieuwsbrief en krijg 10 % korting.',
      'Garantie: twee jaar op onderdelen en arbeid.',
    ] },
  },
  pt: {
    chrome: { menu: ['Produtos', 'Preços', 'Blog', 'Ajuda'], banner: 'Usamos cookies para melhorar a sua experiência. Veja a nossa', privacy: 'Política de Privacidade', accept: 'Aceitar', footer: ['Sobre nós', 'Termos de uso', 'Carreiras', 'Contato'] },
    policyTitles: ['Política de Privacidade', 'Aviso de Privacidade', 'Política de Proteção de Dados', 'Declaração de Privacidade'],
    slugs: ['/privacidade', '/politica-de-privacidade', '/pt/privacidade', '/legal/privacidade'],
    topics: [
      ['Dados que coletamos', 'Coletamos os dados que você nos fornece ao criar uma conta, como nome e e-mail.', 'Também registramos o seu endereço IP e as páginas que você visita.'],
      ['Como utilizamos os seus dados', 'Utilizamos os seus dados pessoais para prestar os nossos serviços e responder às suas solicitações.', 'Com o seu consentimento, enviamos a nossa newsletter.'],
      ['Compartilhamento', 'Compartilhamos os seus dados apenas com operadores que os tratam em nosso nome, como o nosso provedor de hospedagem.', 'Não vendemos os seus dados.'],
      ['Cookies', 'Usamos cookies necessários ao funcionamento do site e, com o seu consentimento, cookies de análise.'],
      ['Retenção', 'Mantemos os seus dados enquanto a sua conta estiver ativa e os eliminamos em até 30 dias após o encerramento.'],
      ['Seus direitos', 'Você pode solicitar acesso, correção, eliminação e portabilidade dos seus dados pessoais.', 'Você também pode reclamar junto à autoridade de proteção de dados.'],
      ['Segurança', 'Protegemos os seus dados com criptografia e controles de acesso.'],
      ['Crianças', 'O nosso serviço não se destina a menores de 13 anos.'],
      ['Contato', 'O nosso encarregado de proteção de dados pode ser contatado em privacidade@{host}.'],
    ],
    third: [
      'A {site} coleta dados pessoais dos usuários no momento do cadastro, como nome e e-mail.',
      'A empresa utiliza esses dados para operar o site e responder a solicitações.',
      'A empresa poderá compartilhar dados pessoais com operadores contratados.',
      'O site utiliza cookies e registra dados de navegação, como o endereço IP.',
      'O titular pode solicitar o acesso aos seus dados pessoais e a sua eliminação.',
      'Os dados são armazenados pelo tempo necessário para as finalidades do tratamento.',
    ],
    terms: { title: 'Termos de Uso', slug: '/termos', sentences: [
      'Estes termos de uso regulam a utilização do site.',
      'Ao utilizar o site, você concorda com estes termos.',
      'Não nos responsabilizamos por interrupções do serviço.',
      'É proibida a reprodução do conteúdo sem autorização.',
      'Aplica-se a legislação brasileira, e fica eleito o foro da comarca de São Paulo.',
      'O tratamento dos seus dados é descrito na nossa Política de Privacidade.',
      'Podemos suspender a sua conta em caso de violação destes termos.',
    ] },
    news: { titles: ['ANPD multa rede social por coleta de dados', 'Rede social muda sua política de privacidade', 'Aplicativo é multado por compartilhar localização'], sentences: [
      'A autoridade de proteção de dados aplicou uma multa de 40 milhões de reais à rede social.',
      'O aplicativo coletava dados pessoais, incluindo a localização, sem consentimento válido.',
      'A empresa informou que vai recorrer da decisão.',
      'Entidades de defesa do consumidor comemoraram a multa.',
      'Pela LGPD, as empresas devem explicar como tratam os dados pessoais.',
      'A autoridade também proibiu o compartilhamento dos dados com anunciantes.',
    ] },
    blog: { titles: ['Cinco dicas para proteger a sua privacidade na internet', 'Como ler uma política de privacidade', 'Privacidade: nossas dicas'], sentences: [
      'Aqui estão cinco dicas para proteger as suas contas na internet.',
      'Use um gerenciador de senhas e a verificação em duas etapas.',
      'Revise todo ano as configurações de privacidade das suas redes sociais.',
      'Pense duas vezes antes de aceitar todos os cookies.',
      'Leia a política de privacidade de um aplicativo antes de compartilhar a sua localização.',
      'Conte nos comentários quais ferramentas você usa.',
    ] },
    shop: { titles: ['Chaleira azul 1,7 l', 'Frigideira de ferro 28 cm'], sentences: [
      'Esta chaleira de aço inox ferve 1,7 litro em menos de quatro minutos.',
      'Frete grátis acima de 150 reais. Trocas em até 30 dias.',
      'Avaliada com 4,6 de 5 por 312 clientes.',
      'Pague com cartão, Pix ou boleto.',
      'Assine a newsletter e ganhe 10 % de desconto.',
      'Garantia: dois anos em peças e mão de obra.',
    ] },
  },
};

export const LANGUAGES = Object.keys(L);

const SITES = ['Nordlicht', 'Blue Harbor', 'Casa Verde', 'Luma', 'Vortex Labs', 'Atelier Sud', 'Kiwi Apps', 'Orbis', 'Mare Nostrum', 'Tulp', 'Sol Nascente', 'Fjord', 'Pixelwerk', 'Quanta'];

function page({ lang, site, host, title, url, body }) {
  const c = L[lang].chrome;
  const privacyPath = L[lang].slugs[0];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="canonical" href="${url}"></head>
<body>
<header><a href="/">${esc(site)}</a><nav><ul>${c.menu.map((m) => `<li><a href="/${m.toLowerCase()}">${esc(m)}</a></li>`).join('')}</ul></nav></header>
<div class="cookie-banner" role="dialog"><p>${esc(c.banner)} <a href="${privacyPath}">${esc(c.privacy)}</a>.</p><button>${esc(c.accept)}</button></div>
<main>
${body}
</main>
<footer><ul>${[...c.footer.map((t) => [t, `/${t.toLowerCase().replace(/\W+/g, '-')}`]), [c.privacy, privacyPath]].map(([t, h]) => `<li><a href="${h}">${esc(t)}</a></li>`).join('')}</ul><p>© 2024 ${esc(site)} · ${esc(host)}</p></footer>
</body></html>`;
}

const fill = (s, site, host) => s.replace(/\{site\}/g, site).replace(/\{host\}/g, host);

function policyBody(lang, key, variant, site, host, h1) {
  const T = L[lang].topics;
  const parts = [h1 ? `<h1>${esc(h1)}</h1>` : ''];
  if (variant === 'third') {
    // Third person: a short text without headings, the way small sites and older policies read.
    const n = 3 + (hash(key) % 4);
    const sents = L[lang].third.slice(0, n).map((s) => fill(s, site, host));
    parts.push(`<p>${esc(sents.slice(0, 2).join(' '))}</p>`, `<p>${esc(sents.slice(2).join(' '))}</p>`);
    return parts.join('\n');
  }
  // Very short policies: two or three topics, one sentence each. Full ones: six to nine.
  const n = variant === 'short' ? 2 + (hash(key) % 2) : 6 + (hash(key) % 4);
  const start = hash(key + 's') % T.length;
  const topics = [];
  for (let i = 0; i < n; i++) topics.push(T[(start + i) % T.length]);
  if (variant === 'short') topics.sort((a, b) => T.indexOf(a) - T.indexOf(b));
  for (const [heading, ...sents] of topics) {
    const s = variant === 'short' ? sents.slice(0, 1) : sents;
    if (variant !== 'short' || hash(key + heading) % 2) parts.push(`<h2>${esc(heading)}</h2>`);
    parts.push(`<p>${esc(s.map((x) => fill(x, site, host)).join(' '))}</p>`);
  }
  return parts.join('\n');
}

function ordinaryBody(lang, key, kind, site, host) {
  const bank = L[lang][kind];
  const title = kind === 'terms' ? bank.title : pick(bank.titles, key + 't');
  const paras = [];
  const n = 3 + (hash(key) % 4);
  for (let p = 0; p < n; p++) {
    const sents = [];
    for (let s = 0; s < 2 + (hash(key + p) % 3); s++) sents.push(fill(pick(bank.sentences, `${key}/${p}/${s}`), site, host));
    paras.push(`<p>${esc(sents.join(' '))}</p>`);
  }
  return { title, body: `<article><h1>${esc(title)}</h1>\n${paras.join('\n')}</article>` };
}

const PATHS = { terms: null, news: '/news/2024/05/', blog: '/blog/', shop: '/shop/' };

/** Eight variants of policy and eight of other pages per language, three of each: 48 pages a language. */
export function languagePages() {
  const pages = [];
  for (const lang of LANGUAGES) {
    const P = L[lang];
    for (let i = 0; i < 24; i++) {
      const key = `${lang}-policy-${i}`;
      const site = SITES[hash(key) % SITES.length];
      const host = `${site.toLowerCase().replace(/\W+/g, '')}.example`;
      // full · short (titled, little wording) · third person · neutral title and URL
      const variant = ['full', 'short', 'third', 'full', 'short', 'full', 'third', 'neutral'][i % 8];
      const name = pick(P.policyTitles, key + 'n');
      const neutral = variant === 'neutral';
      const url = `https://www.${host}${neutral ? '/legal?doc=2' : pick(P.slugs, key + 'u')}`;
      const title = neutral ? site : `${name} | ${site}`;
      const h1 = neutral && hash(key) % 2 ? '' : name;
      const body = policyBody(lang, key, neutral ? 'full' : variant, site, host, h1);
      pages.push({ name: `${key} (${variant})`, lang, positive: true, kind: variant, html: page({ lang, site, host, title, url, body }) });
    }
    for (let i = 0; i < 24; i++) {
      const key = `${lang}-other-${i}`;
      const site = SITES[hash(key) % SITES.length];
      const host = `${site.toLowerCase().replace(/\W+/g, '')}.example`;
      const kind = ['terms', 'news', 'blog', 'shop'][i % 4];
      const { title, body } = ordinaryBody(lang, key, kind, site, host);
      const slug = title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\W+/g, '-');
      const url = `https://www.${host}${kind === 'terms' ? P.terms.slug : PATHS[kind] + slug}`;
      pages.push({ name: `${key} (${kind})`, lang, positive: false, kind, html: page({ lang, site, host, title: `${title} | ${site}`, url, body }) });
    }
  }
  return pages;
}
