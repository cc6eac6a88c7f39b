import type { Hono } from 'hono';
import { endpoints } from '../../../contracts/index.js';
import { oauthError } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { registerEndpoint } from '../register-endpoint.js';
import { type BodyErrors, readFormFields } from '../request-body.js';

const OAUTH_BODY_ERRORS: BodyErrors = {
  malformed: (detail) => oauthError('invalid_request', detail),
  unsupportedType: (detail) => oauthError('invalid_request', detail),
};

/** `POST /oauth2/token` and `POST /epay2/oauth2/token`. */
export function registerOAuthRoutes(app: Hono<AppEnv>): void {
  registerEndpoint(app, endpoints.token, async (c) => {
    const form = await readFormFields(c, OAUTH_BODY_ERRORS);
    const answer = await c.get('sandbox').tokens.issue(form);
    c.header('Cache-Control', 'no-store');
    return c.json(answer);
  });
}
