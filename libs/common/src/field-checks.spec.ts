import { BadUserInputError } from './errors.js';
import { FieldChecks, isEmail, normaliseEmail } from './field-checks.js';
import { slugify } from './slug.js';

describe(FieldChecks.name, () => {
  it('collects every problem before it throws', () => {
    const checks = new FieldChecks()
      .text('name', '  ', { max: 10 })
      .text('title', 'x'.repeat(11), { max: 10 })
      .email('email', 'a@b')
      .length('password', 'kort', 12, 256);
    expect(() => checks.throwIfAny()).toThrow(BadUserInputError);
    try {
      checks.throwIfAny();
    } catch (error) {
      expect(Object.keys((error as BadUserInputError).fields).sort()).toEqual(['email', 'name', 'password', 'title']);
    }
  });

  it('passes good values and optional blanks', () => {
    expect(() =>
      new FieldChecks()
        .text('name', 'Anna', { max: 10 })
        .text('title', null, { max: 10, required: false })
        .email('email', 'anna@natverket.example')
        .throwIfAny(),
    ).not.toThrow();
  });
});

describe('e-mail addresses', () => {
  it.each(['anna@natverket.example', 'a.b+c@sub.example.se'])('accepts %s', (email) => expect(isEmail(email)).toBe(true));
  it.each(['', 'anna', 'anna@', '@example.se', 'anna@example', 'an na@example.se', `${'a'.repeat(65)}@example.se`])('refuses "%s"', (email) =>
    expect(isEmail(email)).toBe(false),
  );
  it('compares lower-case and trimmed', () => expect(normaliseEmail('  Anna@Natverket.Example ')).toBe('anna@natverket.example'));
});

describe('slugify', () => {
  it.each([
    ['Arbetsförmedlingen', 'arbetsformedlingen'],
    ['Myndigheten för ungdoms- och civilsamhällesfrågor', 'myndigheten-for-ungdoms-och-civilsamhallesfragor'],
    ['Jämställdhetsmyndigheten', 'jamstalldhetsmyndigheten'],
    ['ESF-rådet', 'esf-radet'],
    ['  Länsstyrelserna  ', 'lansstyrelserna'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
