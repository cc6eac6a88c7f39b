import { describe, expect, it } from 'vitest';
import { JOURNAL_MASKING, maskSensitive, maskValue, RECORDING_MASKING } from '../../server/core/index.js';

const exchange = {
  client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  access_token: 'DCEB8O_ZM5U7SO_T_U5EJQ',
  pin: '1234',
  card: { sender: { cardCred: '4405639704015096', cvc: '815' } },
  senderCardPAN: '4003032704547597 / 1234567890123',
  note: 'paid with 5522042705066736, order 1234567890123',
  email: 'dosbols@halykbank.kz',
  phone: '+77771234567',
  invoiceId: '4405639704015096',
  senderCardID: 'fcf69516-f7e8-9b14-e053-1d1a000aef2f',
};

describe('masking of the request journal and of recordings', () => {
  it.each([
    ['the journal', JOURNAL_MASKING],
    ['recordings', RECORDING_MASKING],
  ])('masks secrets, card numbers and card fields the same way for %s', (_use, policy) => {
    const masked = maskValue(exchange, '', policy) as typeof exchange;
    expect(masked.client_secret).toBe('***');
    expect(masked.pin).toBe('***');
    expect(masked.card.sender).toEqual({ cardCred: '440563...5096', cvc: '***' });
    // In a card field every 13-19 digit run is masked, Luhn-valid or not.
    expect(masked.senderCardPAN).toBe('400303...7597 / 123456...0123');
    // Elsewhere only Luhn-valid runs are card numbers.
    expect(masked.note).toBe('paid with 552204...6736, order 1234567890123');
    expect(masked.senderCardID).toBe(exchange.senderCardID);
  });

  it('shortens tokens in the journal and replaces them in recordings', () => {
    expect((maskValue(exchange) as typeof exchange).access_token).toBe('DCEB…(22)');
    expect((maskSensitive(exchange) as typeof exchange).access_token).toBe('MASKED_TOKEN');
    expect(maskValue('params=access_token%3DDCEB8O_ZM5U7SO_T_U5EJQ%26x', 'params')).toBe(
      'params=access_token%3DDCEB…(22)%26x',
    );
  });

  it('masks e-mails and phones in recordings only', () => {
    const recorded = maskSensitive(exchange) as typeof exchange;
    expect([recorded.email, recorded.phone]).toEqual(['d***@halykbank.kz', '+7********67']);
    const journaled = maskValue(exchange) as typeof exchange;
    expect([journaled.email, journaled.phone]).toEqual([exchange.email, exchange.phone]);
  });

  it('keeps a Luhn-valid order number in recordings (replayed as sent) and masks it in the journal', () => {
    expect((maskSensitive(exchange) as typeof exchange).invoiceId).toBe('4405639704015096');
    expect((maskValue(exchange) as typeof exchange).invoiceId).toBe('440563...5096');
  });
});
