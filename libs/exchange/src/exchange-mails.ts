import type { NewMessage } from '#mail';

/** Mails are written in Swedish, the network's language, with times in Stockholm's zone. */
const TIME_ZONE = 'Europe/Stockholm';
const signature = '\n\nVänliga hälsningar\nSamverka – Myndighetsnätverket för civilsamhällesfrågor\n';
/** A reply mail quotes this much of the reply; the rest is a click away. */
const REPLY_EXCERPT = 2_000;
/** A digest line quotes this much of each reply. */
const DIGEST_EXCERPT = 200;
/** A digest lists at most this many replies; it says how many more there are. */
export const DIGEST_MAX_REPLIES = 100;

export interface Recipient {
  email: string;
  name: string;
}

export interface ReplyMailInput {
  threadTitle: string;
  threadUrl: string;
  replyAuthor: string;
  /** Markdown as written: mails are plain text, so it is quoted as it is. */
  replyBody: string;
}

export interface DigestReply {
  threadId: string;
  threadTitle: string;
  threadUrl: string;
  author: string;
  body: string;
  createdAt: Date;
}

function excerpt(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()} …`;
}

function oneLine(text: string, max: number): string {
  return excerpt(text.replace(/\s+/g, ' ').trim(), max);
}

function day(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

function dayAndTime(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** One new reply, to one follower of the thread or of one of its topics. */
export function replyMail(recipient: Recipient, reply: ReplyMailInput): NewMessage {
  return {
    kind: 'exchange.reply',
    recipient: recipient.email,
    subject: `Nytt svar: ${reply.threadTitle}`,
    text:
      `Hej ${recipient.name}!\n\n${reply.replyAuthor} har svarat i tråden "${reply.threadTitle}" i erfarenhetsutbytet:\n\n` +
      `${excerpt(reply.replyBody, REPLY_EXCERPT)}\n\nLäs och svara: ${reply.threadUrl}\n\n` +
      'Du får det här brevet eftersom du följer tråden eller ett av dess ämnen. ' +
      'Vill du hellre få ett veckobrev med alla nya svar? Välj det under dina inställningar för erfarenhetsutbytet.' +
      signature,
  };
}

/**
 * The week's new replies in what the recipient follows, grouped by thread in
 * the order of each thread's first new reply. `replies` is in time order and
 * holds at most DIGEST_MAX_REPLIES; `total` says how many there were in all.
 */
export function digestMail(recipient: Recipient, replies: readonly DigestReply[], total: number, since: Date): NewMessage {
  const threads = new Map<string, DigestReply[]>();
  for (const reply of replies) {
    const group = threads.get(reply.threadId) ?? [];
    group.push(reply);
    threads.set(reply.threadId, group);
  }
  const sections = [...threads.values()].map((group) => {
    const first = group[0]!;
    const lines = group.map((reply) => `  – ${reply.author}, ${dayAndTime(reply.createdAt)}: ${oneLine(reply.body, DIGEST_EXCERPT)}`);
    return `${first.threadTitle} (${group.length} ${group.length === 1 ? 'nytt svar' : 'nya svar'})\n${first.threadUrl}\n${lines.join('\n')}`;
  });
  const more = total > replies.length ? `\n\n… och ${total - replies.length} svar till. Se alla i Samverka.` : '';
  return {
    kind: 'exchange.digest',
    recipient: recipient.email,
    subject: `Veckobrev från erfarenhetsutbytet: ${total} ${total === 1 ? 'nytt svar' : 'nya svar'}`,
    text:
      `Hej ${recipient.name}!\n\nNya svar sedan ${day(since)} i trådar och ämnen du följer:\n\n${sections.join('\n\n')}${more}\n\n` +
      'Du får veckobrev i stället för ett brev per svar. Det ändrar du under dina inställningar för erfarenhetsutbytet.' +
      signature,
  };
}
