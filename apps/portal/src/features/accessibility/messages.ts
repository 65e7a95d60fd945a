import { defineMessages } from '../../i18n/messages';

/** The accessibility statement, following the model of the Agency for Digital Government (DIGG). */
export const accessibilityMessages = defineMessages({
  sv: {
    title: 'Tillgänglighet för Samverka',
    intro:
      'Myndighetsnätverket för civilsamhällesfrågor, som samordnas av Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF), står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Samverka uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem till oss så att vi kan åtgärda dem.',
    statusTitle: 'Hur tillgänglig är webbplatsen?',
    status: 'Vi bedömer att webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
    knownIssues: (date: string) => `Vi känner inte till några brister i tillgängligheten. Det gällde efter vår senaste granskning, ${date}.`,
    helpTitle: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    help: 'Om du behöver innehåll från Samverka i ett annat format, till exempel som vanlig text eller uppläst, kan du kontakta samordnarna på e-post:',
    reportTitle: 'Rapportera brister i webbplatsens tillgänglighet',
    report:
      'Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns. Berätta gärna vilken sida det gäller och vad som hände.',
    reportLink: 'Skicka e-post om ett tillgänglighetsproblem',
    reportSubject: 'Tillgänglighetsproblem på Samverka',
    supervisionTitle: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    supervisionLink: 'Anmäl bristande tillgänglighet till Digg',
    technicalTitle: 'Teknisk information om webbplatsens tillgänglighet',
    technical: 'Webbplatsen är helt förenlig med de krav i standarden EN 301 549 som motsvarar nivå AA i Web Content Accessibility Guidelines (WCAG) 2.1.',
    testingTitle: 'Hur vi testat webbplatsen',
    testing: (date: string) =>
      `Vi har själva granskat webbplatsen. Senaste granskningen gjordes ${date}. Varje sida testas automatiskt med verktyget axe-core mot kriterierna i WCAG 2.1 nivå A och AA, på svenska och på engelska, i webbläsaren Chromium. Vi har också testat att inloggning och formulär går att använda med enbart tangentbord, och att sidorna fungerar på en 360 pixlar bred mobilskärm.`,
    updated: (date: string) => `Redogörelsen uppdaterades senast ${date}.`,
  },
  en: {
    title: 'Accessibility of Samverka',
    intro:
      'The agency network for civil-society issues, coordinated by the Swedish Agency for Youth and Civil Society (MUCF), is responsible for this website. We want as many people as possible to be able to use it. This page describes how Samverka complies with the Swedish Act on accessibility to digital public services, any known accessibility problems, and how you can report problems to us so that we can fix them.',
    statusTitle: 'How accessible is the website?',
    status: 'We consider the website fully compliant with the Act on accessibility to digital public services.',
    knownIssues: (date: string) => `We know of no accessibility problems. This was the case after our latest review, on ${date}.`,
    helpTitle: 'What can you do if you cannot use parts of the website?',
    help: 'If you need content from Samverka in another format, for example as plain text or read aloud, you can contact the coordinators by e-mail:',
    reportTitle: 'Report accessibility problems',
    report:
      'We are always working to improve accessibility. If you find a problem that is not described on this page, or think that we do not meet the requirements of the law, let us know so that we learn of it. Please tell us which page it concerns and what happened.',
    reportLink: 'Send an e-mail about an accessibility problem',
    reportSubject: 'Accessibility problem on Samverka',
    supervisionTitle: 'Supervision',
    supervision:
      'The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.',
    supervisionLink: 'Report lacking accessibility to Digg (in Swedish)',
    technicalTitle: 'Technical information about the website’s accessibility',
    technical:
      'The website fully complies with the requirements of the standard EN 301 549 that correspond to level AA of the Web Content Accessibility Guidelines (WCAG) 2.1.',
    testingTitle: 'How we tested the website',
    testing: (date: string) =>
      `We reviewed the website ourselves; the latest review was on ${date}. Every page is tested automatically with the axe-core tool against the WCAG 2.1 level A and AA criteria, in Swedish and in English, in the Chromium browser. We have also tested that signing in and the forms can be used with the keyboard alone, and that the pages work on a 360-pixel-wide phone screen.`,
    updated: (date: string) => `This statement was last updated on ${date}.`,
  },
});
