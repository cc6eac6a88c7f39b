import type { SeedFormExample } from './seed-example.js';

const WEBAPI = 'webapi usermanagement email_send verification statement statistics payment';

/** Every token request printed in the seed documents (form-data bodies), verbatim. */
export const FORM_EXAMPLES: readonly SeedFormExample[] = [
  {
    id: 'p2p-token-request',
    source: '001_7aaef4879147a065.txt',
    endpoint: 'token',
    fields: {
      grant_type: 'password',
      username: 'USERNAME',
      password: 'USERPASSWORD',
      scope: 'transfer',
      client_id: 'CLIENTID',
      client_secret: 'CLIENTSECRET',
    },
    placeholders: {
      USERNAME: 'epay@halykbank.kz',
      USERPASSWORD: 'XZG1E@Mm',
      CLIENTID: 'test',
      CLIENTSECRET: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
    },
    note: 'The document prints placeholders; they are filled with the cabinet user of merchant test (004).',
  },
  {
    id: 'invoice-token-request-api',
    source: '002_8947e18b2fbaf4b5.txt',
    endpoint: 'token',
    fields: {
      grant_type: 'password',
      username: 'halykfinanceUSD@halykbank.nb',
      password: 'XVp36qar',
      scope: 'api',
      client_id: 'halykfinanceUSD',
      client_secret: 'U01gQZVL##lJ$NhJ',
    },
  },
  {
    id: 'invoice-token-request-webapi',
    source: '002_8947e18b2fbaf4b5.txt',
    endpoint: 'token',
    fields: {
      grant_type: 'password',
      username: 'halykfinanceUSD@halykbank.nb',
      password: 'XVp36qar',
      scope: WEBAPI,
      client_id: 'halykfinanceUSD',
      client_secret: 'U01gQZVL##lJ$NhJ',
    },
  },
  {
    id: 'status-token-request',
    source: '003_1e2545fd935306e0.txt',
    endpoint: 'token',
    fields: {
      grant_type: 'client_credentials',
      scope: WEBAPI,
      client_id: 'test',
      client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
      terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
    },
  },
  {
    id: 'transfer-token-request',
    source: '004_502b3facf531c204.txt',
    endpoint: 'token',
    fields: {
      grant_type: 'client_credentials',
      scope: 'transfer',
      client_id: 'test',
      client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
      invoiceID: '000000001',
      amount: '100',
      currency: 'KZT',
      terminal: 'c36b282f-6819-4d4f-85df-a4bdc8a8f703',
      postLink: '',
      failurePostLink: '',
    },
  },
];
