import { defineMessages } from '../../i18n/messages';

export const startMessages = defineMessages({
  sv: {
    title: 'Vem gör vad för civilsamhället?',
    lead: 'Här ser du vilket stöd myndigheterna ger civilsamhällets organisationer – bidrag, lokaler, material, reseersättning, samråd och mer – hur du ansöker och vem du kontaktar.',
    shortcuts: 'Genvägar',
    directoryLink: 'Vem gör vad? Alla myndigheter och deras stöd',
    meetingsLink: 'Möten och samråd du kan anmäla dig till',
    networksTitle: 'Nätverken',
    networksLead: 'MUCF samordnar tre nätverk där myndigheter, kommuner och regioner möts i civilsamhällesfrågor.',
    memberCount: (count: number) => (count === 1 ? '1 medlem' : `${count} medlemmar`),
  },
  en: {
    title: 'Who does what for civil society?',
    lead: 'See what support Swedish government agencies give civil-society organisations – grants, premises, materials, travel reimbursement, consultations and more – how to apply and whom to contact.',
    shortcuts: 'Shortcuts',
    directoryLink: 'Who does what? All agencies and their support',
    meetingsLink: 'Meetings and consultations you can register for',
    networksTitle: 'The networks',
    networksLead: 'MUCF coordinates three networks where agencies, municipalities and regions meet on civil-society issues.',
    memberCount: (count: number) => (count === 1 ? '1 member' : `${count} members`),
  },
});
