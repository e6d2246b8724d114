import { z } from 'zod';
import { errorFields, errorName, type LogFields, libraryLogger } from '../../src/runtime/log';

/** What an error line says about an error: enough to act on, nothing a person typed. */
test('a Slack API error: its class, code, Slack error and message', () => {
  const error = Object.assign(new Error('An API error occurred: restricted_action'), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error: 'restricted_action' },
  });
  expect(errorFields(error)).toEqual({
    type: 'Error',
    code: 'slack_webapi_platform_error',
    slack_error: 'restricted_action',
    message: 'An API error occurred: restricted_action',
  });
  expect(errorName(error)).toBe('Error:slack_webapi_platform_error:restricted_action');
});

test('the class is the constructor’s name, not the generic "Error"', () => {
  class MaxRetriesPerRequestError extends Error {}
  expect(errorFields(new MaxRetriesPerRequestError('Reached the max retries per request limit')).type).toBe(
    'MaxRetriesPerRequestError',
  );
  expect(errorFields(new TypeError('x is not a function')).type).toBe('TypeError');
});

test('a ZodError keeps only the paths of its issues: its message quotes the rejected input', () => {
  const parsed = z.object({ title: z.number() }).safeParse({ title: 'Payroll of Jane Roe' });
  expect(parsed.success).toBe(false);
  const fields = errorFields(parsed.error);
  expect(fields).toEqual({ type: 'ZodError', message: 'invalid: title' });
  expect(JSON.stringify(fields)).not.toContain('Jane');
});

test('sensitive numbers in a message are masked, and a long message is cut', () => {
  expect(errorFields(new Error('lookup of 123-45-6789 failed')).message).not.toContain('123-45');
  expect(errorFields(new Error('x'.repeat(5000))).message).toHaveLength(300);
});

test('Bolt’s and the WebClient’s log calls: strings kept, errors named, payload objects never written', () => {
  const lines: { event: string; fields?: LogFields }[] = [];
  const push = (event: string, fields?: LogFields) => void lines.push({ event, ...(fields ? { fields } : {}) });
  const logger = libraryLogger({ info: push, warn: push, error: push }, 'bolt');
  logger.debug('http request body', { text: 'The SSN list of the payroll' });
  logger.warn('An incoming event was not acknowledged within 3 seconds.');
  logger.error('Failed to run listener', { blocks: [{ text: 'Jane Roe' }] }, new Error('An API error occurred: x'));
  expect(lines).toEqual([
    {
      event: 'slack_library',
      fields: { lib: 'bolt', said: 'An incoming event was not acknowledged within 3 seconds.' },
    },
    {
      event: 'slack_library',
      fields: { lib: 'bolt', said: 'Failed to run listener [object] Error: An API error occurred: x' },
    },
  ]);
});
