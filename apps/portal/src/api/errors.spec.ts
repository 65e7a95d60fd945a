import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { describeError, hasErrorCode, inputError } from './errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe(describeError.name, () => {
  it('takes the half of a bilingual API message in the visitor’s language', () => {
    const error = graphQLErrors({ message: 'Fel e-postadress eller lösenord. / Wrong e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(describeError(error, 'sv')).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Fel e-postadress eller lösenord.', fields: {} });
    expect(describeError(error, 'en').message).toBe('Wrong e-mail or password.');
  });

  it('marks the fields of BAD_USER_INPUT with the API’s Swedish explanations, and never shows a raw validation text', () => {
    const error = graphQLErrors({
      message: 'Variable "$input" got invalid value',
      extensions: { code: 'BAD_USER_INPUT', fields: { 'input.website': 'Ange en adress som börjar med https://.', 'input.name': 'Får inte vara tomt.' } },
    });
    const described = describeError(error, 'en');
    expect(described.code).toBe('BAD_USER_INPUT');
    expect(described.message).toBe('Some details need to be corrected.');
    expect(described.fields).toEqual({
      'input.website': { text: 'Ange en adress som börjar med https://.', lang: 'sv' },
      'input.name': { text: 'Får inte vara tomt.', lang: 'sv' },
    });
  });

  it('says how long to wait when rate limited', () => {
    const error = graphQLErrors({
      message: 'För många försök, vänta en stund. / Too many attempts.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 600 },
    });
    expect(describeError(error, 'sv').message).toBe('För många försök. Vänta 10 minuter och försök igen.');
    expect(describeError(error, 'en').message).toBe('Too many attempts. Wait 10 minutes and try again.');
  });

  it('keeps a CONFLICT’s extensions, so that an editor can show what changed', () => {
    const error = graphQLErrors({
      message: 'Någon annan har ändrat. / Changed by someone else.',
      extensions: { code: 'CONFLICT', currentVersion: 3, current: { name: 'Ny' } },
    });
    expect(describeError(error, 'sv')).toMatchObject({ code: 'CONFLICT', message: 'Någon annan har ändrat.', extensions: { currentVersion: 3 } });
  });

  it('falls back to its own words for unknown codes and one-language messages', () => {
    expect(describeError(graphQLErrors({ message: 'boom', extensions: { code: 'SOMETHING_NEW' } }), 'sv')).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Något gick fel hos oss. Försök igen om en stund.',
    });
    expect(describeError(graphQLErrors({ message: 'Not found', extensions: { code: 'NOT_FOUND' } }), 'en').message).toBe(
      'What you are looking for does not exist, or has been removed.',
    );
  });

  it('tells a network failure from a server error', () => {
    expect(describeError(new TypeError('Failed to fetch'), 'sv').code).toBe('NETWORK');
    expect(describeError(new Error('?'), 'sv').code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe(inputError.name, () => {
  it('shapes errors found in the browser like the API’s', () => {
    expect(inputError({ email: { text: 'Ange din e-postadress.', lang: 'sv' } }, 'sv')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Några uppgifter behöver rättas.',
      fields: { email: { text: 'Ange din e-postadress.', lang: 'sv' } },
      extensions: {},
    });
  });
});

describe(hasErrorCode.name, () => {
  it('finds a code among several errors', () => {
    const error = graphQLErrors({ message: 'a', extensions: { code: 'FORBIDDEN' } }, { message: 'b', extensions: { code: 'NOT_FOUND' } });
    expect(hasErrorCode(error, 'NOT_FOUND')).toBe(true);
    expect(hasErrorCode(error, 'CONFLICT')).toBe(false);
  });
});
