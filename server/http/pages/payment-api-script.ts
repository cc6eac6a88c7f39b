/**
 * `GET /payform/payment-api.js`: the sandbox's version of the bank's payment widget script. It defines the
 * global `halyk` with the bank's functions, pointing at the host it was loaded from, so a merchant page works
 * against the sandbox by changing only the script's host:
 *
 * - `halyk.pay(paymentObject)` sends the browser to `<host>/payform/?params=...` (the hosted card form);
 * - `halyk.showPaymentWidget(paymentObject, callback)` opens the same form (`&isShortForm=true`) in an iframe
 *   dialog and calls `callback({success})` when the form posts its result (or the payer closes it: Escape,
 *   the close button);
 * - `halyk.Config()` answers the form's URL and origin.
 *
 * Loaded as `payment-api.js?namespace=<name>`, it keeps the form in that sandbox namespace.
 *
 * `params` is the paymentObject encoded as the bank's script encodes it (`name=value&...`, nested objects
 * such as `auth` encoded the same way), sent uncompressed; the form also reads the bank's lz-string form.
 */
export const PAYMENT_API_SCRIPT = `/* epay-sandbox payment-api.js: halyk.pay and halyk.showPaymentWidget against this sandbox */
(function (global) {
  'use strict';
  var doc = global.document;
  var script = doc.currentScript || (function () {
    var found = doc.querySelectorAll('script[src*="payment-api.js"]');
    return found[found.length - 1];
  })();
  var source = new URL(script && script.src ? script.src : global.location.href);
  var base = new URL('./', source);
  var pageUrl = base.href;
  // payment-api.js?namespace=ci-42 keeps the form in that sandbox namespace (browsers send no headers).
  var namespace = source.searchParams.get('namespace');
  var namespaceQuery = namespace ? '&namespace=' + encodeURIComponent(namespace) : '';
  var pageOrigin = base.origin;
  var halyk = global.halyk || {};
  var overlay = null;
  var callback = null;
  var returnFocus = null;

  function encodeParams(params) {
    if (params === undefined || params === null) return '';
    if (typeof params !== 'object') return '' + params;
    var result = [];
    for (var name in params) {
      if (name) result.push(name + '=' + encodeURIComponent(encodeParams(params[name])));
    }
    return result.join('&');
  }

  function formUrl(params, extra) {
    return pageUrl + '?params=' + encodeURIComponent(encodeParams(params)) + (extra || '') + namespaceQuery;
  }

  function close(success) {
    if (!overlay) return;
    global.removeEventListener('message', onMessage, false);
    doc.removeEventListener('keydown', onKey, true);
    overlay.parentNode && overlay.parentNode.removeChild(overlay);
    overlay = null;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    var done = callback;
    callback = null;
    if (done) done({ success: success === true });
  }

  function onMessage(event) {
    if (event.origin !== pageOrigin) return;
    var data = event.data;
    try {
      if (typeof data === 'string') data = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (data && typeof data.success === 'boolean') close(data.success);
  }

  function onKey(event) {
    if (event.key === 'Escape') close(false);
  }

  function pay(params) {
    global.location.href = formUrl(params);
  }

  function showPaymentWidget(params, done) {
    callback = typeof done === 'function' ? done : null;
    if (overlay) return;
    returnFocus = doc.activeElement;
    overlay = doc.createElement('div');
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-label', 'ePay');
    overlay.setAttribute('data-epay-sandbox-widget', '');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;' +
      'justify-content:center;background:rgba(5,5,5,.5)';
    var box = doc.createElement('div');
    box.style.cssText = 'position:relative;width:min(420px,100vw);padding-top:36px;background:#fff;border-radius:4px';
    var shut = doc.createElement('button');
    shut.type = 'button';
    shut.textContent = '\\u00d7';
    shut.setAttribute('aria-label', 'Close');
    shut.style.cssText = 'position:absolute;top:4px;right:4px;font:20px/1 sans-serif;padding:4px 8px;cursor:pointer';
    shut.addEventListener('click', function () { close(false); });
    var frame = doc.createElement('iframe');
    frame.src = formUrl(params, '&isShortForm=true');
    frame.title = 'ePay';
    frame.style.cssText = 'display:block;width:100%;height:90vh;border:0';
    box.appendChild(shut);
    box.appendChild(frame);
    overlay.appendChild(box);
    global.addEventListener('message', onMessage, false);
    doc.addEventListener('keydown', onKey, true);
    doc.body.appendChild(overlay);
    frame.focus();
  }

  halyk.Config = function () { return { pageUrL: pageUrl, origin: pageOrigin }; };
  halyk.pay = pay;
  halyk.showPaymentWidget = showPaymentWidget;
  global.halyk = halyk;
})(window);
`;
