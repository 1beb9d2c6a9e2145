/**
 * Fixture pages in the six other languages the detector knows: a short privacy policy of a
 * made-up company in each (written for these tests, in the usual shape of such policies) and a
 * German news article that links to its site's privacy page (not a policy). Used by
 * scripts/make-fixture-pages.mjs, the e2e tests and scripts/eval-detect.mjs.
 */
import { esc } from './page-kit.mjs';

/** [heading, paragraph or list of items][] → HTML */
function body(sections) {
  return sections
    .map(([h, content]) => `      <h2>${esc(h)}</h2>\n` + (Array.isArray(content) ? `      <ul>${content.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : `      <p>${esc(content)}</p>`))
    .join('\n');
}

function shell({ lang, site, title, h1, main, menu, footer, banner }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)}</title>
  <link rel="icon" href="data:,">
  <style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header,footer,main{padding:1rem 2rem}nav a{margin-right:1rem}footer{background:#eee}.cookie{background:#fffbe6;padding:.5rem 2rem}</style>
</head>
<body>
  <header><strong>${esc(site)}</strong>
    <nav>${menu.map(([t, h]) => `<a href="${h}">${esc(t)}</a>`).join(' ')}</nav>
  </header>
  <div class="cookie" role="dialog" aria-label="Cookies"><p>${banner}</p><button type="button">OK</button></div>
  <main>
    <article>
      <h1>${esc(h1)}</h1>
${main}
    </article>
  </main>
  <footer><nav>${footer.map(([t, h]) => `<a href="${h}">${esc(t)}</a>`).join(' · ')}</nav><p>© 2024 ${esc(site)}</p></footer>
</body>
</html>
`;
}

const POLICIES = [
  {
    lang: 'de',
    path: '/intl/de/datenschutz',
    site: 'Bergwerk Software GmbH',
    title: 'Datenschutzerklärung | Bergwerk Software',
    h1: 'Datenschutzerklärung',
    menu: [['Produkte', '/intl/de/produkte'], ['Preise', '/intl/de/preise'], ['Blog', '/intl/de/blog']],
    footer: [['Impressum', '/intl/de/impressum'], ['Datenschutz', '/intl/de/datenschutz'], ['AGB', '/intl/de/agb']],
    banner: 'Wir verwenden Cookies. Mehr dazu in unserer <a href="/intl/de/datenschutz">Datenschutzerklärung</a>.',
    sections: [
      ['Verantwortlicher', 'Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten im Sinne der DSGVO ist die Bergwerk Software GmbH, Hauptstraße 12, 10115 Berlin, datenschutz@bergwerk.example.'],
      ['Welche Daten wir erheben', ['Bestandsdaten: Name, E-Mail-Adresse und Passwort, wenn Sie ein Konto anlegen.', 'Nutzungsdaten: IP-Adresse, Browsertyp, aufgerufene Seiten und Zeitpunkt des Zugriffs.', 'Zahlungsdaten: Rechnungsadresse; Kartendaten verarbeitet allein unser Zahlungsdienstleister.']],
      ['Zwecke und Rechtsgrundlagen', 'Wir verarbeiten Ihre Daten, um unseren Dienst bereitzustellen (Art. 6 Abs. 1 lit. b DSGVO), um ihn sicher zu betreiben (Art. 6 Abs. 1 lit. f DSGVO) und, mit Ihrer Einwilligung, um Ihnen unseren Newsletter zu senden (Art. 6 Abs. 1 lit. a DSGVO).'],
      ['Weitergabe an Dritte', 'Eine Weitergabe Ihrer Daten an Dritte erfolgt nur an Auftragsverarbeiter, die wir sorgfältig ausgewählt haben, etwa unseren Hosting-Anbieter in Frankfurt. Wir verkaufen Ihre Daten nicht.'],
      ['Cookies', 'Wir setzen technisch notwendige Cookies ein. Analyse-Cookies verwenden wir nur mit Ihrer Einwilligung, die Sie jederzeit widerrufen können.'],
      ['Speicherdauer', 'Wir speichern Ihre Daten, solange Ihr Konto besteht. Server-Protokolle löschen wir nach 14 Tagen. Gesetzliche Aufbewahrungspflichten bleiben unberührt.'],
      ['Ihre Rechte', 'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch. Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren.'],
      ['Kontakt', 'Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@bergwerk.example.'],
    ],
  },
  {
    lang: 'fr',
    path: '/intl/fr/politique-de-confidentialite',
    site: 'Atelier Lumière',
    title: 'Politique de confidentialité – Atelier Lumière',
    h1: 'Politique de confidentialité',
    menu: [['Boutique', '/intl/fr/boutique'], ['Ateliers', '/intl/fr/ateliers'], ['Contact', '/intl/fr/contact']],
    footer: [['Mentions légales', '/intl/fr/mentions-legales'], ['Confidentialité', '/intl/fr/politique-de-confidentialite'], ['CGV', '/intl/fr/cgv']],
    banner: 'Nous utilisons des cookies. Voir notre <a href="/intl/fr/politique-de-confidentialite">politique de confidentialité</a>.',
    sections: [
      ['Responsable du traitement', 'Atelier Lumière SAS, 8 rue des Lilas, 69001 Lyon, est responsable du traitement de vos données personnelles.'],
      ['Données que nous collectons', ['Vos nom, adresse postale et adresse e-mail lorsque vous passez commande.', "Les données de navigation : adresse IP, pages consultées, type d'appareil.", 'Le contenu de vos messages lorsque vous nous contactez.']],
      ['Finalités du traitement', 'Nous utilisons vos données pour traiter vos commandes, assurer le service client, prévenir la fraude et, avec votre consentement, vous envoyer notre lettre d’information.'],
      ['Partage de vos données', 'Nous partageons vos données uniquement avec nos prestataires : le transporteur qui livre vos colis et notre prestataire de paiement. Nous ne vendons pas vos données.'],
      ['Durée de conservation', 'Nous conservons vos données de commande pendant dix ans pour nos obligations comptables, et les données de prospection trois ans après votre dernier contact.'],
      ['Vos droits', "Vous disposez d'un droit d'accès, de rectification, d'effacement, d'opposition et de portabilité. Vous pouvez introduire une réclamation auprès de la CNIL."],
      ['Cookies', 'Les cookies de mesure d’audience ne sont déposés qu’avec votre accord.'],
      ['Contact', 'Pour exercer vos droits, écrivez à notre délégué à la protection des données : dpo@atelier-lumiere.example.'],
    ],
  },
  {
    lang: 'es',
    path: '/intl/es/politica-de-privacidad',
    site: 'Viajes Sol y Mar',
    title: 'Política de privacidad | Viajes Sol y Mar',
    h1: 'Política de privacidad',
    menu: [['Destinos', '/intl/es/destinos'], ['Ofertas', '/intl/es/ofertas'], ['Ayuda', '/intl/es/ayuda']],
    footer: [['Aviso legal', '/intl/es/aviso-legal'], ['Privacidad', '/intl/es/politica-de-privacidad'], ['Cookies', '/intl/es/cookies']],
    banner: 'Usamos cookies propias y de terceros. Más información en nuestra <a href="/intl/es/politica-de-privacidad">política de privacidad</a>.',
    sections: [
      ['Responsable del tratamiento', 'Viajes Sol y Mar, S.L., con domicilio en Calle Mayor 5, 28013 Madrid, es el responsable del tratamiento de sus datos personales.'],
      ['Datos que recopilamos', ['Datos de identificación: nombre, apellidos, documento de identidad y fecha de nacimiento para emitir sus billetes.', 'Datos de contacto: correo electrónico y teléfono.', 'Datos de navegación: dirección IP y cookies.']],
      ['Finalidad del tratamiento', 'Tratamos sus datos para gestionar sus reservas, atender sus consultas y, si lo consiente, enviarle ofertas comerciales.'],
      ['Destinatarios', 'Compartimos sus datos con las aerolíneas y hoteles de su reserva y con nuestro proveedor de pagos. No vendemos sus datos personales.'],
      ['Conservación', 'Conservamos sus datos mientras dure la relación comercial y, después, durante los plazos que exige la ley.'],
      ['Sus derechos', 'Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad, y reclamar ante la Agencia Española de Protección de Datos.'],
      ['Contacto', 'Delegado de protección de datos: privacidad@solymar.example.'],
    ],
  },
  {
    lang: 'it',
    path: '/intl/it/informativa-privacy',
    site: 'Pasta Fresca Online',
    title: 'Informativa sulla privacy – Pasta Fresca Online',
    h1: 'Informativa sulla privacy',
    menu: [['Negozio', '/intl/it/negozio'], ['Ricette', '/intl/it/ricette'], ['Chi siamo', '/intl/it/chi-siamo']],
    footer: [['Note legali', '/intl/it/note-legali'], ['Privacy', '/intl/it/informativa-privacy'], ['Condizioni di vendita', '/intl/it/condizioni']],
    banner: 'Questo sito usa cookie. Leggi la nostra <a href="/intl/it/informativa-privacy">informativa privacy</a>.',
    sections: [
      ['Titolare del trattamento', 'Il titolare del trattamento dei dati personali è Pasta Fresca Online S.r.l., Via Roma 21, 40121 Bologna.'],
      ['Dati raccolti', ['Dati anagrafici e di contatto: nome, indirizzo di consegna, email, telefono.', 'Dati di navigazione: indirizzo IP, pagine visitate, orari di accesso.', 'Dati di pagamento, trattati dal nostro fornitore di servizi di pagamento.']],
      ['Finalità del trattamento', 'Trattiamo i tuoi dati per evadere gli ordini, fornire assistenza e, con il tuo consenso, inviarti la newsletter.'],
      ['Comunicazione dei dati', 'I dati sono comunicati ai corrieri e al fornitore dei pagamenti, che agiscono come responsabili del trattamento. Non vendiamo i tuoi dati.'],
      ['Conservazione', 'Conserviamo i dati degli ordini per dieci anni, come richiesto dalla normativa fiscale.'],
      ['I tuoi diritti', "Puoi chiedere l'accesso, la rettifica, la cancellazione e la portabilità dei dati, opporti al trattamento e proporre reclamo al Garante per la protezione dei dati personali."],
      ['Contatti', 'Per qualsiasi richiesta scrivi a privacy@pastafresca.example.'],
    ],
  },
  {
    lang: 'nl',
    path: '/intl/nl/privacybeleid',
    site: 'Fietsplan B.V.',
    title: 'Privacybeleid – Fietsplan',
    h1: 'Privacybeleid',
    menu: [['Fietsen', '/intl/nl/fietsen'], ['Onderhoud', '/intl/nl/onderhoud'], ['Contact', '/intl/nl/contact']],
    footer: [['Algemene voorwaarden', '/intl/nl/voorwaarden'], ['Privacybeleid', '/intl/nl/privacybeleid'], ['Cookies', '/intl/nl/cookies']],
    banner: 'Wij gebruiken cookies. Lees ons <a href="/intl/nl/privacybeleid">privacybeleid</a>.',
    sections: [
      ['Wie zijn wij', 'Fietsplan B.V., Stationsweg 3, 3511 Utrecht, is verantwoordelijk voor de verwerking van uw persoonsgegevens.'],
      ['Welke gegevens wij verzamelen', ['Naam, adres, e-mailadres en telefoonnummer wanneer u een fiets leaset.', 'Betaalgegevens voor de maandelijkse termijn.', 'Gegevens over uw gebruik van onze website, zoals uw IP-adres.']],
      ['Waarom wij uw gegevens gebruiken', 'Wij gebruiken uw gegevens om uw leasecontract uit te voeren, onderhoud in te plannen en u te informeren over uw abonnement.'],
      ['Delen met derden', 'Wij delen uw gegevens alleen met de werkplaats die uw fiets onderhoudt en met onze betaalprovider. Wij verkopen uw gegevens niet.'],
      ['Bewaartermijn', 'Wij bewaren uw gegevens zolang uw contract loopt en daarna zeven jaar, vanwege de fiscale bewaarplicht.'],
      ['Uw rechten', 'U heeft het recht op inzage, correctie en verwijdering van uw persoonsgegevens en kunt een klacht indienen bij de Autoriteit Persoonsgegevens.'],
      ['Contact', 'Vragen over privacy? Mail naar privacy@fietsplan.example.'],
    ],
  },
  {
    lang: 'pt',
    path: '/intl/pt/politica-de-privacidade',
    site: 'Livraria Aurora',
    title: 'Política de Privacidade | Livraria Aurora',
    h1: 'Política de Privacidade',
    menu: [['Livros', '/intl/pt/livros'], ['Novidades', '/intl/pt/novidades'], ['Lojas', '/intl/pt/lojas']],
    footer: [['Termos de uso', '/intl/pt/termos'], ['Privacidade', '/intl/pt/politica-de-privacidade'], ['Contato', '/intl/pt/contato']],
    banner: 'Usamos cookies. Saiba mais na nossa <a href="/intl/pt/politica-de-privacidade">Política de Privacidade</a>.',
    sections: [
      ['Quem somos', 'A Livraria Aurora Ltda., Rua das Flores 100, São Paulo, é a controladora dos seus dados pessoais nos termos da LGPD.'],
      ['Dados que coletamos', ['Dados de cadastro: nome, CPF, e-mail e endereço de entrega.', 'Dados de navegação: endereço IP, páginas visitadas e cookies.', 'Histórico de compras.']],
      ['Como utilizamos os seus dados', 'Utilizamos os seus dados para processar pedidos, prestar atendimento, prevenir fraudes e, com o seu consentimento, enviar recomendações de leitura.'],
      ['Compartilhamento', 'Compartilhamos os seus dados com transportadoras e com o nosso processador de pagamentos. Não vendemos os seus dados pessoais.'],
      ['Retenção', 'Mantemos os seus dados enquanto a sua conta estiver ativa e pelo prazo exigido pela legislação fiscal.'],
      ['Seus direitos', 'Você pode solicitar acesso, correção, eliminação e portabilidade dos seus dados, e revogar o consentimento a qualquer momento.'],
      ['Contato', 'Encarregado de proteção de dados: privacidade@aurora.example.'],
    ],
  },
];

const ARTICLE = {
  lang: 'de',
  path: '/intl/de/artikel/stadtrat-beschliesst-radwege',
  site: 'Bergwerk Software GmbH',
  title: 'Stadtrat beschließt neue Radwege | Bergwerk Blog',
  h1: 'Stadtrat beschließt neue Radwege',
  menu: POLICIES[0].menu,
  footer: POLICIES[0].footer,
  banner: POLICIES[0].banner,
  main: [
    'Der Stadtrat hat am Dienstag zwölf Kilometer neue, geschützte Radwege in der Innenstadt beschlossen. Anwohner sprachen sich in einer langen Sitzung für und gegen den Plan aus.',
    'Die Bürgermeisterin sagte, der Bau beginne im Frühjahr und dauere etwa ein Jahr. Die Opposition kritisierte, dass der Handel nicht ausreichend beteiligt worden sei.',
    'Auch unser Team fährt täglich mit dem Rad ins Büro. Wir freuen uns über jeden neuen Meter Radweg und berichten hier weiter über das Projekt.',
    'Die Kosten von rund acht Millionen Euro trägt zum großen Teil das Land. Die ersten Abschnitte sollen noch vor dem Sommer freigegeben werden.',
  ]
    .map((p) => `      <p>${esc(p)}</p>`)
    .join('\n'),
};

/** [path, label, html][] */
export const INTL_PAGES = [
  ...POLICIES.map((p) => [p.path, `${p.site}: privacy policy in ${p.lang}`, shell({ ...p, main: body(p.sections) })]),
  [ARTICLE.path, 'Bergwerk: a German blog article whose footer links to its privacy policy (not a policy)', shell(ARTICLE)],
];
