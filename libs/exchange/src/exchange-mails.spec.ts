import { digestMail, type DigestReply, replyMail } from './exchange-mails.js';

const recipient = { email: 'foljare@skatteverket.example', name: 'Följaren' };

function reply(threadId: string, body: string, minute: number): DigestReply {
  return {
    threadId,
    threadTitle: `Tråd ${threadId}`,
    threadUrl: `https://samverka.example/erfarenheter/${threadId}`,
    author: 'Svarande',
    body,
    createdAt: new Date(Date.UTC(2026, 5, 3, 8, minute)),
  };
}

describe('exchange mails', () => {
  it('quotes a new reply as written, with a link to the thread', () => {
    const mail = replyMail(recipient, {
      threadTitle: 'IOP i praktiken',
      threadUrl: 'https://samverka.example/erfarenheter/t1',
      replyAuthor: 'Anna',
      replyBody: '**Vi** gjorde så här.',
    });
    expect(mail).toMatchObject({ kind: 'exchange.reply', recipient: recipient.email, subject: 'Nytt svar: IOP i praktiken' });
    expect(mail.text).toContain('Hej Följaren!');
    expect(mail.text).toContain('**Vi** gjorde så här.');
    expect(mail.text).toContain('https://samverka.example/erfarenheter/t1');
  });

  it('shortens a very long reply', () => {
    const mail = replyMail(recipient, { threadTitle: 'T', threadUrl: 'u', replyAuthor: 'A', replyBody: 'x'.repeat(10_000) });
    expect(mail.text.length).toBeLessThan(3_000);
    expect(mail.text).toContain('x …');
  });

  it('groups a digest by thread, in the order of each thread’s first reply, and says how many more there were', () => {
    const mail = digestMail(
      recipient,
      [reply('a', 'första', 1), reply('b', 'andra', 2), reply('a', 'tredje\n\nmed  radbrytning', 3)],
      5,
      new Date(Date.UTC(2026, 5, 1)),
    );
    expect(mail).toMatchObject({ kind: 'exchange.digest', recipient: recipient.email, subject: 'Veckobrev från erfarenhetsutbytet: 5 nya svar' });
    expect(mail.text.indexOf('Tråd a (2 nya svar)')).toBeLessThan(mail.text.indexOf('Tråd b (1 nytt svar)'));
    expect(mail.text).toContain('tredje med radbrytning');
    expect(mail.text).toContain('… och 2 svar till.');
    expect(mail.text).toContain('sedan 1 juni 2026');
  });
});
